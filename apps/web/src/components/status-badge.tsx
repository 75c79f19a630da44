import type { ComponentProps, ReactNode } from 'react';

/** How a status reads at a glance; the colour only repeats what the words say. */
export type Tone = 'good' | 'neutral' | 'warning' | 'bad';

const TONE_CLASSES: Readonly<Record<Tone, string>> = {
  good: 'border-green-700 bg-green-50 text-green-900',
  neutral: 'border-slate-500 bg-slate-50 text-slate-900',
  warning: 'border-amber-700 bg-amber-50 text-amber-950',
  bad: 'border-red-700 bg-red-50 text-red-900',
};

/**
 * A status as words in a coloured box, with a sign that says the same without colour (hidden from
 * screen readers, which read the words). Other props go to the `<span>`.
 *
 * @example
 * <StatusBadge tone="warning" symbol="!">At risk</StatusBadge>
 */
export function StatusBadge({
  tone,
  symbol,
  children,
  className,
  ...span
}: { tone: Tone; symbol?: string; children: ReactNode } & Omit<ComponentProps<'span'>, 'children'>) {
  return (
    <span
      {...span}
      className={`status-badge inline-flex items-center gap-1 rounded border px-2 py-0.5 text-sm font-semibold ${TONE_CLASSES[tone]}${className === undefined ? '' : ` ${className}`}`}
    >
      {symbol === undefined ? null : <span aria-hidden="true">{symbol}</span>}
      <span>{children}</span>
    </span>
  );
}
