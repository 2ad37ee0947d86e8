import Link from 'next/link';
import type { IncidentFilter, PageRequest } from '@/lib/filter';
import { dashboardHref } from '@/components/dashboard-url';

export function Pagination({ total, filter, page }: { total: number; filter: IncidentFilter; page: PageRequest }) {
  const pages = Math.max(1, Math.ceil(total / page.pageSize));
  const first = (page.page - 1) * page.pageSize + 1;
  const last = Math.min(total, page.page * page.pageSize);
  const href = (n: number) => dashboardHref(filter, { ...page, page: n });
  return (
    <nav className="pagination" aria-label="Table pages">
      {page.page > 1 ? (
        <Link href={href(page.page - 1)} scroll={false} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span className="disabled">← Previous</span>
      )}
      <span data-testid="page-info">
        {first > total ? `Page ${page.page} is past the end` : `${first}–${last} of ${total.toLocaleString('en')}`} · page{' '}
        {page.page} of {pages}
      </span>
      {page.page < pages ? (
        <Link href={href(page.page + 1)} scroll={false} rel="next">
          Next →
        </Link>
      ) : (
        <span className="disabled">Next →</span>
      )}
    </nav>
  );
}
