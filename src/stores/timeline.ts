import { defineStore } from 'pinia';
import { liveQuery, type Subscription } from 'dexie';
import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue';
import { localDay, type CompetencyKey, type ExperienceKind } from '@/domain';
import { searchTerms } from '@/domain/search';
import type { TimelineKind, TimelineRow } from '@/domain/timeline';
import {
  isFiltered,
  periodForPreset,
  type PeriodPreset,
  type SortKeyRange,
  type TimelineFilter,
} from '@/domain/timeline-filter';
import { getDatabase } from '@/db';
import { countTimeline, ensureTimelineIndex, queryTimeline } from '@/db/timeline-query';

export const TIMELINE_PAGE_SIZE = 30;
/** Typing pauses this long before the search runs, so each key press does not query. */
export const SEARCH_DELAY_MS = 150;

/**
 * A loaded part of the timeline. The last page is open downwards and asks for one row more than
 * it shows, to know whether there is more. Once the next page is loaded, the page before it
 * is fixed to its window of sort keys, so an entry added or removed later only changes the
 * page it falls in and nothing shifts between pages.
 */
interface TimelinePage {
  id: number;
  range: SortKeyRange;
  last: boolean;
  rows: TimelineRow[];
  ready: boolean;
}

/**
 * The home screen's timeline of everything: filters and search as the pupil sets them, and the
 * pages loaded so far, each a live query so changes in any tab show at once.
 */
export const useTimelineStore = defineStore('timeline', () => {
  const search = ref('');
  const appliedSearch = ref('');
  const kind = ref<TimelineKind | null>(null);
  const experienceKind = ref<ExperienceKind | null>(null);
  const competency = ref<CompetencyKey | null>(null);
  const periodPreset = ref<PeriodPreset>('all');
  const customFrom = ref('');
  const customTo = ref('');

  const filter = computed<TimelineFilter>(() => ({
    kind: kind.value,
    experienceKind: kind.value === 'experience' ? experienceKind.value : null,
    competency: competency.value,
    period: periodForPreset(periodPreset.value, localDay(new Date()), {
      from: customFrom.value || null,
      to: customTo.value || null,
    }),
    terms: searchTerms(appliedSearch.value),
  }));
  const filtered = computed(() => isFiltered(filter.value));
  /** Text in the search box that is too short to search with (a single letter). */
  const searchTooShort = computed(
    () => search.value.trim() !== '' && searchTerms(search.value).length === 0,
  );

  const indexReady = ref(false);
  const error = shallowRef<unknown>(null);
  /** Entries outside the trash, whatever the filters; null until first counted. */
  const total = ref<number | null>(null);
  const pages = shallowRef<TimelinePage[]>([]);
  const subscriptions = new Map<number, Subscription>();
  let totalSubscription: Subscription | undefined;
  let nextPageId = 1;
  let searchTimer: ReturnType<typeof setTimeout> | undefined;

  function updatePage(id: number, changes: Partial<TimelinePage>) {
    pages.value = pages.value.map((page) => (page.id === id ? { ...page, ...changes } : page));
  }

  function subscribePage(page: TimelinePage, pageFilter: TimelineFilter) {
    subscriptions.get(page.id)?.unsubscribe();
    const limit = page.last ? TIMELINE_PAGE_SIZE + 1 : Infinity;
    const subscription = liveQuery(() =>
      queryTimeline(getDatabase(), { filter: pageFilter, range: page.range, limit }),
    ).subscribe({
      next: (rows) => {
        error.value = null;
        updatePage(page.id, { rows, ready: true });
      },
      error: (failure: unknown) => {
        error.value = failure;
        updatePage(page.id, { ready: true });
      },
    });
    subscriptions.set(page.id, subscription);
  }

  function unsubscribePages() {
    for (const subscription of subscriptions.values()) subscription.unsubscribe();
    subscriptions.clear();
  }

  /** Starts over from the newest entry, e.g. after the filters changed. */
  function restart() {
    unsubscribePages();
    if (!indexReady.value) return;
    const first: TimelinePage = {
      id: nextPageId++,
      range: { lower: null, upper: null },
      last: true,
      rows: [],
      ready: false,
    };
    pages.value = [first];
    subscribePage(first, filter.value);
  }

  // What is shown changes only once the first page answered: while a new search or filter is
  // running, the previous entries stay on screen instead of flashing empty.
  const entries = shallowRef<TimelineRow[]>([]);
  const hasMore = ref(false);
  const firstPageLoaded = ref(false);
  watch(pages, (list) => {
    if (list[0]?.ready !== true) return;
    entries.value = list.flatMap((page) =>
      page.last ? page.rows.slice(0, TIMELINE_PAGE_SIZE) : page.rows,
    );
    const last = list.at(-1);
    // A page still loading is more to come: the button stays (and keeps its focus) meanwhile.
    hasMore.value = last?.ready === false || (last?.rows.length ?? 0) > TIMELINE_PAGE_SIZE;
    firstPageLoaded.value = true;
  });
  /** True from the first answer on: later filter changes keep the screen as it is meanwhile. */
  const ready = computed(() => firstPageLoaded.value && total.value !== null);
  const loadingMore = computed(() => pages.value.length > 1 && pages.value.at(-1)?.ready !== true);

  /** Loads the next page of older entries; does nothing while one is loading or at the end. */
  function loadMore() {
    const last = pages.value.at(-1);
    if (!last || !last.ready || last.rows.length <= TIMELINE_PAGE_SIZE) return;
    const boundary = last.rows[TIMELINE_PAGE_SIZE - 1]!.sortKey;
    const fixed: TimelinePage = {
      ...last,
      range: { lower: boundary, upper: last.range.upper },
      last: false,
      rows: last.rows.slice(0, TIMELINE_PAGE_SIZE),
    };
    const next: TimelinePage = {
      id: nextPageId++,
      range: { lower: null, upper: boundary },
      last: true,
      rows: [],
      ready: false,
    };
    pages.value = [...pages.value.slice(0, -1), fixed, next];
    subscribePage(fixed, filter.value);
    subscribePage(next, filter.value);
  }

  function clearFilters() {
    search.value = '';
    appliedSearch.value = '';
    kind.value = null;
    experienceKind.value = null;
    competency.value = null;
    periodPreset.value = 'all';
    customFrom.value = '';
    customTo.value = '';
  }

  watch(search, (value) => {
    if (searchTimer) clearTimeout(searchTimer);
    if (value.trim() === '') appliedSearch.value = '';
    else searchTimer = setTimeout(() => (appliedSearch.value = value), SEARCH_DELAY_MS);
  });
  // Compared as text: a new but equal filter (e.g. the same period recomputed) keeps the pages.
  watch(() => JSON.stringify(filter.value), restart);

  ensureTimelineIndex(getDatabase())
    .then(() => {
      indexReady.value = true;
      restart();
      totalSubscription = liveQuery(() => countTimeline(getDatabase())).subscribe({
        next: (count) => (total.value = count),
        error: (failure: unknown) => (error.value = failure),
      });
    })
    .catch((failure: unknown) => {
      error.value = failure;
    });

  onScopeDispose(() => {
    unsubscribePages();
    totalSubscription?.unsubscribe();
    if (searchTimer) clearTimeout(searchTimer);
  });

  return {
    search,
    kind,
    experienceKind,
    competency,
    periodPreset,
    customFrom,
    customTo,
    filtered,
    searchTooShort,
    entries,
    total,
    hasMore,
    ready,
    loadingMore,
    error,
    loadMore,
    clearFilters,
  };
});
