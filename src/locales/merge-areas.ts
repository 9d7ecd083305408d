// Apart from ./schema.ts, which the app's entry loads: only the screens' message bundles merge
// areas, so this code loads with them and not with the first screen (`npm run size`).
import type { MessageTree } from './schema';

/**
 * Joins the message files of one language, one file per area of the app (`nl/goals.ts`, …), so
 * areas can grow without touching each other. Two areas claiming the same top-level key is a
 * mistake that would silently drop messages, so it throws.
 */
export function mergeAreas(modules: Record<string, { default: MessageTree }>): MessageTree {
  const merged: MessageTree = {};
  for (const [path, module] of Object.entries(modules)) {
    for (const [key, value] of Object.entries(module.default)) {
      if (key in merged)
        throw new Error(`Message key "${key}" is defined twice (again in ${path})`);
      merged[key] = value;
    }
  }
  return merged;
}
