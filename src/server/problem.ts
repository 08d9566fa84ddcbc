// RFC 9457 problem details: the one shape every wuerr API error takes.

/** The media type of a problem body. */
export const PROBLEM_TYPE = 'application/problem+json';

/** The reason phrases of the statuses wuerr answers with, for the `title` member. */
const _TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
};

/** A problem body: the standard members plus wuerr's own extensions. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  readonly [extension: string]: unknown;
}

/**
 * Builds an `application/problem+json` response.
 * @param status the HTTP status
 * @param detail what went wrong with this request, and what would work
 * @param extra extension members (e.g. the decoding of an unknown code)
 * @param headers extra response headers (e.g. `Allow`)
 */
export function problemResponse(status: number, detail: string, extra: Readonly<Record<string, unknown>> = {}, headers: Readonly<Record<string, string>> = {}): Response {
  const body: Problem = { type: 'about:blank', title: _TITLES[status] ?? 'Error', status, detail, ...extra };
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': PROBLEM_TYPE, ...headers } });
}
