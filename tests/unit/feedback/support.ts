/**
 * Feedback files for tests: valid ones made by the real writer (src/dossier/feedback/serialize.ts)
 * about a sample pupil dossier, and helpers to take one apart with fflate, independently of the
 * reader under test.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { Feedback, LeermeterScore, MentorTalk } from '@/domain';
import { buildFeedbackDocument, buildFeedbackFile } from '@/dossier/feedback/serialize';
import type { FeedbackDocument } from '@/dossier/feedback/format';
import { NOW, sampleFeedback, sampleMentorTalk, sampleScore } from '../db/sample-records';
import { GENERATOR, sampleDossier, type SampleDossier } from '../dossier/support';

export interface FeedbackFor {
  /** The pupil's dossier the feedback is about. */
  dossier: SampleDossier;
  document: FeedbackDocument;
}

/** A comment, a mentor's leermeter score and a mentor talk about a sample pupil's dossier. */
export function sampleFeedbackFor(
  dossier: SampleDossier = sampleDossier(),
  records: { feedback?: Feedback[]; leermeter?: LeermeterScore[]; mentorTalks?: MentorTalk[] } = {},
): FeedbackFor {
  const experience = dossier.contents.experiences[0]!;
  const conversation = dossier.contents.conversations[0]!;
  const document = buildFeedbackDocument({
    dossierId: dossier.contents.profile.dossierId,
    author: { name: 'Dhr. Bakker', role: 'mentor' },
    feedback: records.feedback ?? [
      sampleFeedback(experience.id, { text: 'Goed dat je de klant zelf hielp.' }),
    ],
    leermeter: records.leermeter ?? [
      sampleScore({ scoredBy: 'mentor', scorerName: 'Dhr. Bakker', step: 3, note: '' }),
    ],
    mentorTalks: records.mentorTalks ?? [sampleMentorTalk({ conversationId: conversation.id })],
    exportedAt: NOW,
    generator: GENERATOR,
  });
  return { dossier, document };
}

export function feedbackBytes(
  document: FeedbackDocument = sampleFeedbackFor().document,
  options: { password?: string } = {},
): Promise<Uint8Array> {
  return buildFeedbackFile(document, options);
}

/** feedback.json of a ZIP, parsed without the reader under test. */
export function feedbackJsonOf(zip: Uint8Array): Record<string, unknown> {
  const json = unzipSync(zip)['feedback.json'];
  if (!json) throw new Error('no feedback.json');
  return JSON.parse(new TextDecoder().decode(json)) as Record<string, unknown>;
}

/** A valid feedback file with feedback.json changed (the callback edits a parsed copy). */
export function withFeedbackJson(
  zip: Uint8Array,
  change: (document: Record<string, any>) => void, // eslint-disable-line @typescript-eslint/no-explicit-any
): Uint8Array {
  const document = feedbackJsonOf(zip);
  change(document);
  return zipSync({ 'feedback.json': strToU8(JSON.stringify(document)) });
}
