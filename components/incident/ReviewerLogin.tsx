'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';

/** Exchanges the admin token for an httpOnly session cookie (POST /api/session). */
export function ReviewerLogin() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const token = String(new FormData(e.currentTarget).get('token') ?? '');
    setError(null);
    startTransition(async () => {
      const res = await fetch('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
      });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { error?: string } | null;
        setError(body?.error ?? `login failed (${res.status})`);
        return;
      }
      router.refresh();
    });
  };

  return (
    <form className="reviewer-login" onSubmit={onSubmit}>
      <label className="field">
        <span>Admin token (to review)</span>
        <input type="password" name="token" autoComplete="current-password" required />
      </label>
      <button type="submit" className="button" disabled={pending}>
        Log in to review
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
