import { Field, Input } from '../../components/field';

/** The signer's fields of a form answered from a link: their full name and, when asked, their ARRT ID number. */
export interface SignerFieldsProps {
  readonly name: string;
  readonly onName: (name: string) => void;
  /** Signed in: the account's name is recorded, so it is shown and not typed. */
  readonly nameReadOnly?: boolean;
  /** The ARRT ID number; without it (undefined) the field is not asked. */
  readonly arrtNumber?: string | undefined;
  readonly onArrtNumber?: (arrtNumber: string) => void;
  /** The server's messages for a field (`name`, `arrtNumber`). */
  readonly fieldError: (path: string) => readonly string[];
}

/**
 * The signer's name and ARRT ID number, as the student's sign-off page and the postprimary verify and review
 * pages ask them: one place for their labels, autocomplete and keyboard.
 */
export function SignerFields({ name, onName, nameReadOnly = false, arrtNumber, onArrtNumber, fieldError }: SignerFieldsProps) {
  return (
    <>
      <Field label="Your full name" error={fieldError('name')}>
        <Input value={name} onChange={(e) => onName(e.target.value)} autoComplete="name" readOnly={nameReadOnly} required />
      </Field>
      {arrtNumber === undefined ? null : (
        <Field label="Your ARRT ID number" error={fieldError('arrtNumber')}>
          <Input value={arrtNumber} onChange={(e) => onArrtNumber?.(e.target.value)} inputMode="numeric" required />
        </Field>
      )}
    </>
  );
}
