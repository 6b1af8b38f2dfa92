import { z } from '@/api/zod';
import { roleGrantSchema } from '@/api/schemas/roles';

/** Prototype controls of the mock backend: outside /api, so scenarios never break them. */
export const MOCK_BASE = '/__mock';

export const SCENARIO_NAMES = [
  'default',
  'slow-network',
  'server-errors',
  'failing-saves',
  'empty-org',
  'mid-size-org',
  'large-org',
] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export const personaSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  roles: z.array(roleGrantSchema),
  /** False when the active data set (e.g. the empty organisation) has no such person. */
  inOrg: z.boolean(),
});
export type Persona = z.infer<typeof personaSchema>;

export const mockStateSchema = z.object({
  personas: z.array(personaSchema),
  signedInAs: z.nullable(z.string()),
  scenario: z.enum(SCENARIO_NAMES),
  clockOffsetMs: z.number(),
  now: z.string(),
  changeCount: z.number(),
  recoveredFromCorruptState: z.boolean(),
  /** Where the mock backend runs (`in-page` where service workers are unavailable). */
  transport: z.enum(['node', 'service-worker', 'in-page']),
  /** Cases a support engineer could answer now (`Reply from Adobe Support`). */
  supportCases: z._default(z.array(z.object({ id: z.string(), title: z.string(), status: z.string() })), []),
});
export type MockState = z.infer<typeof mockStateSchema>;

/** A failed call to the prototype controls (the mock backend is off or refused the settings). */
export class MockControlError extends Error {
  constructor(readonly status: number) {
    super(`Mock control request failed (${status})`);
    this.name = 'MockControlError';
  }
}

export async function mockFetch(
  path: string,
  init: { method?: 'GET' | 'POST'; body?: unknown; signal?: AbortSignal } = {},
) {
  const res = await fetch(`${MOCK_BASE}${path}`, {
    method: init.method ?? 'GET',
    headers:
      init.body === undefined ? { Accept: 'application/json' } : { 'Content-Type': 'application/json' },
    body: init.body === undefined ? null : JSON.stringify(init.body),
    signal: init.signal ?? null,
  });
  if (!res.ok) throw new MockControlError(res.status);
  return mockStateSchema.parse(await res.json());
}
