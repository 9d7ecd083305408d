import type { Locale } from './schema';

const UNITS = [
  { unit: 'gigabyte', size: 1000 ** 3 },
  { unit: 'megabyte', size: 1000 ** 2 },
  { unit: 'kilobyte', size: 1000 },
] as const;

/**
 * A number of bytes as a short, readable size in the UI language: "1,2 MB", "350 kB". Decimal
 * units (1 MB = 1,000,000 bytes), as phones show storage in their own settings.
 */
export function formatBytes(bytes: number, locale: Locale): string {
  const match = UNITS.find(({ size }) => bytes >= size);
  if (!match) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte' }).format(bytes);
  const value = bytes / match.size;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: match.unit,
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

/** A share (0–1) as a whole percentage in the UI language: "83 %" or "83%". */
export function formatPercent(ratio: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    ratio,
  );
}
