/**
 * Generates data/gazetteer/districts.json and subdistricts.json from the reference list of
 * Iraqi admin units (../shared/reference/iraq-admin-divisions, CC-BY-4.0, Open Admin Data)
 * merged with data/gazetteer/admin-extras.json, the hand-written layer that adds the
 * spellings news actually uses, seat-town coordinates, prominence and ambiguity flags.
 *
 *   npx tsx scripts/build-gazetteer.ts [path/to/iraq-admin-divisions]
 *
 * The output is committed; the app never needs the reference directory.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GazetteerRecord } from '../lib/gazetteer/types';
import { REF_GOV, type RefUnit } from './reference-admin-divisions';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(REPO, 'data/gazetteer');
const REFERENCE = resolve(process.argv[2] ?? join(REPO, '../shared/reference/iraq-admin-divisions'));

type Extra = Partial<Omit<GazetteerRecord, 'id' | 'kind' | 'district'>> & {
  /** reference spellings that are wrong and must not be kept (e.g. a neighbour's name). */
  drop_ar?: string[];
  drop_en?: string[];
};

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function unique(names: (string | undefined)[], exclude: string): string[] {
  const seen = new Set([exclude]);
  const out: string[] = [];
  for (const n of names) {
    if (n && !seen.has(n)) {
      seen.add(n);
      out.push(n);
    }
  }
  return out;
}

function build(units: RefUnit[], kind: 'district' | 'subdistrict', extras: Record<string, Extra>): GazetteerRecord[] {
  const prefix = kind === 'district' ? 'd:' : 'sd:';
  const records = units.map((u) => {
    const govRef = u.ancestors.find((a) => a.level === 1)?.id ?? u.parent.id;
    const gov = REF_GOV[govRef];
    if (!gov) throw new Error(`reference ${u.id}: unknown governorate ${govRef}`);
    const x = extras[u.id] ?? {};
    const refAr = x.drop_ar?.includes(u.name.local) ? undefined : u.name.local;
    const refEn = x.drop_en?.includes(u.name.en) ? undefined : u.name.en;
    const en = x.en ?? refEn ?? u.name.en;
    const ar = x.ar ?? refAr ?? u.name.local;
    const rec: GazetteerRecord = {
      id: prefix + u.id,
      kind,
      gov: x.gov ?? gov,
      lat: x.lat ?? Number(u.geo.lat),
      lon: x.lon ?? Number(u.geo.lon),
      en,
      ar,
      alt_en: unique([refEn, ...(x.alt_en ?? [])], en),
      alt_ar: unique([refAr, ...(x.alt_ar ?? [])], ar),
      ...(kind === 'subdistrict' ? { district: 'd:' + u.parent.id } : {}),
      rank: x.rank ?? (kind === 'district' ? 60 : 40),
    };
    for (const key of ['needsCapital', 'needsCue', 'plain_en', 'plain_ar', 'noMatch', 'noMatch_en', 'noMatch_ar'] as const) {
      if (x[key] !== undefined) (rec as unknown as Record<string, unknown>)[key] = x[key];
    }
    return rec;
  });
  return records.sort((a, b) => a.id.localeCompare(b.id));
}

function main(): void {
  const districtFile = join(REFERENCE, 'all-district.json');
  if (!existsSync(districtFile)) {
    console.error(`reference not found at ${REFERENCE}; pass its path as the first argument`);
    process.exit(1);
  }
  const extras = readJson<Record<string, Extra>>(join(DATA, 'admin-extras.json'));
  const known = new Set<string>();
  const districts = readJson<RefUnit[]>(districtFile);
  const subdistricts = readJson<RefUnit[]>(join(REFERENCE, 'all-subdistrict.json'));
  for (const u of [...districts, ...subdistricts]) known.add(u.id);
  const stray = Object.keys(extras).filter((id) => !id.startsWith('_') && !known.has(id));
  if (stray.length) throw new Error(`admin-extras.json: ids not in the reference: ${stray.join(', ')}`);

  const outD = build(districts, 'district', extras);
  const outS = build(subdistricts, 'subdistrict', extras);
  writeFileSync(join(DATA, 'districts.json'), formatRecords(outD));
  writeFileSync(join(DATA, 'subdistricts.json'), formatRecords(outS));
  console.log(`districts: ${outD.length}, sub-districts: ${outS.length} (reference: ${REFERENCE})`);
}

/** One record per line: small diffs, still valid JSON. */
function formatRecords(records: GazetteerRecord[]): string {
  return '[\n' + records.map((r) => '  ' + JSON.stringify(r)).join(',\n') + '\n]\n';
}

main();
