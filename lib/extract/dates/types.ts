export type Precision = 'day' | 'week' | 'month' | 'year';

/**
 * One date expression found in a text. `start`/`end` are UTF-16 offsets into the exact
 * string passed to `findDateMentions`; `date` is YYYY-MM-DD.
 * kind: 'relative' (yesterday, last week…), 'weekday' (on Sunday), 'absolute' (5 January,
 * in 2014), 'announcement' (the day an official spoke: "police said on Saturday").
 */
export interface DateMention {
  start: number;
  end: number;
  surface: string;
  date: string;
  precision: Precision;
  kind: 'relative' | 'weekday' | 'absolute' | 'announcement';
}
