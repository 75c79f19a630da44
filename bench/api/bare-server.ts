/**
 * The ceiling for `npm run bench:api`: a bare Fastify route answering a small JSON object, with nothing
 * else — no database, no session, no schema, no logging. Started as its own process on `BARE_PORT`, so
 * it is measured on the same machine, in the same run, the same way as the real server.
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/bare', () => ({ ok: true }));
await app.listen({ port: Number(process.env.BARE_PORT), host: '127.0.0.1' });
