import { Suspense } from 'react';
import Link from 'next/link';
import { filterToSearchParams } from '@/lib/filter';
import { readDashboardParams } from '@/components/dashboard-params';
import { dashboardHref } from '@/components/dashboard-url';
import { FiltersPanel } from '@/components/filters/FiltersPanel';
import { IncidentCount } from '@/components/stats/IncidentCount';
import { StatsSummary } from '@/components/stats/StatsSummary';
import { ExportLinks } from '@/components/ExportLinks';
import { MapSection } from '@/components/map/MapSection';
import { TimelineSection } from '@/components/timeline/TimelineSection';
import { IncidentTable } from '@/components/table/IncidentTable';
import {
  CountSkeleton,
  MapSkeleton,
  StatsSkeleton,
  TableSkeleton,
  TimelineSkeleton,
} from '@/components/skeletons';

type SearchParams = Record<string, string | string[] | undefined>;

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // A bad parameter is answered with HTTP 400 by proxy.ts (same parse); here it gets
  // the message, with the filters built from the rest of the URL to fix it.
  const { filter, page, problems } = readDashboardParams(await searchParams);

  if (problems.length > 0) {
    return (
      <div className="dashboard">
        <aside className="filters-column">
          <FiltersPanel filter={filter} page={page} />
        </aside>
        <div className="results-column">
          <div className="invalid-params" role="alert" data-testid="param-error">
            <h1>This filter cannot be shown</h1>
            {problems.map((p, i) => (
              <p key={`${i}:${p.param}`}>
                The URL parameter <code>{p.param}</code> is invalid: {p.message}.
              </p>
            ))}
            <p>
              <Link href={dashboardHref(filter, page)}>Show the results without {problems.length === 1 ? 'it' : 'them'}</Link>
              {' · '}
              <Link href="/">Reset all filters</Link>
            </p>
          </div>
        </div>
      </div>
    );
  }

  // A new key per filter makes React show the skeletons again while new data streams in.
  const filterKey = filterToSearchParams(filter).toString();
  const tableKey = `${filterKey}|${page.page}|${page.sort}|${page.dir}|${page.pageSize}`;

  return (
    <div className="dashboard">
      <aside className="filters-column">
        <FiltersPanel filter={filter} page={page} />
      </aside>
      <div className="results-column">
        <section className="summary-bar" aria-label="Summary">
          <Suspense key={`count|${filterKey}`} fallback={<CountSkeleton />}>
            <IncidentCount filter={filter} />
          </Suspense>
          <Suspense key={`stats|${filterKey}`} fallback={<StatsSkeleton />}>
            <StatsSummary filter={filter} />
          </Suspense>
          <ExportLinks filter={filter} />
        </section>
        <div className="viz-grid">
          <section className="panel map-panel" aria-label="Map">
            <Suspense key={`map|${filterKey}`} fallback={<MapSkeleton />}>
              <MapSection filter={filter} />
            </Suspense>
          </section>
          <section className="panel timeline-panel" aria-label="Timeline">
            <Suspense key={`timeline|${filterKey}`} fallback={<TimelineSkeleton />}>
              <TimelineSection filter={filter} />
            </Suspense>
          </section>
        </div>
        <section className="panel table-panel" aria-label="Incidents">
          <Suspense key={tableKey} fallback={<TableSkeleton />}>
            <IncidentTable filter={filter} page={page} />
          </Suspense>
        </section>
      </div>
    </div>
  );
}
