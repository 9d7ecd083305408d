/**
 * The production build ships the messages precompiled (scripts/vite/precompile-messages.ts) and
 * no message compiler. Every message of both languages must then read exactly as vue-i18n's own
 * run-time compilation of the same string reads, placeholders and plural forms included.
 */
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import nl from '@/locales/nl';
import en from '@/locales/en';
import type { MessageTree } from '@/locales/schema';
import {
  compileMessageTree,
  MessageCompileError,
  messageModuleCode,
} from '../../../scripts/vite/precompile-messages';

/** Every leaf of a message tree as [dotted key, message]. */
function leaves(tree: MessageTree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );
}

/** Loads the module the build would ship for `tree`, as the browser would. */
async function shippedModule(tree: MessageTree): Promise<MessageTree> {
  const code = messageModuleCode(compileMessageTree(tree));
  const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
  return ((await import(/* @vite-ignore */ url)) as { default: MessageTree }).default;
}

describe.each([
  ['nl', nl],
  ['en', en],
] as const)('precompiled %s messages', (locale, source) => {
  it('read exactly as the same messages compiled at run time', async () => {
    const compiled = await shippedModule(source);
    const options = {
      legacy: false as const,
      locale,
      missingWarn: false,
      fallbackWarn: false,
      warnHtmlMessage: false,
    };
    const fromStrings = createI18n({ ...options, messages: { [locale]: source } }).global;
    const fromShipped = createI18n({ ...options, messages: { [locale]: compiled } }).global;

    const all = leaves(source);
    expect(all.length).toBeGreaterThan(100);
    const differences = all.flatMap(([key, message]) => {
      // Every placeholder filled with a recognisable value, and each plural form exercised.
      const named = Object.fromEntries(
        [...message.matchAll(/\{\s*(\w+)\s*\}/g)].map((match) => [match[1], `«${match[1]}»`]),
      );
      const readings = [
        [fromStrings.t(key, named), fromShipped.t(key, named)],
        ...[0, 1, 2].map((count) => [
          fromStrings.t(key, { count, n: count, ...named }, count),
          fromShipped.t(key, { count, n: count, ...named }, count),
        ]),
      ];
      return readings.filter(([expected, actual]) => expected !== actual).map(() => key);
    });
    expect(differences).toEqual([]);
    // Not a vacuous comparison: the shipped tree really is compiled, and really translates.
    expect(typeof (compiled.app as MessageTree).name).toBe('object');
    expect(fromShipped.t('app.name')).toBe(fromStrings.t('app.name'));
  });
});

describe('compileMessageTree', () => {
  it('refuses a message vue-i18n cannot compile, naming its key', () => {
    expect(() => compileMessageTree({ goals: { title: 'Doelen {titel' } })).toThrow(
      MessageCompileError,
    );
    expect(() => compileMessageTree({ goals: { title: 'Doelen {titel' } })).toThrow(
      /"goals\.title"/,
    );
  });
});
