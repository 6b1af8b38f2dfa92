import { z } from '../zod';
import { requestSchemas, responseSchemas } from './components';
import { routes, type RouteSpec } from './routes';

type Json = Record<string, unknown>;

/** Where the mock backend answers; a real backend's base URL is the app's `VITE_API_BASE_URL`. */
export const MOCK_API_BASE = '/api';
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const PROBLEM_CONTENT = { 'application/problem+json': { schema: ref('Problem') } };

/** Answers every route may give besides its own (each in the one problem shape, `Problem`). */
function genericProblems(route: RouteSpec): Record<number, string> {
  const out: Record<number, string> = {};
  if (route.body || route.upload || route.query)
    out[400] =
      'The request is not valid (`validation`, or `invalid-json`): `errors` maps each field path to message keys.';
  if (route.access !== 'public') out[401] = 'Nobody is signed in (`unauthenticated`).';
  if (route.access === 'role')
    out[403] = 'The signed-in person’s active roles do not allow this (`forbidden`).';
  if (route.body) out[415] = 'The body is not `application/json`.';
  if (route.method === 'post') out[422] = 'The `Idempotency-Key` was used before with another body.';
  out[500] =
    'The server could not complete the request (`server-error`); the `server-errors` scenario answers it to any request.';
  return out;
}

/** The zod schemas of one side (request input or response output) as JSON Schema 2020-12, named, with `$ref`s. */
function componentSchemas(
  schemas: Record<string, z.ZodMiniType>,
  io: 'input' | 'output',
): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: out } = z.toJSONSchema(registry, {
    io,
    target: 'draft-2020-12',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  return Object.fromEntries(
    Object.entries(out).map(([id, schema]) => {
      // OpenAPI 3.1 components take the schema itself: the dialect and the id are the document's.
      const rest: Json = { ...(schema as Json) };
      delete rest.$schema;
      delete rest.$id;
      return [id, rest];
    }),
  );
}

function queryParameters(query: z.ZodMiniObject): Json[] {
  const schema = z.toJSONSchema(query, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, Json>;
    required?: string[];
  };
  return Object.entries(schema.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: schema.required?.includes(name) ?? false,
    schema: s,
  }));
}

function operation(route: RouteSpec): Json {
  const parameters: Json[] = [
    ...Object.entries(route.params ?? {}).map(([name, description]) => ({
      name,
      in: 'path',
      required: true,
      description,
      schema: { type: 'string' },
    })),
    ...(route.query ? queryParameters(route.query) : []),
    ...(route.method === 'post' ? [{ $ref: '#/components/parameters/IdempotencyKey' }] : []),
  ];
  const responses: Record<string, Json> = {};
  for (const [status, name] of Object.entries(route.success)) {
    responses[status] = {
      description: status === '204' ? 'Done; no body.' : 'Success.',
      ...(route.method === 'post'
        ? { headers: { 'Idempotent-Replay': { $ref: '#/components/headers/IdempotentReplay' } } }
        : {}),
      ...(name === 'file'
        ? { content: { '*/*': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } } }
        : name
          ? { content: { 'application/json': { schema: ref(name) } } }
          : {}),
    };
  }
  const problems: Record<string, string> = { ...genericProblems(route), ...route.problems };
  for (const status of Object.keys(problems).sort())
    responses[status] = { description: problems[status], content: PROBLEM_CONTENT };
  return {
    operationId: `${route.method}${route.path.replace(/\{(\w+)\}/g, 'By-$1').replace(/[^a-zA-Z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}`,
    tags: [route.tag],
    summary: route.summary,
    ...(route.access === 'public' ? { security: [] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(route.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: ref(route.body) } } } }
      : {}),
    ...(route.upload
      ? {
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    [route.upload]: { type: 'string', contentMediaType: 'application/octet-stream' },
                  },
                  required: [route.upload],
                },
              },
            },
          },
        }
      : {}),
    responses,
  };
}

/**
 * The backend contract as OpenAPI 3.1, generated from the route registry (routes.ts) and the shared zod schemas.
 * `npm run openapi` writes it to openapi.json.
 */
export function buildOpenApi(version: string): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of routes) (paths[route.path] ??= {})[route.method] = operation(route);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Admin Console backend',
      version,
      description:
        'The backend the Admin Console app talks to: the mock backend (MSW) implements it under /api; a real backend serves the same paths under the app’s VITE_API_BASE_URL. Errors are RFC 9457 problem details. Generated from src/api/contract (npm run openapi): do not edit.',
    },
    servers: [
      { url: MOCK_API_BASE, description: 'The mock backend, on the app’s own origin' },
      {
        url: '{base}',
        description: 'A real backend: build the app with VITE_API_MOCKING=off VITE_API_BASE_URL=<base>',
        variables: { base: { default: 'https://api.example.com' } },
      },
    ],
    security: [{ session: [] }],
    paths,
    components: {
      schemas: {
        ...componentSchemas(responseSchemas, 'output'),
        ...componentSchemas(requestSchemas, 'input'),
      },
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'Sent by the app on every POST. A retry with the same key gets the first answer again (header Idempotent-Replay) instead of doing the work twice. A key belongs to its caller; the same key with another body answers 422.',
          schema: { type: 'string', minLength: 1, maxLength: 200 },
        },
      },
      headers: {
        IdempotentReplay: {
          description:
            '`true` when this is the stored answer to an earlier request with the same Idempotency-Key.',
          schema: { type: 'string', enum: ['true'] },
        },
      },
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'session',
          description:
            'The signed-in session (POST /session signs in). The mock backend keeps it in its own state; a real backend would use a cookie of its choice.',
        },
      },
    },
  };
}
