import type { ReviewStatus } from '@/db/types';
import { STATUS_LABELS } from '@/components/labels';

/**
 * The review decision. Read-only until a reviewer session exists on the server side;
 * then this is where the confirm/reject controls go.
 */
export function ReviewPanel({ status }: { id: number; status: ReviewStatus }) {
  return (
    <p>
      Status: <strong>{STATUS_LABELS[status] ?? status}</strong>
    </p>
  );
}
