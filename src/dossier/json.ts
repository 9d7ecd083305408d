/**
 * Turning `dossier.json` bytes into plain data, defensively: strict UTF-8, a nesting limit checked
 * on the text before JSON.parse sees it (so no parser recursion or deep walk is ever needed), and
 * a walk that refuses `__proto__`, `constructor` and `prototype` keys wherever they appear, so no
 * later step can be tricked into touching an object's prototype.
 */
import { formatPath, type ReadFailure } from './result';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonParseResult = { kind: 'ok'; value: unknown } | ReadFailure;

/** The deepest nesting of arrays and objects in JSON text, ignoring brackets inside strings. */
export function exceedsNesting(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c /* \ */) i += 1;
      else if (char === 0x22 /* " */) inString = false;
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x5b /* [ */ || char === 0x7b /* { */) {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (char === 0x5d /* ] */ || char === 0x7d /* } */) {
      depth -= 1;
    }
  }
  return false;
}

interface Visit {
  value: unknown;
  key: string | number | null;
  parent: Visit | null;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Visit | null = visit; at && at.key !== null; at = at.parent) path.unshift(at.key);
  return path;
}

/** The path of a forbidden key, walking with an explicit stack (no recursion), or null. */
export function findForbiddenKey(value: unknown): (string | number)[] | null {
  const stack: Visit[] = [{ value, key: null, parent: null }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const current = visit.value;
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index -= 1) {
        stack.push({ value: current[index], key: index, parent: visit });
      }
    } else if (typeof current === 'object' && current !== null) {
      const keys = Object.keys(current);
      for (const key of keys) {
        if (FORBIDDEN_KEYS.has(key)) return pathOf({ value: null, key, parent: visit });
      }
      for (let index = keys.length - 1; index >= 0; index -= 1) {
        const key = keys[index]!;
        stack.push({ value: (current as Record<string, unknown>)[key], key, parent: visit });
      }
    }
  }
  return null;
}

export function parseDossierJson(bytes: Uint8Array, maxDepth: number): JsonParseResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      kind: 'damaged',
      reason: 'encoding',
      path: 'dossier.json',
      detail: 'dossier.json is not valid UTF-8',
    };
  }
  if (exceedsNesting(text, maxDepth)) {
    return {
      kind: 'invalid-content',
      reason: 'too-deep',
      path: '$',
      detail: `nested more than ${maxDepth} levels deep`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      kind: 'damaged',
      reason: 'json-syntax',
      path: 'dossier.json',
      detail: error instanceof Error ? error.message : 'not valid JSON',
    };
  }
  const forbidden = findForbiddenKey(value);
  if (forbidden) {
    return {
      kind: 'invalid-content',
      reason: 'forbidden-key',
      path: formatPath(forbidden),
      detail: `the key "${String(forbidden.at(-1))}" is not allowed`,
    };
  }
  return { kind: 'ok', value };
}
