import type { NewProgramRequirements } from '@modality/contracts';
import { useId, useState, type SubmitEvent } from 'react';
import { useProcedureCatalogue } from '../../api/clinical-log-queries';
import { describeError, isApiProblem } from '../../api/client';
import { useMe } from '../../api/queries';
import { useProgramRequirements, useSaveProgramRequirements, type ProgramRequirements } from '../../api/requirements-queries';
import { Field, Input, Select } from '../../components/field';
import { Card, EmptyState, ErrorAlert, Loading, PageHeading } from '../../components/page';
import { GradeFormSection } from './GradeFormSection';
import { capWords, effectiveWords, parseCap, SET_DISCIPLINE_WORDS } from './requirements-words';

type LocalRequirement = NewProgramRequirements['localRequirements'][number];
type Draft = { readonly requirement: LocalRequirement; readonly label: string };

/** The chosen set's version, date, source and warning, in words. */
function SetDetails({ set }: { set: ProgramRequirements['sets'][number] }) {
  return (
    <div className="mt-2 space-y-2 text-slate-800">
      <p>
        <strong>{set.name}</strong> — {set.version}. {effectiveWords(set)}{' '}
        <a className="underline" href={set.sourceUrl} rel="noreferrer">
          Where this was read
        </a>
      </p>
      <p className="rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950">{set.flag}</p>
      <p>{capWords(set)}</p>
    </div>
  );
}

