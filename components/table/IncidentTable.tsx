import Link from 'next/link';
import type { IncidentFilter, PageRequest } from '@/lib/filter';
import { loadIncidentPage } from '@/components/dashboard-data';
import { dashboardHref } from '@/components/dashboard-url';
import { INCIDENT_TYPE_COLOURS } from '@/components/incident-type-colours';
import { actorsByRole, casualty, governorateLabel, STATUS_LABELS, typeLabel } from '@/components/labels';
import { SortHeader } from './SortHeader';
import { Pagination } from './Pagination';

/** Server-rendered: every cell is React text, so article-derived strings stay inert. */
export async function IncidentTable({ filter, page }: { filter: IncidentFilter; page: PageRequest }) {
  const result = await loadIncidentPage(filter, page);
  const sortProps = { filter, page };

  if (result.total === 0) {
    return (
      <p className="empty-table" data-testid="incident-table-empty">
        No incidents match this filter. <Link href="/">Reset filters</Link>
      </p>
    );
  }

  if (result.items.length === 0) {
    // A stale link (the filter now matches fewer rows): say so, like the API's 400 on `page`.
    const lastPage = Math.ceil(result.total / page.pageSize);
    return (
      <p className="empty-table" role="alert" data-testid="page-out-of-range">
        Page {page.page} is past the end: this filter has {lastPage} {lastPage === 1 ? 'page' : 'pages'}.{' '}
        <Link href={dashboardHref(filter, { ...page, page: lastPage })} scroll={false}>
          Go to page {lastPage}
        </Link>
      </p>
    );
  }

  return (
    <>
      <div className="table-scroll">
        <table className="incident-table" data-testid="incident-table">
          <thead>
            <tr>
              <SortHeader column="date" label="Date" {...sortProps} />
              <SortHeader column="type" label="Type" {...sortProps} />
              <SortHeader column="governorate" label="Governorate" {...sortProps} />
              <th scope="col">Place</th>
              <th scope="col">Perpetrators</th>
              <th scope="col">Targets</th>
              <SortHeader column="killed" label="Killed" numeric {...sortProps} />
              <SortHeader column="injured" label="Injured" numeric {...sortProps} />
              <SortHeader column="kidnapped" label="Kidnapped" numeric {...sortProps} />
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Details</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((i) => (
              <tr key={i.id} data-testid="incident-row" data-incident-id={i.id}>
                <td className="nowrap">{i.date ?? '—'}</td>
                <td className="nowrap">
                  <span className="swatch round" style={{ background: INCIDENT_TYPE_COLOURS[i.type] }} aria-hidden="true" />
                  {typeLabel(i.type)}
                </td>
                <td>{governorateLabel(i.governorate)}</td>
                <td dir="auto">{i.place ?? '—'}</td>
                <td>{actorsByRole(i.actors, 'perpetrator') || '—'}</td>
                <td>{actorsByRole(i.actors, 'target') || '—'}</td>
                <td className="num">{casualty(i.killed)}</td>
                <td className="num">{casualty(i.injured)}</td>
                <td className="num">{casualty(i.kidnapped)}</td>
                <td>
                  <span className={`status status-${i.status}`}>{STATUS_LABELS[i.status] ?? i.status}</span>
                </td>
                <td>
                  {/* No prefetch: a page of rows would make the server render that many
                      detail pages while the dashboard is still loading. */}
                  <Link href={`/incidents/${i.id}`} prefetch={false} aria-label={`Incident ${i.id} details`}>
                    Details
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination total={result.total} filter={filter} page={page} />
    </>
  );
}
