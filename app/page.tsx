import { Suspense } from 'react';
import Link from 'next/link';
import { parseIncidentFilter, parsePageRequest, filterToSearchParams } from '@/lib/filter';
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
  const params = await searchParams;
  const filterResult = parseIncidentFilter(params);
  const pageResult = parsePageRequest(params);

  if (!filterResult.ok || !pageResult.ok) {
    const bad = !filterResult.ok ? filterResult : pageResult.ok ? null : pageResult;
    return (
      <div className="invalid-params" role="alert" data-testid="param-error">
        <h1>This filter cannot be shown</h1>
        <p>
          The URL parameter <code>{bad?.param}</code> is invalid: {bad?.message}.
        </p>
        <p>
          <Link href="/">Reset all filters</Link>
        </p>
      </div>
    );
  }

  // Parsed once here; every section below gets this same object.
  const filter = filterResult.value;
  const page = pageResult.value;
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
