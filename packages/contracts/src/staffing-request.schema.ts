import { z } from 'zod';
import { payRangeSchema } from './posting.schema.js';

export const requestToRepresentBodySchema = z
  .strictObject({ candidate: z.string().trim().min(1, 'must not be empty').max(40).describe('the handle the ranking shows') })
  .meta({ id: 'RequestToRepresent' });

export const requestParamsSchema = z.strictObject({ id: z.string().min(1).max(100) });

/** A request to represent a candidate for one posting, or their own application; name and e-mail only once accepted. */
export const staffingRequestSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['request', 'application']),
    status: z.enum(['pending', 'accepted', 'declined', 'withdrawn']),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
    posting: z.object({ id: z.string(), title: z.string(), pay: payRangeSchema, place: z.string() }),
    organisation: z.object({ name: z.string() }),
    candidate: z.object({
      handle: z.string(),
      name: z.string().nullable().describe('only for the organisation, once the candidate accepted'),
      email: z.string().nullable().describe('only for the organisation, once the candidate accepted'),
    }),
  })
  .meta({ id: 'StaffingRequest' });

/** Each time an organisation read the candidate's name and contact. */
export const profileViewsSchema = z.array(z.object({ at: z.string(), organisation: z.string() })).meta({ id: 'ProfileViews' });
