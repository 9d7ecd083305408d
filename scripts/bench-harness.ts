/**
 * In-page harness of `npm run bench` (scripts/bench.mjs), built on its own into
 * `<bench build>/__bench/harness.js` and never part of the app's build.
 *
 * `app` runs the app's own export and import code, the same calls in the same order as the
 * export screen (readDossierContents, then useDossierExport().create with the default "whole
 * dossier" selection) and the import screen (readDossierFile, planImport, writeImport).
 * `floor` does the same work the plain way, without any of the app's code: raw IndexedDB,
 * JSON.stringify / JSON.parse and fflate, which the app itself zips with.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { getDatabase } from '@/db';
import { queryTimeline } from '@/db/timeline-query';
import { planImport, readDossierContents, writeImport } from '@/dossier/database-io';
import { readDossierFile } from '@/dossier/read';
import { defaultSelection } from '@/dossier/selection';
import { useDossierExport } from '@/composables/useDossierExport';
import { searchTerms } from '@/domain/search';

/** The tables a dossier file fills; `timeline`, `drafts` and `settings` are the app's own. */
const DOSSIER_STORES = [
  'profile',
  'experiences',
  'reflections',
  'goals',
  'traits',
  'choices',
  'conversations',
  'leermeter',
  'feedback',
  'attachments',
  'attachmentBlobs',
];
const FLOOR_DATABASE = 'bench-floor';

let exportedFile: Uint8Array | null = null;

