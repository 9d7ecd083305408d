import type { DOMWrapper, VueWrapper } from '@vue/test-utils';

type Wrapper = VueWrapper;

/** The form control whose <label> text starts with `label`. */
export function field(wrapper: Wrapper, label: string): DOMWrapper<HTMLInputElement> {
  const labelEl = wrapper.findAll('label').find((l) => l.text().startsWith(label));
  const id = labelEl?.attributes('for');
  if (!id) throw new Error(`No field labelled ${label}`);
  return wrapper.find<HTMLInputElement>(`#${CSS.escape(id)}`);
}

/** A checkbox named by aria-labelledby (the competency picker) or by its wrapping label. */
export function checkbox(wrapper: Wrapper, name: string): DOMWrapper<HTMLInputElement> {
  const found = wrapper.findAll<HTMLInputElement>('input[type="checkbox"]').find((input) => {
    const labelledBy = input.attributes('aria-labelledby');
    const text = labelledBy
      ? document.getElementById(labelledBy)?.textContent
      : input.element.closest('label')?.textContent;
    return text?.trim() === name;
  });
  if (!found) throw new Error(`No checkbox named ${name}`);
  return found;
}

export function button(wrapper: Wrapper, text: string): DOMWrapper<HTMLButtonElement> {
  const found = wrapper.findAll<HTMLButtonElement>('button').find((b) => b.text() === text);
  if (!found) throw new Error(`No button ${text}`);
  return found;
}

export function valueOf(control: DOMWrapper<HTMLInputElement>): string {
  return control.element.value;
}
