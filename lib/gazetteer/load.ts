/**
 * Loads and validates the gazetteer data files once. The JSON is bundled (static imports) so
 * the app, scripts and tests need no file-system paths; parsing into Place objects and the
 * validation run lazily on first use.
 */
import { isGovernorateCode } from '@/lib/codebook';
import governorates from '@/data/gazetteer/governorates.json';
import districts from '@/data/gazetteer/districts.json';
import subdistricts from '@/data/gazetteer/subdistricts.json';
import cities from '@/data/gazetteer/cities.json';
import neighbourhoods from '@/data/gazetteer/neighbourhoods.json';
import bases from '@/data/gazetteer/bases.json';
import features from '@/data/gazetteer/features.json';
import crossings from '@/data/gazetteer/crossings.json';
import { PLACE_KINDS, type GazetteerRecord, type Place } from './types';

const FILES: Record<string, unknown> = {
  'governorates.json': governorates,
  'districts.json': districts,
  'subdistricts.json': subdistricts,
  'cities.json': cities,
  'neighbourhoods.json': neighbourhoods,
  'bases.json': bases,
  'features.json': features,
  'crossings.json': crossings,
};

export interface LoadedGazetteer {
  places: Place[];
  records: GazetteerRecord[];
  byId: Map<string, Place>;
}

let loaded: LoadedGazetteer | null = null;

function check(cond: boolean, file: string, rec: unknown, problem: string): void {
  if (!cond) {
    const id = (rec as { id?: unknown })?.id;
    throw new Error(`gazetteer ${file}: entry ${JSON.stringify(id)}: ${problem}`);
  }
}

function validate(file: string, rec: GazetteerRecord): void {
  check(typeof rec.id === 'string' && rec.id.length > 0, file, rec, 'missing id');
  check(PLACE_KINDS.includes(rec.kind), file, rec, `unknown kind ${JSON.stringify(rec.kind)}`);
  check(isGovernorateCode(rec.gov), file, rec, `unknown governorate ${JSON.stringify(rec.gov)}`);
  check(Number.isFinite(rec.lat) && rec.lat > 28 && rec.lat < 38, file, rec, `latitude ${rec.lat} outside Iraq`);
  check(Number.isFinite(rec.lon) && rec.lon > 38 && rec.lon < 49, file, rec, `longitude ${rec.lon} outside Iraq`);
  check(typeof rec.en === 'string' && rec.en.length > 0, file, rec, 'missing English name');
  check(typeof rec.ar === 'string' && rec.ar.length > 0, file, rec, 'missing Arabic name');
  check(Number.isFinite(rec.rank), file, rec, 'missing rank');
}

export function loadGazetteer(): LoadedGazetteer {
  if (loaded) return loaded;
  const records: GazetteerRecord[] = [];
  const byId = new Map<string, Place>();
  const places: Place[] = [];
  for (const [file, content] of Object.entries(FILES)) {
    if (!Array.isArray(content)) throw new Error(`gazetteer ${file}: expected a JSON array`);
    for (const raw of content as GazetteerRecord[]) {
      validate(file, raw);
      if (byId.has(raw.id)) throw new Error(`gazetteer ${file}: duplicate id ${raw.id}`);
      const place: Place = {
        id: raw.id,
        kind: raw.kind,
        en: raw.en,
        ar: raw.ar,
        lat: raw.lat,
        lon: raw.lon,
        gov: raw.gov as Place['gov'],
        rank: raw.rank,
        ...(raw.district ? { district: raw.district } : {}),
      };
      Object.freeze(place);
      records.push(raw);
      places.push(place);
      byId.set(place.id, place);
    }
  }
  for (const r of records) {
    if (r.district && !byId.has(r.district)) {
      throw new Error(`gazetteer: entry ${r.id} names unknown district ${r.district}`);
    }
  }
  loaded = { places, records, byId };
  return loaded;
}
