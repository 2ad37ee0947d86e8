/**
 * Date understanding for the extractor (codebook §5): the publication date printed in an
 * article header, and every date expression in the text resolved against it.
 */
export type { Precision, DateMention } from './types';
export { findPublicationDate } from './publication';
export { findDateMentions } from './mentions';
export { daysBetween, mondayOf } from './calendar';
