/**
 * Stage 4: place mentions of a sentence, from the gazetteer, plus mentions of places
 * abroad. A mention is demoted — kept only as a fallback — when it is a reference
 * point rather than the site: after a direction phrase ("west of Baghdad", "غربي
 * بغداد", "27 km southeast of"), inside a job title or affiliation ("director of
 * Adhamiya passports", "شرطة كربلاء"), or in a dateline ("BAGHDAD —").
 */
import { findPlaceMentions, type Place } from '@/lib/gazetteer';
import type { Lexicon } from '../lexicon';
import type { Match } from '../lexicon/compile';
import type { SiteMention } from '../types';

const DIRECTION_WINDOW = 14;
const JOB_WINDOW = 16;
const ORIGIN_BEFORE = /(?:\bfrom(?: inside| within| the direction of| the area of)?|\bborders?(?: with)?|الحدود(?: مع)?|حدود|مع|من (?:داخل|جهه|اتجاه|ناحيه))\s*$/i;
// "fired from the direction of the Hamrin hills", "انطلقت من منطقة …": where the weapon came from, not where it hit.
// (The verb may stand a few words before "from": "fired by ISIS remnants from the Hamrin heights", "أطلقت من منطقة قريبة من ناحية كوير".)
const LAUNCH_ORIGIN_BEFORE =
  /(?:\b(?:fired|launched|came|coming|flew|flown|took off)\b[^.,;:!?]{0,40}?\bfrom\s+(?:inside\s+|within\s+)?(?:the\s+)?(?:direction\s+of\s+(?:the\s+)?|area\s+of\s+(?:the\s+)?|(?:an?\s+)?(?:area|spot|field|farm|orchard|location|position)s?\s+(?:near|close to|outside|on the outskirts of)\s+(?:the\s+)?)?|\bfrom the direction of\s+(?:the\s+)?|(?:^|\s)(?:اطلق\S*|انطلق\S*|قادم\S*)(?:\s+\S+){0,2}?\s+من\s+(?:داخل\s+|جهه\s+|اتجاه\s+|ناحيه\s+)?(?:(?:منطقه|مناطق|مكان|موقع|اراض\S*|بساتين|بستان)\s+(?:قريب\S*|محاذي\S*|مجاور\S*)\s+(?:من|ل)\s*)?(?:منطقه\s+|مناطق\s+|قضاء\s+|ناحيه\s+|قريه\s+|محافظه\s+)?|(?:^|\s)من\s+(?:جهه|اتجاه)\s+(?:منطقه\s+)?)$/i;
const EN_AFFILIATION_AFTER =
  /^\s*(?:'s\s+)?(?:police|health|operations command|provincial council|governor|governorate council|security committee|activists?|residents?|natives?|lawmakers?|MPs?|officials?|journalists?|tribes?(?:men)?)\b/i;
// "Baghdad says 16 killed": the government speaking, not a place of the event.
const EN_SPEAKER_AFTER = /^\s*(?:says|said|accuses|accused|condemns|condemned|denies|denied|summons|summoned|blames|blamed|warns|warned|protests|protested)\b/i;
// "150 km south of Baghdad", "(١٥٠ كلم جنوب بغداد)": a distance puts the site elsewhere, perhaps in another governorate.
const DISTANCE_BEFORE = /[0-9]+(?:[.,][0-9]+)?\s*(?:km|kilomet(?:er|re)s?|miles?|كم|كلم|كيلومترا?|ميلا?)[^0-9]{0,22}$/i;

function endsShortlyBefore(cues: Match[], start: number, window: number, text: string): boolean {
  return cues.some((c) => c.end <= start && start - c.end <= window && !/[.،,;؛:]/.test(text.slice(c.end, start)));
}

// "منزل مرشح سابق لمجلس النواب في ناحية الأحرار": a locative after the title places the event, not the office.
function locativeAfterJob(jobs: Match[], start: number, text: string): boolean {
  const cue = jobs.filter((c) => c.end <= start).pop();
  return cue !== undefined && /(?:^|\s)في\s/.test(text.slice(cue.end, start));
}

/** Where a dateline ("BAGHDAD —", "Basra [Iraq], Dec 7 (Xinhua):", "بعقوبة، العراق 15 فبراير 2017 /") ends, or 0. */
export function datelineEnd(text: string): number {
  const m = /^[^\n]{0,60}?(?:\s[-—–/]\s?|[-—–/]\s|\):\s|:\s)/.exec(text);
  return m ? m[0].length : 0;
}

