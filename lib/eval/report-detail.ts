/**
 * `--detail`: per article, what the extractor missed, what it invented, and which
 * fields of its strict pairs are wrong, one short line each.
 */
import type { Incident } from '@/lib/codebook';
import { formatCount, perpetratorSet } from './field-checks';
import type { GoldIncident } from './gold-schema';
import type { ArticleOutcome, PairOutcome } from './score-corpus';

function brief(i: GoldIncident | Incident): string {
  return `${i.type} ${i.governorate ?? 'no-gov'} ${i.date ?? 'no-date'}${i.date_precision ? `/${i.date_precision}` : ''}`;
}

function perps(i: GoldIncident | Incident): string {
  const s = [...perpetratorSet(i.actors)].sort();
  return s.length === 0 ? '{}' : `{${s.join(',')}}`;
}

function fieldMismatches(pair: PairOutcome, g: GoldIncident, p: Incident): string[] {
  const out: string[] = [];
  if (pair.date === false) out.push(`date ${p.date ?? 'null'} vs gold ${g.date}/${g.date_precision ?? 'day'}`);
  if (pair.perpetrator === false) out.push(`perpetrator ${perps(p)} vs gold ${perps(g)}`);
  if (pair.falseAttribution === true) out.push(`perpetrator ${perps(p)} but gold names none`);
  if (pair.killed === false) out.push(`killed ${p.killed ?? 'null'} vs gold ${formatCount(g.killed)}`);
  if (pair.injured === false) out.push(`injured ${p.injured ?? 'null'} vs gold ${formatCount(g.injured)}`);
  if (pair.kidnapped === false) out.push(`kidnapped ${p.kidnapped ?? 'null'} vs gold ${formatCount(g.kidnapped)}`);
  if (pair.km !== null && pair.km > 25) out.push(`location ${pair.km.toFixed(0)} km off`);
  return out;
}

export function formatArticleDetail(a: ArticleOutcome): string[] {
  const lines: string[] = [];
  const pairOfGold = new Map(a.pairs.map((p) => [p.goldIndex, p]));
  const pairOfPred = new Map(a.pairs.map((p) => [p.predIndex, p]));
  if (a.error !== undefined) lines.push(`  ERROR   extraction failed: ${a.error}`);
  for (const gi of a.missed) {
    const g = a.gold[gi]!;
    const pair = pairOfGold.get(gi);
    const p = pair ? a.predicted[pair.predIndex] : undefined;
    let hint = '';
    if (pair && p) {
      if (pair.lenient) hint = ` (lenient match: predicted ${p.type})`;
      else if (p.type === g.type) hint = ` (nearest prediction in governorate ${p.governorate ?? 'null'})`;
    }
    lines.push(`  MISS    ${brief(g)}${g.place ? ` @ ${g.place}` : ''}${hint}`);
  }
  for (const pi of a.falseAlarms) {
    const p = a.predicted[pi]!;
    const pair = pairOfPred.get(pi);
    if (pair?.lenient) continue; // already shown on its MISS line
    lines.push(`  FALSE   ${brief(p)}${p.place ? ` @ ${p.place}` : ''}: ${JSON.stringify((p.evidence ?? "").slice(0, 100))}`);
  }
  for (const pair of a.pairs) {
    if (!pair.strict) continue;
    const g = a.gold[pair.goldIndex]!;
    const p = a.predicted[pair.predIndex]!;
    const wrong = fieldMismatches(pair, g, p);
    if (wrong.length > 0) lines.push(`  FIELDS  ${brief(g)}: ${wrong.join('; ')}`);
  }
  return lines.length === 0 ? [] : [`${a.id} (${a.lang}; gold ${a.gold.length}, predicted ${a.predicted.length})`, ...lines];
}

export function formatDetail(articles: readonly ArticleOutcome[]): string {
  const blocks = articles.map(formatArticleDetail).filter((b) => b.length > 0);
  if (blocks.length === 0) return 'Detail: every article fully right.';
  return ['Detail (MISS = gold not matched, FALSE = predicted not matched, FIELDS = wrong fields on a strict pair):', ...blocks.flat()].join('\n');
}
