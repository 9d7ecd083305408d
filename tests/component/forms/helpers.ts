/** Finding controls the way a pupil does: by their visible or spoken label. */
import { vi } from 'vitest';
import type { DOMWrapper, VueWrapper } from '@vue/test-utils';

type Wrapper = VueWrapper;

/** The full text of an element, hidden (screen-reader only) parts included, spaces collapsed. */
function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The control whose <label for> text starts with `label`. */
export function field(wrapper: Wrapper, label: string): DOMWrapper<HTMLInputElement> {
  const labelEl = wrapper.findAll('label').find((l) => textOf(l.element).startsWith(label));
  const id = labelEl?.attributes('for');
  if (!id) throw new Error(`No field labelled ${label}`);
  return wrapper.find<HTMLInputElement>(`#${CSS.escape(id)}`);
}

/** A checkbox inside a label whose text starts with `label`. */
export function checkbox(wrapper: Wrapper, label: string): DOMWrapper<HTMLInputElement> {
  const found = wrapper.findAll<HTMLInputElement>('input[type="checkbox"]').find((input) => {
    const labelEl =
      input.element.closest('label') ??
      document.querySelector(`label[for="${CSS.escape(input.element.id)}"]`);
    return textOf(labelEl).startsWith(label);
  });
  if (!found) throw new Error(`No checkbox labelled ${label}`);
  return found;
}

/** An element's text as a screen reader names it: without the parts hidden with aria-hidden. */
function spokenText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return textOf(copy);
}

/** The button whose aria-label or spoken text is `name`. */
export function button(wrapper: Wrapper, name: string): DOMWrapper<HTMLButtonElement> {
  const found = wrapper
    .findAll<HTMLButtonElement>('button')
    .find((b) => (b.attributes('aria-label') ?? spokenText(b.element)) === name);
  if (!found) throw new Error(`No button ${name}`);
  return found;
}

export function valueOf(control: DOMWrapper<HTMLInputElement>): string {
  return control.element.value;
}

/**
 * Waits until a condition holds, like `eventually` in ../support, with room for a slow machine:
 * saving navigates to a lazily loaded list screen, which the first time has to be compiled.
 */
export function eventually<T>(check: () => T | Promise<T>): Promise<T> {
  return vi.waitFor(check, { timeout: 10_000, interval: 25 });
}
