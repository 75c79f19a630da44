import { Link, useNavigate } from '@tanstack/react-router';
import { Field, Select } from '../../../components/field';
import { Card, EmptyState } from '../../../components/page';
import type { JobRoleProfile } from '@modality/contracts';
import { useDisplayNames } from '../../../catalogue/use-display-names';
import { credentialsIn } from '../career-view';
import { JurisdictionOptions } from '../JurisdictionOptions';

/**
 * The credentials that open a role where the reader wants to work (the choice lives in the address,
 * `?in=us-tx`), with a link to plan a path there.
 */
export function OpeningCredentials({ role, jurisdiction }: { role: JobRoleProfile; jurisdiction: string }) {
  const navigate = useNavigate();
  const names = useDisplayNames();
  const opening = credentialsIn(role, jurisdiction);
  const where = names.jurisdiction(jurisdiction);
  return (
    <Card>
      <h2 className="text-lg font-semibold">Credentials that open it</h2>
      <Field label="Where you want to work" className="mt-2">
        <Select
          value={jurisdiction}
          onChange={(e) =>
            void navigate({
              to: '/careers/$code',
              params: { code: role.code },
              search: { in: e.target.value },
              replace: true,
            })
          }
        >
          <JurisdictionOptions />
        </Select>
      </Field>
      <div data-testid="role-credentials" aria-live="polite" className="mt-3">
        {opening.length === 0 ? (
          <EmptyState>
            The knowledge base holds no credential for this role in {where}.{' '}
            <Link to="/plan" search={{ target: role.code, in: jurisdiction }}>
              Plan a path
            </Link>{' '}
            to see what is known.
          </EmptyState>
        ) : (
          <ul className="space-y-2">
            {opening.map((c) => (
              <li key={c.jurisdiction}>
                <p className="font-medium">{c.jurisdictionName}: any one of</p>
                <ul className="ml-5 list-disc">
                  {c.anyOf.map((set) => (
                    <li key={set.join('+')}>
                      {set.map((code) => names.credential(code, { abbreviation: true })).join(' and ')}
                    </li>
                  ))}
                </ul>
                {c.note === undefined ? null : <p className="text-sm text-slate-700">{c.note}</p>}
              </li>
            ))}
          </ul>
        )}
        <p className="no-print mt-3">
          <Link to="/plan" search={{ target: role.code, in: jurisdiction }}>
            Plan a path to {role.title} in {where}
          </Link>
        </p>
      </div>
    </Card>
  );
}
