import { describe, expect, it } from 'vitest';
import {
  DATABASE_NAME,
  DATABASE_VERSION,
  DossierDatabase,
  SCHEMA_V1,
  SCHEMA_V2,
  addAttachment,
  choices,
  conversations,
  createDatabase,
  experiences,
  feedback,
  getAttachmentBlob,
  getDatabase,
  getProfile,
  getSetting,
  goals,
  leermeter,
  loadDraft,
  reflections,
  saveDraft,
  saveProfile,
  setSetting,
  traits,
} from '@/db';
import {
  NOW,
  SAMPLE_PHOTO_BYTES,
  bytesOf,
  sampleAttachment,
  sampleChoice,
  sampleConversation,
  sampleExperience,
  sampleFeedback,
  sampleGoal,
  sampleProfile,
  sampleReflection,
  samplePhoto,
  sampleScore,
  sampleTrait,
} from './sample-records';
import { createTestDatabase, useTestDatabases } from './test-database';

describe('DossierDatabase', () => {
  it('declares the tables of versions 1 and 2 and nothing else', () => {
    const db = createTestDatabase();
    expect(db.verno).toBe(DATABASE_VERSION);
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      [...Object.keys(SCHEMA_V1), ...Object.keys(SCHEMA_V2)].sort(),
    );
    expect(Object.isFrozen(SCHEMA_V1)).toBe(true);
    expect(Object.isFrozen(SCHEMA_V2)).toBe(true);
  });

  it('has one lazily created app-wide instance under the app name', () => {
    const app = getDatabase();
    expect(getDatabase()).toBe(app);
    expect(app.name).toBe(DATABASE_NAME);
    // Creating it must not open IndexedDB; the first query does.
    expect(app.isOpen()).toBe(false);
    const own = createDatabase('loopbaandossier-test-own');
    expect(own).toBeInstanceOf(DossierDatabase);
    expect(own.name).toBe('loopbaandossier-test-own');
    expect(own).not.toBe(app);
  });

  it('reads every kind of record back equal after closing and reopening', async () => {
    const { open } = useTestDatabases();
    const db = open();

    const profile = sampleProfile();
    const experience = sampleExperience();
    const reflection = sampleReflection();
    const goal = sampleGoal({ sourceId: experience.id });
    const trait = sampleTrait({ evidenceIds: [experience.id, reflection.id] });
    const choice = sampleChoice();
    const conversation = sampleConversation({ goalIds: [goal.id] });
    const score = sampleScore();
    const note = sampleFeedback(experience.id);
    const attachment = sampleAttachment(experience.id);
    const draft = { title: 'Half getypt', rating: 3, nested: { list: [1, 2] } };

    await saveProfile(db, profile);
    await experiences.put(db, experience);
    await reflections.put(db, reflection);
    await goals.put(db, goal);
    await traits.put(db, trait);
    await choices.put(db, choice);
    await conversations.put(db, conversation);
    await leermeter.put(db, score);
    await feedback.put(db, note);
    await addAttachment(db, attachment, samplePhoto());
    await saveDraft(db, 'experience:new', draft, NOW);
    await setSetting(db, 'locale', 'en');
    db.close();

    const reopened = open();
    expect(await getProfile(reopened)).toEqual(profile);
    expect(await experiences.get(reopened, experience.id)).toEqual({
      ...experience,
      attachmentIds: [attachment.id],
    });
    expect(await reflections.get(reopened, reflection.id)).toEqual(reflection);
    expect(await goals.get(reopened, goal.id)).toEqual(goal);
    expect(await traits.get(reopened, trait.id)).toEqual(trait);
    expect(await choices.get(reopened, choice.id)).toEqual(choice);
    expect(await conversations.get(reopened, conversation.id)).toEqual(conversation);
    expect(await leermeter.get(reopened, score.id)).toEqual(score);
    expect(await feedback.get(reopened, note.id)).toEqual(note);
    expect(await reopened.attachments.get(attachment.id)).toEqual(attachment);
    const blob = await getAttachmentBlob(reopened, attachment.id);
    expect(blob?.type).toBe('image/png');
    expect(await bytesOf(blob)).toEqual([...SAMPLE_PHOTO_BYTES]);
    expect(await loadDraft(reopened, 'experience:new')).toEqual(draft);
    expect(await getSetting(reopened, 'locale')).toBe('en');
  });

  it('finds entries by competency through the multi-entry index', async () => {
    const db = createTestDatabase();
    const networking = sampleExperience({ competencies: ['netwerken'] });
    const both = sampleExperience({ competencies: ['werkexploratie', 'netwerken'] });
    const other = sampleExperience({ competencies: ['werkexploratie'] });
    const none = sampleExperience({ competencies: [] });
    await experiences.putMany(db, [networking, both, other, none]);

    const found = await db.experiences.where('competencies').equals('netwerken').primaryKeys();
    expect(found.sort()).toEqual([networking.id, both.id].sort());
    const exploring = await db.experiences.where('competencies').equals('werkexploratie').toArray();
    expect(exploring.map((e) => e.id).sort()).toEqual([both.id, other.id].sort());
  });
});
