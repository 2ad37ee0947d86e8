/**
 * The compiled lexicons of one language: trigger words per incident type, cue lists
 * (negation, hypotheticals, background…) and actor aliases. Compiled once, lazily.
 */
import type { ActorId, IncidentType } from '@/lib/codebook';
import { INCIDENT_TYPES, isActorId } from '@/lib/codebook';
import triggersAr from '@/data/lexicons/ar/triggers.json';
import triggersEn from '@/data/lexicons/en/triggers.json';
import cuesAr from '@/data/lexicons/ar/cues.json';
import cuesEn from '@/data/lexicons/en/cues.json';
import aliases from '@/data/actors/aliases.json';
import { allMatches, compileEnglish, compileTagged, type Match, type TaggedMatch } from './compile';
import { compileArabicTries } from './arabic-trie';
import { TextMemo } from './text-memo';

export type Lang = 'ar' | 'en';

export const CUE_NAMES = [
  'hypothetical',
  'denial',
  'legal',
  'arrest',
  'cache',
  'generic',
  'generic_strong',
  'background',
  'protest',
  'hedge',
  'attribution',
  'target_cue',
  'attack_verb',
  'direction',
  'job_title',
  'foreign',
  'no_casualties',
  'using',
  'context_intro',
  'release',
  'assault',
  'not_violence',
  'separate',
  'small_arms',
  'attempt',
  'air_support',
  'no_fight',
  'follow_up',
  'anniversary',
] as const;
export type CueName = (typeof CUE_NAMES)[number];

export type Finder = (text: string) => Match[];

export interface TriggerMatch extends Match {
  type: IncidentType;
  strong: boolean;
}
export interface ActorMatch extends Match {
  id: ActorId;
  /** position of the actor in data/actors/aliases.json (earlier = more specific) */
  order: number;
}

export interface Lexicon {
  lang: Lang;
  findTriggers: (text: string) => TriggerMatch[];
  cues: Record<CueName, Finder>;
  findActors: (text: string) => ActorMatch[];
}

type TriggerFile = Record<string, unknown>;

// A few articles' sentences.
const REMEMBERED_TEXTS = 64;

function finder(memo: TextMemo, lang: Lang, entries: readonly string[]): Finder {
  if (lang === 'ar') {
    const find = compileTagged('ar', [{ tag: 0, entries }]);
    return memo.remember(find);
  }
  const res = compileEnglish(entries);
  return res.length ? memo.remember((text) => allMatches(text, res)) : () => [];
}

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function build(lang: Lang): Lexicon {
  const memo = new TextMemo(REMEMBERED_TEXTS);
  const tf = (lang === 'ar' ? triggersAr : triggersEn) as TriggerFile;
  const cf = (lang === 'ar' ? cuesAr : cuesEn) as Record<string, unknown>;
  const triggerKinds: { type: IncidentType; strong: boolean }[] = [];
  const triggerLists: { tag: number; entries: string[] }[] = [];
  for (const type of INCIDENT_TYPES) {
    const entry = tf[type] as { strong?: unknown; weak?: unknown } | undefined;
    for (const strong of [true, false]) {
      triggerLists.push({ tag: triggerKinds.length, entries: stringList(strong ? entry?.strong : entry?.weak) });
      triggerKinds.push({ type, strong });
    }
  }
  const actorIds: ActorId[] = [];
  const actorLists: { tag: number; entries: string[] }[] = [];
  for (const a of (aliases as { actors: { id: string; ar?: unknown; en?: unknown }[] }).actors) {
    if (!isActorId(a.id)) continue;
    actorLists.push({ tag: actorIds.length, entries: stringList(lang === 'ar' ? a.ar : a.en) });
    actorIds.push(a.id);
  }
  const cueLists = CUE_NAMES.map((name, tag) => ({ tag, entries: stringList(cf[name]) }));
  // Arabic: trigger, cue and actor lists share one trie, walked once per sentence for all three.
  const [triggerFinder, cueScan, actorFinder] =
    lang === 'ar'
      ? compileArabicTries([{ lists: triggerLists }, { lists: cueLists, separateLists: true }, { lists: actorLists }])
      : [compileTagged(lang, triggerLists), null, compileTagged(lang, actorLists)];
  // The matcher's array is fresh on every call, so its matches are labelled in place rather than copied.
  const findTriggers = (text: string): TriggerMatch[] => {
    const out: TriggerMatch[] = [];
    for (const m of triggerFinder(text)) {
      const kind = triggerKinds[m.tag];
      if (!kind) continue;
      const t = m as TaggedMatch & TriggerMatch;
      t.type = kind.type;
      t.strong = kind.strong;
      out.push(t);
    }
    return out;
  };

  const cues = {} as Record<CueName, Finder>;
  if (cueScan) {
    // All Arabic cue lists scanned at once and split by list in the same pass.
    const split = memo.remember((text: string): Match[][] => {
      const byTag: Match[][] = CUE_NAMES.map(() => []);
      for (const m of cueScan(text)) byTag[m.tag]?.push(m);
      return byTag;
    });
    CUE_NAMES.forEach((name, tag) => {
      cues[name] = (text) => split(text)[tag] ?? [];
    });
  } else {
    for (const name of CUE_NAMES) cues[name] = finder(memo, lang, stringList(cf[name]));
  }

  const findActors = (text: string): ActorMatch[] => {
    const out: ActorMatch[] = [];
    for (const m of actorFinder(text)) {
      const id = actorIds[m.tag];
      if (!id) continue;
      const a = m as TaggedMatch & ActorMatch;
      a.id = id;
      a.order = m.tag;
      out.push(a);
    }
    return out;
  };
  return { lang, findTriggers: memo.remember(findTriggers) as (t: string) => TriggerMatch[], cues, findActors };
}

const cache: Partial<Record<Lang, Lexicon>> = {};

export function lexicon(lang: Lang): Lexicon {
  return (cache[lang] ??= build(lang));
}

/** True when any cue of the list occurs in text (optionally only within [from, to)). */
export function hasCue(lex: Lexicon, name: CueName, text: string, from = 0, to = text.length): boolean {
  return lex.cues[name](text).some((m) => m.start >= from && m.end <= to);
}
