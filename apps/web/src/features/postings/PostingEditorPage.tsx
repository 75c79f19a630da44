import { EMPLOYMENT_WORDS, MODALITY_WORDS } from '@modality/contracts';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState, type ReactNode, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import { useRoles } from '../../api/queries';
import { useCreatePosting, usePosting, useUpdatePosting, type Posting } from '../../api/staffing-queries';
import { useDisplayNames } from '../../catalogue/use-display-names';
import { Field, Input, Select, Textarea } from '../../components/field';
import { Card, ErrorAlert, Loading, PageHeading } from '../../components/page';
import { PAY_UNIT_LABELS, SHIFT_LABELS } from '../staffing/search-words';
import { AnyOfGroups } from './AnyOfGroups';
import { Choices } from './Choices';
import { bodyOf, draftOf, EMPTY_POSTING, sentGroupIndexes, type PostingDraft } from './posting-form';
import { POSTING_STATUS_WORDS } from './PostingsPage';
import { usePostingOrganisation } from './posting-organisation';

const WEIGHTS = [
  ['experience', 'Experience'],
  ['distance', 'Distance'],
  ['pay', 'Pay'],
  ['procedures', 'Procedures'],
  ['language', 'Language'],
] as const;

/** Where each form field's errors come from in the API's answer (a path, and everything under it). */
const PATHS: ReadonlyArray<readonly [keyof PostingDraft, string]> = [
  ['title', 'title'],
  ['description', 'description'],
  ['role', 'role'],
  ['modality', 'modality'],
  ['employmentType', 'employmentType'],
  ['allOf', 'requirements.credentials.allOf'],
  ['anyOf', 'requirements.credentials.anyOf'],
  ['licenceJurisdictions', 'requirements.licenceJurisdictions'],
  ['minYears', 'requirements.minYears'],
  ['shifts', 'requirements.shifts'],
  ['startFrom', 'requirements.startWindow.from'],
  ['startTo', 'requirements.startWindow.to'],
  ['experience', 'preferences.experience'],
  ['distance', 'preferences.distance'],
  ['pay', 'preferences.pay'],
  ['procedures', 'preferences.procedures'],
  ['language', 'preferences.language'],
  ['address', 'place.address'],
  ['radiusKm', 'place.radiusKm'],
  ['payMin', 'pay.min'],
  ['payMax', 'pay.max'],
  ['payUnit', 'pay.unit'],
  ['currency', 'pay.currency'],
  ['validThrough', 'validThrough'],
];
const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);

