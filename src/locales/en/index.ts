import { mergeAreas } from '../merge-areas';
import type { MessageTree } from '../schema';

/**
 * Every area file in this folder (English: each file typed by its Dutch counterpart).
 * A new area only adds a file here; nothing else needs to change.
 */
const messages: MessageTree = mergeAreas(
  import.meta.glob<{ default: MessageTree }>(['./*.ts', '!./index.ts'], { eager: true }),
);

export default messages;
