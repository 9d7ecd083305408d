import { liveQuery } from 'dexie';
import { onScopeDispose, shallowRef, watch, type Ref, type WatchSource } from 'vue';

export interface LiveQueryState<T> {
  value: Ref<T>;
  error: Ref<unknown>;
  /** False until the first result arrived, so screens can tell "empty" from "not loaded yet". */
  ready: Ref<boolean>;
}

/**
 * Bridges a Dexie liveQuery into Vue: the result re-renders whenever the tables it read change,
 * also when another tab wrote them. When `deps` change, the query is subscribed anew.
 */
export function useLiveQuery<T>(
  querier: () => Promise<T>,
  initial: T,
  deps: WatchSource[] = [],
): LiveQueryState<T> {
  const value = shallowRef(initial) as Ref<T>;
  const error = shallowRef<unknown>(null);
  const ready = shallowRef(false);
  let subscription: { unsubscribe(): void } | undefined;

  function subscribe() {
    subscription?.unsubscribe();
    subscription = liveQuery(querier).subscribe({
      next: (result) => {
        value.value = result;
        error.value = null;
        ready.value = true;
      },
      error: (failure: unknown) => {
        error.value = failure;
        ready.value = true;
      },
    });
  }

  subscribe();
  if (deps.length > 0) watch(deps, subscribe);
  onScopeDispose(() => subscription?.unsubscribe());
  return { value, error, ready };
}
