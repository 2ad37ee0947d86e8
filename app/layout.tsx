import type { Metadata } from 'next';
import Link from 'next/link';
import './globals.css';

export const metadata: Metadata = {
  title: 'Iraq Incident Tracker',
  description: 'Security incidents in Iraq coded from Arabic and English news: map, timeline, table and export.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            <span className="brand-mark" aria-hidden="true" />
            Iraq Incident Tracker
          </Link>
          <span className="brand-sub">Security events coded from Arabic &amp; English news</span>
        </header>
        <main className="site-main">{children}</main>
      </body>
    </html>
  );
}
