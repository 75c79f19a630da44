import { membershipSchema, organisationSchema, type Organisation } from '@modality/contracts';
import { useId, useState, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import {
  useCreateInvitation,
  useCreateOrganisation,
  useMe,
  useMembers,
  useOrganisations,
  type Invitation,
} from '../../api/queries';
import { canInviteTo, ROLE_LABELS, type MembershipRole } from '../../auth/access';
import { DataTable } from '../../components/data-table';
import { Field, Input, Select } from '../../components/field';
import { Card, EmptyState, ErrorAlert, Loading, PageHeading } from '../../components/page';

type OrganisationKind = Organisation['kind'];

const KINDS: readonly OrganisationKind[] = organisationSchema.shape.kind.options;
const ROLES: readonly MembershipRole[] = membershipSchema.shape.role.options;

const KIND_LABELS: Readonly<Record<OrganisationKind, string>> = {
  hospital: 'Hospital',
  'imaging-centre': 'Imaging centre',
  school: 'School',
  'staffing-agency': 'Staffing agency',
  other: 'Other',
};

/** The server's word on one field of a refused request (`name`, `email`), for the field to show. */
function fieldError(error: unknown, path: string): string | undefined {
  return isApiProblem(error) ? error.fieldErrors.find((e) => e.path === path)?.message : undefined;
}

function CreateOrganisationForm() {
  const create = useCreateOrganisation();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganisationKind>('hospital');
  const id = useId();
  const nameError = fieldError(create.error, 'name');

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate({ name: name.trim(), kind }, { onSuccess: () => setName('') });
  };

  return (
    <Card className="mt-4">
      <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          Create an organisation
        </h2>
        <div className="mt-3 flex flex-wrap items-start gap-3">
          <Field label="Name" error={nameError} className="min-w-64 flex-1">
            <Input value={name} onChange={(e) => setName(e.target.value)} required />
          </Field>
          <Field label="Kind">
            <Select
              value={kind}
              onChange={(e) => {
                const next = KINDS.find((k) => k === e.target.value);
                if (next !== undefined) setKind(next);
              }}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </Select>
          </Field>
          <button type="submit" className="btn mt-7" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create organisation'}
          </button>
        </div>
        <div aria-live="polite" className="mt-2">
          {create.isError && nameError === undefined ? (
            <ErrorAlert>{describeError(create.error)}</ErrorAlert>
          ) : null}
          {create.isSuccess ? (
            <p role="status" className="text-green-900">
              Created {create.data.name}.
            </p>
          ) : null}
        </div>
      </form>
    </Card>
  );
}

function InviteForm({ organisation }: { organisation: Organisation }) {
  const invite = useCreateInvitation(organisation.id);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MembershipRole>('professional');
  const [shown, setShown] = useState<Invitation | null>(null);
  const id = useId();
  const emailError = fieldError(invite.error, 'email');

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setShown(null);
    invite.mutate(
      { email: email.trim(), role },
      {
        onSuccess: (invitation) => {
          setShown(invitation);
          setEmail('');
        },
      },
    );
  };

  const signUpLink =
    shown === null ? '' : `${window.location.origin}/sign-up?invitation=${encodeURIComponent(shown.token)}`;

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="mt-4 border-t border-slate-200 pt-4"
      aria-labelledby={`${id}-title`}
    >
      <h4 id={`${id}-title`} className="font-semibold">
        Invite a member to {organisation.name}
      </h4>
      <div className="mt-2 flex flex-wrap items-start gap-3">
        <Field label="E-mail address" error={emailError} className="min-w-64 flex-1">
          <Input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
        </Field>
        <Field label="Role">
          <Select
            value={role}
            onChange={(e) => {
              const next = ROLES.find((r) => r === e.target.value);
              if (next !== undefined) setRole(next);
            }}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </Select>
        </Field>
        <button type="submit" className="btn mt-7" disabled={invite.isPending}>
          {invite.isPending ? 'Inviting…' : 'Create invitation'}
        </button>
      </div>
      <div aria-live="polite" className="mt-2">
        {invite.isError && emailError === undefined ? (
          <ErrorAlert>{describeError(invite.error)}</ErrorAlert>
        ) : null}
        {shown === null ? null : (
          <div role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-950">
            <p className="font-semibold">
              Invitation created for {shown.email} as {ROLE_LABELS[shown.role]}. Copy the token now: it is
              shown only once.
            </p>
            <p className="mt-1">
              Token:{' '}
              <code className="break-all select-all" data-testid="invitation-token">
                {shown.token}
              </code>
            </p>
            <p className="mt-1 text-sm">
              Sign-up link: <code className="break-all select-all">{signUpLink}</code>
            </p>
            <p className="mt-1 text-sm">Expires {shown.expiresAt.slice(0, 10)}.</p>
          </div>
        )}
      </div>
    </form>
  );
}

