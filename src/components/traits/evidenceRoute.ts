import type { EvidenceOption } from '@/domain/traits';

/** Where an evidence entry opens: the experience itself, or the standalone reflection. */
export function evidenceRoute(entry: EvidenceOption): string {
  return entry.source === 'experience' ? `/ervaring/${entry.id}` : `/reflectie/${entry.id}`;
}
