'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { REVIEW_STATUSES, type ReviewStatus } from '@/lib/filter';
import { STATUS_LABELS } from '@/components/labels';

const ACTION_LABELS: Record<ReviewStatus, string> = {
  confirmed: 'Confirm',
  rejected: 'Reject',
  unreviewed: 'Mark unreviewed',
};

export function ReviewButtons({ id, status }: { id: number; status: ReviewStatus }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const decide = (next: ReviewStatus) => {
    setError(null);
    startTransition(async () => {
      const res = await fetch(`/api/incidents/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ status: next }),
      });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { error?: string } | null;
        setError(body?.error ?? `request failed (${res.status})`);
        return;
      }
      router.refresh();
    });
  };

  return (
    <div className="review-buttons" aria-busy={pending}>
      {REVIEW_STATUSES.filter((s) => s !== status).map((s) => (
        <button key={s} type="button" className={`button ${s === 'confirmed' ? 'primary' : ''}`} disabled={pending} onClick={() => decide(s)}>
          {ACTION_LABELS[s]}
        </button>
      ))}
      {error && (
        <p className="field-error" role="alert">
          Could not set {STATUS_LABELS[status]}: {error}
        </p>
      )}
    </div>
  );
}
