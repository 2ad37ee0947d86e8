import { cookies } from 'next/headers';
import { configuredAdminToken } from '@/lib/auth/admin-token';
import { SESSION_COOKIE, sessionValueValid } from '@/lib/auth/session-cookie';
import type { ReviewStatus } from '@/db/types';
import { STATUS_LABELS } from '@/components/labels';
import { ReviewButtons } from './ReviewButtons';
import { ReviewerLogin } from './ReviewerLogin';

/**
 * The review decision. The session is checked here on the server, so the controls a
 * visitor sees match what the API will accept: none when writes are disabled, a login
 * form without a session, the decision buttons with one.
 */
export async function ReviewPanel({ id, status }: { id: number; status: ReviewStatus }) {
  const token = configuredAdminToken();
  const cookie = (await cookies()).get(SESSION_COOKIE)?.value;
  const authenticated = token !== null && cookie !== undefined && sessionValueValid(cookie, token);
  return (
    <div className="review-panel">
      <p>
        Status: <strong data-testid="review-status">{STATUS_LABELS[status] ?? status}</strong>
      </p>
      {token === null ? (
        <p className="muted small">Reviewing is disabled on this server (ADMIN_TOKEN is not set).</p>
      ) : authenticated ? (
        <ReviewButtons id={id} status={status} />
      ) : (
        <ReviewerLogin />
      )}
    </div>
  );
}
