/**
 * What the feedback schema cannot check: a feedback file holds exactly one entry, and every id is
 * unique within its collection (and within a talk's afspraken and agreed goals), so a merge can
 * never write two records over one another.
 */
import { formatPath, type ReadFailure } from '../result';
import { FEEDBACK_DOCUMENT_ENTRY, type FeedbackDocument } from './format';

export const FEEDBACK_COLLECTIONS = ['feedback', 'leermeter', 'mentorTalks'] as const;
export type FeedbackCollection = (typeof FEEDBACK_COLLECTIONS)[number];

function firstDuplicate(ids: readonly string[]): number {
  const seen = new Set<string>();
  for (const [index, id] of ids.entries()) {
    if (seen.has(id)) return index;
    seen.add(id);
  }
  return -1;
}

export function checkFeedbackConsistency(document: FeedbackDocument): ReadFailure | null {
  for (const name of FEEDBACK_COLLECTIONS) {
    const records: readonly { id: string }[] = document[name];
    const index = firstDuplicate(records.map((record) => record.id));
    if (index >= 0) {
      return {
        kind: 'invalid-content',
        reason: 'duplicate-id',
        path: formatPath([name, index, 'id']),
        detail: `the id ${records[index]!.id} appears twice in ${name}`,
      };
    }
  }
  for (const [talkIndex, talk] of document.mentorTalks.entries()) {
    for (const part of ['afspraken', 'agreedGoals'] as const) {
      const index = firstDuplicate(talk[part].map((item) => item.id));
      if (index >= 0) {
        return {
          kind: 'invalid-content',
          reason: 'duplicate-id',
          path: formatPath(['mentorTalks', talkIndex, part, index, 'id']),
          detail: `an id appears twice in the ${part} of one talk`,
        };
      }
    }
  }
  return null;
}

/** A feedback file is a ZIP with feedback.json and nothing else. */
export function checkFeedbackEntries(entries: ReadonlyMap<string, Uint8Array>): ReadFailure | null {
  for (const name of entries.keys()) {
    if (name !== FEEDBACK_DOCUMENT_ENTRY) {
      return {
        kind: 'invalid-content',
        reason: 'unexpected-file',
        path: JSON.stringify(name),
        detail: `a feedback file holds only ${FEEDBACK_DOCUMENT_ENTRY}`,
      };
    }
  }
  return null;
}
