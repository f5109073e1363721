import type { paths } from './openapi.d.ts';

/**
 * Types of the API's bodies, read from the types generated from the server's route schemas
 * (openapi.d.ts, `npm run openapi:types`), so that a server change that breaks a page fails the type check.
 */

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type JsonOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

/** The JSON a route answers with, for a status (200 unless told). */
export type ResponseBody<
  Path extends keyof paths,
  M extends Method & keyof paths[Path],
  Status extends number = 200,
> = paths[Path][M] extends { responses: infer Responses }
  ? Status extends keyof Responses
    ? JsonOf<Responses[Status]>
    : never
  : never;

/** The JSON a route takes. */
export type RequestBody<Path extends keyof paths, M extends Method & keyof paths[Path]> = paths[Path][M] extends {
  requestBody?: infer Body;
}
  ? JsonOf<NonNullable<Body>>
  : never;

/**
 * A body with some fields narrowed, where the route's schema says only `string` for what the server's own types
 * also leave as `string` (a request's kind or state read from the database, say); narrow nothing else.
 */
export type Narrowed<Body, Fields extends { [K in keyof Body]?: Body[K] }> = Omit<Body, keyof Fields> & Fields;
