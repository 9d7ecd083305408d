// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { eventually, mountView, resetDatabase } from '../support';

vi.mock('virtual:pwa-register', () => ({ registerSW: () => async () => {} }));

const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';

/** The browser's StorageManager, with the answers a test needs. */
function stubStorage({
  persisted = false,
  grant = false,
  usage = 1_200_000,
  quota = 300_000_000,
}: { persisted?: boolean; grant?: boolean; usage?: number; quota?: number } = {}) {
  let current = persisted;
  const storage = {
    persisted: vi.fn(async () => current),
    persist: vi.fn(async () => (current = current || grant)),
    estimate: vi.fn(async () => ({ usage, quota })),
  };
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  return storage;
}

async function mountSection() {
  // Fresh module state (persistence answers are shared app-wide).
  vi.resetModules();
  const { default: StorageSection } = await import('@/components/pwa/StorageSection.vue');
  const mounted = await mountView(StorageSection, { path: '/instellingen' });
  await flushPromises();
  return mounted;
}

/** The text of the <dd> after the <dt> with this label. */
function fact(wrapper: Awaited<ReturnType<typeof mountSection>>['wrapper'], label: string) {
  const terms = wrapper.findAll('dt');
  const index = terms.findIndex((dt) => dt.text() === label);
  if (index < 0) throw new Error(`No fact ${label}`);
  return wrapper
    .findAll('dd')
    [index]!.text()
    .replace(/[\u00a0\u202f]/g, ' ');
}

beforeEach(async () => {
  await resetDatabase();
});
afterEach(() => {
  document.body.innerHTML = '';
  Reflect.deleteProperty(navigator, 'storage');
});

describe('StorageSection', () => {
  it('shows persistence, usage and quota', async () => {
    stubStorage({ persisted: true, usage: 1_200_000, quota: 300_000_000 });
    const { wrapper } = await mountSection();
    await eventually(() => expect(fact(wrapper, 'Blijvende opslag')).toContain('Aan:'));
    expect(wrapper.find('h2').text()).toBe('Opslag');
    expect(fact(wrapper, 'In gebruik')).toBe('1,2 MB van 300 MB (0%)');
    expect(wrapper.find('meter').attributes('value')).toBe(String(1_200_000 / 300_000_000));
    expect(wrapper.find('.alert').exists()).toBe(false);
    expect(wrapper.text()).not.toContain('Vraag om blijvende opslag');
    expect(wrapper.text()).toMatch(/Versie \d+\.\d+\.\d+/);
  });

  it('warns from 80 % of the quota and says what to do', async () => {
    stubStorage({ persisted: true, usage: 85_000_000, quota: 100_000_000 });
    const { wrapper } = await mountSection();
    await eventually(() => expect(wrapper.find('[role="alert"]').exists()).toBe(true));
    expect(wrapper.find('[role="alert"]').text()).toBe(
      'Je opslag is bijna vol (85%). Maak een back-up en verwijder foto’s of andere bestanden die je niet meer nodig hebt.',
    );
  });

  it('does not warn below 80 %', async () => {
    stubStorage({ persisted: true, usage: 79_000_000, quota: 100_000_000 });
    const { wrapper } = await mountSection();
    await eventually(() => expect(fact(wrapper, 'In gebruik')).toContain('(79%)'));
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
  });

  it('offers to ask for persistent storage when it is not, and shows the answer', async () => {
    const storage = stubStorage({ persisted: false, grant: true });
    const { wrapper } = await mountSection();
    await eventually(() => expect(fact(wrapper, 'Blijvende opslag')).toContain('Uit:'));
    const ask = wrapper.findAll('button').find((b) => b.text() === 'Vraag om blijvende opslag');
    await ask!.trigger('click');
    await eventually(() => expect(fact(wrapper, 'Blijvende opslag')).toContain('Aan:'));
    expect(storage.persist).toHaveBeenCalledOnce();
    expect(wrapper.text()).not.toContain('Vraag om blijvende opslag');
  });

  it('explains what to do when the browser refuses', async () => {
    stubStorage({ persisted: false, grant: false });
    const { wrapper } = await mountSection();
    await eventually(() => expect(fact(wrapper, 'Blijvende opslag')).toContain('Uit:'));
    const ask = wrapper.findAll('button').find((b) => b.text() === 'Vraag om blijvende opslag');
    await ask!.trigger('click');
    await eventually(() =>
      expect(wrapper.find('[role="status"]').text()).toContain(
        'Je browser staat blijvende opslag (nog) niet toe.',
      ),
    );
  });

  it('says so when the browser cannot tell persistence or usage', async () => {
    const { wrapper } = await mountSection();
    await eventually(() =>
      expect(fact(wrapper, 'Blijvende opslag')).toContain(
        'Deze browser laat niet weten of je dossier blijvend wordt bewaard.',
      ),
    );
    expect(fact(wrapper, 'In gebruik')).toBe(
      'Deze browser laat niet zien hoeveel ruimte je dossier gebruikt.',
    );
    expect(wrapper.text()).not.toContain('Vraag om blijvende opslag');
  });

  it('on an iPhone outside the home screen, explains in one sentence why to install', async () => {
    stubStorage({ persisted: false });
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(IPHONE);
    const { wrapper } = await mountSection();
    expect(wrapper.text()).toContain(
      'Zet Loopbaandossier op je beginscherm (Deel-knop → Zet op beginscherm): Safari mag gegevens van websites wissen die je een week niet opent, maar niet die van een app op je beginscherm.',
    );
  });

  it('does not show the iPhone sentence elsewhere, nor once installed', async () => {
    stubStorage({ persisted: false });
    const elsewhere = await mountSection();
    expect(elsewhere.wrapper.text()).not.toContain('beginscherm');
    elsewhere.wrapper.unmount();

    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(IPHONE);
    Object.defineProperty(navigator, 'standalone', { value: true, configurable: true });
    try {
      const installed = await mountSection();
      expect(installed.wrapper.text()).not.toContain('beginscherm');
    } finally {
      Reflect.deleteProperty(navigator, 'standalone');
    }
  });
});
