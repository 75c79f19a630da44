import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { describeError, isApiProblem } from '../../api/client';
import { meQueryOptions, recordQueryOptions, usePlan, type PlanRequest } from '../../api/queries';
import { EmptyState, ErrorAlert, Loading, PageHeading } from '../../components/page';
import { PlanForm } from './plan/PlanForm';
import { PlanView } from './plan/PlanView';

const planRoute = getRouteApi('/public/plan');

/** The covered jurisdiction a person lives in: their US state or Canadian province, or gb, ie, au. */
export function homeJurisdiction(person: { readonly country: string; readonly region?: string | undefined }): string | undefined {
  if (person.region !== undefined) return person.region;
  const country = person.country.toLowerCase();
  return ['gb', 'ie', 'au'].includes(country) ? country : undefined;
}

/**
 * "Plan a path": a role and a jurisdiction, from a blank start or from the signed-in person's record. A
 * signed-in person with a record starts from it, in the place they live when Modality covers it; nobody is
 * put in Texas by default.
 */
export function PlanPage() {
  const search = planRoute.useSearch();
  const { data: me } = useQuery(meQueryOptions);
  const personId = me?.personId ?? null;

  const start = search.from ?? (personId === null ? 'blank' : 'record');
  const fromRecord = start === 'record' && personId !== null;
  const record = useQuery({ ...recordQueryOptions(personId ?? ''), enabled: personId !== null });
  const home = record.data === undefined ? undefined : homeJurisdiction(record.data.person);
  let request: PlanRequest | null = null;
  if (search.target !== undefined && search.in !== undefined) {
    if (!fromRecord) request = { target: search.target, in: search.in };
    else if (record.data !== undefined)
      request = { target: search.target, in: search.in, record: record.data };
  }
  const plan = usePlan(request, fromRecord ? (personId ?? 'record') : 'blank');

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <PageHeading title="Plan a path" />
        {plan.data === undefined ? null : (
          <button type="button" className="btn btn-secondary no-print" onClick={() => window.print()}>
            Print plan
          </button>
        )}
      </div>
      <PlanForm
        // The form starts again once the record (and so the home jurisdiction) has loaded.
        key={home ?? 'no-home'}
        initial={{
          target: search.target ?? 'radiographer',
          in: search.in ?? home ?? '',
          from: start,
        }}
        personId={personId}
        signedIn={me !== null && me !== undefined}
      />
      <div className="mt-6">
        {search.from === 'record' && personId === null ? (
          <ErrorAlert>
            There is no record to plan from: sign in and import your record, or plan from a blank start.
          </ErrorAlert>
        ) : null}
        {record.isError ? <ErrorAlert>{describeError(record.error)}</ErrorAlert> : null}
        {request === null && search.target === undefined ? (
          <EmptyState>Choose a role and where you want to work, then make the plan.</EmptyState>
        ) : null}
        {(plan.isFetching || record.isFetching) && plan.data === undefined ? (
          <Loading what="the plan" />
        ) : null}
        {plan.isError ? <PlanError error={plan.error} /> : null}
        {plan.data === undefined ? null : <PlanView plan={plan.data} />}
      </div>
    </>
  );
}

/** Why no plan was made; the request's field errors in the form's words. */
function PlanError({ error }: { error: unknown }) {
  return (
    <ErrorAlert>
      <p>{describeError(error)}</p>
      {isApiProblem(error) && error.fieldErrors.length > 0 ? (
        <ul className="mt-1 ml-5 list-disc">
          {error.fieldErrors.map((e) => (
            <li key={`${e.path}-${e.message}`}>
              {e.path === 'target' ? 'Target role' : e.path === 'in' ? 'Where' : e.path}: {e.message}
            </li>
          ))}
        </ul>
      ) : null}
    </ErrorAlert>
  );
}
