/**
 * Compiles the UI messages (src/locales/<language>/<area>.ts) at build time, so the production
 * bundle can use vue-i18n's runtime-only build and ship no message compiler (about 17 KiB of
 * minified JavaScript on the first screen).
 *
 * Each message string becomes the abstract syntax tree vue-i18n's own compiler would have made of
 * it at run time — the same `baseCompile(message, { jit: true })` from the same package version —
 * in its minified form (`{ t: 0, b: { … } }`). The runtime only walks that tree: no code is
 * generated and nothing is evaluated in the browser, so the Content-Security-Policy (no
 * 'unsafe-eval') keeps holding. @intlify/message-compiler is vue-i18n's own dependency
 * (through @intlify/core-base), pinned to vue-i18n's exact version, so the tree format always
 * matches the runtime that reads it.
 *
 * Development and the unit tests keep the plain strings and vue-i18n's full build (see
 * vite.config.ts), which compiles the same strings with the same compiler on first use.
 */
import { baseCompile } from '@intlify/message-compiler';
import type { Plugin } from 'vite';

/** A message tree as written in the area files: nested objects whose leaves are strings. */
export type SourceMessages = { [key: string]: string | SourceMessages };

/** The compiled message of one string: vue-i18n's minified message AST. */
export type CompiledMessage = Record<string, unknown>;
export type CompiledMessages = { [key: string]: CompiledMessage | CompiledMessages };

/** A message the compiler rejects: a build error naming the key, never a broken screen later. */
export class MessageCompileError extends Error {}

export function compileMessage(message: string, key: string): CompiledMessage {
  const problems: string[] = [];
  const { ast } = baseCompile(message, {
    jit: true,
    location: false,
    minify: true,
    onError: (error) => problems.push(error.message),
  });
  if (problems.length > 0) {
    throw new MessageCompileError(`Message "${key}" does not compile: ${problems.join('; ')}`);
  }
  return ast as unknown as CompiledMessage;
}

/** Compiles every leaf of a message tree, keeping its shape. */
export function compileMessageTree(tree: SourceMessages, prefix = ''): CompiledMessages {
  const compiled: CompiledMessages = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') compiled[key] = compileMessage(value, path);
    else if (value !== null && typeof value === 'object') {
      compiled[key] = compileMessageTree(value, `${path}.`);
    } else {
      throw new MessageCompileError(`Message "${path}" is not a string but ${typeof value}.`);
    }
  }
  return compiled;
}

/**
 * The JavaScript module of a compiled message tree. A message without placeholders (most of them)
 * compiles to a tree whose body only carries its text (`s`); such a body is written through a
 * one-letter helper, which keeps the shipped messages about as small as the strings themselves.
 * The helper leaves out the body's `i` (items) list, which vue-i18n never reads once `s` is set.
 */
export function messageModuleCode(tree: CompiledMessages): string {
  const write = (node: CompiledMessage | CompiledMessages): string => {
    if (node.t === 0) {
      const body = node.b as { t?: unknown; s?: unknown } | undefined;
      return body?.t === 2 && typeof body.s === 'string'
        ? `s(${JSON.stringify(body.s)})`
        : JSON.stringify(node);
    }
    const entries = Object.entries(node as CompiledMessages).map(
      ([key, value]) => `${JSON.stringify(key)}:${write(value)}`,
    );
    return `{${entries.join(',')}}`;
  };
  return `const s = (text) => ({ t: 0, b: { t: 2, s: text } });\nexport default ${write(tree)};\n`;
}

/** The area files of every language; the index files only merge them and stay as they are. */
const AREA_FILE = /[\\/]src[\\/]locales[\\/][a-z]{2}[\\/](?!index\.ts$)[^\\/]+\.ts$/;

/**
 * For production builds only: replaces each area file's default export by its compiled tree, and
 * drops vue-i18n's message compiler, which then has nothing left to compile. The transform runs
 * after Vite has turned the TypeScript into JavaScript, then evaluates the module on its own: an
 * area file is plain data (type imports only), and one that imports values fails the build.
 */
export function precompileMessages(): Plugin {
  return {
    name: 'loopbaandossier:precompile-messages',
    apply: 'build',
    config: () => ({
      resolve: {
        // The runtime-only build. (In vue-i18n 11.4 it is the same code as the full one; the
        // flag below is what leaves the compiler out. The alias keeps the intent explicit.)
        alias: [
          { find: /^vue-i18n$/, replacement: 'vue-i18n/dist/vue-i18n.runtime.esm-bundler.js' },
        ],
      },
      define: { __INTLIFY_DROP_MESSAGE_COMPILER__: 'true' },
    }),
    transform: {
      filter: { id: AREA_FILE },
      async handler(code, id) {
        const module = (await import(
          `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
        ).catch((error: unknown) => {
          throw new MessageCompileError(
            `${id} must be plain message data without imports of values: ${String(error)}`,
          );
        })) as { default?: unknown };
        if (module.default === null || typeof module.default !== 'object') {
          throw new MessageCompileError(`${id} has no default export of messages.`);
        }
        const compiled = compileMessageTree(module.default as SourceMessages);
        return { code: messageModuleCode(compiled), map: null };
      },
    },
  };
}
