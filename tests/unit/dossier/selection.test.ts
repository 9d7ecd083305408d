import { describe, expect, it } from 'vitest';
import { markDeleted } from '@/domain';
import { exportFileName, nameSlug } from '@/dossier/filename';
import { buildPrintOverview } from '@/dossier/overview';
import { applySelection, defaultSelection, selectionCandidates } from '@/dossier/selection';
import type { DossierContents } from '@/dossier/serialize';
import {
  sampleAttachment,
  sampleConversation,
  sampleExperience,
  sampleFeedback,
  sampleGoal,
  sampleProfile,
  sampleReflection,
  sampleMentorTalk,
  sampleScore,
  sampleTrait,
} from '../db/sample-records';

function contents(): DossierContents & {
  ids: { winter: string; spring: string; secret: string; gone: string; photo: string };
} {
  const winter = sampleExperience({
    title: 'Winter',
    date: '2026-01-10',
    competencies: ['netwerken'],
  });
  const spring = sampleExperience({
    title: 'Lente',
    date: '2026-04-10',
    competencies: ['werkexploratie'],
  });
  const secret = sampleExperience({ title: 'Geheim', date: '2026-04-11', private: true });
  const gone = markDeleted(
    sampleExperience({ title: 'Weg', date: '2026-04-12' }),
    new Date('2026-04-13T00:00:00Z'),
  );
  const photo = sampleAttachment(spring.id);
  const secretPhoto = sampleAttachment(secret.id);
  const reflection = sampleReflection({
    date: '2026-04-01',
    competencies: ['kwaliteitenreflectie'],
    private: false,
  });
  return {
    ids: {
      winter: winter.id,
      spring: spring.id,
      secret: secret.id,
      gone: gone.id,
      photo: photo.id,
    },
    profile: sampleProfile(),
    experiences: [
      winter,
      { ...spring, attachmentIds: [photo.id] },
      { ...secret, attachmentIds: [secretPhoto.id] },
      gone,
    ],
    reflections: [reflection],
    goals: [sampleGoal({ competency: 'netwerken', dueDate: '2026-05-01' })],
    traits: [sampleTrait({ evidenceIds: [spring.id, secret.id] })],
    choices: [],
    conversations: [
      sampleConversation({ held: true, date: '2026-04-02' }),
      sampleConversation({ held: false, date: '2026-04-03' }),
    ],
    leermeter: [
      sampleScore({ date: '2026-01-05' }),
      sampleScore({ date: '2026-04-05', competency: 'werkexploratie' }),
    ],
    feedback: [sampleFeedback(spring.id), sampleFeedback(secret.id)],
    attachments: [photo, secretPhoto],
    mentorTalks: [
      sampleMentorTalk({ date: '2026-01-20' }),
      sampleMentorTalk({ date: '2026-04-20' }),
    ],
  };
}

const titles = (records: readonly { title: string }[]) =>
  records.map((record) => record.title).sort();

describe('applySelection', () => {
  it('takes the whole dossier with the trash, but leaves private items out by default', () => {
    const all = contents();
    const { contents: selected, complete } = applySelection(all, defaultSelection());
    expect(titles(selected.experiences)).toEqual(['Lente', 'Weg', 'Winter']);
    expect(selected.attachments.map((a) => a.id)).toEqual([all.ids.photo]);
    expect(selected.feedback).toHaveLength(1);
    expect(complete).toBe(false);
  });

  it('is complete only with private items and photos included', () => {
    const all = contents();
    const result = applySelection(all, { ...defaultSelection(), includePrivate: true });
    expect(result.complete).toBe(true);
    expect(result.contents.experiences).toHaveLength(4);
    expect(result.contents.attachments).toHaveLength(2);
  });

  it('selects by period, kind and competency, live records only', () => {
    const all = contents();
    const base = { ...defaultSelection(), scope: 'selection' as const };
    const spring = applySelection(all, { ...base, from: '2026-03-01', to: '2026-12-31' }).contents;
    expect(titles(spring.experiences)).toEqual(['Lente']);
    expect(spring.leermeter.map((s) => s.date)).toEqual(['2026-04-05']);
    expect(spring.conversations).toHaveLength(2);
    // The mentor's talk records follow the conversations choice and the period.
    expect(spring.mentorTalks.map((t) => t.date)).toEqual(['2026-04-20']);

    const onlyExperiences = applySelection(all, { ...base, collections: ['experiences'] }).contents;
    expect(onlyExperiences.reflections).toEqual([]);
    expect(onlyExperiences.goals).toEqual([]);
    expect(onlyExperiences.feedback).toEqual([]);
    expect(onlyExperiences.mentorTalks).toEqual([]);
    expect(onlyExperiences.attachments).toHaveLength(1);

    const networking = applySelection(all, { ...base, competencies: ['netwerken'] }).contents;
    expect(titles(networking.experiences)).toEqual(['Winter']);
    expect(networking.goals).toHaveLength(1);
    expect(networking.reflections).toEqual([]);
    expect(networking.leermeter.map((s) => s.competency)).toEqual(['netwerken']);
  });

  it('leaves out items unticked one by one, with their photos and feedback', () => {
    const all = contents();
    const selection = {
      ...defaultSelection(),
      scope: 'selection' as const,
      excludedIds: [all.ids.spring],
    };
    const { contents: selected } = applySelection(all, selection);
    expect(titles(selected.experiences)).toEqual(['Winter']);
    expect(selected.attachments).toEqual([]);
    expect(selected.feedback).toEqual([]);
    // The candidates still offer it, so it can be ticked again.
    expect(titles(selectionCandidates(all, selection).experiences)).toEqual(['Lente', 'Winter']);
  });

  it('drops photos when asked, and the experience no longer lists them', () => {
    const all = contents();
    const { contents: selected } = applySelection(all, {
      ...defaultSelection(),
      includePhotos: false,
    });
    expect(selected.attachments).toEqual([]);
    expect(selected.experiences.every((experience) => experience.attachmentIds.length === 0)).toBe(
      true,
    );
  });
});

describe('buildPrintOverview', () => {
  it('groups live entries per competency and lists what an intake needs', () => {
    const all = contents();
    const overview = buildPrintOverview(all, defaultSelection());
    const byKey = Object.fromEntries(
      overview.competencies.map((group) => [group.key, group.entries]),
    );
    expect(byKey.netwerken?.map((entry) => entry.record.title)).toEqual(['Winter']);
    expect(byKey.werkexploratie?.map((entry) => entry.record.title)).toEqual(['Lente']);
    expect(byKey.kwaliteitenreflectie?.map((entry) => entry.kind)).toEqual(['reflection']);
    // The deleted and the private experience are not printed; the trait's evidence follows.
    expect(overview.kwaliteiten[0]?.evidence).toEqual(['Lente']);
    expect(overview.conversations).toHaveLength(1);
    expect(overview.leermeter.map((group) => group.key)).toEqual(['werkexploratie', 'netwerken']);
  });
});

describe('exportFileName', () => {
  it('is loopbaandossier-<name>-<yyyy-mm-dd> with a plain ASCII name', () => {
    const day = new Date(2026, 2, 2, 12);
    expect(exportFileName('Sanne de Vries', day, false)).toBe(
      'loopbaandossier-sanne-de-vries-2026-03-02.zip',
    );
    expect(exportFileName('Zoë Çelik', day, true)).toBe('loopbaandossier-zoe-celik-2026-03-02.enc');
    expect(nameSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(nameSlug('李小龙')).toBe('dossier');
  });
});