function Editor({ posting, organisationId }: { posting: Posting | undefined; organisationId: string | undefined }) {
  const navigate = useNavigate();
  const roles = useRoles();
  const names = useDisplayNames();
  const create = useCreatePosting();
  const update = useUpdatePosting(posting?.id ?? '');
  const [d, setD] = useState<PostingDraft>(posting === undefined ? EMPTY_POSTING : draftOf(posting));
  const set = <K extends keyof PostingDraft>(key: K, value: PostingDraft[K]) => setD({ ...d, [key]: value });
  const text = (key: keyof PostingDraft) => (e: { target: { value: string } }) => set(key, e.target.value);
  const failed = posting === undefined ? create.error : update.error;
  const issues = isApiProblem(failed) ? failed.fieldErrors : [];
  const errorFor = (key: keyof PostingDraft): string[] => {
    const prefix = PATHS.find(([k]) => k === key)?.[1] ?? key;
    return issues.filter((i) => under(i.path, prefix)).map((i) => i.message);
  };
  const unplaced = issues.filter((i) => !PATHS.some(([, prefix]) => under(i.path, prefix)));
  const pending = create.isPending || update.isPending;
  const submit = (status: 'draft' | 'open' | undefined) => {
    const body = bodyOf(d);
    if (posting === undefined) {
      create.mutate({ ...body, ...(organisationId === undefined ? {} : { organisationId }), status: status ?? 'draft' }, { onSuccess: () => void navigate({ to: '/postings' }) });
    } else {
      update.mutate(status === 'open' ? { ...body, status } : body, { onSuccess: () => void navigate({ to: '/postings' }) });
    }
  };
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit(undefined);
  };
  const field = (key: keyof PostingDraft, label: string, control: ReactNode, hint?: string) => (
    <Field label={label} error={errorFor(key)} {...(hint === undefined ? {} : { hint })}>
      {control}
    </Field>
  );
  const credentialOptions = names.holdableCredentials;
  // The server names a group by its index among the groups sent (empty ones are not sent).
  const sent = sentGroupIndexes(d.anyOf);
  const anyOfPrefix = 'requirements.credentials.anyOf';
  const anyOfErrorsFor = (i: number): string[] => {
    const n = sent[i];
    return n === null || n === undefined ? [] : issues.filter((x) => under(x.path, `${anyOfPrefix}[${String(n)}]`)).map((x) => x.message);
  };
  const anyOfErrors = issues.filter((x) => x.path === anyOfPrefix).map((x) => x.message);
  const jurisdictionOptions = names.jurisdictionGroups.flatMap((g) => g.items.map((j) => ({ code: j.code, name: j.name })));
  return (
    <form onSubmit={onSubmit} noValidate aria-label={posting === undefined ? 'New posting' : 'Edit posting'}>
      <Card className="mt-4">
        <h2 className="text-lg font-semibold">The job</h2>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          {field('title', 'Title', <Input value={d.title} onChange={text('title')} />)}
          {field(
            'role',
            'Role',
            <Select value={d.role} onChange={text('role')}>
              <option value="">Choose a role</option>
              {(roles.data?.items ?? []).map((r) => (
                <option key={r.code} value={r.code}>
                  {r.title}
                </option>
              ))}
            </Select>,
          )}
          {field(
            'modality',
            'Modality',
            <Select value={d.modality} onChange={text('modality')}>
              <option value="">Choose a modality</option>
              {Object.entries(MODALITY_WORDS).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </Select>,
          )}
          {field(
            'employmentType',
            'Type of job',
            <Select value={d.employmentType} onChange={text('employmentType')}>
              {Object.entries(EMPLOYMENT_WORDS).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </Select>,
          )}
        </div>
        <div className="mt-3">{field('description', 'Description', <Textarea rows={5} value={d.description} onChange={text('description')} />)}</div>
      </Card>
      <Card className="mt-4">
        <h2 className="text-lg font-semibold">Place and pay</h2>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          {field('address', 'Address', <Input value={d.address} onChange={text('address')} />, 'A US address with its ZIP code, or "City, ST"; elsewhere an address ending "City, Country"')}
          {field('radiusKm', 'Commuting radius (km)', <Input type="number" value={d.radiusKm} onChange={text('radiusKm')} />)}
          {field('payMin', 'Pay from', <Input type="number" step="any" value={d.payMin} onChange={text('payMin')} />)}
          {field('payMax', 'Pay up to', <Input type="number" step="any" value={d.payMax} onChange={text('payMax')} />)}
          {field(
            'payUnit',
            'Per',
            <Select value={d.payUnit} onChange={text('payUnit')}>
              {Object.entries(PAY_UNIT_LABELS).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </Select>,
          )}
          {field('currency', 'Currency', <Input value={d.currency} onChange={text('currency')} />, 'Three letters, e.g. USD')}
          {field('validThrough', 'Last day open', <Input type="date" value={d.validThrough} onChange={text('validThrough')} />)}
        </div>
      </Card>
      <Card className="mt-4">
        <h2 className="text-lg font-semibold">Requirements (a candidate must meet every one)</h2>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          {field('allOf', 'Credentials: every one of', <Choices value={d.allOf} onChange={(v) => set('allOf', v)} options={credentialOptions} />)}
          {field('licenceJurisdictions', 'A licence in any one of', <Choices value={d.licenceJurisdictions} onChange={(v) => set('licenceJurisdictions', v)} options={jurisdictionOptions} />)}
          <AnyOfGroups groups={d.anyOf} onChange={(v) => set('anyOf', v)} options={credentialOptions} errorsFor={anyOfErrorsFor} errors={anyOfErrors} />
          {field('minYears', 'Whole years in the modality', <Input type="number" value={d.minYears} onChange={text('minYears')} />)}
          {field('startFrom', 'Start from', <Input type="date" value={d.startFrom} onChange={text('startFrom')} />)}
          {field('startTo', 'Start by', <Input type="date" value={d.startTo} onChange={text('startTo')} />)}
        </div>
        <fieldset className="mt-3">
          <legend className="font-medium">Shifts the job includes</legend>
          <div className="flex flex-wrap gap-3">
            {Object.entries(SHIFT_LABELS).map(([v, l]) => (
              <label key={v} className="flex items-center gap-1">
                <input type="checkbox" checked={d.shifts.includes(v)} onChange={(e) => set('shifts', e.target.checked ? [...d.shifts, v] : d.shifts.filter((s) => s !== v))} />
                {l}
              </label>
            ))}
          </div>
          {errorFor('shifts').length === 0 ? null : <p className="text-sm text-red-800">{errorFor('shifts').join('; ')}</p>}
        </fieldset>
        <label className="mt-3 flex items-center gap-2">
          <input type="checkbox" checked={d.sponsorship} onChange={(e) => set('sponsorship', e.target.checked)} />
          We sponsor a work visa
        </label>
      </Card>
      <Card className="mt-4">
        <h2 className="text-lg font-semibold">How much each counts in the ranking (0 to 10)</h2>
        <div className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-5">
          {WEIGHTS.map(([key, label]) => (
            <div key={key}>{field(key, label, <Input type="number" min={0} max={10} value={d[key]} onChange={text(key)} />)}</div>
          ))}
        </div>
      </Card>
      {unplaced.length === 0 ? null : <ErrorAlert>{unplaced.map((i) => i.message).join('; ')}</ErrorAlert>}
      {failed !== null && issues.length === 0 ? <ErrorAlert>{describeError(failed)}</ErrorAlert> : null}
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="submit" className="rounded border border-slate-600 px-3 py-2" disabled={pending}>
          {posting === undefined ? 'Save as draft' : 'Save changes'}
        </button>
        {posting === undefined || posting.status === 'draft' ? (
          <button type="button" className="rounded bg-blue-700 px-3 py-2 text-white" disabled={pending} onClick={() => submit('open')}>
            Save and open
          </button>
        ) : null}
        <Link to="/postings" className="px-3 py-2">
          Back to postings
        </Link>
      </div>
    </form>
  );
}

/** Writes a new posting (`/postings/new`) or edits one (`/postings/{id}`): every field of a posting, drafts too. */
export function PostingEditorPage() {
  const { postingId } = useParams({ strict: false });
  const posting = usePosting(postingId);
  const { organisation, chooser } = usePostingOrganisation();
  return (
    <>
      <PageHeading title={postingId === undefined ? 'New posting' : 'Edit posting'} />
      {postingId === undefined ? chooser : null}
      {postingId === undefined && organisation !== undefined && chooser === null ? <p className="mt-2 text-slate-700">For {organisation.organisationName}</p> : null}
      {posting.data === undefined ? null : <p className="mt-2 text-slate-700">Now: {POSTING_STATUS_WORDS[posting.data.status]}</p>}
      {postingId !== undefined && posting.isPending ? <Loading what="the posting" /> : null}
      {posting.isError ? <ErrorAlert>{describeError(posting.error)}</ErrorAlert> : null}
      {postingId === undefined ? (
        <Editor posting={undefined} organisationId={organisation?.organisationId} />
      ) : posting.data === undefined ? null : (
        <Editor key={posting.data.id} posting={posting.data} organisationId={undefined} />
      )}
    </>
  );
}
