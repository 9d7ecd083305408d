import { onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue';
import {
  deleteDraft,
  getDatabase,
  loadDraft,
  saveDraft,
  writeDraftNow,
  type DraftDatabase,
} from '@/db';
import { registerDraft } from './draftRegistry';

/**
 * A form's state: plain JSON-like data (strings, numbers, booleans, null, arrays, plain objects).
 * Drafts are merged onto it field by field at the top level.
 */
export type DraftForm = Record<string, unknown>;

const SAVE_DELAY_MS = 300;

export interface DraftOptions {
  /**
   * The database whose `drafts` table keeps the draft; the pupil's dossier by default. Mentor
   * screens pass the mentor database, so their drafts never land in a pupil dossier.
   */
  database?: () => DraftDatabase;
}

/**
 * Keeps a draft of a form in IndexedDB while the pupil types, so a reload, a crash or a closed
 * tab loses nothing. The draft is written shortly after each change and at once when the page
 * is hidden or left; it is removed when the form was saved for real (`settle`), when the pupil
 * throws it away (`discard`), or when the form is back at its starting values.
 *
 * A stored draft may come from an older version of the form, so it is merged field by field
 * onto the form's starting values and only fields of the expected type are taken over.
 */
export function useDraft<T extends DraftForm>(
  key: string,
  form: Ref<T>,
  { database = getDatabase }: DraftOptions = {},
) {
  const restored = ref(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let tracking = false;
  /** The form's starting values (the saved record or the defaults), as JSON. */
  let pristine = '';
  /** What the drafts table holds for this form now, as JSON; null when there is no draft. */
  let stored: string | null = null;

  /** Call once the form holds its starting values: restores a draft, then follows typing. */
  async function begin(): Promise<boolean> {
    pristine = JSON.stringify(form.value);
    const draft = await loadDraft(database(), key);
    if (isRecord(draft)) {
      const merged = { ...form.value };
      for (const field of Object.keys(merged) as (keyof T & string)[]) {
        const value = draft[field];
        if (value !== undefined && sameKind(value, merged[field])) {
          merged[field] = value as T[keyof T & string];
        }
      }
      form.value = merged;
      stored = JSON.stringify(merged);
      restored.value = stored !== pristine;
    }
    tracking = true;
    return restored.value;
  }

  async function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!tracking) return;
    const current = JSON.stringify(form.value);
    if (current === stored) return;
    if (current === pristine) {
      stored = null;
      await deleteDraft(database(), key);
      return;
    }
    stored = current;
    // A JSON round trip gives IndexedDB a plain copy: reactive proxies cannot be cloned.
    await saveDraft(database(), key, JSON.parse(current) as unknown, new Date());
  }

  function schedule() {
    if (!tracking) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(flushNow, SAVE_DELAY_MS);
  }

  function stopTracking() {
    tracking = false;
    if (timer) clearTimeout(timer);
    timer = undefined;
  }

  /** The form was saved for real: the draft has served its purpose. */
  async function settle(): Promise<void> {
    stopTracking();
    stored = null;
    await deleteDraft(database(), key);
  }

  /** Throws the draft away; the caller resets the form to its starting values. */
  async function discard(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = undefined;
    stored = null;
    restored.value = false;
    await deleteDraft(database(), key);
  }

  const flushNow = () => void flush().catch(reportDraftError);

  /**
   * Like `flush`, but the write starts before this function returns: the page is being hidden or
   * left, and an asynchronous write could be cut off by the reload or the closing tab.
   */
  function flushBeforeLeaving() {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!tracking) return;
    const current = JSON.stringify(form.value);
    if (current === stored) return;
    stored = current === pristine ? null : current;
    try {
      const value = current === pristine ? undefined : (JSON.parse(current) as unknown);
      writeDraftNow(database(), key, value, new Date());
    } catch (error) {
      reportDraftError(error);
    }
  }
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flushBeforeLeaving();
  };

  watch(form, schedule, { deep: true });
  // An app update or an upgrade in another tab saves every open form first (draftRegistry).
  let unregister: (() => void) | undefined;
  onMounted(() => {
    unregister = registerDraft(flush);
    window.addEventListener('pagehide', flushBeforeLeaving);
    document.addEventListener('visibilitychange', onVisibility);
  });
  onBeforeUnmount(() => {
    unregister?.();
    window.removeEventListener('pagehide', flushBeforeLeaving);
    document.removeEventListener('visibilitychange', onVisibility);
    flushNow();
  });

  return { restored, begin, flush, settle, discard };
}

/** Whether a drafted value may replace a field: the same JSON kind, where null fits any field. */
function sameKind(drafted: unknown, field: unknown): boolean {
  if (drafted === null || field === null) return true;
  if (Array.isArray(drafted) !== Array.isArray(field)) return false;
  return typeof drafted === typeof field;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function reportDraftError(error: unknown) {
  // A failed draft write must not interrupt typing; the real save reports storage problems.
  console.warn('Could not save draft', error);
}
