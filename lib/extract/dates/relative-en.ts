import { EN_WEEKDAYS, alternation } from './lexicon';
import { candidate, lastWeekendFriday, mondayWeeksBack, monthStartBack, relativeDay, weekdayBefore, yearStart, type Candidate } from './candidate';
import { parseNumber } from '../numbers/parse';

/** English relative dates and weekday names, resolved against the publication date (codebook §5). */

const WD = alternation(EN_WEEKDAYS.keys());
const PART = '(?:morning|afternoon|evening|night)';
// A multi-word name always contains its first word.
const WEEKDAY_CUES = [...EN_WEEKDAYS.keys()].map((w) => w.toLowerCase().split(' ')[0]!);
const COUNT = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})';

/**
 * `cues`: lower-case words every match contains, at least one of them. The rules ignore case
 * only for ASCII letters, so a match always shows its cue in the lower-cased text; when every
 * cue is absent the rule cannot match and is skipped.
 */
const RULES: {
  cues: readonly string[];
  re: RegExp;
  resolve: (m: RegExpExecArray, published: string, text: string) => Candidate | null;
}[] = [
  {
    cues: ['yesterday'],
    re: /\b(?:the\s+)?day\s+before\s+yesterday\b/gi,
    resolve: (m, p) => candidate(m.index, m.index + m[0].length, relativeDay(p, -2), 'day', 'relative'),
  },
  {
    cues: ['yesterday', 'night'],
    re: new RegExp(`\\b(?:(?:late|early)\\s+)?yesterday(?:\\s+${PART})?(?:\\s*,?\\s*(?:${WD})\\b)?|\\b(?:(?:late|early)\\s+)?last\\s+night\\b|\\bovernight\\b(?!\\s+(?:on\\s+)?(?:${WD}|into|to)\\b)`, 'gi'),
    resolve: (m, p) => candidate(m.index, m.index + m[0].length, relativeDay(p, -1), 'day', 'relative'),
  },
  {
    cues: ['today', 'this', 'tonight'],
    re: new RegExp(`\\b(?:earlier\\s+|later\\s+)?today(?:\\s*,?\\s*(?:${WD})\\b)?|\\bthis\\s+(?:morning|afternoon|evening)\\b|\\btonight\\b`, 'gi'),
    resolve: (m, p, text) => {
      // "Russia Today", "USA Today": a capitalised Today after a capitalised word is a name
      if (m[0].startsWith('Today') && /[A-Z][\w.]*\s+$/.test(text.slice(Math.max(0, m.index - 30), m.index))) return null;
      return candidate(m.index, m.index + m[0].length, p, 'day', 'relative');
    },
  },
  {
    cues: ['ago'],
    re: new RegExp(`\\b(?<n>${COUNT})\\s+(?<unit>days?|weeks?|months?|years?)\\s+ago\\b`, 'gi'),
    resolve: (m, p) => {
      const g = m.groups ?? {};
      const n = /^an?$/i.test(g.n ?? '') ? 1 : parseNumber(g.n ?? '', 'en');
      if (n === null || !Number.isInteger(n)) return null;
      const unit = (g.unit ?? '').toLowerCase().replace(/s$/, '');
      const end = m.index + m[0].length;
      if (unit === 'day') return candidate(m.index, end, relativeDay(p, -n), 'day', 'relative');
      if (unit === 'week') return candidate(m.index, end, relativeDay(p, -7 * n), 'week', 'relative');
      if (unit === 'month') return candidate(m.index, end, monthStartBack(p, n), 'month', 'relative');
      return candidate(m.index, end, yearStart(Number(p.slice(0, 4)) - n), 'year', 'relative');
    },
  },
  {
    cues: ['week'],
    re: /\b(?:last|previous|past)\s+week\b(?!end)/gi,
    resolve: (m, p) => candidate(m.index, m.index + m[0].length, mondayWeeksBack(p, 1), 'week', 'relative'),
  },
  {
    cues: ['weekend'],
    re: /\b(?:last|previous|past)\s+weekend\b/gi,
    resolve: (m, p) => candidate(m.index, m.index + m[0].length, lastWeekendFriday(p), 'week', 'relative'),
  },
  {
    cues: ['week'],
    re: /\b(?:(?:earlier|later)\s+)?this\s+week\b|\bearlier\s+in\s+the\s+week\b/gi,
    resolve: (m, p) => candidate(m.index, m.index + m[0].length, mondayWeeksBack(p, 0), 'week', 'relative'),
  },
  {
    cues: ['month'],
    re: /\b(?:last|previous)\s+month\b/gi,
    resolve: (m, p) => candidate(m.index, m.index + m[0].length, monthStartBack(p, 1), 'month', 'relative'),
  },
  {
    cues: ['month'],
    re: /\b(?:(?:earlier|later)\s+)?this\s+month\b|\bearlier\s+in\s+the\s+month\b/gi,
    resolve: (m, p) => candidate(m.index, m.index + m[0].length, monthStartBack(p, 0), 'month', 'relative'),
  },
  {
    cues: ['year'],
    re: /\b(?:last|previous)\s+year\b/gi,
    resolve: (m, p) => candidate(m.index, m.index + m[0].length, yearStart(Number(p.slice(0, 4)) - 1), 'year', 'relative'),
  },
  {
    cues: ['year'],
    re: /\b(?:(?:earlier|later)\s+)?this\s+year\b|\bearlier\s+in\s+the\s+year\b/gi,
    resolve: (m, p) => candidate(m.index, m.index + m[0].length, yearStart(Number(p.slice(0, 4))), 'year', 'relative'),
  },
  {
    // "on Sunday", "late on Monday", "Sunday night", "last Wednesday", "the night of Friday"
    cues: WEEKDAY_CUES,
    re: new RegExp(
      `\\b(?:(?<pre>last|this|next|past|coming)\\s+)?(?:(?:late|early)\\s+(?:on\\s+)?|on\\s+|overnight\\s+(?:on\\s+)?)?(?:(?:the\\s+)?${PART}\\s+of\\s+)?(?<wd>${WD})(?:'s|’s)?(?:\\s+${PART})?(?:\\s+(?<post>last|next))?\\b`,
      'gi',
    ),
    resolve: (m, p) => {
      const g = m.groups ?? {};
      const pre = (g.pre ?? '').toLowerCase();
      const post = (g.post ?? '').toLowerCase();
      if (pre === 'next' || pre === 'coming' || post === 'next') return null; // future
      // "the weekly Friday holiday", "Friday prayers", "since Friday": a custom or a span, not the event's day.
      const before = m.input.slice(Math.max(0, m.index - 12), m.index);
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (/\b(?:weekly|every|since|until|till|by)\s+$/i.test(before) || /^\s+(?:prayers?|sermons?|holidays?|market|weekend)\b/i.test(after)) return null;
      const wd = EN_WEEKDAYS.get((g.wd ?? '').toLowerCase());
      if (wd === undefined) return null;
      const strict = pre === 'last' || pre === 'past' || post === 'last';
      return candidate(m.index, m.index + m[0].length, weekdayBefore(p, wd, strict), 'day', 'weekday');
    },
  },
];

export function findRelativeDatesEn(text: string, published: string): Candidate[] {
  const out: Candidate[] = [];
  const lower = text.toLowerCase();
  for (const { cues, re, resolve } of RULES) {
    if (!cues.some((c) => lower.includes(c))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const c = resolve(m, published, text);
      if (c) out.push(c);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}

