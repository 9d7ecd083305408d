import { describe, expect, it } from 'vitest';
import { encryptEnvelope } from '@/dossier/crypto';
import { CURRENT_FORMAT_VERSION } from '@/dossier/format';
import { DOSSIER_LIMITS } from '@/dossier/limits';
import { checkFileSize, readDossierFile } from '@/dossier/read';
import { hostileCases } from './hostile-files';
import {
  TINY_PNG,
  documentOf,
  exportBytes,
  expectFailure,
  read,
  sampleDossier,
  withDocument,
  withEntries,
} from './support';

const FAST = { acceptWeakIterations: true } as const;

describe('readDossierFile', () => {
  it('reads a valid export with every record and the photo', async () => {
    const dossier = sampleDossier();
    const result = await read(await exportBytes(dossier));
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    const { document, files, encrypted, sourceFormatVersion } = result.dossier;
    expect(encrypted).toBe(false);
    expect(sourceFormatVersion).toBe(CURRENT_FORMAT_VERSION);
    expect(document.profile).toEqual(dossier.contents.profile);
    expect(document.dossierId).toBe(dossier.contents.profile.dossierId);
    expect(document.experiences).toHaveLength(2);
    expect(document.experiences.find((e) => e.deletedAt !== null)?.title).toBe('Weggegooid');
    const photo = dossier.contents.attachments[0]!;
    expect(files.get(photo.id)).toEqual(TINY_PNG);
  });

  it('reads an encrypted export with the password, and asks for it without', async () => {
    const bytes = await exportBytes(sampleDossier(), { password: 'lang genoeg' });
    expect(await read(bytes)).toEqual({ kind: 'password-required' });
    const wrong = await readDossierFile(bytes, { password: 'verkeerd' });
    expect(wrong).toEqual({ kind: 'wrong-password' });
    const right = await readDossierFile(bytes, { password: 'lang genoeg' });
    expect(right.kind).toBe('ok');
    if (right.kind === 'ok') expect(right.dossier.encrypted).toBe(true);
  }, 30_000);

  it('refuses an envelope with too few iterations, whatever the password', async () => {
    const zip = await exportBytes();
    const weak = await encryptEnvelope(zip, 'pw', { iterations: 10, acceptWeakIterations: true });
    await expectFailure(weak, { kind: 'unsupported-encryption' }, { password: 'pw' });
    // Only a test can let it through, and then the content is read as usual.
    expect((await readDossierFile(weak, { password: 'pw', insecureTestOptions: FAST })).kind).toBe(
      'ok',
    );
  });

  it('keeps HTML and script in text fields as plain text', async () => {
    const hostileText = '<script>alert(1)</script><img src=x onerror="alert(2)">';
    const dossier = sampleDossier();
    dossier.contents.experiences[0] = {
      ...dossier.contents.experiences[0]!,
      description: hostileText,
    };
    dossier.contents.profile = { ...dossier.contents.profile, name: '<b>Sanne</b>' };
    const result = await read(await exportBytes(dossier));
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    const experience = result.dossier.document.experiences.find((e) => e.deletedAt === null);
    expect(experience?.description).toBe(hostileText);
    expect(result.dossier.document.profile.name).toBe('<b>Sanne</b>');
  });

  describe('refuses every hostile file cleanly', async () => {
    for (const hostile of await hostileCases()) {
      it(hostile.name, async () => {
        const bytes = hostile.bytes ?? new Uint8Array(hostile.size ?? 0);
        await expectFailure(bytes, hostile.expected);
      });
    }
  });

  it('checks the size alone before reading (File.size, fs.stat)', () => {
    expect(checkFileSize(DOSSIER_LIMITS.maxFileBytes)).toBeNull();
    expect(checkFileSize(DOSSIER_LIMITS.maxFileBytes + 1)).toMatchObject({
      kind: 'too-large',
      what: 'file',
    });
    expect(checkFileSize(0)).toMatchObject({ kind: 'damaged', reason: 'empty' });
  });

  it('refuses unknown fields at every depth', async () => {
    const valid = await exportBytes();
    await expectFailure(
      withDocument(valid, (d) => {
        d.extra = 1;
      }),
      { kind: 'invalid-content', reason: 'unknown-key', path: '$.extra' },
    );
    await expectFailure(
      withDocument(valid, (d) => {
        d.experiences[0].contact.phone = '06';
      }),
      { kind: 'invalid-content', reason: 'unknown-key', path: '$.experiences[0].contact.phone' },
    );
    await expectFailure(
      withDocument(valid, (d) => {
        d.conversations[0].afspraken[0].constructor = 'x';
      }),
      {
        kind: 'invalid-content',
        reason: 'forbidden-key',
        path: '$.conversations[0].afspraken[0].constructor',
      },
    );
    await expectFailure(
      withDocument(valid, (d) => {
        d.experiences[0].competencyReflections.ondernemen = 'x';
      }),
      { kind: 'invalid-content', reason: 'unknown-key' },
    );
  });

  it('refuses a file whose parts contradict each other', async () => {
    const valid = await exportBytes();
    await expectFailure(
      withDocument(valid, (d) => {
        d.dossierId = crypto.randomUUID();
      }),
      { kind: 'invalid-content', reason: 'mismatch', path: '$.profile.dossierId' },
    );
    await expectFailure(
      withDocument(valid, (d) => {
        d.attachments[0].ownerId = crypto.randomUUID();
      }),
      { kind: 'invalid-content', reason: 'missing-reference', path: '$.attachments[0].ownerId' },
    );
    await expectFailure(
      withDocument(valid, (d) => {
        d.attachments[0].path = 'attachments/../dossier.json';
      }),
      { kind: 'invalid-content', reason: 'mismatch', path: '$.attachments[0].path' },
    );
  });

  it('refuses files that are not in the manifest and attachments that are not images', async () => {
    const valid = await exportBytes();
    await expectFailure(
      withEntries(valid, (entries) => {
        entries['attachments/extra.exe'] = new Uint8Array([0x4d, 0x5a]);
      }),
      { kind: 'invalid-content', reason: 'unexpected-file', path: '"attachments/extra.exe"' },
    );
    const dossier = sampleDossier();
    const notPng = new Uint8Array(TINY_PNG.length).fill(0x41);
    dossier.files.set(dossier.contents.attachments[0]!.id, notPng);
    await expectFailure(await exportBytes(dossier), {
      kind: 'invalid-content',
      reason: 'not-an-image',
      path: '$.attachments[0]',
    });
  });

  it('refuses a size that differs from the manifest', async () => {
    const valid = await exportBytes();
    await expectFailure(
      withDocument(valid, (d) => {
        d.attachments[0].byteSize += 1;
      }),
      { kind: 'damaged', reason: 'size-mismatch' },
    );
  });

  it('refuses a formatVersion that is not a whole number', async () => {
    const valid = await exportBytes();
    for (const version of [0, -1, 1.5, '1', null]) {
      await expectFailure(
        withDocument(valid, (d) => {
          d.formatVersion = version;
        }),
        { kind: 'invalid-content', path: '$.formatVersion' },
      );
    }
  });

  it('refuses a ZIP without dossier.json as not a dossier', async () => {
    const valid = await exportBytes();
    await expectFailure(
      withEntries(valid, (entries) => {
        delete entries['dossier.json'];
      }),
      { kind: 'not-a-dossier' },
    );
    expect(documentOf(valid).format).toBe('loopbaandossier');
  });
});
