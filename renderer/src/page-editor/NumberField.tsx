// A small whole-number field that commits on Enter or when it loses focus, and shows the block's
// value again when the edit was refused, out of range or left empty.
import { useState } from 'react';

interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  onCommit: (value: number) => void;
}

export function NumberField(props: Props) {
  /** What is typed, until it is committed or abandoned; undefined shows the value. */
  const [draft, setDraft] = useState<string>();
  const commit = () => {
    if (draft === undefined) return;
    const value = Number(draft);
    setDraft(undefined);
    if (Number.isInteger(value) && value >= props.min && value <= props.max && value !== props.value) props.onCommit(value);
  };
  return (
    <input
      className="number-field"
      type="number"
      inputMode="numeric"
      aria-label={props.label}
      min={props.min}
      max={props.max}
      value={draft ?? String(props.value)}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') setDraft(undefined);
      }}
    />
  );
}
