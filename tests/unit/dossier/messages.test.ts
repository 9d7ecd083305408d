import { describe, expect, it } from 'vitest';
import nl from '@/locales/nl';
import en from '@/locales/en';
import {
  CHOICE_KINDS,
  CHOICE_STATUSES,
  CONVERSATION_KINDS,
  EXPERIENCE_KINDS,
  GOAL_STATUSES,
  SCORERS,
  TRAIT_KINDS,
} from '@/domain';
import { failureMessage, formatBytes, formatMegabytes } from '@/dossier/messages';
import { MERGE_TARGETS } from '@/dossier/merge';
import type { DamageReason, DossierFailure, InvalidReason } from '@/dossier/result';
import type { MessageTree } from '@/locales/schema';

function has(tree: MessageTree, key: string): boolean {
  let node: string | MessageTree | undefined = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return false;
    node = node[part];
  }
  return typeof node === 'string';
}

const damage: DamageReason[] = [
  'empty',
  'truncated',
  'zip-structure',
  'checksum',
  'encoding',
  'json-syntax',
  'missing-file',
  'hash-mismatch',
  'size-mismatch',
];
const invalid: InvalidReason[] = [
  'schema',
  'unknown-key',
  'forbidden-key',
  'too-deep',
  'duplicate-id',
  'missing-reference',
  'mismatch',
  'unexpected-file',
  'unsafe-name',
  'not-an-image',
];

const failures: DossierFailure[] = [
  { kind: 'too-large', what: 'file', limit: 1, actual: 2 },
  { kind: 'too-large', what: 'inflated', limit: 1, actual: 2 },
  { kind: 'too-large', what: 'entries', limit: 1, actual: 2 },
  { kind: 'not-a-dossier', detail: '' },
  ...damage.map((reason) => ({ kind: 'damaged' as const, reason, path: null, detail: '' })),
  { kind: 'password-required' },
  { kind: 'wrong-password' },
  { kind: 'unsupported-encryption', detail: '' },
  { kind: 'newer-version', fileVersion: 2, supportedVersion: 1 },
  ...invalid.map((reason) => ({ kind: 'invalid-content' as const, reason, path: '$', detail: '' })),
  { kind: 'other-pupil', fileName: 'a', ownName: 'b' },
  { kind: 'storage-full' },
  { kind: 'write-failed', detail: '' },
];

describe('dossier messages', () => {
  it.each([
    ['nl', nl],
    ['en', en],
  ] as const)('exist in %s for every failure, with every placeholder filled', (_lang, messages) => {
    for (const failure of failures) {
      const message = failureMessage(failure);
      expect(has(messages, message.key), message.key).toBe(true);
      for (const key of Object.values(message.phrases)) expect(has(messages, key), key).toBe(true);
      const text = String(
        message.key
          .split('.')
          .reduce<unknown>((node, part) => (node as MessageTree)[part], messages),
      );
      const placeholders = [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
      const given = [...Object.keys(message.params), ...Object.keys(message.phrases)];
      expect(
        placeholders.filter((name) => !given.includes(name)),
        message.key,
      ).toEqual([]);
    }
  });

  it('exist for the labels the dossier screens look up by value', () => {
    const keys = [
      ...EXPERIENCE_KINDS.map((kind) => `experienceKinds.${kind}`),
      ...CONVERSATION_KINDS.map((kind) => `conversations.kinds.${kind}`),
      ...CHOICE_KINDS.map((kind) => `choices.kinds.${kind}`),
      ...CHOICE_STATUSES.map((status) => `choices.statuses.${status}`),
      ...GOAL_STATUSES.map((status) => `goalStatus.${status}`),
      ...SCORERS.map((scorer) => `dossierPrint.scorers.${scorer}`),
      ...TRAIT_KINDS.map((kind) => `dossierPrint.traitKinds.${kind}`),
      ...MERGE_TARGETS.map((target) => `dossierFile.collections.${target}`),
    ];
    expect(keys.filter((key) => !has(nl, key) || !has(en, key))).toEqual([]);
  });

  it('format sizes for people', () => {
    expect(formatMegabytes(200 * 1024 * 1024)).toBe('200 MB');
    expect(formatMegabytes(10)).toBe('1 MB');
    expect(formatBytes(840)).toBe('840 B');
    expect(formatBytes(12_345)).toBe('12.3 kB');
    expect(formatBytes(4_100_000)).toBe('4.1 MB');
  });
});