/** Adds a procedure or a section minimum from the chosen set's discipline's list. */
function AddLocalRequirement({ discipline, onAdd }: { discipline: string; onAdd: (d: Draft) => void }) {
  const catalogue = useProcedureCatalogue(discipline);
  const [kind, setKind] = useState<'procedure' | 'section'>('procedure');
  const [procedure, setProcedure] = useState('');
  const [section, setSection] = useState('');
  const [minimum, setMinimum] = useState('1');
  if (catalogue.isPending) return <Loading what="the procedures" />;
  if (catalogue.isError) return <ErrorAlert>{describeError(catalogue.error)}</ErrorAlert>;
  const sections = catalogue.data.sections;
  const add = () => {
    if (kind === 'procedure') {
      const p = catalogue.data.procedures.find((x) => x.code === procedure);
      if (p !== undefined) onAdd({ requirement: { kind: 'procedure', procedure: p.code }, label: p.name });
      return;
    }
    const s = sections.find((x) => x.code === section);
    const n = Number(minimum);
    if (s !== undefined && Number.isInteger(n) && n >= 1) onAdd({ requirement: { kind: 'section', section: s.code as Extract<LocalRequirement, { kind: 'section' }>['section'], minimum: n }, label: `At least ${String(n)} from ${s.name}` });
  };
  return (
    <fieldset className="mt-3 rounded-md border border-slate-300 p-3">
      <legend className="font-medium">Add a requirement of your program</legend>
      <p className="text-sm text-slate-700">
        {catalogue.data.name}: {catalogue.data.note}
      </p>
      <div className="grid gap-2 sm:grid-cols-3">
        <Field label="Kind">
          <Select value={kind} onChange={(e) => setKind(e.target.value === 'section' ? 'section' : 'procedure')}>
            <option value="procedure">A procedure students must show</option>
            <option value="section">A minimum in a body section</option>
          </Select>
        </Field>
        {kind === 'procedure' ? (
          <Field label="Procedure">
            <Select value={procedure} onChange={(e) => setProcedure(e.target.value)}>
              <option value="">Choose a procedure</option>
              {sections.map((s) => (
                <optgroup key={s.code} label={s.name}>
                  {catalogue.data.procedures
                    .filter((p) => p.section === s.code)
                    .map((p) => (
                      <option key={p.code} value={p.code}>
                        {p.name}
                      </option>
                    ))}
                </optgroup>
              ))}
            </Select>
          </Field>
        ) : (
          <>
            <Field label="Body section">
              <Select value={section} onChange={(e) => setSection(e.target.value)}>
                <option value="">Choose a section</option>
                {sections.map((s) => (
                  <option key={s.code} value={s.code}>
                    {s.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="At least">
              <Input type="number" min={1} max={100} inputMode="numeric" value={minimum} onChange={(e) => setMinimum(e.target.value)} />
            </Field>
          </>
        )}
      </div>
      <button type="button" className="btn btn-secondary mt-2" onClick={add}>
        Add requirement
      </button>
    </fieldset>
  );
}

/** The director's form: set and version, cap, local requirements. */
function RequirementsForm({ schoolId, current }: { schoolId: string; current: ProgramRequirements }) {
  const save = useSaveProgramRequirements(schoolId);
  const [setId, setSetId] = useState(current.setId);
  const [cap, setCap] = useState(current.simulationCap === null ? '' : String(current.simulationCap));
  const [capError, setCapError] = useState<string | undefined>(undefined);
  const [local, setLocal] = useState<readonly Draft[]>(
    current.localRequirements.map((r) => ({
      requirement: (r.kind === 'procedure' ? { kind: 'procedure', procedure: r.procedure ?? '' } : { kind: 'section', section: r.section ?? '', minimum: r.minimum ?? 1 }) as LocalRequirement,
      label: r.label,
    })),
  );
  const id = useId();
  const chosen = current.sets.find((s) => s.id === setId);
  const disciplines = [...new Set(current.sets.map((s) => s.discipline))];
  const errorsFor = (path: string) => (isApiProblem(save.error) ? save.error.fieldErrors.filter((e) => e.path === path || e.path.startsWith(`${path}[`)).map((e) => e.message) : []);
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const simulationCap = parseCap(cap);
    if (simulationCap === 'invalid') {
      setCapError('Enter a whole number, or leave it empty to use the set’s cap.');
      return;
    }
    setCapError(undefined);
    save.mutate({ set: setId, simulationCap, localRequirements: local.map((d) => d.requirement) });
  };
  return (
    <Card className="mt-4">
      <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-t`}>
        <h2 id={`${id}-t`} className="text-lg font-semibold">
          The requirements your program follows
        </h2>
        <Field label="Requirement set and version" error={errorsFor('set')} className="mt-2">
          <Select value={setId} onChange={(e) => setSetId(e.target.value)}>
            {disciplines.map((d) => (
              <optgroup key={d} label={SET_DISCIPLINE_WORDS[d] ?? 'Other'}>
                {current.sets
                  .filter((s) => s.discipline === d)
                  .map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </Select>
        </Field>
        {chosen === undefined ? null : <SetDetails set={chosen} />}
        <Field label="Your program’s cap on simulated competencies" hint="Leave empty to use the set’s cap." error={capError ?? errorsFor('simulationCap')} className="mt-3">
          <Input inputMode="numeric" value={cap} onChange={(e) => setCap(e.target.value)} />
        </Field>
        <h3 className="mt-4 font-semibold">Your program’s own requirements</h3>
        {local.length === 0 ? (
          <p className="text-slate-700">None: students are counted against the set alone.</p>
        ) : (
          <ul className="mt-1 space-y-1" aria-label="Your program’s own requirements">
            {local.map((d, i) => (
              <li key={d.label} className="flex flex-wrap items-center gap-2">
                <span>{d.label} (your program’s own)</span>
                <button type="button" className="btn btn-secondary text-sm" onClick={() => setLocal(local.filter((_, j) => j !== i))}>
                  Remove<span className="sr-only"> {d.label}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {errorsFor('localRequirements').length > 0 ? <ErrorAlert>{errorsFor('localRequirements').join('; ')}</ErrorAlert> : null}
        <AddLocalRequirement discipline={chosen?.discipline ?? 'radiography'} onAdd={(d) => setLocal(local.some((x) => x.label === d.label) ? local : [...local, d])} />
        <button type="submit" className="btn btn-primary mt-4" disabled={save.isPending}>
          Save requirements
        </button>
        <div aria-live="polite" className="mt-2">
          {save.isSuccess ? <p>Saved. Students’ progress and the cohort now count against these requirements.</p> : null}
          {save.isError && !isApiProblem(save.error) ? <ErrorAlert>{describeError(save.error)}</ErrorAlert> : null}
          {save.isError && isApiProblem(save.error) && save.error.fieldErrors.length === 0 ? <ErrorAlert>{describeError(save.error)}</ErrorAlert> : null}
        </div>
      </form>
    </Card>
  );
}

/** What an instructor sees: the program's choices, read-only. */
function RequirementsSummary({ current }: { current: ProgramRequirements }) {
  const chosen = current.sets.find((s) => s.id === current.setId);
  return (
    <Card className="mt-4">
      <h2 className="text-lg font-semibold">The requirements your program follows</h2>
      {chosen === undefined ? null : <SetDetails set={chosen} />}
      <p className="mt-2">{current.simulationCap === null ? 'The program uses the set’s cap on simulated competencies.' : `The program’s cap on simulated competencies: ${String(current.simulationCap)}.`}</p>
      <h3 className="mt-3 font-semibold">The program’s own requirements</h3>
      {current.localRequirements.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul className="list-disc pl-5">
          {current.localRequirements.map((r) => (
            <li key={r.label}>{r.label}</li>
          ))}
        </ul>
      )}
      <p className="mt-2 text-sm text-slate-700">Only the program director changes these.</p>
    </Card>
  );
}

function SchoolRequirements({ schoolId, editable }: { schoolId: string; editable: boolean }) {
  const current = useProgramRequirements(schoolId);
  if (current.isPending) return <Loading what="the program’s requirements" />;
  if (current.isError) return <ErrorAlert>{describeError(current.error)}</ErrorAlert>;
  return editable ? <RequirementsForm schoolId={schoolId} current={current.data} /> : <RequirementsSummary current={current.data} />;
}

/** The program's requirement set and version, simulation cap and local requirements (director edits, instructors read). */
export function RequirementsPage() {
  const me = useMe();
  const schools = me.memberships.filter((m, i, all) => me.can.cohortOf.includes(m.organisationId) && all.findIndex((x) => x.organisationId === m.organisationId) === i);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const schoolId = chosen ?? schools[0]?.organisationId;
  return (
    <div>
      <PageHeading title="Requirements" />
      <p className="mt-1 text-slate-700">
        Which registry requirements your students are counted against, your own cap on simulated competencies, the requirements your program adds and the form competency attempts are graded on. No registry document could be read in full, so each set says how sure its numbers are.
      </p>
      {schools.length > 1 ? (
        <Field label="School">
          <Select value={schoolId ?? ''} onChange={(e) => setChosen(e.target.value)}>
            {schools.map((s) => (
              <option key={s.organisationId} value={s.organisationId}>
                {s.organisationName}
              </option>
            ))}
          </Select>
        </Field>
      ) : schools[0] === undefined ? null : (
        <p className="mt-1 text-slate-700">{schools[0].organisationName}</p>
      )}
      {schoolId === undefined ? (
        <EmptyState>You teach at no school.</EmptyState>
      ) : (
        <>
          <SchoolRequirements key={schoolId} schoolId={schoolId} editable={(me.can.editRequirementsAt ?? []).includes(schoolId)} />
          <GradeFormSection key={`${schoolId}-grade-form`} schoolId={schoolId} editable={(me.can.editRequirementsAt ?? []).includes(schoolId)} />
        </>
      )}
    </div>
  );
}
