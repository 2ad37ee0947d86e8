'use client';
import type { ReactNode } from 'react';

export interface CheckboxOption {
  value: string;
  label: string;
  /** A second name shown smaller (the Arabic one); text direction picked by the browser. */
  secondary?: string;
  swatch?: string;
}

export function CheckboxGroup({
  legend,
  options,
  selected,
  onToggle,
  scroll = false,
  children,
}: {
  legend: string;
  options: CheckboxOption[];
  selected: readonly string[];
  onToggle: (value: string, on: boolean) => void;
  scroll?: boolean;
  children?: ReactNode;
}) {
  return (
    <fieldset className="filter-group">
      <legend>
        {legend}
        {selected.length > 0 && <span className="selected-count"> ({selected.length})</span>}
      </legend>
      <div className={scroll ? 'checkbox-list scroll' : 'checkbox-list'}>
        {options.map((o) => (
          <label key={o.value} className="checkbox">
            <input
              type="checkbox"
              value={o.value}
              checked={selected.includes(o.value)}
              onChange={(e) => onToggle(o.value, e.target.checked)}
            />
            {o.swatch && <span className="swatch" style={{ background: o.swatch }} aria-hidden="true" />}
            <span>{o.label}</span>
            {o.secondary && (
              <span className="secondary" dir="auto" lang="ar">
                {o.secondary}
              </span>
            )}
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}
