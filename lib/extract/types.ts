/** The engine's internal records, passed from stage to stage (see pipeline.ts). */
import type { ActorId, GovernorateCode, IncidentType, DatePrecision } from '@/lib/codebook';
import type { Place } from '@/lib/gazetteer';
import type { DateMention } from './dates';
import type { CasualtyMention } from './numbers';
import type { Lang } from './lexicon';

export interface Sentence {
  index: number;
  /** the sentence as printed (HTML removed), used verbatim as evidence */
  raw: string;
  /** the form all matching runs on (normaliseArabic for Arabic) */
  norm: string;
  isTitle: boolean;
}

export interface Trigger {
  type: IncidentType;
  strong: boolean;
  start: number;
  end: number;
  /** no weapon word: made from a casualty toll ("50 people died in Nasiriyah") */
  fromToll?: boolean;
}

export interface SiteMention {
  start: number;
  end: number;
  places: Place[];
  /** demoted: a direction reference ("west of Baghdad"), a job title, a dateline, where a weapon came from, a capital speaking for its government, one of a list of governorates that sums up several events (never the site) */
  demoted: false | 'direction' | 'distance' | 'job' | 'dateline' | 'origin' | 'speaker' | 'listed';
  /** "between X and Y" where X and Y lie in different governorates */
  straddles?: boolean;
  foreign: boolean;
}

export interface ActorMention {
  id: ActorId;
  start: number;
  end: number;
  role: 'perpetrator' | 'target' | null;
  /** named by a claim ("تبنت X", "X claimed"): the claim covers every attack of its clause */
  claimant?: boolean;
}

/** What each stage learns about one sentence. */
export interface SentenceFacts {
  sentence: Sentence;
  triggers: Trigger[];
  sites: SiteMention[];
  dates: DateMention[];
  counts: CasualtyMention[];
  noCasualties: boolean;
  actors: ActorMention[];
  /** reasons the sentence cannot report a new incident (empty = usable) */
  blocked: string[];
}

export interface ResolvedPlace {
  place: Place | null;
  gov: GovernorateCode | null;
  label: string | null;
  lat: number | null;
  lon: number | null;
  /** true when the place is a point below governorate level */
  precise: boolean;
  /** only the governorate is reliable for telling sites apart (a direction reference, a name shared with the governorate) */
  coarse: boolean;
  /** a point moved from a reference place by a stated distance and bearing */
  estimated?: boolean;
}

/** One incident as read from one clause of one sentence, before merging. */
export interface Candidate {
  type: IncidentType;
  /** strong trigger (drone, IED…) versus a generic word (attack, explosion) */
  specific: boolean;
  sentenceIndex: number;
  /** "sentence:clause-start": reports in different clauses of one sentence are different events unless of one family */
  clause: string;
  where: ResolvedPlace | null;
  /** the place came from the clause itself, not from the article's context */
  ownPlace: boolean;
  /** a reference-point place of the same sentence (direction phrase, job title), used if nothing better */
  fallback: ResolvedPlace | null;
  /** dated more than 30 days before publication (a background event) */
  stale?: boolean;
  /** that reference place is the dateline of its paragraph ("KIRKUK - A roadside bomb…") */
  fromDateline?: boolean;
  /** may found an incident on its own (else it can only add to one) */
  standalone: boolean;
  /** the text itself says the place cannot be told (a road between two governorates) */
  unplaceable: boolean;
  /** the sentence opens with "in a separate incident"/"في حادث منفصل": not the event told before */
  separate: boolean;
  /** its clause strikes the reinforcements or rescuers of an attack: a second incident when its weapon differs (codebook §2) */
  followUp?: boolean;
  /** printed: the text names the day itself (a weekday or a date, opening the sentence or inline), not a relative one */
  date: { date: string; precision: DatePrecision; printed?: 'opening' | 'inline' } | null;
  killed: number | null;
  injured: number | null;
  kidnapped: number | null;
  perpetrators: ActorId[];
  targets: ActorId[];
  lang: Lang;
  /** a strong killing word (assassination, execution, body found) was seen */
  explicitKilling: boolean;
  /** an attempt on someone's life ("survived an assassination attempt"): no killing (codebook §2) */
  attempt?: boolean;
  tribal: boolean;
  /** an assault on a position, an ambush or a clash (an armed attack however few died) */
  assault: boolean;
  noCasualties: boolean;
  /** a bare toll with no place: it may only complete the report of the sentence just before */
  followsOnly?: boolean;
  /** the sentence dates it relative to the report before ("a day earlier"): that day plus this many days */
  dayOffset?: number;
  /** "…came five days after a bomb attack": that many days before the last dated report (or the publication day) */
  gapBack?: { days: number; precision: DatePrecision };
  /** its figures are the toll of several events together ("the two bombings killed 11"): a report's own figures replace them */
  totalOfSeveral?: boolean;
}

export interface MergedIncident extends Omit<Candidate, 'sentenceIndex' | 'clause'> {
  sentenceIndexes: number[];
  clauses: string[];
}
