import { z } from 'zod';
import { REVIEW_STATUSES, type ReviewStatus } from '@/lib/filter';
import { badParam } from './json-response';
import type { Parsed } from './query-params';

const statusUpdateSchema = z.object({ status: z.enum(REVIEW_STATUSES) });

/** The body of a review decision: `{ "status": "confirmed" | "rejected" | "unreviewed" }`. */
export function parseStatusUpdate(body: unknown): Parsed<{ status: ReviewStatus }> {
  const r = statusUpdateSchema.safeParse(body);
  if (r.success) return { ok: true, value: r.data };
  const issue = r.error.issues[0];
  return { ok: false, response: badParam(String(issue?.path[0] ?? 'status'), issue?.message ?? 'invalid') };
}
