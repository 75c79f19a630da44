import type { ProofDeps } from '@modality/app';

/** What every route plugin is given by the server. */
export interface RouteContext {
  readonly deps: ProofDeps;
  readonly secureCookies: boolean;
  readonly version: string;
  readonly authRateLimit: { readonly max: number; readonly timeWindowMs: number };
  /** The install is the demo: fictitious data, published password (the web app shows a banner). */
  readonly demo: boolean;
}
