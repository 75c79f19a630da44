import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { describeError } from '../../api/client';
import { useAnswerFromQueue, usePostprimaryQueue, type PostprimaryQueue } from '../../api/postprimary-queries';
import { meQueryOptions } from '../../api/queries';
import { Card, EmptyState, ErrorAlert, Loading, PageHeading } from '../../components/page';
import { PostprimaryAnswerForm } from './PostprimaryAnswerForm';
import { PostprimaryEntryFacts } from './PostprimaryEntryFacts';

type QueueItem = PostprimaryQueue['items'][number];

function WaitingEntry({ item, signedInName, onDone }: { item: QueueItem; signedInName: string; onDone: (words: string) => void }) {
  const answer = useAnswerFromQueue(item.entry.id);
  const verify = item.step === 'verify';
  const label = `${item.entry.procedureName} on ${item.entry.performedOn}, logged by ${item.technologistName}`;
  return (
    <li>
      <article aria-label={label} className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
        <h2 className="text-lg font-semibold break-words">{item.entry.procedureName}</h2>
        <p className="text-sm text-slate-700">{verify ? 'Waiting for your verification' : 'Waiting for your review as clinical supervisor'}</p>
        <div className="mt-2">
          <PostprimaryEntryFacts entry={item.entry} technologistName={item.technologistName} />
        </div>
        <details className="mt-3">
          <summary className="cursor-pointer font-medium text-sky-800">{verify ? 'Answer: verify it' : 'Answer: review it'}</summary>
          <PostprimaryAnswerForm
            step={item.step}
            entry={item.entry}
            signedInName={signedInName}
            pending={answer.isPending}
            error={answer.error}
            onAnswer={(a) =>
              answer.mutate(a, {
                onSuccess: (e) => onDone(`You ${verify ? 'verified' : 'reviewed'} ${e.procedureName} on ${e.performedOn} for ${item.technologistName}.`),
              })
            }
          />
        </details>
      </article>
    </li>
  );
}

/**
 * The postprimary CT and MR procedures waiting for the signed-in user's signature: those a technologist asked
 * them, by mail to their confirmed address, to verify or to review as clinical supervisor; each answered here,
 * by the same rules as from the link.
 */
export function PostprimaryQueuePage() {
  const queue = usePostprimaryQueue();
  const me = useQuery(meQueryOptions).data ?? null;
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <PageHeading title="Procedures to sign" />
      <p className="mt-2">Postprimary CT and MR procedures that technologists asked you, by e-mail, to verify or to review as clinical supervisor.</p>
      {done === null ? null : (
        <Card className="mt-4">
          <p role="status">{done}</p>
        </Card>
      )}
      {queue.isPending || me === null ? (
        <Loading what="the procedures waiting for you" />
      ) : queue.isError ? (
        <ErrorAlert>{describeError(queue.error)}</ErrorAlert>
      ) : !queue.data.addressConfirmed ? (
        <EmptyState>
          Confirm your e-mail address first (<Link to="/account">your account</Link> sends the mail): only procedures asked of a confirmed address are shown here.
        </EmptyState>
      ) : queue.data.items.length === 0 ? (
        <EmptyState>Nothing is waiting for your signature. When a technologist asks you by e-mail to verify or review a procedure, it shows here.</EmptyState>
      ) : (
        <ul className="mt-4 space-y-4" aria-label="Procedures waiting for you">
          {queue.data.items.map((item) => (
            <WaitingEntry key={`${item.entry.id}-${item.step}`} item={item} signedInName={me.user.name} onDone={setDone} />
          ))}
        </ul>
      )}
    </>
  );
}
