import type { CaseRecord } from '../db/types';
import { SEED_EPOCH } from './build-user';

let n = 100000;

/** A support case; every field can be overridden. */
export function buildCase(overrides: Partial<CaseRecord> = {}): CaseRecord {
  n += 1;
  return {
    id: `E-${n}`,
    ownerId: 'u-amara-okafor',
    ownerName: 'Amara Okafor',
    productId: 'analytics',
    productName: 'Adobe Analytics',
    title: 'Report suite shows no data since yesterday',
    description: 'Problem statement: …',
    priority: 'medium',
    businessImpact: 'Weekly report delayed',
    timeZone: 'emea',
    productFields: {},
    status: 'awaiting-assignment',
    watchers: [],
    attachments: [],
    createdAt: SEED_EPOCH,
    updatedAt: SEED_EPOCH,
    comments: [],
    ...overrides,
  };
}
