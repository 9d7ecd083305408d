import { onScopeDispose, shallowRef, watch, type Ref } from 'vue';

export interface BlobItem {
  id: string;
  blob: Blob | undefined;
}

/**
 * `blob:` URLs for showing stored photos, one per item id. A URL keeps its blob in memory until
 * it is revoked, so URLs of items that left the list are revoked at once and all of them when
 * the component goes away. An id keeps its URL while it stays in the list: a stored photo's
 * bytes never change, and the live query hands out new Blob objects on every change.
 */
export function useObjectUrls(items: Ref<readonly BlobItem[]>): Ref<ReadonlyMap<string, string>> {
  const urls = shallowRef<Map<string, string>>(new Map());

  watch(
    items,
    (list) => {
      const next = new Map<string, string>();
      for (const { id, blob } of list) {
        // A missing or damaged blob shows no picture rather than breaking the screen.
        if (!(blob instanceof Blob)) continue;
        next.set(id, urls.value.get(id) ?? URL.createObjectURL(blob));
      }
      for (const [id, url] of urls.value) {
        if (next.get(id) !== url) URL.revokeObjectURL(url);
      }
      urls.value = next;
    },
    { immediate: true },
  );

  onScopeDispose(() => {
    for (const url of urls.value.values()) URL.revokeObjectURL(url);
    urls.value = new Map();
  });

  return urls;
}
