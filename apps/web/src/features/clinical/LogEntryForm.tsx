import { useState, type SubmitEvent } from 'react';
import { useClinicalSites, useEditClinicalEntry, useLogClinicalEntry, useProcedureCatalogue, type ClinicalEntry } from '../../api/clinical-log-queries';
import { describeError, isApiProblem } from '../../api/client';
import { Field, Input, Select } from '../../components/field';
import { ErrorAlert, Loading } from '../../components/page';
import { ROLE_WORDS, SUPERVISION_WORDS } from './clinical-words';

type Role = keyof typeof ROLE_WORDS;
type Supervision = keyof typeof SUPERVISION_WORDS;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Logs a procedure, or changes an unsigned entry (`entry`): the day, the site, the procedure by its name,
 * what the student did and how they were supervised. A repeat is always under direct supervision: ticking it
 * fixes the supervision to direct; a competency attempt is performed under direct supervision: ticking it
 * fixes both (the server refuses otherwise as well).
 */
export function LogEntryForm({ entry, onDone }: { entry?: ClinicalEntry; onDone?: () => void }) {
  const sites = useClinicalSites();
  const catalogue = useProcedureCatalogue();
  const create = useLogClinicalEntry();
  const edit = useEditClinicalEntry(entry?.id ?? '');
  const log = entry === undefined ? create : edit;
  const [performedOn, setPerformedOn] = useState(entry?.performedOn ?? today());
  const [site, setSite] = useState(entry?.site.id ?? '');
  const [procedure, setProcedure] = useState(entry?.procedure ?? '');
  const [role, setRole] = useState<Role>(entry?.role ?? 'performed');
  const [supervision, setSupervision] = useState<Supervision>(entry?.supervision ?? 'direct');
  const [repeat, setRepeat] = useState(entry?.repeat ?? false);
  const [competency, setCompetency] = useState(entry?.competencyAttempt ?? false);
  const [simulated, setSimulated] = useState(entry?.simulated ?? false);
  const directOnly = repeat || competency;
  const fieldError = (path: string) => (isApiProblem(log.error) ? log.error.fieldErrors.filter((e) => e.path === path).map((e) => e.message) : []);

  if (sites.isPending || catalogue.isPending) return <Loading what="the form" />;
  if (sites.isError) return <ErrorAlert>{describeError(sites.error)}</ErrorAlert>;
  if (catalogue.isError) return <ErrorAlert>{describeError(catalogue.error)}</ErrorAlert>;
  if (sites.data.sites.length === 0) return <p>No clinical site is open to you yet: your school adds its sites, and you can log procedures once it has.</p>;

  const chosenSite = site === '' ? (sites.data.sites[0]?.id ?? '') : site;
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = { performedOn, site: chosenSite, procedure, role: competency ? 'performed' : role, supervision: directOnly ? 'direct' : supervision, repeat, competency, simulated } as const;
    if (entry !== undefined) {
      edit.mutate(body, { onSuccess: () => onDone?.() });
      return;
    }
    create.mutate(body, {
      onSuccess: () => {
        setProcedure('');
        setRepeat(false);
        setCompetency(false);
      },
    });
  };
  const otherErrors = isApiProblem(log.error) && log.error.fieldErrors.length === 0;
  return (
    <form className="mt-4 grid grid-cols-1 gap-4 md:grid-cols-2" onSubmit={onSubmit} noValidate>
      <Field label="Date" error={fieldError('performedOn')}>
        <Input type="date" value={performedOn} max={today()} onChange={(e) => setPerformedOn(e.target.value)} required />
      </Field>
      <Field label="Clinical site" error={fieldError('site')}>
        <Select value={chosenSite} onChange={(e) => setSite(e.target.value)}>
          {sites.data.sites.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Procedure" hint={`${catalogue.data.name}. ${catalogue.data.note}`} error={fieldError('procedure')} className="md:col-span-2">
        <Select value={procedure} onChange={(e) => setProcedure(e.target.value)} required>
          <option value="">Choose a procedure…</option>
          {catalogue.data.sections.map((section) => (
            <optgroup key={section.code} label={section.name}>
              {catalogue.data.procedures
                .filter((p) => p.section === section.code)
                .map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </Select>
      </Field>
      <Field label="What you did" error={fieldError('role')}>
        <Select value={competency ? 'performed' : role} onChange={(e) => setRole(e.target.value as Role)} disabled={competency}>
          {(Object.keys(ROLE_WORDS) as Role[]).map((r) => (
            <option key={r} value={r}>
              {ROLE_WORDS[r]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Supervision"
        hint={repeat ? 'A repeat is always done under direct supervision.' : competency ? 'A competency attempt is done under direct supervision.' : undefined}
        error={fieldError('supervision')}
      >
        <Select value={directOnly ? 'direct' : supervision} onChange={(e) => setSupervision(e.target.value as Supervision)} disabled={directOnly}>
          {(Object.keys(SUPERVISION_WORDS) as Supervision[]).map((s) => (
            <option key={s} value={s}>
              {SUPERVISION_WORDS[s]}
            </option>
          ))}
        </Select>
      </Field>
      <label className="flex items-start gap-2 md:col-span-2">
        <input type="checkbox" checked={repeat} onChange={(e) => setRepeat(e.target.checked)} className="mt-1" />
        <span>This is a repeat (a repeat is always under direct supervision)</span>
      </label>
      <label className="flex items-start gap-2 md:col-span-2">
        <input type="checkbox" checked={competency} onChange={(e) => setCompetency(e.target.checked)} className="mt-1" />
        <span>This is a competency attempt (performed under direct supervision; the signer grades it on a form)</span>
      </label>
      <label className="flex items-start gap-2 md:col-span-2">
        <input type="checkbox" checked={simulated} onChange={(e) => setSimulated(e.target.checked)} className="mt-1" />
        <span>Shown in a simulation, not on a patient (simulated competencies count only up to your program's cap)</span>
      </label>
      {log.isError && (otherErrors || !isApiProblem(log.error)) ? <ErrorAlert>{describeError(log.error)}</ErrorAlert> : null}
      {entry === undefined && create.isSuccess ? (
        <p role="status" className="md:col-span-2">
          Logged: {create.data.procedureName} on {create.data.performedOn}. Ask for a signature below.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2 md:col-span-2">
        <button type="submit" className="btn btn-primary" disabled={procedure === '' || log.isPending}>
          {entry === undefined ? 'Log this procedure' : 'Save changes'}
        </button>
        {entry === undefined ? null : (
          <button type="button" className="btn btn-secondary" onClick={() => onDone?.()}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
