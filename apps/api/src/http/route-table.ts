import type { FastifyInstance } from 'fastify';

/** One route as registered: its method and its URL pattern (`/api/v1/people/:id/record`). */
export interface RegisteredRoute {
  readonly method: string;
  readonly url: string;
}

const tables = new WeakMap<FastifyInstance, RegisteredRoute[]>();

/**
 * Starts recording every route registered on `app` from now on (plugins included). Called first thing by
 * `buildServer`, so that checks over "every route" (the access matrix, the fuzz test) cannot miss one.
 */
export function recordRouteTable(app: FastifyInstance): void {
  const table: RegisteredRoute[] = [];
  tables.set(app, table);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) table.push({ method, url: route.url });
  });
}

/** Every route registered on a server built by `buildServer`, in registration order. */
export function registeredRoutes(app: FastifyInstance): readonly RegisteredRoute[] {
  return tables.get(app) ?? [];
}
