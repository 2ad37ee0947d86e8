/**
 * JSON responses for the API routes. Every error body has the same shape,
 * `{ error, param? }`, so the dashboard and scripts can point at the bad field.
 */

const NO_STORE = { 'cache-control': 'no-store' } as const;

export function jsonOk(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, { ...init, headers: { ...NO_STORE, ...(init.headers ?? {}) } });
}

export function jsonError(status: number, error: string, param?: string, headers: HeadersInit = {}): Response {
  const body: { error: string; param?: string } = { error };
  if (param !== undefined) body.param = param;
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

/** A query/body parameter that failed validation: 400 naming it. */
export function badParam(param: string, message: string): Response {
  return jsonError(400, `invalid parameter "${param}": ${message}`, param);
}

export function notFound(what: string): Response {
  return jsonError(404, `${what} not found`);
}
