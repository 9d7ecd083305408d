import { nextTick, onMounted, ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter, type RouteLocationRaw } from 'vue-router';
import { useDraft, type DraftForm } from './useDraft';
import { useDeleteWithUndo, type TrashableRepository } from './useDeleteWithUndo';
import { storageErrorMessageKey } from './storageErrors';

export interface EntryFormOptions<T extends DraftForm> {
  /** The id of the record being edited; undefined while the entry is new. */
  id: string | undefined;
  /** Where the autosaved draft of this form is kept, e.g. `goal:new` or `goal:<id>`. */
  draftKey: string;
  /** The form of a new entry. */
  empty: T;
  /** The stored record as form values, or undefined when it does not exist (any more). */
  load: (id: string) => Promise<T | undefined>;
  /**
   * A draft of an older version of the form may hold values this form no longer offers: given
   * the form with the draft merged in and its starting values, returns the form to show.
   */
  repair?: (drafted: T, starting: T) => T;
  /** The list the form goes back to after saving or deleting; "not found" links there too. */
  listRoute: RouteLocationRaw;
  /** Where deleting moves the record to the trash. */
  repository: TrashableRepository;
  /** The message when deleting fails; by default the one for the storage error. */
  deleteFailedKey?: string;
}

/** A deep copy without Vue's proxies; form values are JSON-like (see `DraftForm`). */
function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * What every entry form (ervaring, reflectie, doel, kwaliteit, keuze, gesprek) does around its
 * own fields: load the record or show that it is missing, autosave a draft with `useDraft`,
 * start over from the starting values, save and go back to the list, and delete with undo.
 * The view keeps its fields, its validation and how it writes the record.
 */
export function useEntryForm<T extends DraftForm>(options: EntryFormOptions<T>) {
  const { t } = useI18n();
  const router = useRouter();
  const deleteWithUndo = useDeleteWithUndo();

  let startingValues = plainCopy(options.empty);
  const form = ref(plainCopy(options.empty)) as Ref<T>;
  const draft = useDraft(options.draftKey, form);
  const formElement = ref<HTMLFormElement | null>(null);
  const ready = ref(false);
  const missing = ref(false);
  const saving = ref(false);
  const deleting = ref(false);
  const saveError = ref<string | null>(null);
  const deleteError = ref<string | null>(null);

  onMounted(async () => {
    const { id } = options;
    if (id) {
      const stored = await options.load(id);
      if (!stored) {
        missing.value = true;
        return;
      }
      form.value = plainCopy(stored);
    }
    startingValues = plainCopy(form.value);
    await draft.begin();
    if (options.repair) form.value = options.repair(form.value, startingValues);
    ready.value = true;
  });

  const backToList = () => router.push(options.listRoute);

  /**
   * Stores the form with `write`, then drops its draft and runs `then`. On failure the pupil is
   * told why, the draft is kept, and the result is undefined.
   */
  async function persist<R>(
    write: () => Promise<R>,
    then?: () => Promise<unknown>,
  ): Promise<R | undefined> {
    saveError.value = null;
    deleteError.value = null;
    try {
      const saved = await write();
      await draft.settle();
      await then?.();
      return saved;
    } catch (error) {
      saveError.value = t(storageErrorMessageKey(error));
      return undefined;
    }
  }

  /** The save button, once the form is valid: stores it and goes back to the list. */
  async function save(write: () => Promise<unknown>, then: () => Promise<unknown> = backToList) {
    saving.value = true;
    try {
      await persist(write, then);
    } finally {
      saving.value = false;
    }
  }

  /** Moves the record to the trash (the toast offers undo) and goes back to the list. */
  async function remove() {
    const { id } = options;
    if (!id) return;
    deleting.value = true;
    saveError.value = null;
    deleteError.value = null;
    try {
      await deleteWithUndo(options.repository, id);
      await draft.settle();
      await backToList();
    } catch (error) {
      deleteError.value = t(options.deleteFailedKey ?? storageErrorMessageKey(error));
    } finally {
      deleting.value = false;
    }
  }

  /** Throws the draft away and puts the form back to the record (or the empty form). */
  async function startOver() {
    form.value = plainCopy(startingValues);
    await draft.discard();
  }

  /** Moves focus to the first field the validation marked, so the pupil lands on the problem. */
  async function focusFirstError() {
    await nextTick();
    formElement.value?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  return {
    form,
    draft,
    formElement,
    ready,
    missing,
    saving,
    deleting,
    saveError,
    deleteError,
    persist,
    save,
    remove,
    startOver,
    focusFirstError,
  };
}
