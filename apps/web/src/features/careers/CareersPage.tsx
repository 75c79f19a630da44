import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type SubmitEvent } from 'react';
import { describeError } from '../../api/client';
import { useRoles } from '../../api/queries';
import { Field, Select } from '../../components/field';
import { Card, ErrorAlert, Loading, PageHeading } from '../../components/page';
import { Section } from '../../components/section';
import type { JobRoleSummary } from '@modality/contracts';
import { disciplineName } from '@modality/contracts';

/** "Careers": a card per imaging role, and two roles to compare. */
export function CareersPage() {
  const roles = useRoles();
  return (
    <>
      <PageHeading title="Careers in medical imaging" />
      <p className="mt-2 max-w-3xl text-slate-700">
        What each role does, how it pays and grows in the United States, and the credentials that open it.
        Every figure names its source and vintage; figures no source confirms say so.
      </p>
      {roles.isPending ? <Loading what="roles" /> : null}
      {roles.isError ? <ErrorAlert>{describeError(roles.error)}</ErrorAlert> : null}
      {roles.data === undefined ? null : (
        <>
          <RoleCards roles={roles.data.items} />
          <CompareForm roles={roles.data.items} />
        </>
      )}
    </>
  );
}

function RoleCards({ roles }: { roles: readonly JobRoleSummary[] }) {
  return (
    <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label="Imaging roles">
      {roles.map((role) => (
        <li key={role.code} data-testid="role-card">
          <Card className="h-full">
            <h2 className="text-lg font-semibold">
              <Link to="/careers/$code" params={{ code: role.code }}>
                {role.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-slate-700">Modalities: {role.modalities.map(disciplineName).join(', ')}</p>
            <p className="text-sm text-slate-700">US occupation code (SOC): {role.soc ?? 'not confirmed'}</p>
          </Card>
        </li>
      ))}
    </ul>
  );
}

/** Two roles to compare side by side (`/careers/compare?a=…&b=…`). */
function CompareForm({ roles }: { roles: readonly JobRoleSummary[] }) {
  const navigate = useNavigate();
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const onCompare = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (a !== '' && b !== '') void navigate({ to: '/careers/compare', search: { a, b } });
  };
  return (
    <Section id="compare-heading" title="Compare two roles" className="mt-6">
      <form onSubmit={onCompare} className="mt-2 flex flex-wrap items-end gap-3">
        <RoleSelect label="First role" roles={roles} value={a} onChange={setA} />
        <RoleSelect label="Second role" roles={roles} value={b} onChange={setB} />
        <button type="submit" className="btn">
          Compare
        </button>
      </form>
    </Section>
  );
}

/** A labelled, required choice of one role. */
function RoleSelect(props: {
  label: string;
  roles: readonly JobRoleSummary[];
  value: string;
  onChange: (code: string) => void;
}) {
  return (
    <Field label={props.label}>
      <Select value={props.value} onChange={(e) => props.onChange(e.target.value)} required>
        <option value="">Choose a role</option>
        {props.roles.map((r) => (
          <option key={r.code} value={r.code}>
            {r.title}
          </option>
        ))}
      </Select>
    </Field>
  );
}
