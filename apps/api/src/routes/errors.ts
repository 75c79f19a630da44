import { problemSchema } from '@modality/contracts';

/** Problem responses to document on a route, by status. */
export const problems = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [s, problemSchema]));
