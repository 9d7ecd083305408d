import { ref, shallowRef } from 'vue';
import { getDatabase, setSetting } from '@/db';
import { readAttachmentFiles } from '@/dossier/database-io';
import { exportFileName } from '@/dossier/filename';
import { applySelection, type DossierSelection } from '@/dossier/selection';
import { serializeDossier, type DossierContents } from '@/dossier/serialize';
import { LAST_EXPORT_SETTING } from './useBackupReminder';
import { canShareFile, downloadFile, shareFile } from './useFileDelivery';

export const GENERATOR_NAME = 'Loopbaandossier';

/**
 * Making an export file and handing it over. The file is built in memory from a snapshot of the
 * dossier; `lastExportAt` is recorded once the file was handed over (downloaded or shared).
 */
export function useDossierExport() {
  const busy = ref(false);
  /** 0–100 while a file is being made. */
  const percent = ref(0);
  const file = shallowRef<File | null>(null);
  const shareable = ref(false);

  async function create(contents: DossierContents, selection: DossierSelection, password?: string) {
    busy.value = true;
    percent.value = 0;
    file.value = null;
    try {
      const selected = applySelection(contents, selection);
      const files = await readAttachmentFiles(getDatabase(), selected.contents.attachments);
      // A photo whose bytes are gone cannot travel; its record stays home too.
      selected.contents.attachments = selected.contents.attachments.filter((a) => files.has(a.id));
      const now = new Date();
      const { bytes } = await serializeDossier(
        {
          contents: selected.contents,
          files,
          exportedAt: now,
          generator: { name: GENERATOR_NAME, version: __APP_VERSION__ },
          complete: selected.complete,
        },
        {
          password,
          onProgress: (progress) => {
            percent.value = Math.round(progress.fraction * 100);
          },
        },
      );
      const encrypted = password !== undefined;
      file.value = new File(
        [bytes.slice()],
        exportFileName(contents.profile.name, now, encrypted),
        {
          type: encrypted ? 'application/octet-stream' : 'application/zip',
        },
      );
      shareable.value = canShareFile(file.value);
      return file.value;
    } finally {
      busy.value = false;
    }
  }

  async function recordExport() {
    await setSetting(getDatabase(), LAST_EXPORT_SETTING, new Date().toISOString());
  }

  async function download() {
    if (!file.value) return;
    downloadFile(file.value);
    await recordExport();
  }

  /** Resolves false when the user closed the share sheet without sharing. */
  async function share(): Promise<boolean> {
    if (!file.value) return false;
    const shared = await shareFile(file.value);
    if (shared) await recordExport();
    return shared;
  }

  return { busy, percent, file, shareable, create, download, share };
}
