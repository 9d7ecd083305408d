import { mergeAreas } from '../merge-areas';
import type { MessageTree } from '../schema';

/**
 * Every other Dutch area, new ones included: the screens' messages, loaded on demand beside the
 * screens (src/plugins/i18n.ts). The exclusion is exactly the area of ./nl-shell.ts.
 */
const messages: MessageTree = mergeAreas(
  import.meta.glob<{ default: MessageTree }>(['../nl/*.ts', '!../nl/index.ts', '!../nl/app.ts'], {
    eager: true,
  }),
);

export default messages;