function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  return work().then((value) => ({ ms: performance.now() - start, value }));
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openRaw(name: string, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  const req = indexedDB.open(name);
  if (upgrade) req.onupgradeneeded = () => upgrade(req.result);
  return request(req);
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

const app = {
  /** Export of the whole dossier to a file, as the export screen makes it. */
  async exportDossier() {
    const { ms, value } = await timed(async () => {
      const contents = await readDossierContents(getDatabase());
      if (!contents) throw new Error('no dossier to export');
      return useDossierExport().create(contents, defaultSelection());
    });
    exportedFile = new Uint8Array(await value.arrayBuffer());
    return { ms, bytes: value.size };
  },

  /** Import of the file exportDossier made, as the import screen does it. */
  async importDossier() {
    const file = exportedFile;
    if (!file) throw new Error('export first');
    const steps = { readMs: 0, planMs: 0, writeMs: 0 };
    const { ms, value } = await timed(async () => {
      let at = performance.now();
      const step = (name: keyof typeof steps) => {
        steps[name] = performance.now() - at;
        at = performance.now();
      };
      const read = await readDossierFile(file);
      step('readMs');
      if (read.kind !== 'ok') return `read: ${JSON.stringify(read)}`;
      const plan = await planImport(getDatabase(), read.dossier.document);
      step('planMs');
      if (plan.kind !== 'ok') return `plan: ${plan.kind}`;
      const written = await writeImport(getDatabase(), read.dossier);
      step('writeMs');
      return written.kind === 'ok' ? written.summary.added : `write: ${JSON.stringify(written)}`;
    });
    if (typeof value === 'string') throw new Error(`import failed: ${value}`);
    return { ms, added: value, ...steps };
  },

  /** Deletes the app's database and opens it again, empty. */
  async emptyDatabase() {
    const db = getDatabase();
    await db.delete();
    await db.open();
  },

  /** How many live entries the app's search finds for a query (all pages, for the report). */
  async searchCount(query: string) {
    const rows = await queryTimeline(getDatabase(), {
      filter: {
        kind: null,
        experienceKind: null,
        competency: null,
        period: null,
        terms: searchTerms(query),
      },
      range: { lower: null, upper: null },
      limit: Infinity,
    });
    return rows.length;
  },

  /**
   * The first page (30 + 1 rows) of a search, straight through the store's query function
   * (queryTimeline), without the live query and the screen around it.
   */
  async searchPage(query: string) {
    const { ms, value } = await timed(() =>
      queryTimeline(getDatabase(), {
        filter: {
          kind: null,
          experienceKind: null,
          competency: null,
          period: null,
          terms: searchTerms(query),
        },
        range: { lower: null, upper: null },
        limit: 31,
      }),
    );
    return { ms, count: value.length };
  },

  /** The object stores and indexes of the app's database, for the floor's own copy. */
  schema() {
    return getDatabase()
      .tables.filter((table) => DOSSIER_STORES.includes(table.name))
      .map((table) => ({
        name: table.name,
        keyPath: table.schema.primKey.keyPath as string,
        indexes: table.schema.indexes.map((index) => ({
          name: index.name,
          keyPath: index.keyPath as string | string[],
          multiEntry: index.multi,
        })),
      }));
  },
};

type StoreSchema = ReturnType<typeof app.schema>[number];
let floorSchema: StoreSchema[] = [];

const floor = {
  /**
   * Export floor: one raw read transaction of the same stores, the photo bytes, JSON.stringify
   * and a ZIP of the same entries (the JSON deflated, photos stored), as the app's file has.
   */
  async exportDossier() {
    const { ms, value } = await timed(async () => {
      const db = await openRaw('loopbaandossier');
      const transaction = db.transaction(DOSSIER_STORES, 'readonly');
      const all = await Promise.all(
        DOSSIER_STORES.map((name) => request(transaction.objectStore(name).getAll())),
      );
      db.close();
      const data: Record<string, unknown[]> = {};
      DOSSIER_STORES.forEach((name, index) => (data[name] = all[index]!));
      const blobs = data.attachmentBlobs as { id: string; blob: Blob }[];
      delete data.attachmentBlobs;
      const files: Zippable = {
        'dossier.json': [new TextEncoder().encode(JSON.stringify(data)), { level: 6 }],
      };
      for (const { id, blob } of blobs) {
        files[`attachments/${id}.png`] = [new Uint8Array(await blob.arrayBuffer()), { level: 0 }];
      }
      return zipSync(files);
    });
    return { ms, bytes: value.length };
  },

  /** Creates the floor's database afresh, with the app's stores and indexes (untimed). */
  async emptyDatabase(schema: StoreSchema[]) {
    floorSchema = schema;
    await request(indexedDB.deleteDatabase(FLOOR_DATABASE));
    const db = await openRaw(FLOOR_DATABASE, (created) => {
      for (const store of floorSchema) {
        const objectStore = created.createObjectStore(store.name, { keyPath: store.keyPath });
        for (const index of store.indexes) {
          objectStore.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry });
        }
      }
    });
    db.close();
  },

  /**
   * Import floor: unzip and JSON.parse the app's exported file, then put every record and
   * photo into the same stores in ONE raw transaction. `writeMs` is that transaction alone.
   */
  async importDossier() {
    const file = exportedFile;
    if (!file) throw new Error('export first');
    let writeMs = 0;
    const { ms, value } = await timed(async () => {
      const entries = unzipSync(file);
      const document = JSON.parse(new TextDecoder().decode(entries['dossier.json'])) as Record<
        string,
        unknown
      >;
      const db = await openRaw(FLOOR_DATABASE);
      const writeStart = performance.now();
      const stores = floorSchema.map((store) => store.name);
      const transaction = db.transaction(stores, 'readwrite');
      let count = 0;
      transaction.objectStore('profile').put(document.profile);
      for (const name of stores) {
        const records = document[name];
        if (!Array.isArray(records)) continue;
        const store = transaction.objectStore(name);
        for (const record of records) store.put(record);
        count += records.length;
      }
      const attachments = (document.attachments ?? []) as { id: string; path: string }[];
      const blobs = transaction.objectStore('attachmentBlobs');
      for (const attachment of attachments) {
        blobs.put({ id: attachment.id, blob: new Blob([entries[attachment.path]!]) });
      }
      await done(transaction);
      writeMs = performance.now() - writeStart;
      db.close();
      return count + 1;
    });
    return { ms, writeMs, added: value };
  },
};

declare global {
  interface Window {
    benchHarness?: { app: typeof app; floor: typeof floor };
  }
}
window.benchHarness = { app, floor };
