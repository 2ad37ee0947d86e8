import Link from 'next/link';
import type { IncidentFilter, PageRequest } from '@/lib/filter';
import { dashboardHref } from '@/components/dashboard-url';

type SortKey = PageRequest['sort'];

/** A column header that links to the same filter sorted by this column (toggling direction). */
export function SortHeader({
  column,
  label,
  numeric = false,
  filter,
  page,
}: {
  column: SortKey;
  label: string;
  numeric?: boolean;
  filter: IncidentFilter;
  page: PageRequest;
}) {
  const active = page.sort === column;
  // Numbers and dates read best largest/newest first; text A→Z.
  const firstDir = column === 'type' || column === 'governorate' ? 'asc' : 'desc';
  const dir = active ? (page.dir === 'asc' ? 'desc' : 'asc') : firstDir;
  const href = dashboardHref(filter, { sort: column, dir, pageSize: page.pageSize });
  return (
    <th
      scope="col"
      className={numeric ? 'num' : undefined}
      aria-sort={active ? (page.dir === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      {/* No prefetch: six sort orders would be rendered on the server for every page view. */}
      <Link href={href} scroll={false} prefetch={false} className="sort-link">
        {label}
        <span className="sort-arrow" aria-hidden="true">
          {active ? (page.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </Link>
    </th>
  );
}
