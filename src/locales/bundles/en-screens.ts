import { mergeAreas } from '../merge-areas';
import type { MessageTree } from '../schema';

/**
 * Every other English area, new ones included: the screens' messages, loaded on demand beside the
 * screens (src/plugins/i18n.ts). The exclusion is exactly the area of ./en-shell.ts.
 */
const messages: MessageTree = mergeAreas(
  import.meta.glob<{ default: MessageTree }>(['../en/*.ts', '!../en/index.ts', '!../en/app.ts'], {
    eager: true,
  }),
);

export default messages;
