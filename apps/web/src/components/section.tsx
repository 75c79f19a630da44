import { useId, type ReactNode } from 'react';

/**
 * A titled part of a page: a `<section>` named by its heading. Give `id` when something links to the
 * section or is named by its heading (`aria-labelledby`); `className` replaces the default top margin.
 *
 * @example
 * <Section id="credentials-deadlines" title="Deadlines">…</Section>
 */
export function Section({
  id,
  title,
  level = 2,
  className = 'mt-8',
  children,
}: {
  id?: string;
  title: ReactNode;
  /** `h2` under the page's `h1`, or `h3` inside an `h2` part. */
  level?: 2 | 3;
  className?: string;
  children: ReactNode;
}) {
  const made = useId();
  const headingId = id ?? made;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={headingId} className={className}>
      <Heading id={headingId} className={level === 2 ? 'text-xl font-semibold' : 'text-lg font-semibold'}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
