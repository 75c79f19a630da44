import pg from 'pg';

/** A running `LISTEN candidate_changes` on its own connection; `stop` ends it. */
export interface CandidateChangeListener {
  stop(): Promise<void>;
}

/** How long to wait before connecting again after the listening connection is lost. */
const RECONNECT_MS = 1000;

/**
 * Listens on PostgreSQL for the change feed's notifications (migration 020-change-feed sends
 * `NOTIFY candidate_changes` in every transaction that changes a profile or record; PostgreSQL delivers it
 * at commit) on a dedicated connection, and calls `onChange` for each. When the connection is lost it
 * connects again and calls `onChange` once (a change may have been missed meanwhile; the feed has it).
 * `onListening` runs each time the LISTEN is in place.
 */
export function listenForCandidateChanges(
  url: string,
  handlers: { readonly onChange: () => void; readonly onError?: (error: unknown) => void; readonly onListening?: () => void },
): CandidateChangeListener {
  let stopped = false;
  let client: pg.Client | undefined;
  let timer: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    client = c;
    c.on('notification', (message) => {
      if (message.channel === 'candidate_changes') handlers.onChange();
    });
    c.on('error', (error) => {
      handlers.onError?.(error);
      retry(c);
    });
    c.on('end', () => retry(c));
    try {
      await c.connect();
      await c.query('LISTEN candidate_changes');
      if (stopped || client !== c) {
        await c.end().catch(() => undefined);
        return;
      }
      handlers.onListening?.();
      // Anything committed while not listening is in the feed: read it now.
      handlers.onChange();
    } catch (error) {
      handlers.onError?.(error);
      retry(c);
    }
  };

  const retry = (c: pg.Client): void => {
    if (stopped || client !== c) return;
    client = undefined;
    void c.end().catch(() => undefined);
    timer = setTimeout(() => void connect(), RECONNECT_MS);
  };

  void connect();
  return {
    async stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      const c = client;
      client = undefined;
      if (c !== undefined) await c.end().catch(() => undefined);
    },
  };
}
