import { mergeAreas, type MessageTree } from '../schema';

/**
 * English messages of the app shell itself (header, navigation, skip link, common words,
 * errors): the only ones that load with the app's entry. Why: src/plugins/i18n.ts.
 */
const messages: MessageTree = mergeAreas(
  import.meta.glob<{ default: MessageTree }>(['../en/app.ts'], { eager: true }),
);

export default messages;
