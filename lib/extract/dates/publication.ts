import { findAbsoluteDates } from './absolute';
import { AR_PUBLICATION_CUES, AR_WEEKDAYS, EN_PUBLICATION_CUES, EN_WEEKDAYS, alternation } from './lexicon';
import { viewFor } from '../numbers/text-view';
import type { Candidate } from './candidate';

/**
 * The publication date printed in an article's header or byline ("الإثنين 10/يناير/2022 -
 * 05:47 م", "Jan. 10, 2022 3:45 PM", "Published: 2022-01-10"). A date labelled as the
 * publication date wins; otherwise the first full date in the first ~400 characters.
 * Null when none. Never throws.
 */

const HEAD = 1500;
const TOP = 550;
const CUE = new RegExp(`(?:${alternation([...EN_PUBLICATION_CUES, ...AR_PUBLICATION_CUES])})[^\\n\\d]{0,25}$`, 'iu');

const DATELINE_WORDS = new Set<string>([
  ...EN_WEEKDAYS.keys(),
  ...AR_WEEKDAYS.keys(),
  ...[...EN_PUBLICATION_CUES, ...AR_PUBLICATION_CUES].flatMap((c) => c.split(' ')),
  'gmt', 'utc', 'local', 'time', 'on', 'الساعه',
]);

export function findPublicationDate(text: string): string | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  try {
    // "posted onMay 11, 2022": pages glue the label to the month
    const head = viewFor(text.slice(0, HEAD), 'ar').text.replace(/([a-z])(?=(?:[A-Z][a-z]{2,8})\.?\s\d)/g, '$1 ');
    const full = findAbsoluteDates(head, 'ar', null).filter((c: Candidate) => c.precision === 'day');
    full.sort((a, b) => a.start - b.start);
    const labelled = full.find((c) => CUE.test(head.slice(Math.max(0, c.start - 40), c.start)));
    if (labelled) return labelled.date;
    // A dateline stands on a line of its own ("الخميس 2021/05/27", "Dec 07, 2021 - 13:12");
    // a date inside a headline or sentence is more likely an event date.
    let best: Candidate | null = null;
    let bestScore = 0;
    for (const c of full) {
      if (c.start >= TOP) break;
      const score = standsAlone(head, c) ? 2 : 1;
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best ? best.date : null;
  } catch {
    return null;
  }
}

function standsAlone(text: string, c: Candidate): boolean {
  const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
  let lineEnd = text.indexOf('\n', c.end);
  if (lineEnd < 0) lineEnd = text.length;
  const rest = text.slice(lineStart, c.start) + ' ' + text.slice(c.end, lineEnd);
  // besides the date, a dateline holds at most a weekday, a label, a time and one name
  const words = (rest.match(/\p{L}{3,}/gu) ?? []).filter((w) => !DATELINE_WORDS.has(w.toLowerCase()));
  return words.length <= 1;
}
