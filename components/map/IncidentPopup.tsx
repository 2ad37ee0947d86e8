'use client';
/**
 * A single incident's popup. Popup children mount only when the popup opens, so the
 * details are fetched on click, never for the first paint. Everything renders as React
 * text: place, evidence and titles come from untrusted articles.
 */
import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { IncidentDetail } from '@/db/types';
import { actorsByRole, casualty, governorateLabel, STATUS_LABELS, typeLabel } from '@/components/labels';

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
          {i.place ?? '—'}
          {i.governorate ? `, ${governorateLabel(i.governorate)}` : ''}
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
      {i.sources[0] && (
        <p className="popup-source" dir="auto">
          Source: {i.sources[0].title}
          {i.sources.length > 1 ? ` (+${i.sources.length - 1} more)` : ''}
        </p>
      )}
      <Link href={`/incidents/${i.id}`}>Open incident #{i.id}</Link>
    </div>
  );
}
