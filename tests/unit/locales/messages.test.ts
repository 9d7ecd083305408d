import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import nl from '@/locales/nl';
import en from '@/locales/en';
import { mergeAreas } from '@/locales/merge-areas';

/** Every leaf key of a message tree, as dotted paths. */
function leafKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value as object, `${prefix}${key}.`),
  );
}

function leafValues(tree: object): string[] {
  return Object.values(tree).flatMap((value) =>
    typeof value === 'string' ? [value] : leafValues(value as object),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(vue|ts)$/.test(entry) ? [path] : [];
  });
}

describe('message files', () => {
  it('have exactly the same keys in Dutch and English', () => {
    const dutch = leafKeys(nl).sort();
    const english = leafKeys(en).sort();
    expect(english.filter((key) => !dutch.includes(key))).toEqual([]);
    expect(dutch.filter((key) => !english.includes(key))).toEqual([]);
  });

  it('have no empty messages', () => {
    expect(leafValues(nl).filter((value) => value.trim() === '')).toEqual([]);
    expect(leafValues(en).filter((value) => value.trim() === '')).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort().join(',');
    const dutch = leafKeys(nl);
    const englishValues = new Map(leafKeys(en).map((key, i) => [key, leafValues(en)[i]]));
    const mismatched = dutch.filter((key, i) => {
      const english = englishValues.get(key) ?? '';
      return placeholders(leafValues(nl)[i] ?? '') !== placeholders(english);
    });
    expect(mismatched).toEqual([]);
  });

  it('contain every literal key the source code asks for', () => {
    const known = new Set(leafKeys(nl));
    const srcDir = join(import.meta.dirname, '../../../src');
    const used = sourceFiles(srcDir).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z]+(?:\.[a-zA-Z-]+)+)'/g)].map(
        (match) => `${match[1]} (in ${file.slice(srcDir.length + 1)})`,
      ),
    );
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((entry) => !known.has(entry.split(' ')[0] ?? ''))).toEqual([]);
  });
});

describe('mergeAreas', () => {
  it('joins the area files of a language', () => {
    expect(
      mergeAreas({ './a.ts': { default: { a: { x: '1' } } }, './b.ts': { default: { b: '2' } } }),
    ).toEqual({ a: { x: '1' }, b: '2' });
  });

  it('refuses two areas that claim the same key', () => {
    expect(() =>
      mergeAreas({ './a.ts': { default: { goals: '1' } }, './b.ts': { default: { goals: '2' } } }),
    ).toThrow(/"goals" is defined twice/);
  });
});
