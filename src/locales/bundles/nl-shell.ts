import { mergeAreas, type MessageTree } from '../schema';

/**
 * Dutch messages of the app shell itself (header, navigation, skip link, common words,
 * errors): the only ones that load with the app's entry. Why: src/plugins/i18n.ts.
 */
const messages: MessageTree = mergeAreas(
  import.meta.glob<{ default: MessageTree }>(['../nl/app.ts'], { eager: true }),
);

export default messages;
