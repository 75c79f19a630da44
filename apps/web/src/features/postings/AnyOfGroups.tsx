import { Field } from '../../components/field';
import { Choices } from './Choices';

/** A credential as the form offers it: its code (sent) and display name (shown). */
export interface CredentialOption {
  readonly code: string;
  readonly name: string;
}

/** Groups a posting may have (the API's limit). */
export const MAX_ANY_OF_GROUPS = 5;

/**
 * The "at least one of" credential groups of a posting: each group a set of credentials chosen by display
 * name, of which a candidate needs one; groups can be added (up to the API's five) and removed. Each group's
 * errors from the server are shown under it; `errors` are the ones about the groups as a whole.
 */
export function AnyOfGroups({
  groups,
  onChange,
  options,
  errorsFor,
  errors,
}: {
  groups: readonly (readonly string[])[];
  onChange: (groups: string[][]) => void;
  options: readonly CredentialOption[];
  errorsFor: (index: number) => string[];
  errors: string[];
}) {
  const copy = () => groups.map((g) => [...g]);
  const setGroup = (i: number, v: string[]) => onChange(copy().map((g, j) => (j === i ? v : g)));
  const nameOf = (code: string) => options.find((o) => o.code === code)?.name ?? code;
  return (
    <fieldset className="sm:col-span-2" aria-describedby="any-of-hint">
      <legend className="font-medium">Credentials: at least one of each group</legend>
      <p id="any-of-hint" className="text-sm text-slate-700">
        A candidate needs one credential from every group (for example, one of two registries, and one of two CT certifications).
      </p>
      {groups.length === 0 ? <p className="mt-1 text-slate-700">No groups: no credential of this kind is asked for.</p> : null}
      <ol className="mt-2 space-y-3">
        {groups.map((g, i) => (
          <li key={i} className="rounded border border-slate-300 p-2" data-testid="any-of-group">
            <Field label={`Group ${String(i + 1)}: at least one of`} error={errorsFor(i)} hint={g.length === 0 ? 'Nothing chosen: this group is left out' : `Chosen: ${g.map(nameOf).join(', ')}`}>
              <Choices value={g} onChange={(v) => setGroup(i, v)} options={options} />
            </Field>
            <button type="button" className="mt-2 rounded border border-slate-500 px-2 py-1 text-sm" onClick={() => onChange(copy().filter((_, j) => j !== i))}>
              Remove group {i + 1}
            </button>
          </li>
        ))}
      </ol>
      {groups.length < MAX_ANY_OF_GROUPS ? (
        <button type="button" className="mt-2 rounded border border-slate-500 px-3 py-2" onClick={() => onChange([...copy(), []])}>
          Add a group
        </button>
      ) : (
        <p className="mt-2 text-slate-700">A posting has at most {MAX_ANY_OF_GROUPS} groups.</p>
      )}
      {errors.length === 0 ? null : <p className="mt-1 text-sm text-red-800">{errors.join('; ')}</p>}
    </fieldset>
  );
}

