/**
 * Command-line validator for loopbaandossier files, for schools and scripts. It runs the app's
 * own import pipeline (src/dossier/read.ts) in Node 20, without a browser or a database.
 *
 *   npm run --silent dossier -- validate <file> [--password-file <f>] [--json] [--lang en]
 *   npm run --silent dossier -- inspect <file> [--password-file <f>] [--json] [--lang en]
 *
 * Exit codes: 0 the file is a valid dossier; 1 it is not (the message says why and what to do);
 * 2 the command was used wrongly. It never prints a stack trace: every outcome of the pipeline
 * is a value, and anything unexpected is caught and reported as a message.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { failureMessage, formatBytes } from '../src/dossier/messages';
import { checkFileSize } from '../src/dossier/read';
import { RECORD_COLLECTIONS } from '../src/dossier/format';
import { readAnyFile } from '../src/dossier/feedback/detect';
import type { FeedbackDocument } from '../src/dossier/feedback/format';
import { FEEDBACK_COLLECTIONS } from '../src/dossier/feedback/validate';
import { summarizeDocument, type DossierSummary } from '../src/dossier/summary';
import type { DossierFailure } from '../src/dossier/result';
import type { FileSubject } from '../src/dossier/messages';
import nlDossier from '../src/locales/nl/dossier';
import enDossier from '../src/locales/en/dossier';
import nlFeedback from '../src/locales/nl/feedback';
import enFeedback from '../src/locales/en/feedback';

const nl = { ...nlDossier, ...nlFeedback };
const en = { ...enDossier, ...enFeedback };
type Messages = typeof nl;
type Lang = 'nl' | 'en';

const MAX_PASSWORD_FILE_BYTES = 4096;

class UsageError extends Error {}

interface Options {
  command: 'validate' | 'inspect';
  file: string;
  passwordFile: string | null;
  json: boolean;
  lang: Lang;
}

/** Text from a file must not steer the terminal: control and bidi characters become "?". */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '?');
}

function lookup(messages: Messages, key: string): string {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return key;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : key;
}

/** The same `{name}` placeholders vue-i18n fills in the app. */
function format(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

function t(messages: Messages, key: string, params: Record<string, string | number> = {}): string {
  return format(lookup(messages, key), params);
}

function failureText(
  messages: Messages,
  failure: DossierFailure,
  subject: FileSubject,
): { text: string; path: string | null } {
  const message = failureMessage(failure, subject);
  const phrases = Object.fromEntries(
    Object.entries(message.phrases).map(([name, key]) => [name, lookup(messages, key)]),
  );
  return {
    text: printable(t(messages, message.key, { ...message.params, ...phrases })),
    path: message.path,
  };
}

function parseArguments(argv: readonly string[]): Options {
  const rest: string[] = [];
  let passwordFile: string | null = null;
  let json = false;
  let lang: Lang = 'nl';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--password-file') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError('--password-file needs a file name');
      passwordFile = value;
    } else if (arg === '--lang') {
      const value = argv[++i];
      if (value !== 'nl' && value !== 'en') throw new UsageError('--lang must be nl or en');
      lang = value;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else rest.push(arg);
  }
  const [command, file, ...extra] = rest;
  if ((command !== 'validate' && command !== 'inspect') || file === undefined || extra.length > 0) {
    throw new UsageError('expected a command and one file');
  }
  return { command, file, passwordFile, json, lang };
}

async function readPassword(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > MAX_PASSWORD_FILE_BYTES) return null;
    // The first line is the password; the line break an editor adds is not part of it.
    return (await readFile(path, 'utf8')).split(/\r?\n/)[0] ?? '';
  } catch {
    return null;
  }
}

function countsLine(messages: Messages, summary: DossierSummary): string {
  return RECORD_COLLECTIONS.map(
    (name) =>
      `${lookup(messages, `dossierFile.collections.${name}`)} ${summary.counts[name].live + summary.counts[name].deleted}`,
  ).join(', ');
}

