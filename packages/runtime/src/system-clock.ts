import type { Clock } from '@modality/app';

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };
