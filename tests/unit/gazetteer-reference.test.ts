/**
 * Every district and sub-district of the reference admin list (../shared, CC-BY-4.0) must be
 * found in a sentence in both languages and resolve to a place in the right governorate.
 * The reference is not part of the repository: without it this file skips with a notice.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findPlaceMentions } from '@/lib/gazetteer';
import { normaliseArabic } from '@/lib/text/arabic';
import districtRecords from '@/data/gazetteer/districts.json';
import { REF_GOV, type RefUnit } from '@/scripts/reference-admin-divisions';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const REFERENCE = join(REPO, '../shared/reference/iraq-admin-divisions');
const present = existsSync(join(REFERENCE, 'all-district.json'));
if (!present) console.warn(`[gazetteer-reference] SKIPPED: reference list not found at ${REFERENCE}`);

function load(file: string): RefUnit[] {
  return present ? (JSON.parse(readFileSync(join(REFERENCE, file), 'utf8')) as RefUnit[]) : [];
}

/** The mentions whose candidates include a place of the expected governorate. */
function resolves(text: string, lang: 'ar' | 'en', gov: string): boolean {
  return findPlaceMentions(text, lang).some((m) => m.candidates.some((c) => c.gov === gov));
}

function check(units: RefUnit[], arFrame: (n: string) => string, enFrame: (n: string) => string): string[] {
  const failures: string[] = [];
  for (const u of units) {
    const gov = REF_GOV[u.id.slice(0, 5)]!;
    const ar = normaliseArabic(arFrame(u.name.local));
    if (!resolves(ar, 'ar', gov)) failures.push(`${u.id} ar "${u.name.local}" (${gov})`);
    const en = enFrame(u.name.en);
    if (!resolves(en, 'en', gov)) failures.push(`${u.id} en "${u.name.en}" (${gov})`);
  }
  return failures;
}

describe.skipIf(!present)('reference admin units are all recognised', () => {
  it('finds all 101 districts by Arabic and English name', () => {
    const units = load('all-district.json');
    expect(units.length).toBe(101);
    const failures = check(
      units,
      (n) => `قالت مصادر أمنية إن هجوماً استهدف نقطة تفتيش في قضاء ${n} مساء أمس.`,
      (n) => `Security sources said gunmen attacked a checkpoint in ${n} district late on Monday.`,
    );
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('finds all 294 sub-districts by Arabic and English name', () => {
    const units = load('all-subdistrict.json');
    expect(units.length).toBe(294);
    const failures = check(
      units,
      (n) => `أفاد مصدر محلي بانفجار عبوة ناسفة في ناحية ${n} صباح اليوم.`,
      (n) => `A local official said a roadside bomb exploded in ${n} on Tuesday morning.`,
    );
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('finds district names with a clitic and no cue word too (unless they are ordinary words)', () => {
    // Names flagged needsCue are ordinary words and rightly need the cue; all others must match bare.
    const guarded = new Set(
      (districtRecords as { id: string; needsCue?: unknown }[]).filter((r) => r.needsCue).map((r) => r.id.slice(2)),
    );
    const units = load('all-district.json').filter((u) => !guarded.has(u.id));
    expect(units.length).toBeGreaterThan(80);
    const failures = check(units, (n) => `وصلت تعزيزات عسكرية و${n.startsWith('ال') ? 'ب' : 'ل'}${n} فجراً.`, (n) => `Reinforcements arrived, ${n} officials said.`);
    expect(failures, failures.join('\n')).toEqual([]);
  });
});
