import { createContext, use, useId, type ComponentProps, type ReactNode } from 'react';

/** What a control inside a {@link Field} needs to be wired to its label, hint and error. */
interface FieldControl {
  readonly id: string;
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
}

const FieldContext = createContext<FieldControl | null>(null);

export interface FieldProps {
  /** The label; every control has one. */
  readonly label: ReactNode;
  /** Shown under the label and read with the control (format, example). */
  readonly hint?: ReactNode;
  /** What is wrong with the value: one message, several (shown joined), or none. */
  readonly error?: string | readonly string[] | undefined;
  /** Announce the error the moment it appears (`role="alert"`), for one that shows up without a focus move. */
  readonly alert?: boolean;
  /** Classes of the wrapper (its place in a row or grid). */
  readonly className?: string;
  /** One control: {@link Input}, {@link Select} or {@link Textarea}. */
  readonly children: ReactNode;
}

/**
 * A labelled form field. The id is made once here; the control reads it from context, so the label's
 * `htmlFor`, the control's `aria-describedby` (hint, then error) and `aria-invalid` are wired in one place
 * for every form.
 *
 * @example
 * <Field label="E-mail address" error={emailError}>
 *   <Input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
 * </Field>
 */
export function Field({ label, hint, error, alert = false, className, children }: FieldProps) {
  const id = useId();
  const messages = error === undefined ? [] : typeof error === 'string' ? [error] : error;
  const invalid = messages.length > 0;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [hint === undefined ? null : hintId, invalid ? errorId : null].filter((x) => x !== null).join(' ') ||
    undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint === undefined ? null : (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      <FieldContext value={{ id, describedBy, invalid }}>{children}</FieldContext>
      {invalid ? (
        <p
          id={errorId}
          role={alert ? 'alert' : undefined}
          className="mt-1 text-sm font-semibold text-red-800"
        >
          {messages.join('; ')}
        </p>
      ) : null}
    </div>
  );
}

/** The field's wiring, merged with what the caller passed (an extra description, a forced invalid state). */
function wired(
  field: FieldControl | null,
  props: { id?: string | undefined; 'aria-describedby'?: string | undefined; 'aria-invalid'?: unknown },
) {
  const describedBy = [field?.describedBy, props['aria-describedby']]
    .filter((x) => x !== undefined)
    .join(' ');
  const invalid =
    field?.invalid === true || props['aria-invalid'] === true || props['aria-invalid'] === 'true';
  return {
    id: field?.id ?? props.id,
    'aria-describedby': describedBy === '' ? undefined : describedBy,
    'aria-invalid': invalid ? true : undefined,
  };
}

const classes = (className: string | undefined) =>
  className === undefined ? 'field-input mt-1' : `field-input mt-1 ${className}`;

/** A native `<input>`, wired to its {@link Field}; `className` adds to the field style. */
export function Input({ className, ...props }: ComponentProps<'input'>) {
  const field = use(FieldContext);
  return <input {...props} className={classes(className)} {...wired(field, props)} />;
}

/** A native `<select>`, wired to its {@link Field}. */
export function Select({ className, ...props }: ComponentProps<'select'>) {
  const field = use(FieldContext);
  return <select {...props} className={classes(className)} {...wired(field, props)} />;
}

/** A native `<textarea>`, wired to its {@link Field}. */
export function Textarea({ className, ...props }: ComponentProps<'textarea'>) {
  const field = use(FieldContext);
  return <textarea {...props} className={classes(className)} {...wired(field, props)} />;
}
