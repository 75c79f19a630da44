import { useState, type ReactNode } from 'react';
import { useMe } from '../../api/queries';
import type { Me } from '@modality/contracts';
import { Field, Select } from '../../components/field';

/** An organisation the signed-in user posts for, as the server lists it. */
export type PostingOrganisation = Me['can']['postFor'][number];

/** Where the choice is kept for this tab, so Postings, a new posting and Candidates act for the same one. */
const KEY = 'modality.posting-organisation';

function remembered(): string | null {
  try {
    return window.sessionStorage.getItem(KEY);
  } catch {
    return null; // storage refused (private mode): the first organisation is used
  }
}

/**
 * The organisation the Postings, New posting and Candidates pages act for: the one chosen last in this
 * tab if the user still posts for it, else the first by name; with a chooser when there are several (a
 * recruiter for a hospital who also works for an agency, say). Only organisations that post — employers
 * and staffing agencies where the user is a recruiter or organisation admin — are offered.
 */
export function usePostingOrganisation(): { readonly organisation: PostingOrganisation | undefined; readonly chooser: ReactNode } {
  const all = useMe().can.postFor;
  const [chosen, setChosen] = useState(remembered);
  const organisation = all.find((o) => o.organisationId === chosen) ?? all[0];
  const choose = (id: string) => {
    setChosen(id);
    try {
      window.sessionStorage.setItem(KEY, id);
    } catch {
      // not kept beyond this page: harmless
    }
  };
  const chooser =
    all.length < 2 ? null : (
      <Field label="Acting for" className="mt-4 max-w-xl">
        <Select value={organisation?.organisationId ?? ''} onChange={(e) => choose(e.target.value)}>
          {all.map((o) => (
            <option key={o.organisationId} value={o.organisationId}>
              {o.organisationName}
              {o.side === 'agency' ? ' (staffing agency)' : ''}
            </option>
          ))}
        </Select>
      </Field>
    );
  return { organisation, chooser };
}
