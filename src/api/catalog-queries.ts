import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from './zod';
import { request } from './client';
import {
  marketoInstanceSchema,
  productProfileSchema,
  productSchema,
  userGroupSchema,
} from './schemas/catalog';

/** Catalog reads shared by several features: products, profiles, groups, Marketo Engage instances. */
export const catalogKeys = {
  products: ['catalog', 'products'] as const,
  profiles: ['catalog', 'product-profiles'] as const,
  groups: ['catalog', 'user-groups'] as const,
  instances: ['catalog', 'marketo-instances'] as const,
};

const long = 5 * 60_000;

export const productsQuery = queryOptions({
  queryKey: catalogKeys.products,
  queryFn: ({ signal }) => request('/products', z.array(productSchema), { signal }),
  staleTime: long,
});
export const profilesQuery = queryOptions({
  queryKey: catalogKeys.profiles,
  queryFn: ({ signal }) => request('/product-profiles', z.array(productProfileSchema), { signal }),
  staleTime: long,
});
export const groupsQuery = queryOptions({
  queryKey: catalogKeys.groups,
  queryFn: ({ signal }) => request('/user-groups', z.array(userGroupSchema), { signal }),
  staleTime: long,
});
export const instancesQuery = queryOptions({
  queryKey: catalogKeys.instances,
  queryFn: ({ signal }) => request('/marketo-instances', z.array(marketoInstanceSchema), { signal }),
  staleTime: long,
});

export const useProducts = () => useQuery(productsQuery);
export const useProfiles = () => useQuery(profilesQuery);
export const useUserGroups = () => useQuery(groupsQuery);
export const useMarketoInstances = () => useQuery(instancesQuery);
