import { readFileSync, readdirSync } from 'node:fs';
import { findCasualtyCounts } from '@/lib/extract/numbers';
import { normaliseArabic } from '@/lib/text/arabic';
const dir = '/work/shared/corpus/dev';
let ok = 0, bad = 0;
const eq = (g: any, v: number | null) => Array.isArray(g) ? v !== null && v >= g[0] && v <= g[1] : g === v;
for (const f of readdirSync(`${dir}/gold`)) {
  const g = JSON.parse(readFileSync(`${dir}/gold/${f}`, 'utf8'));
  const a = JSON.parse(readFileSync(`${dir}/articles/${f}`, 'utf8'));
  for (const inc of g.incidents) {
    if (!inc.evidence) continue;
    const t = a.lang === 'ar' ? normaliseArabic(inc.evidence) : inc.evidence;
    // per sentence, first non-null per field
    const sents = t.split(/(?<=[.!?؟])\s+|\n+/);
    const res: any = { killed: null, injured: null, kidnapped: null };
    for (const s of sents) { const r = findCasualtyCounts(s, a.lang); for (const k of ['killed','injured','kidnapped']) if (res[k] === null && r[k as 'killed'] !== null) res[k] = r[k as 'killed']; }
    const good = ['killed','injured','kidnapped'].every(k => eq(inc[k], res[k]));
    if (good) ok++; else { bad++; console.log(g.id, 'gold', inc.killed, inc.injured, inc.kidnapped, 'got', res.killed, res.injured, res.kidnapped, '|', inc.evidence.slice(0, 400).replace(/\n/g,' ')); }
  }
}
console.log({ ok, bad });