function Members({ organisation }: { organisation: Organisation }) {
  const members = useMembers(organisation.id);
  if (members.isPending) return <Loading what="members" />;
  if (members.isError)
    return <ErrorAlert>The members could not be loaded. {describeError(members.error)}</ErrorAlert>;
  if (members.data.length === 0) return <EmptyState>No members yet.</EmptyState>;
  return (
    <DataTable
      caption={`Members of ${organisation.name}`}
      rows={members.data}
      rowKey={(m) => `${m.userId}-${m.role}`}
      columns={[
        { header: 'Name', cell: (m) => m.name },
        { header: 'E-mail', cell: (m) => <span className="break-all">{m.email}</span> },
        { header: 'Role', cell: (m) => ROLE_LABELS[m.role] },
        { header: 'Has a record', cell: (m) => (m.personId === null ? 'No' : 'Yes') },
      ]}
    />
  );
}

function OrganisationCard({ organisation, canInvite }: { organisation: Organisation; canInvite: boolean }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <li>
      <Card>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 className="text-lg font-semibold">
            {organisation.name}
            <span className="ml-2 text-sm font-normal text-slate-700">{KIND_LABELS[organisation.kind]}</span>
          </h3>
          <button
            type="button"
            className="btn btn-secondary"
            aria-expanded={open}
            aria-controls={`${id}-panel`}
            onClick={() => setOpen((v) => !v)}
          >
            {open ? 'Hide members' : 'Members and invitations'}
          </button>
        </div>
        {open ? (
          <div id={`${id}-panel`} className="mt-3">
            <Members organisation={organisation} />
            {canInvite ? <InviteForm organisation={organisation} /> : null}
          </div>
        ) : null}
      </Card>
    </li>
  );
}

export function OrganisationsPage() {
  const me = useMe();
  const { can } = me;
  const organisations = useOrganisations(can.seeOrganisations);

  return (
    <>
      <PageHeading title="Organisations" />
      {!can.seeOrganisations ? (
        <div className="mt-4">
          <EmptyState>Only platform and organisation admins manage organisations.</EmptyState>
        </div>
      ) : (
        <>
          {can.createOrganisations ? <CreateOrganisationForm /> : null}
          <section aria-labelledby="organisations-list" className="mt-6">
            <h2 id="organisations-list" className="text-xl font-semibold">
              {me.user.isAdmin ? 'All organisations' : 'Your organisations'}
            </h2>
            {organisations.isPending ? (
              <Loading what="organisations" />
            ) : organisations.isError ? (
              <ErrorAlert>
                The organisations could not be loaded. {describeError(organisations.error)}
              </ErrorAlert>
            ) : organisations.data.length === 0 ? (
              <EmptyState>No organisations yet.</EmptyState>
            ) : (
              <ul className="mt-3 space-y-3">
                {organisations.data.map((o) => (
                  <OrganisationCard key={o.id} organisation={o} canInvite={canInviteTo(me, o.id)} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
