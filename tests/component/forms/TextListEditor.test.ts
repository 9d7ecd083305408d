// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { defineComponent, h, ref } from 'vue';
import TextListEditor from '@/components/forms/TextListEditor.vue';
import { mountView } from '../support';
import { button, field, valueOf } from './helpers';

afterEach(() => {
  document.body.innerHTML = '';
});

/** The editor inside a parent that owns the list, as a form does with v-model. */
async function mountEditor(initial: string[], max = 50) {
  const lines = ref([...initial]);
  const Parent = defineComponent(
    () => () =>
      h(TextListEditor, {
        modelValue: lines.value,
        'onUpdate:modelValue': (value: string[]) => (lines.value = value),
        legend: 'Wat spreekt je aan?',
        hint: 'Elk punt op een eigen regel.',
        itemLabel: (n: number) => `Voordeel ${n}`,
        addLabel: 'Voordeel toevoegen',
        emptyText: 'Nog geen voordelen.',
        max,
        maxlength: 200,
      }),
  );
  const { wrapper } = await mountView(Parent);
  return { wrapper, lines };
}

function announcement(wrapper: Awaited<ReturnType<typeof mountEditor>>['wrapper']) {
  return wrapper.find('[aria-live="polite"]').text();
}

// Generous: the machine is shared, and a first navigation compiles a lazily loaded screen.
describe('TextListEditor', { timeout: 20_000 }, () => {
  it('names every line and its remove button after the list and the position', async () => {
    const { wrapper } = await mountEditor(['Buiten werken', 'Collega’s']);
    expect(wrapper.find('fieldset legend').text()).toBe('Wat spreekt je aan?');
    expect(valueOf(field(wrapper, 'Voordeel 1'))).toBe('Buiten werken');
    expect(valueOf(field(wrapper, 'Voordeel 2'))).toBe('Collega’s');
    expect(button(wrapper, 'Voordeel 2 verwijderen').exists()).toBe(true);
  });

  it('adds a line, focuses it and announces it', async () => {
    const { wrapper, lines } = await mountEditor([]);
    expect(wrapper.text()).toContain('Nog geen voordelen.');
    await button(wrapper, 'Voordeel toevoegen').trigger('click');
    await flushPromises();
    expect(lines.value).toEqual(['']);
    expect(document.activeElement).toBe(field(wrapper, 'Voordeel 1').element);
    expect(announcement(wrapper)).toBe('Voordeel 1 toegevoegd.');
    await field(wrapper, 'Voordeel 1').setValue('Mensen helpen');
    expect(lines.value).toEqual(['Mensen helpen']);
  });

  it('goes to the next line with Enter, adding one after the last, without submitting', async () => {
    const { wrapper, lines } = await mountEditor(['Een', 'Twee']);
    // Enter in a text field would submit the form; here it only moves on.
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    field(wrapper, 'Voordeel 1').element.dispatchEvent(enter);
    await flushPromises();
    expect(enter.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(field(wrapper, 'Voordeel 2').element);

    await field(wrapper, 'Voordeel 2').trigger('keydown', { key: 'Enter' });
    await flushPromises();
    expect(lines.value).toEqual(['Een', 'Twee', '']);
    expect(document.activeElement).toBe(field(wrapper, 'Voordeel 3').element);
  });

  it('moves focus to the line that took the removed one’s place, or to the add button', async () => {
    const { wrapper, lines } = await mountEditor(['Een', 'Twee']);
    await button(wrapper, 'Voordeel 1 verwijderen').trigger('click');
    await flushPromises();
    expect(lines.value).toEqual(['Twee']);
    expect(document.activeElement).toBe(field(wrapper, 'Voordeel 1').element);
    expect(valueOf(field(wrapper, 'Voordeel 1'))).toBe('Twee');
    expect(announcement(wrapper)).toBe('Voordeel 1 verwijderd.');

    await button(wrapper, 'Voordeel 1 verwijderen').trigger('click');
    await flushPromises();
    expect(lines.value).toEqual([]);
    expect(document.activeElement).toBe(button(wrapper, 'Voordeel toevoegen').element);
  });

  it('focuses the previous line when the last one is removed', async () => {
    const { wrapper } = await mountEditor(['Een', 'Twee', 'Drie']);
    await button(wrapper, 'Voordeel 3 verwijderen').trigger('click');
    await flushPromises();
    expect(document.activeElement).toBe(field(wrapper, 'Voordeel 2').element);
  });

  it('stops offering to add at the maximum and says what to do', async () => {
    const { wrapper } = await mountEditor(['Een', 'Twee'], 2);
    expect(() => button(wrapper, 'Voordeel toevoegen')).toThrow();
    expect(wrapper.text()).toContain('De lijst is vol. Verwijder eerst iets');
  });
});
