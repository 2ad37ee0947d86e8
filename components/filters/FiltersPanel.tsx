'use client';
/**
 * The filter inputs. The URL is the only state: every change pushes a new URL (so the
 * back button restores the previous filter) and the server re-renders all sections from
 * it. Changing a filter drops the table page but keeps the sort.
 */
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useOptimistic, useState, useTransition } from 'react';
import { ACTORS, GOVERNORATES, INCIDENT_TYPES, INCIDENT_TYPE_LABELS } from '@/lib/codebook';
import { REVIEW_STATUSES, type IncidentFilter, type PageRequest } from '@/lib/filter';
import { dashboardHref } from '@/components/dashboard-url';
import { INCIDENT_TYPE_COLOURS } from '@/components/incident-type-colours';
import { STATUS_LABELS } from '@/components/labels';
import { CheckboxGroup } from './CheckboxGroup';
import { TextFilters } from './TextFilters';

type ListKey = 'type' | 'governorate' | 'actor' | 'status';

export function FiltersPanel({ filter, page }: { filter: IncidentFilter; page: PageRequest }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // Checkboxes flip at once; the server's answer then confirms the same state.
  const [shown, setShown] = useOptimistic(filter);
  // Marks the moment the inputs respond (after hydration); the e2e specs wait for it.
  const [interactive, setInteractive] = useState(false);
  useEffect(() => setInteractive(true), []);
  // On narrow screens the inputs fold away behind a toggle (CSS shows it there only), so
  // the map is not pushed below a screen of checkboxes. Wide screens ignore this state.
  const [expanded, setExpanded] = useState(false);
  const active =
    shown.type.length + shown.governorate.length + shown.actor.length + shown.status.length +
    [shown.from, shown.to, shown.q, shown.minKilled].filter((v) => v !== undefined).length;

  const apply = (next: IncidentFilter) => {
    startTransition(() => {
      setShown(next);
      router.push(dashboardHref(next, { sort: page.sort, dir: page.dir, pageSize: page.pageSize }), { scroll: false });
    });
  };

  const toggle = (key: ListKey, value: string, on: boolean) => {
    const current = shown[key] as string[];
    const values = on ? [...current.filter((v) => v !== value), value] : current.filter((v) => v !== value);
    apply({ ...shown, [key]: values } as IncidentFilter);
  };

  return (
    <div
      className="filters"
      aria-busy={pending}
      data-pending={pending ? 'true' : undefined}
      data-interactive={interactive ? 'true' : undefined}
    >
      <div className="filters-head">
        <h2>Filters</h2>
        {pending && <span className="pending-dot" aria-label="Updating" />}
        <Link href="/" className="reset-link">
          Reset
        </Link>
        <button
          type="button"
          className="filters-toggle button"
          aria-expanded={expanded}
          aria-controls="filters-body"
          onClick={() => setExpanded((v) => !v)}
        >
          {expanded ? 'Hide filters' : `Show filters${active ? ` (${active} active)` : ''}`}
        </button>
      </div>
      <div id="filters-body" className="filters-body" data-expanded={expanded ? 'true' : undefined}>
        <TextFilters filter={filter} onApply={(patch) => apply({ ...shown, ...patch })} />

        <CheckboxGroup
          legend="Type"
          options={INCIDENT_TYPES.map((t) => ({
            value: t,
            label: INCIDENT_TYPE_LABELS[t].en,
            swatch: INCIDENT_TYPE_COLOURS[t],
          }))}
          selected={shown.type}
          onToggle={(v, on) => toggle('type', v, on)}
        />
        <CheckboxGroup
          legend="Governorate"
          scroll
          options={GOVERNORATES.map((g) => ({ value: g.code, label: g.en, secondary: g.ar }))}
          selected={shown.governorate}
          onToggle={(v, on) => toggle('governorate', v, on)}
        />
        <CheckboxGroup
          legend="Actor"
          scroll
          options={ACTORS.map((a) => ({ value: a.id, label: a.en }))}
          selected={shown.actor}
          onToggle={(v, on) => toggle('actor', v, on)}
        >
          <label className="toggle">
            <input
              type="checkbox"
              checked={shown.actorRole === 'perpetrator'}
              onChange={(e) => apply({ ...shown, actorRole: e.target.checked ? 'perpetrator' : 'any' })}
            />
            Perpetrator only
          </label>
        </CheckboxGroup>
        <CheckboxGroup
          legend="Review status"
          options={REVIEW_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] ?? s }))}
          selected={shown.status}
          onToggle={(v, on) => toggle('status', v, on)}
        />
      </div>
    </div>
  );
}
