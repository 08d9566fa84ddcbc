// The OpenAPI 3.1 document of wuerr's HTTP API, served at /openapi.json; a test keeps it in sync with the routes.

import { ACCEPTED_FORMS } from '../core/parse.js';

/** The largest body POST /api/v1/scan reads, in bytes. */
export const SCAN_BODY_LIMIT = 10 * 1024 * 1024;

const _problem = { $ref: '#/components/responses/Problem' } as const;
const _json = (schema: object) => ({ 'application/json': { schema } });

/**
 * Builds the OpenAPI document.
 * @param version the wuerr version shown in `info.version`
 */
export function openApiDocument(version: string): object {
  return {
    openapi: '3.1.0',
    info: {
      title: 'wuerr',
      version,
      description: 'Intune software update agent and Windows Update agent error codes: name, meaning (German and English), component, Windows Update twin, and the codes in a log text.',
    },
    paths: {
      '/api/v1/codes/{input}': {
        get: {
          summary: 'Look up one code or name',
          description: `Any input form the CLI accepts, URL-encoded: ${ACCEPTED_FORMS.join(', ')}. The 200 body is the element \`wuerr --json\` prints for one input.`,
          parameters: [{ name: 'input', in: 'path', required: true, schema: { type: 'string', maxLength: 200 }, example: '0x80CF4017' }],
          responses: {
            '200': { description: 'At least one catalog knows the input.', content: _json({ $ref: '#/components/schemas/LookupResult' }) },
            '400': { ..._problem, description: 'The input is not a code, a number or a name; `detail` says why and lists the accepted forms.' },
            '404': { ..._problem, description: 'No catalog knows the code; the problem body still carries `decoded` and `interpretations`.' },
          },
        },
      },
      '/api/v1/search': {
        get: {
          summary: 'Find codes by words, German or English',
          parameters: [
            { name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 1, maxLength: 200 }, example: 'Abbruch' },
            { name: 'lang', in: 'query', required: false, schema: { type: 'string', enum: ['de', 'en'] } },
            { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
          ],
          responses: {
            '200': { description: 'Hits, best first (possibly none).', content: _json({ type: 'object', properties: { query: { type: 'string' }, hits: { type: 'array', items: { type: 'object' } } }, required: ['query', 'hits'] }) },
            '400': { ..._problem, description: 'A missing or too long `q`, an unknown `lang`, or a `limit` outside 1–100.' },
          },
        },
      },
      '/api/v1/catalog': {
        get: {
          summary: 'The whole catalog',
          description: 'Every entry, Intune first. Sends `ETag` and `Cache-Control`; answers 304 to a matching `If-None-Match`.',
          responses: {
            '200': { description: 'The catalog.', headers: { ETag: { schema: { type: 'string' } }, 'Cache-Control': { schema: { type: 'string' } } }, content: _json({ type: 'object', properties: { count: { type: 'integer' }, entries: { type: 'array', items: { type: 'object' } } }, required: ['count', 'entries'] }) },
            '304': { description: 'The catalog has not changed since the ETag given in `If-None-Match`.' },
          },
        },
      },
      '/api/v1/scan': {
        post: {
          summary: 'Find every code in a log text',
          description: `The body is the log text as \`text/plain\` (UTF-8), at most ${SCAN_BODY_LIMIT} bytes. The answer is the scan summary \`wuerr scan --json\` prints.`,
          requestBody: { required: true, content: { 'text/plain': { schema: { type: 'string', maxLength: SCAN_BODY_LIMIT } } } },
          responses: {
            '200': { description: 'The scan summary: codes by count, totals, malformed tokens.', content: _json({ type: 'object', properties: { codes: { type: 'array' }, totals: { type: 'object' }, malformed: { type: 'object' } }, required: ['codes', 'totals', 'malformed'] }) },
            '413': { ..._problem, description: `The body is larger than ${SCAN_BODY_LIMIT} bytes.` },
            '415': { ..._problem, description: 'The body is not `text/plain`.' },
          },
        },
      },
      '/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1', content: _json({ type: 'object' }) } } } },
      '/healthz': { get: { summary: 'Liveness', responses: { '200': { description: 'The server is up.', content: _json({ type: 'object', properties: { status: { const: 'ok' } } }) } } } },
      '/c/{code}': {
        get: {
          summary: 'Permalink page of a code, as HTML',
          parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' }, example: '0x80CF4017' }],
          responses: {
            '200': { description: 'The code page.', content: { 'text/html': { schema: { type: 'string' } } } },
            '400': { description: 'The input cannot be read; the page says why.', content: { 'text/html': { schema: { type: 'string' } } } },
            '404': { description: 'No catalog knows the code; the page shows its decoding.', content: { 'text/html': { schema: { type: 'string' } } } },
          },
        },
      },
    },
    components: {
      schemas: {
        LookupResult: {
          type: 'object',
          required: ['input', 'matches'],
          properties: {
            input: { type: 'string' },
            matches: { type: 'array', items: { type: 'object', required: ['code', 'value', 'name', 'catalog', 'component', 'description'] } },
            decoded: { type: 'object' },
            interpretations: { type: 'array', items: { type: 'object' } },
            error: { type: 'string' },
          },
        },
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'detail'],
          properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' } },
        },
      },
      responses: {
        Problem: { description: 'An RFC 9457 problem.', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
      },
    },
  };
}
