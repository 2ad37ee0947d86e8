'use client';
/**
 * The offline basemap: neighbouring countries and Iraq's governorates as vector layers
 * bundled with the app. Governorates double as the choropleth and as a filter control
 * (click adds the governorate to the URL, keeping every other parameter but the page).
 */
import { useRouter } from 'next/navigation';
import { useMemo } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { Feature, FeatureCollection } from 'geojson';
import type { Layer, PathOptions } from 'leaflet';
import governorates from '@/data/boundaries/iraq-governorates.json';
import neighbours from '@/data/boundaries/neighbours.json';
import { isGovernorateCode } from '@/lib/codebook';
import { patchedDashboardHref } from '@/components/dashboard-url';
import type { MapMode } from './LeafletMap';
import { choroplethClasses, choroplethColour } from './choropleth';

const GOVERNORATES = governorates as unknown as FeatureCollection;
const NEIGHBOURS = neighbours as unknown as FeatureCollection;

const NEIGHBOUR_STYLE: PathOptions = {
  color: '#b3ada2',
  weight: 0.8,
  fillColor: '#e8e5de',
  fillOpacity: 1,
  interactive: false,
};

function tooltipNode(en: string, ar: string, count: number): HTMLElement {
  // Built from text nodes: Leaflet would parse a string tooltip as HTML.
  const box = document.createElement('div');
  const name = document.createElement('strong');
  name.textContent = en;
  const arName = document.createElement('span');
  arName.dir = 'rtl';
  arName.lang = 'ar';
  arName.className = 'tooltip-ar';
  arName.textContent = ar;
  const n = document.createElement('div');
  n.textContent = `${count.toLocaleString('en')} ${count === 1 ? 'incident' : 'incidents'}`;
  box.append(name, ' ', arName, n);
  return box;
}

export function BoundaryLayers({
  mode,
  byGovernorate,
  selected,
  showFill,
}: {
  mode: MapMode;
  byGovernorate: Record<string, number>;
  selected: readonly string[];
  showFill: boolean;
}) {
  const router = useRouter();

  const classes = useMemo(() => choroplethClasses(Math.max(0, ...Object.values(byGovernorate))), [byGovernorate]);

  const style = (feature?: Feature): PathOptions => {
    const code = String(feature?.properties?.code ?? '');
    const isSelected = selected.includes(code);
    const count = byGovernorate[code] ?? 0;
    return {
      color: isSelected ? '#1f3a5f' : '#8f8a80',
      weight: isSelected ? 2.5 : 1,
      fillColor: mode === 'choropleth' ? choroplethColour(count, classes) : isSelected ? '#dfe8f3' : '#fbfaf7',
      fillOpacity: mode === 'choropleth' ? 0.85 : showFill ? 1 : 0.15,
    };
  };

  const onEachFeature = (feature: Feature, layer: Layer) => {
    const code = String(feature.properties?.code ?? '');
    const en = String(feature.properties?.en ?? code);
    const ar = String(feature.properties?.ar ?? '');
    layer.bindTooltip(tooltipNode(en, ar, byGovernorate[code] ?? 0), { sticky: true, className: 'gov-tooltip' });
    layer.on('click', () => {
      if (!isGovernorateCode(code) || selected.includes(code)) return;
      // Read at click time: Leaflet binds this handler once per layer, and the URL also
      // holds the table's sort and page size, which this component is not given.
      const href = patchedDashboardHref(window.location.search, { add: { governorate: code } });
      router.push(href, { scroll: false });
    });
  };

  // GeoJSON layers do not restyle or rebind on prop changes; a new key rebuilds them.
  const key = `${mode}|${selected.join(',')}|${JSON.stringify(byGovernorate)}|${showFill}`;
  return (
    <>
      {showFill && <GeoJSON data={NEIGHBOURS} style={NEIGHBOUR_STYLE} />}
      <GeoJSON key={key} data={GOVERNORATES} style={style} onEachFeature={onEachFeature} />
    </>
  );
}
