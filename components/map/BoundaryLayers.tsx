'use client';
/**
 * The offline basemap: neighbouring countries and Iraq's governorates as vector layers
 * bundled with the app. Governorates double as the choropleth and as a filter control
 * (click adds the governorate to the URL).
 */
import { useRouter } from 'next/navigation';
import { useMemo, useRef } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { Feature, FeatureCollection } from 'geojson';
import type { Layer, PathOptions } from 'leaflet';
import governorates from '@/data/boundaries/iraq-governorates.json';
import neighbours from '@/data/boundaries/neighbours.json';
import { isGovernorateCode } from '@/lib/codebook';
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
  filterQuery,
  selected,
  showFill,
}: {
  mode: MapMode;
  byGovernorate: Record<string, number>;
  filterQuery: string;
  selected: readonly string[];
  showFill: boolean;
}) {
  const router = useRouter();
  // Leaflet binds handlers once per layer; the ref keeps them pointing at the current filter.
  const queryRef = useRef(filterQuery);
  queryRef.current = filterQuery;

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
      if (!isGovernorateCode(code)) return;
      const p = new URLSearchParams(queryRef.current);
      if (p.getAll('governorate').includes(code)) return;
      p.append('governorate', code);
      router.push(`/?${p.toString()}`, { scroll: false });
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
