import { openDatabase } from '@/db/client';
import { EMPTY_FILTER, incidentStats, listIncidents, mapClusters } from '@/db/queries';
import type { IncidentFilter } from '@/lib/filter';
const h = openDatabase(process.argv[2]!);
const f = (p: Partial<IncidentFilter>): IncidentFilter => ({ ...EMPTY_FILTER, ...p });
const which = process.argv[3] ?? 'stats';
const filters: [string, IncidentFilter][] = [
  ['none', EMPTY_FILTER], ['gov', f({ governorate: ['IQ-BG'] })], ['type', f({ type: ['drone_attack'] })],
  ['isis perp', f({ actor: ['isis'], actorRole: 'perpetrator' })], ['israel perp', f({ actor: ['israel'], actorRole: 'perpetrator' })],
  ['pkk any', f({ actor: ['pkk'] })], ['1 month', f({ from: '2024-03-01', to: '2024-03-31' })],
  ['1y+gov', f({ governorate: ['IQ-NI'], from: '2024-01-01', to: '2024-12-31' })], ['odd range', f({ from: '2019-03-12', to: '2023-07-04' })],
  ['q Baghdad', f({ q: 'Baghdad' })], ['minKilled', f({ minKilled: 10 })],
  ['combined', f({ governorate: ['IQ-NI', 'IQ-AN'], type: ['bombing', 'armed_attack'], actor: ['isis'], from: '2015-01-01', to: '2016-06-30', minKilled: 1 })],
];
for (const [label, fl] of filters) {
  const ms: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    if (which === 'stats') incidentStats(fl, h);
    else if (which === 'list') listIncidents(fl, { page: 1, pageSize: 50, sort: 'date', dir: 'desc' }, h);
    else mapClusters(fl, 6, h);
    ms.push(performance.now() - t);
  }
  console.log(label.padEnd(14), ms.map((m) => m.toFixed(0)).join(' '));
}
