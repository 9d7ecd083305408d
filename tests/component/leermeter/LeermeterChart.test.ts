// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import LeermeterChart from '@/components/leermeter/LeermeterChart.vue';
import { createLeermeterScore, markDeleted, type LeermeterScore } from '@/domain';
import { createAppI18n } from '@/plugins/i18n';
import nl from '@/locales/nl';
import en from '@/locales/en';
import type { Locale } from '@/locales/schema';

afterEach(() => {
  document.body.innerHTML = '';
});

const NOW = new Date('2026-03-01T10:00:00.000Z');

function score(
  date: string,
  step: 1 | 2 | 3 | 4,
  scoredBy: LeermeterScore['scoredBy'] = 'leerling',
  scorerName = '',
): LeermeterScore {
  return createLeermeterScore({ competency: 'netwerken', step, date, scoredBy, scorerName }, NOW);
}

function render(scores: LeermeterScore[], locale: Locale = 'nl') {
  return mount(LeermeterChart, {
    props: { scores, label: 'Netwerken' },
    global: { plugins: [createAppI18n(locale, { nl, en })] },
  });
}

/** The centre y of each marker of a series, in drawing order. */
function markerYs(wrapper: ReturnType<typeof render>, scoredBy: string): number[] {
  return wrapper
    .findAll(`g[data-scored-by="${scoredBy}"] .leermeter-chart__marker`)
    .map((marker) => {
      const d = marker.attributes('d') ?? '';
      // Circles start at the left of their centre: "M{x},{y}a…".
      return Number(/^M[\d.-]+,([\d.-]+)/.exec(d)?.[1]);
    });
}

describe('LeermeterChart', () => {
  it('draws the pupil’s scores over time, higher steps higher up', () => {
    const wrapper = render([
      score('2026-01-10', 3),
      score('2025-09-01', 1),
      score('2025-11-15', 2),
    ]);
    const ys = markerYs(wrapper, 'leerling');
    expect(ys).toHaveLength(3);
    // Oldest first: step 1, 2, 3, so each point is higher (a smaller y) than the one before.
    expect(ys[0]).toBeGreaterThan(ys[1]!);
    expect(ys[1]).toBeGreaterThan(ys[2]!);
    expect(wrapper.find('svg').attributes('aria-hidden')).toBe('true');
    expect(wrapper.find('.leermeter-chart__legend').exists()).toBe(false);
    expect(wrapper.find('figcaption').text()).toBe(
      'Netwerken: van stap 1 naar stap 3 in 3 metingen',
    );
  });

  it('gives every value as a table, oldest first', () => {
    const wrapper = render([score('2026-01-10', 3), score('2025-09-01', 1)]);
    const rows = wrapper.findAll('tbody tr').map((row) => row.findAll('td').map((c) => c.text()));
    expect(rows).toEqual([
      ['1 sep. 2025', '1 – Net begonnen'],
      ['10 jan. 2026', '3 – Goed op weg'],
    ]);
    expect(wrapper.find('details summary').text()).toBe('Bekijk de scores als tabel');
    expect(wrapper.find('caption').text()).toBe('Scores voor Netwerken');
  });

  it('draws a mentor’s and a praktijkopleider’s scores beside the pupil’s, with a legend', () => {
    const wrapper = render([
      score('2025-09-01', 1),
      score('2026-01-10', 2),
      score('2026-01-12', 3, 'mentor', 'Dhr. Bakker'),
      score('2026-02-01', 2, 'praktijkopleider'),
    ]);
    expect(
      wrapper.findAll('svg > g[data-scored-by]').map((g) => g.attributes('data-scored-by')),
    ).toEqual(['leerling', 'mentor', 'praktijkopleider']);
    expect(markerYs(wrapper, 'leerling')).toHaveLength(2);
    // The legend names who scored, when the score says so.
    expect(wrapper.findAll('.leermeter-chart__legend li').map((li) => li.text())).toEqual([
      'Zelf',
      'Mentor (Dhr. Bakker)',
      'Praktijkopleider',
    ]);
    // Told apart by line style too, not by colour alone.
    const dashes = wrapper
      .findAll('.leermeter-chart__line')
      .map((line) => line.attributes('stroke-dasharray') ?? 'solid');
    expect(new Set(dashes).size).toBe(3);
    const whoColumn = wrapper.findAll('tbody tr').map((row) => row.findAll('td')[1]?.text());
    expect(whoColumn).toEqual(['Zelf', 'Zelf', 'Mentor (Dhr. Bakker)', 'Praktijkopleider']);
    // The summary is about the pupil's own growth.
    expect(wrapper.find('figcaption').text()).toBe(
      'Netwerken: van stap 1 naar stap 2 in 2 metingen',
    );
  });

  it('leaves scores in the trash out and copes with a single score', () => {
    const wrapper = render([markDeleted(score('2025-09-01', 4), NOW), score('2026-01-10', 2)]);
    expect(markerYs(wrapper, 'leerling')).toHaveLength(1);
    expect(wrapper.findAll('tbody tr')).toHaveLength(1);
    expect(wrapper.find('figcaption').text()).toBe('Netwerken: één meting, stap 2');
  });

  it('draws nothing for no scores but still says so', () => {
    const wrapper = render([]);
    expect(wrapper.find('svg').exists()).toBe(false);
    expect(wrapper.find('table').exists()).toBe(false);
    expect(wrapper.find('figcaption').text()).toBe('Netwerken: nog geen scores');
  });

  it('speaks English', () => {
    const wrapper = render([score('2025-09-01', 1), score('2026-01-10', 4, 'mentor')], 'en');
    expect(wrapper.find('figcaption').text()).toBe('Netwerken: one check, step 1');
    expect(wrapper.findAll('.leermeter-chart__legend li').map((li) => li.text())).toEqual([
      'Self',
      'Mentor',
    ]);
    expect(wrapper.findAll('tbody td').map((c) => c.text())).toContain('4 – Strong');
  });
});
