import type { MessageTree } from '../schema';
import app from '../nl/app';

/**
 * Dutch messages of the app shell itself (header, navigation, skip link, common words,
 * errors): the only ones that load with the app's entry. Why: src/plugins/i18n.ts.
 */
// One area only, so nothing to merge: the entry carries no merging code (`npm run size`).
const messages: MessageTree = app;

export default messages;
