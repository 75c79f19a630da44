import { z } from 'zod';

// Zod probes for `new Function` to compile fast parsers; under the server's Content-Security-Policy (no
// 'unsafe-eval') that probe is a policy violation. Jitless parsing needs no eval. Imported first by main.tsx,
// before any schema is used.
z.config({ jitless: true });
