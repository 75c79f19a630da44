import { JURISDICTION_GROUPS } from './career-view';

/** The jurisdictions as `<option>`s, grouped. */
export function JurisdictionOptions() {
  return (
    <>
      {JURISDICTION_GROUPS.map((g) => (
        <optgroup key={g.label} label={g.label}>
          {g.items.map((j) => (
            <option key={j.code} value={j.code}>
              {j.name} ({j.code})
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
