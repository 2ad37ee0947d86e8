'use client';
/**
 * A single incident's popup. Popup children mount only when the popup opens, so the
 * details are fetched on click, never for the first paint. Everything renders as React
 * text: place, evidence and titles come from untrusted articles.
 */
import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { IncidentDetail } from '@/db/types';
import { safeHref } from '@/components/safe-href';
import { actorsByRole, casualty, governorateLabel, STATUS_LABELS, typeLabel } from '@/components/labels';

/** Places are often stored as "Town, Governorate"; the governorate is not repeated then. */
function placeWithGovernorate(place: string | null, governorate: string | null): string {
  if (!place) return governorate ?? '—';
  if (!governorate || place.toLowerCase().endsWith(governorate.toLowerCase())) return place;
  return `${place}, ${governorate}`;
}

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; incident: IncidentDetail };

export function IncidentPopup({ id }: { id: number }) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    const ac = new AbortController();
    fetch(`/api/incidents/${id}`, { signal: ac.signal })
      .then(async (res) => {
        if (!res.ok) throw new Error(`request failed: ${res.status}`);
        const body = (await res.json()) as IncidentDetail | { incident: IncidentDetail };
        setState({ kind: 'ready', incident: 'incident' in body ? body.incident : body });
      })
      .catch((e: unknown) => {
        if (!ac.signal.aborted) setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
      });
    return () => ac.abort();
  }, [id]);

  if (state.kind === 'loading') return <p className="popup">Loading incident…</p>;
  if (state.kind === 'error') return <p className="popup">Could not load incident #{id}: {state.message}</p>;
  const i = state.incident;
  const perpetrators = actorsByRole(i.actors, 'perpetrator');
  const targets = actorsByRole(i.actors, 'target');
  return (
    <div className="popup" data-testid="incident-popup">
      <p className="popup-title">{typeLabel(i.type)}</p>
      <dl className="popup-fields">
        <dt>Date</dt>
        <dd>{i.date ?? 'unknown'}</dd>
        <dt>Place</dt>
        <dd dir="auto">
          {placeWithGovernorate(i.place, i.governorate ? governorateLabel(i.governorate) : null)}
        </dd>
        {perpetrators && (
          <>
            <dt>Perpetrators</dt>
            <dd>{perpetrators}</dd>
          </>
        )}
        {targets && (
          <>
            <dt>Targets</dt>
            <dd>{targets}</dd>
          </>
        )}
        <dt>Casualties</dt>
        <dd>
          killed {casualty(i.killed)} · injured {casualty(i.injured)} · kidnapped {casualty(i.kidnapped)}
        </dd>
        <dt>Status</dt>
        <dd>{STATUS_LABELS[i.status] ?? i.status}</dd>
      </dl>
      <blockquote className="popup-evidence" dir="auto">
        {i.evidence}
      </blockquote>
      {i.sources.length > 0 && (
        <ul className="popup-sources" aria-label="Sources">
          {i.sources.map((src) => {
            const href = safeHref(src.url);
            return (
              <li key={src.articleId} dir="auto">
                {href ? (
                  <a href={href} rel="noopener noreferrer nofollow" target="_blank" data-testid="popup-source-link">
                    {src.title}
                  </a>
                ) : (
                  src.title
                )}
              </li>
            );
          })}
        </ul>
      )}
      <Link href={`/incidents/${i.id}`}>Open incident #{i.id}</Link>
    </div>
  );
}
