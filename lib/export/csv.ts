/**
 * CSV encoding of export rows (RFC 4180: comma separator, CRLF line ends, fields
 * containing a quote, comma, CR or LF wrapped in double quotes with quotes doubled).
 *
 * Formula injection: a spreadsheet treats a text cell starting with = + - @ (or a
 * TAB/CR, or any of these after leading whitespace) as a formula. Article-derived
 * text (place names, titles, evidence, URLs) is untrusted, so such cells get a
 * leading single quote, which spreadsheets show as text and do not evaluate.
 * Decision: the rule is applied by VALUE TYPE, not by column name. Values that are
 * JavaScript numbers (latitude, longitude, counts, ids) are written as plain
 * numerals, so a longitude of -3.5 stays the number -3.5; a number can never carry
 * a formula. Every string — even one that looks numeric, like a place "-3" — is
 * treated as text and neutralised.
 */
import { EXPORT_COLUMNS, type ExportRow } from '@/db/types';

export const CSV_BOM = '\uFEFF';

// Full-width forms are included because some spreadsheet locales normalise them.
const FORMULA_START = /^(?:[\t\r]|[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20])/;
const NEEDS_QUOTES = /[",\r\n]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export type CsvValue = string | number | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = neutraliseFormula(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRecord(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

export const CSV_HEADER = csvRecord(EXPORT_COLUMNS);

export function exportRowToCsv(row: ExportRow): string {
  return csvRecord(EXPORT_COLUMNS.map((c) => row[c]));
}
