import { useDisplayNames } from '../../catalogue/use-display-names';

/** The jurisdictions of the catalogue as `<option>`s, grouped. */
export function JurisdictionOptions() {
  const { jurisdictionGroups } = useDisplayNames();
  return (
    <>
      {jurisdictionGroups.map((g) => (
        <optgroup key={g.label} label={g.label}>
          {g.items.map((j) => (
            <option key={j.code} value={j.code}>
              {j.name}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
