import { z } from 'zod';
import { jsonObjectSchema, jsonValueSchema } from './json-value.schema.js';

const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
const VC_V1 = 'https://www.w3.org/2018/credentials/v1';

/** A received Verifiable Credential as kept in a wallet: outline checked, the rest passed through verbatim. */
export const verifiableCredentialSchema = z
  .object({
    '@context': z
      .array(jsonValueSchema)
      .min(1)
      .refine((c) => c[0] === VC_V2 || c[0] === VC_V1, `the first @context must be ${VC_V2} (or ${VC_V1})`),
    type: z.array(z.string()).refine((t) => t.includes('VerifiableCredential'), 'must include VerifiableCredential'),
    issuer: z.union([z.string().min(1), z.object({ id: z.string().min(1) }).catchall(jsonValueSchema)]),
    credentialSubject: z.union([jsonObjectSchema, z.array(jsonObjectSchema)]),
    proof: z.union([jsonObjectSchema, z.array(jsonObjectSchema)]),
  })
  // Every other member is kept as it came (the proof covers it).
  .catchall(jsonValueSchema)
  .meta({ id: 'VerifiableCredential', description: 'W3C Verifiable Credential (VC Data Model 2.0), kept exactly as received' });
