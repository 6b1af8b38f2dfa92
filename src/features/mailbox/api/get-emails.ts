import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { pageOf } from '@/api/schemas/common';
import { emailMessageSchema } from '@/api/schemas/invitations';
import { queryKeys, type MailboxParams } from '@/api/query-keys';

const emailPageSchema = pageOf(emailMessageSchema);

/** GET /api/mailbox — the outbox, newest first, optionally for one recipient. */
export function getEmails(p: MailboxParams, signal?: AbortSignal) {
  return request('/mailbox', emailPageSchema, {
    query: { page: p.page, pageSize: p.pageSize, to: p.to },
    signal,
  });
}

export const emailsQuery = (p: MailboxParams) =>
  queryOptions({
    queryKey: queryKeys.mailbox.list(p),
    queryFn: ({ signal }) => getEmails(p, signal),
    placeholderData: keepPreviousData,
  });

export function useEmails(p: MailboxParams) {
  return useQuery(emailsQuery(p));
}
