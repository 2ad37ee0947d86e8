import type { IncidentFilter } from '@/lib/filter';
import { exportHref } from '@/components/dashboard-url';

/** Plain links (not client fetches) so the browser downloads exactly the filtered set. */
export function ExportLinks({ filter }: { filter: IncidentFilter }) {
  return (
    <div className="export-links">
      <a className="button" href={exportHref('csv', filter)} download>
        Export CSV
      </a>
      <a className="button" href={exportHref('geojson', filter)} download>
        Export GeoJSON
      </a>
    </div>
  );
}
