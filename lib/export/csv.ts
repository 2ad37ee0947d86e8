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

/**
 * Whether the first character can start a formula (directly or after leading
 * whitespace): the common cell starts with a letter or digit and skips the regex.
 */
function mayStartFormula(text: string): boolean {
  const c = text.charCodeAt(0);
  return c <= 0x20 || c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40 || c === 0xa0 || c === 0x1680 || c >= 0x2000;
}

export type CsvValue = string | number | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = value.length > 0 && mayStartFormula(value) ? neutraliseFormula(value) : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRecord(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

export const CSV_HEADER = csvRecord(EXPORT_COLUMNS);

/** One export row as a CSV record; written out column by column (the export's hot loop). */
export function exportRowToCsv(row: ExportRow): string {
  return (
    csvField(row.incident_id) + ',' + csvField(row.event_date) + ',' + csvField(row.date_precision) + ',' +
    csvField(row.type) + ',' + csvField(row.governorate_code) + ',' + csvField(row.governorate_name) + ',' +
    csvField(row.place) + ',' + csvField(row.latitude) + ',' + csvField(row.longitude) + ',' +
    csvField(row.perpetrators) + ',' + csvField(row.targets) + ',' + csvField(row.killed) + ',' +
    csvField(row.injured) + ',' + csvField(row.kidnapped) + ',' + csvField(row.status) + ',' +
    csvField(row.source_urls) + ',' + csvField(row.source_titles) + ',' + csvField(row.evidence) + '\r\n'
  );
}
