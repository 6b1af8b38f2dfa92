import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from '@/api/zod';
import { request } from '@/api/client';
import { supportProductSchema } from '@/api/schemas/support';
import { queryKeys } from '@/api/query-keys';

/** GET /api/support/products: the products (and Marketo Engage instances) this person may open cases for. */
export function getSupportProducts(signal?: AbortSignal) {
  return request('/support/products', z.array(supportProductSchema), { signal });
}

export const supportProductsQuery = queryOptions({
  queryKey: queryKeys.support.products(),
  queryFn: ({ signal }) => getSupportProducts(signal),
  staleTime: 5 * 60_000,
});

export const useSupportProducts = () => useQuery(supportProductsQuery);