function inspectLines(
  messages: Messages,
  file: string,
  summary: DossierSummary,
  encrypted: boolean,
): string[] {
  const yesNo = (value: boolean) => lookup(messages, value ? 'dossierCli.yes' : 'dossierCli.no');
  const label = (key: string) => `${lookup(messages, `dossierCli.${key}`)}:`.padEnd(18);
  const lines = [
    `${label('file')}${printable(basename(file))}`,
    `${label('encrypted')}${yesNo(encrypted)}`,
    `${label('formatVersion')}${summary.formatVersion}`,
    `${label('generator')}${printable(summary.generator)}`,
    `${label('exportedAt')}${summary.exportedAt}`,
    `${label('dossierId')}${summary.dossierId}`,
    `${label('name')}${printable(summary.name)}`,
    `${label('complete')}${yesNo(summary.complete)}`,
    `${label('period')}${
      summary.dateRange
        ? t(messages, 'dossierCli.periodValue', summary.dateRange)
        : lookup(messages, 'dossierCli.noPeriod')
    }`,
    lookup(messages, 'dossierCli.counts') + ':',
  ];
  for (const name of RECORD_COLLECTIONS) {
    const { live, deleted } = summary.counts[name];
    const trash = deleted > 0 ? ` (${t(messages, 'dossierCli.deleted', { count: deleted })})` : '';
    lines.push(
      `  ${lookup(messages, `dossierFile.collections.${name}`).padEnd(24)}${String(live + deleted).padStart(6)}${trash}`,
    );
  }
  lines.push(`${label('attachmentBytes')}${formatBytes(summary.attachmentBytes)}`);
  return lines;
}

function feedbackCounts(document: FeedbackDocument): Record<string, number> {
  return Object.fromEntries(FEEDBACK_COLLECTIONS.map((name) => [name, document[name].length]));
}

function feedbackCountsLine(messages: Messages, document: FeedbackDocument): string {
  return FEEDBACK_COLLECTIONS.map(
    (name) => `${lookup(messages, `feedback.collections.${name}`)} ${document[name].length}`,
  ).join(', ');
}

function feedbackInspectLines(
  messages: Messages,
  file: string,
  document: FeedbackDocument,
  encrypted: boolean,
): string[] {
  const yesNo = (value: boolean) => lookup(messages, value ? 'dossierCli.yes' : 'dossierCli.no');
  const label = (text: string) => `${text}:`.padEnd(18);
  const cli = (key: string) => label(lookup(messages, `dossierCli.${key}`));
  const lines = [
    `${cli('file')}${printable(basename(file))}`,
    `${label(lookup(messages, 'feedback.cli.kind'))}${lookup(messages, 'feedback.cli.feedbackFile')}`,
    `${cli('encrypted')}${yesNo(encrypted)}`,
    `${cli('formatVersion')}${document.formatVersion}`,
    `${cli('generator')}${printable(`${document.generator.name} ${document.generator.version}`)}`,
    `${cli('exportedAt')}${document.exportedAt}`,
    `${cli('dossierId')}${document.dossierId}`,
    `${label(lookup(messages, 'feedback.cli.author'))}${printable(document.author.name)} (${document.author.role})`,
    lookup(messages, 'dossierCli.counts') + ':',
  ];
  for (const name of FEEDBACK_COLLECTIONS) {
    lines.push(
      `  ${lookup(messages, `feedback.collections.${name}`).padEnd(24)}${String(document[name].length).padStart(6)}`,
    );
  }
  return lines;
}

