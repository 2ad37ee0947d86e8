import type { DateMention } from './types';
export function findDateMentions(_text: string, _lang: 'ar' | 'en', _published: string | null): DateMention[] {
  return [];
}
