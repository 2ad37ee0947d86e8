import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, type ExportRow } from '@/db/types';
import { csvField, csvRecord, exportRowToCsv, neutraliseFormula } from '@/lib/export/csv';

/** The rule csvField implements, without its shortcut for cells that cannot start a formula. */
function referenceField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// Leading characters that matter: formula starts, every kind of whitespace \s knows, and
// ordinary letters (Latin, Arabic).
const lead = fc.constantFrom(
  '=', '+', '-', '@', '\t', '\r', '\n', ' ', '\u00a0', '\u1680', '\u2000', '\u2028', '\u202f', '\u205f', '\u3000', '\ufeff',
  '\uff1d', '\uff0b', '\uff0d', '\uff20', '\v', '\f', 'a', '7', 'ب', '"', ',',
);
const cell = fc.tuple(fc.array(lead, { maxLength: 3 }), fc.string({ maxLength: 8 })).map(([l, s]) => l.join('') + s);

describe('CSV encoder fast path', () => {
  it('writes every string cell exactly as the neutralise-then-quote rule does', () => {
    fc.assert(fc.property(cell, (s) => {
      expect(csvField(s)).toBe(referenceField(s));
    }), { numRuns: 3000 });
  });

  it('writes an export row in EXPORT_COLUMNS order, like the generic record writer', () => {
    const text = fc.option(cell, { nil: null });
    const num = fc.option(fc.double({ noNaN: false }), { nil: null });
    const row = fc.record({
      incident_id: fc.nat(), event_date: text, date_precision: fc.constantFrom('day', 'week', 'month', null), type: fc.constant('bombing'),
      governorate_code: text, governorate_name: text, place: text, latitude: num, longitude: num, perpetrators: cell, targets: cell,
      killed: num, injured: num, kidnapped: num, status: fc.constant('unreviewed'), source_urls: cell, source_titles: cell, evidence: cell,
    }) as fc.Arbitrary<ExportRow>;
    fc.assert(fc.property(row, (r) => {
      expect(exportRowToCsv(r)).toBe(csvRecord(EXPORT_COLUMNS.map((c) => r[c])));
    }), { numRuns: 500 });
  });
});
