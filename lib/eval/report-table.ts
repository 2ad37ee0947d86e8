/** The human-readable evaluation report: overall, per language, per type, fields. */
import { INCIDENT_TYPES } from '@/lib/codebook';
import { checkAcceptance, seedArticleFullyMatched } from './acceptance';
import type { CorpusScore, Metrics, PRF, Ratio } from './score-corpus';

const num = (v: number | null, digits = 3): string => (v === null ? '—' : v.toFixed(digits));

function prfCells(p: PRF): string {
  return `${num(p.precision).padStart(6)} ${num(p.recall).padStart(6)} ${num(p.f1).padStart(6)}`;
}

function prfRow(label: string, strict: PRF, lenient: PRF): string {
  return `${label.padEnd(15)}${String(strict.gold).padStart(5)}${String(strict.predicted).padStart(6)}   ${prfCells(strict)}   ${prfCells(lenient)}`;
}

function ratioCell(r: Ratio): string {
  return `${num(r.value)} (${r.hits}/${r.total})`.padEnd(19);
}

export function formatReport(score: CorpusScore): string {
  const { overall, byLang, byType } = score;
  const lines: string[] = [];
  lines.push(
    `Extraction evaluation: ${overall.articles} articles (ar ${byLang.ar.articles}, en ${byLang.en.articles}), ` +
      `${overall.strict.gold} gold incidents, ${overall.strict.predicted} predicted, ${overall.extractionErrors} extraction errors`,
  );
  lines.push('');
  lines.push(`${''.padEnd(15)} gold  pred   ${'strict P'.padStart(8)}      R     F1   ${'lenient P'.padStart(9)}     R     F1`);
  lines.push(prfRow('overall', overall.strict, overall.lenient));
  lines.push(prfRow('  ar', byLang.ar.strict, byLang.ar.lenient));
  lines.push(prfRow('  en', byLang.en.strict, byLang.en.lenient));
  for (const t of INCIDENT_TYPES) lines.push(prfRow(`  ${t}`, byType[t].strict, byType[t].lenient));
  lines.push('');

  const fieldRows: [string, (m: Metrics) => string][] = [
    ['date in window', (m) => ratioCell(m.date)],
    ['perpetrator', (m) => ratioCell(m.perpetrator)],
    ['false attrib. ↓', (m) => ratioCell(m.falseAttribution)],
    ['  (gold none) ↓', (m) => ratioCell(m.falseAttributionWhereGoldNamesNone)],
    ['killed', (m) => ratioCell(m.killed)],
    ['injured', (m) => ratioCell(m.injured)],
    ['kidnapped', (m) => ratioCell(m.kidnapped)],
    ['within 25 km', (m) => ratioCell(m.location.within25km)],
    ['median km', (m) => num(m.location.medianKm, 1).padEnd(19)],
  ];
  lines.push(`On strict pairs   ${'overall'.padEnd(19)} ${'ar'.padEnd(19)} en`);
  for (const [label, cell] of fieldRows) {
    lines.push(`${label.padEnd(17)} ${cell(overall)} ${cell(byLang.ar)} ${cell(byLang.en)}`.trimEnd());
  }
  lines.push('');

  const checks = checkAcceptance(overall);
  const seed = seedArticleFullyMatched(score);
  lines.push(
    'Acceptance (lib/eval/acceptance.ts): ' +
      checks.map((c) => `${c.name} ${num(c.value)} ${c.kind === 'min' ? '≥' : '≤'} ${c.bar} ${c.pass ? 'ok' : 'FAIL'}`).join('; '),
  );
  if (seed !== null) lines.push(`seed-001 all gold incidents strictly matched: ${seed ? 'yes' : 'NO'}`);
  return lines.join('\n');
}