async function run(argv: readonly string[]): Promise<number> {
  let options: Options;
  try {
    options = parseArguments(argv);
  } catch (error) {
    const messages = argv[argv.indexOf('--lang') + 1] === 'en' ? en : nl;
    process.stderr.write(
      `${error instanceof Error ? error.message : 'bad arguments'}\n${lookup(messages, 'dossierCli.usage')}\n`,
    );
    return 2;
  }
  const messages = options.lang === 'en' ? en : nl;
  const print = (line: string) => process.stdout.write(`${line}\n`);

  const fail = (
    failure: DossierFailure | { kind: 'cli'; text: string },
    subject: FileSubject = 'dossier',
  ) => {
    const { text, path } =
      failure.kind === 'cli'
        ? { text: failure.text, path: null }
        : failureText(messages, failure, subject);
    if (options.json) {
      print(
        JSON.stringify({
          valid: false,
          error: {
            ...(failure.kind === 'cli' ? { kind: 'file-not-found' } : failure),
            message: text,
            path,
          },
        }),
      );
    } else {
      print(t(messages, 'dossierCli.invalid', { message: text }));
      if (path) print(t(messages, 'dossierCli.path', { path: printable(path) }));
      if (failure.kind === 'password-required' || failure.kind === 'wrong-password') {
        print(lookup(messages, 'dossierCli.passwordHint'));
      }
    }
    return 1;
  };

  let size: number;
  try {
    const info = await stat(options.file);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch {
    return fail({
      kind: 'cli',
      text: t(messages, 'dossierCli.fileMissing', { file: printable(options.file) }),
    });
  }
  // Refused on its size alone, before a byte is read.
  const tooLarge = checkFileSize(size);
  if (tooLarge) return fail(tooLarge);

  let password: string | undefined;
  if (options.passwordFile !== null) {
    const read = await readPassword(options.passwordFile);
    if (read === null) {
      process.stderr.write(
        `${t(messages, 'dossierCli.passwordFileMissing', { file: printable(options.passwordFile) })}\n`,
      );
      return 2;
    }
    password = read;
  }

  const bytes = new Uint8Array(await readFile(options.file));
  const read = await readAnyFile(bytes, { password });
  if (read.type === 'feedback') {
    const feedback = read.result;
    if (feedback.kind !== 'ok') return fail(feedback, 'feedback');
    const document = feedback.feedback;
    if (options.json) {
      const common = {
        valid: true,
        kind: 'feedback',
        formatVersion: document.formatVersion,
        counts: feedbackCounts(document),
      };
      print(
        options.command === 'validate'
          ? JSON.stringify(common)
          : JSON.stringify(
              {
                ...common,
                encrypted: feedback.encrypted,
                sourceFormatVersion: feedback.sourceFormatVersion,
                dossierId: document.dossierId,
                author: document.author,
                exportedAt: document.exportedAt,
                generator: `${document.generator.name} ${document.generator.version}`,
              },
              null,
              2,
            ),
      );
    } else if (options.command === 'validate') {
      print(
        t(messages, 'feedback.cli.valid', {
          version: feedback.sourceFormatVersion,
          name: printable(document.author.name),
          dossierId: document.dossierId,
          counts: feedbackCountsLine(messages, document),
        }),
      );
    } else {
      for (const line of feedbackInspectLines(messages, options.file, document, feedback.encrypted))
        print(line);
    }
    return 0;
  }
  const result = read.result;
  if (result.kind !== 'ok') return fail(result);

  const summary = summarizeDocument(result.dossier.document);
  if (options.json) {
    print(
      JSON.stringify(
        options.command === 'validate'
          ? { valid: true, formatVersion: summary.formatVersion, counts: summary.counts }
          : {
              valid: true,
              encrypted: result.dossier.encrypted,
              sourceFormatVersion: result.dossier.sourceFormatVersion,
              ...summary,
            },
        null,
        options.command === 'inspect' ? 2 : undefined,
      ),
    );
  } else if (options.command === 'validate') {
    print(
      t(messages, 'dossierCli.valid', {
        version: result.dossier.sourceFormatVersion,
        name: printable(summary.name),
        counts: countsLine(messages, summary),
      }),
    );
  } else {
    for (const line of inspectLines(messages, options.file, summary, result.dossier.encrypted))
      print(line);
  }
  return 0;
}

// A last guard: whatever happens, the user gets one line and an exit code, never a stack trace.
function crash(error: unknown): never {
  process.stdout.write(
    `Error: ${printable(error instanceof Error ? error.message : String(error))}\n`,
  );
  process.exit(1);
}
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, crash);
