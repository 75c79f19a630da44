import { Select } from '../../components/field';

/** Several codes chosen from a list shown by display name (a native multiple select: a picker on a phone). */
export function Choices({ value, onChange, options }: { value: readonly string[]; onChange: (v: string[]) => void; options: ReadonlyArray<{ readonly code: string; readonly name: string }> }) {
  return (
    <Select multiple size={6} value={[...value]} onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}>
      {options.map((o) => (
        <option key={o.code} value={o.code}>
          {o.name}
        </option>
      ))}
    </Select>
  );
}
