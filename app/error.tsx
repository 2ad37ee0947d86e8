'use client';
import Link from 'next/link';

/** Unexpected failures (a database that cannot be opened, a bug) — not bad filters, which the page explains itself. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="message-page" role="alert">
      <h1>Something went wrong</h1>
      <p>The page could not be loaded. {error.digest ? `Reference: ${error.digest}.` : ''}</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>{' '}
        <Link href="/">Back to the dashboard</Link>
      </p>
    </div>
  );
}
