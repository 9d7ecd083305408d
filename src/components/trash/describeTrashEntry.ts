import type { TrashEntry } from '@/db';
import { competency } from '@/domain';
import type { Locale } from '@/locales/schema';

export interface TrashEntryText {
  /** What kind of thing it is: "Ervaring", "Foto", ... */
  kind: string;
  /** How the pupil recognises it: its title, or what stands for one. */
  title: string;
}

type Translate = (key: string, values?: Record<string, unknown>) => string;
type FormatDate = (value: string, pattern?: 'long' | 'medium') => string;

/** Record text is the pupil's own: shortened, never interpreted (it is rendered as text). */
function firstLine(text: string, max = 80): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** The words that name one record in the trash list, in the UI language. */
export function describeTrashEntry(
  entry: TrashEntry,
  t: Translate,
  formatDate: FormatDate,
  locale: Locale,
): TrashEntryText {
  const untitled = t('trash.untitled');
  switch (entry.kind) {
    case 'experiences':
    case 'reflections':
      return { kind: t(`trash.kinds.${entry.kind}`), title: entry.record.title || untitled };
    case 'goals':
      return { kind: t('trash.kinds.goals'), title: firstLine(entry.record.text) || untitled };
    case 'traits':
      return { kind: t(`trash.kinds.${entry.record.kind}`), title: entry.record.name || untitled };
    case 'choices':
      return { kind: t('trash.kinds.choices'), title: entry.record.option || untitled };
    case 'conversations': {
      const about = firstLine(entry.record.summary) || firstLine(entry.record.topics);
      const on = t('trash.conversationOn', { date: formatDate(entry.record.date, 'medium') });
      return { kind: t('trash.kinds.conversations'), title: about ? `${on}: ${about}` : on };
    }
    case 'leermeter':
      return {
        kind: t('trash.kinds.leermeter'),
        title: t('trash.leermeterScore', {
          competency: competency(entry.record.competency).name[locale],
          step: entry.record.step,
          date: formatDate(entry.record.date, 'medium'),
        }),
      };
    case 'feedback':
      return {
        kind: t('trash.kinds.feedback'),
        title: entry.record.authorName
          ? `${t('trash.feedbackFrom', { name: entry.record.authorName })}: ${firstLine(entry.record.text, 60)}`
          : firstLine(entry.record.text),
      };
    case 'attachments':
      return {
        kind: t('trash.kinds.attachments'),
        title: entry.ownerTitle
          ? t('trash.photoOf', { title: entry.ownerTitle })
          : entry.record.fileName,
      };
  }
}
