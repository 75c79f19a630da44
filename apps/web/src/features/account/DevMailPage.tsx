import { useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { devMailQueryOptions } from '../../api/account';
import { describeError, isApiProblem } from '../../api/client';
import { useIsDemo } from '../../api/install';
import { Frame } from '../../components/AppLayout';
import { NotFoundPage } from '../../components/NotFoundPage';
import { Card, EmptyState, ErrorAlert, Loading, PageHeading } from '../../components/page';

const STATUS_WORDS = { pending: 'Waiting to be delivered', sent: 'Delivered', dead: 'Could not be delivered' } as const;

/** The mail's text, with its web addresses as links. */
function MailText({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/\S+)/g);
  return (
    <p className="whitespace-pre-wrap break-words">
      {parts.map((part, i) =>
        /^https?:\/\//.test(part) ? (
          <a key={i} href={part} className="break-all">
            {part}
          </a>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </p>
  );
}

/**
 * The demo's mailbox: the demo sends no mail out, so what it "sent" (reset links, confirmations, reminders)
 * is read here. Anywhere but the demo this page does not exist.
 */
export function DevMailPage() {
  const isDemo = useIsDemo();
  const mailbox = useQuery({ ...devMailQueryOptions, enabled: isDemo });
  if (!isDemo || (isApiProblem(mailbox.error) && mailbox.error.status === 404)) return <NotFoundPage />;
  return (
    <Frame>
      <PageHeading title="Demo mailbox" />
      <p className="mt-2 max-w-prose">
        The demo sends no mail out. Every mail it would send — to the fictitious demo accounts and to anyone who
        signs up here — lands in this mailbox instead, newest first.
      </p>
      <div className="mt-4 space-y-4">
        {mailbox.isPending ? <Loading what="the mailbox" /> : null}
        {mailbox.isError ? <ErrorAlert>{describeError(mailbox.error)}</ErrorAlert> : null}
        {mailbox.data?.mails.length === 0 ? <EmptyState>No mail yet.</EmptyState> : null}
        {mailbox.data?.mails.map((mail) => (
          <Card key={`${mail.createdAt}-${mail.to}-${mail.subject}`}>
            <article aria-label={`${mail.subject}, to ${mail.to}`}>
              <h2 className="text-lg font-semibold">{mail.subject}</h2>
              <p className="text-sm text-slate-700">
                To {mail.to} · {new Date(mail.createdAt).toLocaleString()} · {STATUS_WORDS[mail.status]}
              </p>
              <div className="mt-3">
                <MailText text={mail.text} />
              </div>
            </article>
          </Card>
        ))}
      </div>
    </Frame>
  );
}
