import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="message-page" data-testid="not-found">
      <h1>Not found</h1>
      <p>There is no such page or incident. It may have been removed, or the link is mistyped.</p>
      <p>
        <Link href="/">Back to the dashboard</Link>
      </p>
    </div>
  );
}
