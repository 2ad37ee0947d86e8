import { readFileSync } from 'node:fs';
import { extractArticle } from '@/lib/extract';
import { lexicon } from '@/lib/extract/lexicon';
import { toSentences } from '@/lib/extract/pipeline';
import { findTriggers } from '@/lib/extract/stages/triggers';
import { findSites } from '@/lib/extract/stages/places';
import { findDateMentions } from '@/lib/extract/dates';
import { findCasualtyCounts } from '@/lib/extract/numbers';
import { findActors } from '@/lib/extract/stages/actors';
import { blockReasons } from '@/lib/extract/stages/filters';
const id = process.argv[2]!;
const a = JSON.parse(readFileSync(`../shared/corpus/dev/articles/${id}.json`, 'utf8'));
const lex = lexicon(a.lang);
for (const s of toSentences(a.title, a.text, a.lang)) {
  const tr = findTriggers(lex, s.norm);
  const sites = findSites(lex, s.norm);
  const dates = findDateMentions(s.norm, a.lang, a.published);
  const counts = findCasualtyCounts(s.norm, a.lang);
  const actors = findActors(lex, s.norm, tr);
  const bl = blockReasons(lex, s.norm, tr, dates, a.published);
  console.log(`#${s.index} ${s.raw.slice(0, 140)}`);
  if (tr.length) console.log('   T', tr.map((t) => `${t.type}${t.strong ? '' : '?'}:${s.norm.slice(t.start, t.end)}`).join(' | '));
  if (sites.length) console.log('   P', sites.map((x) => `${s.norm.slice(x.start, x.end)}${x.demoted ? '(d)' : ''}${x.foreign ? '(F)' : ''}=${x.places.slice(0,3).map((p) => p.id + '/' + p.gov).join(',')}`).join(' | '));
  if (dates.length) console.log('   D', dates.map((d) => `${d.surface}=${d.date}/${d.precision}/${d.kind}`).join(' | '));
  if (counts.mentions.length) console.log('   N', counts.mentions.map((m) => `${m.field}=${m.value}`).join(' '));
  if (actors.length) console.log('   A', actors.map((x) => `${x.id}:${x.role}`).join(' '));
  if (bl.length) console.log('   B', bl.join(','));
}
console.log(JSON.stringify(extractArticle(a).incidents.map((i) => ({ ...i, evidence: i.evidence.slice(0, 60) })), null, 0));
