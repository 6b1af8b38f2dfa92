import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { auditPageSchema, type AuditEntry } from '@/api/schemas/audit';
import { queryKeys, type AuditParams } from '@/api/query-keys';

/** GET /api/audit — newest first, filtered by event, person and time range, one page. */
export function getAudit(p: AuditParams, signal?: AbortSignal) {
  return request('/audit', auditPageSchema, {
    query: { event: p.event, person: p.person, from: p.from, to: p.to, page: p.page, pageSize: p.pageSize },
    signal,
  });
}

export const auditQuery = (p: AuditParams) =>
  queryOptions({
    queryKey: queryKeys.audit.list(p),
    queryFn: ({ signal }) => getAudit(p, signal),
    placeholderData: keepPreviousData,
  });

export function useAudit(p: AuditParams) {
  return useQuery(auditQuery(p));
}

/** Every entry matching the filters (for the CSV export), read page by page from the server. */
export async function getAllAudit(
  filter: Pick<AuditParams, 'event' | 'person' | 'from' | 'to'>,
  maxPages = 200,
): Promise<AuditEntry[]> {
  const out: AuditEntry[] = [];
  for (let page = 1; page <= maxPages; page += 1) {
    const res = await getAudit({ ...filter, page, pageSize: 100 });
    out.push(...res.items);
    if (out.length >= res.total || res.items.length === 0) break;
  }
  return out;
}
