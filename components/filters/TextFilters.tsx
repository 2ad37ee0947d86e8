'use client';
/**
 * Dates, minimum killed and free text are typed, so they apply together on Enter, on
 * "Apply" or when focus leaves this group — not on every keystroke (a half-typed year is
 * a valid date) and not when moving from "From" to "To" (which would reload the page
 * under the user's fingers). The form is keyed on the URL's values so back/forward
 * navigation resets it.
 */
import { useState, type FormEvent } from 'react';
import type { IncidentFilter } from '@/lib/filter';

type Patch = Pick<IncidentFilter, 'from' | 'to' | 'minKilled' | 'q'>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function readPatch(form: HTMLFormElement): { patch: Patch } | { error: string } {
  const data = new FormData(form);
  const text = (k: string) => String(data.get(k) ?? '').trim();
  const from = text('from');
  const to = text('to');
  const minKilled = text('minKilled');
  const q = text('q');
  if (from && !ISO_DATE.test(from)) return { error: '“From” must be a date' };
  if (to && !ISO_DATE.test(to)) return { error: '“To” must be a date' };
  if (from && to && from > to) return { error: '“From” must not be after “To”' };
  if (minKilled && !/^\d{1,6}$/.test(minKilled)) return { error: '“Minimum killed” must be a whole number' };
  return {
    patch: {
      from: from || undefined,
      to: to || undefined,
      minKilled: minKilled ? Number(minKilled) : undefined,
      q: q || undefined,
    },
  };
}

function samePatch(a: Patch, f: IncidentFilter): boolean {
  return a.from === f.from && a.to === f.to && a.minKilled === f.minKilled && a.q === f.q;
}

export function TextFilters({ filter, onApply }: { filter: IncidentFilter; onApply: (patch: Patch) => void }) {
  const [error, setError] = useState<string | null>(null);
  const urlKey = [filter.from, filter.to, filter.minKilled, filter.q].join('|');

  const commit = (form: HTMLFormElement) => {
    const r = readPatch(form);
    if ('error' in r) {
      setError(r.error);
      return;
    }
    setError(null);
    if (!samePatch(r.patch, filter)) onApply(r.patch);
  };

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    commit(e.currentTarget);
  };

  return (
    <form
      className="text-filters"
      onSubmit={onSubmit}
      key={urlKey}
      onBlur={(e) => {
        const next = e.relatedTarget;
        if (!(next instanceof Node) || !e.currentTarget.contains(next)) commit(e.currentTarget);
      }}
    >
      <div className="date-pair">
        <label className="field">
          <span>From</span>
          <input type="date" name="from" defaultValue={filter.from ?? ''} />
        </label>
        <label className="field">
          <span>To</span>
          <input type="date" name="to" defaultValue={filter.to ?? ''} />
        </label>
      </div>
      <label className="field">
        <span>Minimum killed</span>
        <input
          type="number"
          name="minKilled"
          min={0}
          step={1}
          inputMode="numeric"
          defaultValue={filter.minKilled ?? ''}
        />
      </label>
      <label className="field">
        <span>Search</span>
        <input
          type="search"
          name="q"
          dir="auto"
          maxLength={200}
          placeholder="Place, actor, article text…"
          defaultValue={filter.q ?? ''}
        />
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button primary">
        Apply
      </button>
    </form>
  );
}
