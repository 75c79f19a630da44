import { getRouteApi, Link } from '@tanstack/react-router';
import { describeError } from '../../api/client';
import { useRole } from '../../api/queries';
import { Card, ErrorAlert, Loading, PageHeading } from '../../components/page';
import type { JobRoleProfile } from '@modality/contracts';
import { SourcedTextView } from './facts';
import { OccupationCodesSection } from './role/OccupationCodesSection';
import { OpeningCredentials } from './role/OpeningCredentials';
import { OutlookSection } from './role/OutlookSection';
import { ShortageSection } from './role/ShortageSection';
import { disciplineName } from '@modality/contracts';

const roleRoute = getRouteApi('/public/careers/$code');

/** One role: the work, entry education, pay and outlook, the credentials that open it, codes, shortage. */
export function RolePage() {
  const { code } = roleRoute.useParams();
  const { in: where } = roleRoute.useSearch();
  const role = useRole(code);
  if (role.isPending) return <Loading what="the role" />;
  if (role.isError)
    return (
      <>
        <PageHeading title="Role not found" />
        <ErrorAlert>{describeError(role.error)}</ErrorAlert>
        <p className="mt-3">
          <Link to="/careers">All roles</Link>
        </p>
      </>
    );
  const r = role.data;
  return (
    <>
      <p className="no-print text-sm">
        <Link to="/careers">← All roles</Link>
      </p>
      <PageHeading title={r.title} />
      <p className="mt-2 text-slate-700">Modalities: {r.modalities.map(disciplineName).join(', ')}</p>
      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        <TheWork role={r} />
        <OpeningCredentials role={r} jurisdiction={where ?? 'us-tx'} />
      </div>
      <OutlookSection role={r} />
      <ShortageSection shortage={r.shortage} />
      <OccupationCodesSection codes={r.occupationCodes} />
    </>
  );
}

function TheWork({ role }: { role: JobRoleProfile }) {
  return (
    <Card>
      <h2 className="text-lg font-semibold">The work</h2>
      <SourcedTextView text={role.work} />
      <h3 className="mt-3 font-semibold">Patient care and technology</h3>
      <SourcedTextView text={role.patientCareAndTechnology} />
      <h3 className="mt-3 font-semibold">Entry education</h3>
      <SourcedTextView text={role.entryEducation} />
    </Card>
  );
}
