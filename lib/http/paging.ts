import type { IncidentPage } from '@/db/types';
import { badParam } from './json-response';

/**
 * A page past the last one is a client error (a stale link after filtering), not an
 * empty success: 400 naming `page`. Page 1 of an empty result is fine.
 */
export function pageOutOfRange(result: IncidentPage): Response | null {
  if (result.total === 0 || result.items.length > 0) return null;
  const last = Math.ceil(result.total / result.pageSize);
  return result.page > last ? badParam('page', `beyond the last page (${last})`) : null;
}