// A kunya ("Abu Zubayr") or a street/gate/quarter named after a place is not that place.
const PERSON_OR_STREET_BEFORE = /(?:\b(?:Abu|Abi|Umm|bin|ibn)|(?:^|\s)(?:ابو|ابي|ام|بن|ابن|شارع|حي|باب|ساحه|جسر|جامع|مستشفي|جامعه))\s+$/i;
// "Police Captain Muthanna Ahmed", "العميد سامر ...": a rank or title names the person after it (many Iraqi first names are places).
// English titles only capitalised ("a major Baghdad hospital" is a place).
const PERSON_TITLE_BEFORE =
  /(?:\b(?:Captain|Capt\.|Colonel|Col\.|Major|Maj\.|General|Gen\.|Brigadier(?: General)?|Brig\.|Lieutenant(?: Colonel| General)?|Lt\.(?: Col\.| Gen\.)?|Sergeant|Sgt\.|Sheikh|Dr\.)|(?:^|\s)و?(?:العقيد|النقيب|الرائد|اللواء|العميد|المقدم|الملازم|الفريق|الدكتور))\s+$/;
const QUARTER_WORD_BEFORE = /(?:^|\s)و?(?:ب|في\s+)?(?:حي|Hay)\s+$/i;
const OUTLET_AFTER = /^\s*(?:اليوم|نيوز|الاخباريه)\s*(?:[-–—/:)"»”]|$)/;
// "al-Imam Ali hospital", "Baghdad Teaching Hospital": a hospital named after a place or a person is where the wounded went.
const HOSPITAL_NAMED_AFTER_EN = /^\s+(?:[A-Z][\w'-]*\s+){0,2}(?:teaching\s+|general\s+|medical\s+)?(?:hospital|medical city|medical complex)\b/i;
const DESCRIBES_AFTER = /^-(?:aligned|backed|allied|linked|affiliated|supported|sponsored|based|funded|friendly)\b|^\s+(?:war|conflict|crisis|ceasefire|truce)\b|^\s+(?:الحرب|حرب)(?:\s|$)/i;
const DESCRIBES_BEFORE = /(?:^|\s)(?:(?:ال)?(?:مدعوم|مقرب)\S*\s+من|(?:ال)?(?:موالي|تابع|حليف)\S*\s+ل?)\s*$/;
const EN_COUNTRY = /^(?:Syria|Syrian|Lebanon|Israel|Gaza|Yemen|Saudi Arabia|Egypt|Libya|Afghanistan|Pakistan|Europe)$/i;
const EN_LOCATIVE_BEFORE = /(?:\b(?:in|inside|into|across|at|near|of|over|to)|,)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern|east|west)?(?:ern)?\s+)?$/i;
const EN_LOCATIVE_AFTER = /^(?:'s\s+|\s+)?(?:city|town|province|capital|border town|territory|side of the border)\b|^,\s+(?:the|a)\b/i;
// "Baghdad's Karrada", "Baghdad's eastern district of Sadr City": a few words between the possessor and the place it holds.
const POSSESSIVE_CONTAINER = /['’]s\s+(?:[a-z-]+\s+){0,4}$/i;
// "the three men, all from Karbala": where people come from, not where anything happened.
const PEOPLE_FROM_BEFORE = /\b(?:all|both|who (?:is|are|was|were|came)|originally|hail(?:s|ed|ing)?|natives?|residents?|people|men|women|families|pilgrims|workers)\s+from\s+(?:the\s+)?$/i;
const GOV_LIST_JOIN = /^\s*(?:,|،)?\s*(?:and\s+|و)?$/;
const GOV_LIST_BEFORE = /(?:محافظات|provinces of|governorates of)\s+$/i;
const GOV_LIST_AFTER = /^\s*(?:provinces|governorates)\b/i;
// "the road leading to the Semalka crossing", "pilgrims walking to Karbala": a destination, not where the event was.
const ROAD_TOWARDS_BEFORE =
  /(?:\b(?:road|highway|route)\s+(?:leading\s+|that leads\s+)?to\s+(?:the\s+)?|\b(?:heading|headed|on (?:their|his|her|the) way|en route|bound|travell?ing|walking|marching)\s+(?:on foot\s+)?(?:to|for|towards)\s+(?:the\s+)?|(?:^|\s)(?:الطريق|طريق)\s+(?:الواصل|المؤدي|الموصل|المتجه)\s+(?:الي|ل)\s*|(?:^|\s)(?:المتوجهين|المتجهين|متوجهين|متجهين|متوجها|متوجهه|القاصدين|في طريقهم|في طريقه)\s+(?:سيرا\s+)?(?:علي الاقدام\s+)?(?:الي|نحو)\s+(?:مدينه\s+|محافظه\s+)?)$/i;
// "died of his wounds in al-Hussein hospital in Nasiriyah", "نقلوا إلى مستشفى كركوك العام": where the casualties were treated.
const HOSPITAL_BEFORE = /(?:\bhospitals?\b(?:\s+[\w'-]+){0,3}\s+in\s+(?:the\s+)?(?:city\s+of\s+)?|(?:^|\s)(?:ال|ب|الي\s+|في\s+)?مستشفي(?:ات)?(?:\s+\S+){0,3}\s+(?:في\s+|ب)?)$/i;
// "walking to the holy city of Karbala": the pilgrims' destination.
const HOLY_CITY_TOWARDS_BEFORE = /\b(?:heading|headed|on (?:their|his|her|the) way|en route|bound|travell?ing|walking|marching)\s+(?:on foot\s+)?(?:to|for|towards)\s+the\s+(?:holy\s+|shrine\s+|Shiite\s+)*(?:city|town)\s+of\s+$/i;
// "طريق بغداد – كركوك", "the Baghdad-Kirkuk highway": a road named by its two ends runs between them.
const ROAD_JOIN = /^\s*[-–—]\s*$/;
const ROAD_BEFORE = /(?:(?:^|\s)(?:ال|ب|علي\s+)?طريق(?:\s+المرور\s+السريع)?|\b(?:road|highway|route)\s+(?:from|linking|between)?)\s*$/i;
const ROAD_AFTER = /^\s*(?:road|highway|motorway|expressway|route)\b/i;
// "حافلة متجهة من بغداد إلى الموصل", "a bus travelling from Baghdad to Mosul": both ends of the journey.
const JOURNEY_BEFORE =
  /(?:(?:^|\s)(?:ال)?(?:متجه|متوجه|قادم|مسافر|متجهه|متوجهه|قادمه|متجهين|متوجهين|قادمين|مسافرين)\S*\s+من\s+(?:\S+\s+){0,2}?(?:(?:الي|نحو)\s+)?|\b(?:travell?ing|heading|headed|driving|bound)\s+from\s+(?:[\w'-]+\s+){0,2}?(?:to\s+)?)$/i;
// "نقلت الجثث إلى دائرة الطب العدلي في كركوك", "taken to the morgue in Kirkuk": where the dead were taken.
const MORGUE_BEFORE = /(?:\b(?:morgue|mortuary|forensic (?:department|institute|medicine)?)(?:\s+[\w'-]+){0,2}\s+in\s+(?:the\s+)?|(?:^|\s)(?:ال)?طب\s+العدلي(?:\s+\S+){0,2}\s+(?:في\s+|ب)?)$/i;
const BETWEEN_BEFORE = /(?:\bbetween(?: the)?(?: [a-z]+ern)?(?: (?:towns|cities|villages|provinces|areas) of)?|(?:^|\s)بين(?:\s+(?:محافظتي|مدينتي|قضائي|ناحيتي|قريتي))?)\s+$/i;

const CARE_WORD = /hospital|morgue|mortuary|forensic|مستشفي|عدلي/i;

function hospitalBefore(before: string, lang: Lexicon['lang']): boolean {
  // Arabic glues "ب" to the place ("بالناصرية"): the mention then starts inside that word.
  const text = lang === 'ar' ? before.replace(/(?:^|\s)ب(?:ال)?$/, ' ') : before;
  return HOSPITAL_BEFORE.test(text) || MORGUE_BEFORE.test(text);
}

export function findSites(lex: Lexicon, norm: string): SiteMention[] {
  const mentions = findPlaceMentions(norm, lex.lang);
  // Only a sentence that names a place needs its direction / job-title cues and dateline.
  const directions = mentions.length > 0 ? lex.cues.direction(norm) : [];
  const jobs = mentions.length > 0 ? lex.cues.job_title(norm) : [];
  const dateline = mentions.length > 0 ? datelineEnd(norm) : 0;
  const sites: SiteMention[] = [];
  for (const m of mentions) {
    let places: Place[] = m.candidates;
    if (places.length === 0) continue;
    const before = norm.slice(Math.max(0, m.start - 14), m.start);
    const near = norm.slice(Math.max(0, m.start - 64), m.start);
    if (PERSON_TITLE_BEFORE.test(near.slice(-28))) continue;
    if (PERSON_OR_STREET_BEFORE.test(before)) {
      // "حي اليرموك" is the Yarmouk quarter; "حي بغداد" or "شارع الموصل" only borrows a city's name.
      const quarters = QUARTER_WORD_BEFORE.test(before) ? places.filter((p) => p.kind === 'neighbourhood') : [];
      if (quarters.length === 0) continue;
      places = quarters;
    }
    // An outlet named after a city ("بغداد اليوم – كربلاء", "قال لـ(بغداد اليوم)") is a source, not a place.
    if (lex.lang === 'ar' && OUTLET_AFTER.test(norm.slice(m.end, m.end + 12)) && (m.start <= 2 || /[("«“]\s*$/.test(before))) continue;
    const demoted: SiteMention['demoted'] = LAUNCH_ORIGIN_BEFORE.test(norm.slice(Math.max(0, m.start - 96), m.start)) ||
      ROAD_TOWARDS_BEFORE.test(norm.slice(Math.max(0, m.start - 48), m.start)) ||
      // (Word checks first: these patterns are tried at every place mention.)
      (near.includes(' of ') && HOLY_CITY_TOWARDS_BEFORE.test(near)) ||
      ((near.includes('من') || near.includes('from')) && JOURNEY_BEFORE.test(near.slice(-48))) ||
      (CARE_WORD.test(near) && hospitalBefore(near.slice(-48), lex.lang)) ||
      (lex.lang === 'en' && HOSPITAL_NAMED_AFTER_EN.test(norm.slice(m.end, m.end + 40)))
      ? 'origin'
      : DISTANCE_BEFORE.test(norm.slice(Math.max(0, m.start - 40), m.start))
      ? 'distance'
      : endsShortlyBefore(directions, m.start, DIRECTION_WINDOW, norm)
      ? PEOPLE_FROM_BEFORE.test(norm.slice(Math.max(0, m.start - 24), m.start))
        ? 'origin'
        : 'direction'
      : lex.lang === 'en' && EN_SPEAKER_AFTER.test(norm.slice(m.end, m.end + 16))
      ? 'speaker'
      : (endsShortlyBefore(jobs, m.start, JOB_WINDOW, norm) && !locativeAfterJob(jobs, m.start, norm)) ||
          (lex.lang === 'en' && EN_AFFILIATION_AFTER.test(norm.slice(m.end, m.end + 40)))
        ? 'job'
        : m.end <= dateline
          ? 'dateline'
          : false;
    sites.push({ start: m.start, end: m.end, places, demoted, foreign: false });
  }
  // "between the towns of Tikrit and Baiji": the site lies between two reference points —
  // in their governorate if they share one, else in no governorate the text can tell.
  // The two ends of a named road are reference points too.
  for (let i = 0; i + 1 < sites.length; i++) {
    const a = sites[i]!;
    const b = sites[i + 1]!;
    const lead = norm.slice(Math.max(0, a.start - 48), a.start);
    const road = ROAD_JOIN.test(norm.slice(a.end, b.start)) && (ROAD_BEFORE.test(lead) || ROAD_AFTER.test(norm.slice(b.end, b.end + 16)));
    if ((!BETWEEN_BEFORE.test(lead) && !road) || b.start - a.end > 20) continue;
    const ga = new Set(a.places.map((p) => p.gov));
    // A road's two ends only say which road it is; the site is the place named along it, if any.
    if (!road && !b.places.some((p) => ga.has(p.gov))) {
      a.straddles = true;
      b.straddles = true;
    } else {
      a.demoted ||= 'direction';
      b.demoted ||= 'direction';
    }
  }
  // "في محافظات المثنى والأنبار وديالى", "in Anbar, Diyala and Kirkuk provinces": a list of
  // governorates sums up several events; none of them is the site of a report by itself.
  for (let i = 0; i + 1 < sites.length; i++) {
    const run = [sites[i]!];
    while (i + run.length < sites.length) {
      const prev = run[run.length - 1]!;
      const next = sites[i + run.length]!;
      if (!GOV_LIST_JOIN.test(norm.slice(prev.end, next.start))) break;
      run.push(next);
    }
    const govs = new Set(run.flatMap((x) => x.places.filter((p) => p.kind === 'governorate').map((p) => p.gov)));
    if (run.length >= 2 && govs.size === run.length && run.every((x) => x.places.some((p) => p.kind === 'governorate'))) {
      const plural = GOV_LIST_BEFORE.test(norm.slice(Math.max(0, run[0]!.start - 16), run[0]!.start)) || GOV_LIST_AFTER.test(norm.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 14));
      if (plural || run.length >= 3) for (const x of run) x.demoted ||= 'listed';
    }
    i += run.length - 1;
  }
  // "Baghdad's Karrada district", "Diyala's Muqdadiya": the possessor is the container; the site is the place it owns.
  for (let i = 0; i + 1 < sites.length; i++) {
    const a = sites[i]!;
    const b = sites[i + 1]!;
    if (lex.lang === 'en' && !a.demoted && b.start - a.end <= 40 && POSSESSIVE_CONTAINER.test(norm.slice(a.start, b.start))) a.demoted = 'direction';
  }
  for (const f of lex.cues.foreign(norm)) {
    if (sites.some((s) => f.start < s.end && s.start < f.end)) continue;
    if (ORIGIN_BEFORE.test(norm.slice(Math.max(0, f.start - 16), f.start))) continue;
    // "Tehran-aligned groups", "الفصائل الموالية لطهران", "the Gaza war": the name describes who backs a group or
    // which war, not where anything happened.
    if (DESCRIBES_AFTER.test(norm.slice(f.end, f.end + 14)) || DESCRIBES_BEFORE.test(norm.slice(Math.max(0, f.start - 14), f.start))) continue;
    // An English country name places an event only as a location ("in Syria"), not in "support for Israel".
    if (lex.lang === 'en' && EN_COUNTRY.test(f.surface) && !EN_LOCATIVE_BEFORE.test(norm.slice(Math.max(0, f.start - 24), f.start)) && !EN_LOCATIVE_AFTER.test(norm.slice(f.end, f.end + 24))) {
      continue;
    }
    sites.push({ start: f.start, end: f.end, places: [], demoted: false, foreign: true });
  }
  return sites.sort((a, b) => a.start - b.start);
}
