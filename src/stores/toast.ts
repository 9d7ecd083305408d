import { defineStore } from 'pinia';
import { ref } from 'vue';

export interface ToastAction {
  /** Already translated: the button text, e.g. "Ongedaan maken". */
  label: string;
  run: () => Promise<void> | void;
}

export interface Toast {
  id: number;
  /** Already translated. */
  message: string;
  action?: ToastAction;
}

/** How long a toast stays; long enough to reach the undo button with a thumb or by keyboard. */
export const TOAST_DURATION_MS = 8000;

/** Short messages at the bottom of the screen, optionally with one action such as "undo". */
export const useToastStore = defineStore('toast', () => {
  const current = ref<Toast | null>(null);
  let nextId = 1;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function show(message: string, action?: ToastAction, duration = TOAST_DURATION_MS): Toast {
    if (timer) clearTimeout(timer);
    const toast = { id: nextId++, message, action };
    current.value = toast;
    timer = setTimeout(() => dismiss(toast.id), duration);
    return toast;
  }

  function dismiss(id?: number) {
    if (id !== undefined && current.value?.id !== id) return;
    if (timer) clearTimeout(timer);
    current.value = null;
  }

  async function runAction() {
    const action = current.value?.action;
    dismiss();
    await action?.run();
  }

  /** Keeps the toast while the pupil is reaching for its button (hover or keyboard focus). */
  function hold() {
    if (timer) clearTimeout(timer);
  }

  function release() {
    const toast = current.value;
    if (!toast) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => dismiss(toast.id), TOAST_DURATION_MS / 2);
  }

  return { current, show, dismiss, runAction, hold, release };
});
