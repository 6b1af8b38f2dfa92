import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from './zod';
import { request } from './client';
import { queryKeys } from './query-keys';
import {
  marketoInstanceSchema,
  productProfileSchema,
  productSchema,
  userGroupSchema,
} from './schemas/catalog';

/** Catalogue reads shared by several features: products, profiles, groups, Marketo Engage instances. */

const long = 5 * 60_000;

export const productsQuery = queryOptions({
  queryKey: queryKeys.catalogue.products(),
  queryFn: ({ signal }) => request('/products', z.array(productSchema), { signal }),
  staleTime: long,
});
export const profilesQuery = queryOptions({
  queryKey: queryKeys.catalogue.profiles(),
  queryFn: ({ signal }) => request('/product-profiles', z.array(productProfileSchema), { signal }),
  staleTime: long,
});
export const groupsQuery = queryOptions({
  queryKey: queryKeys.catalogue.groups(),
  queryFn: ({ signal }) => request('/user-groups', z.array(userGroupSchema), { signal }),
  staleTime: long,
});
export const instancesQuery = queryOptions({
  queryKey: queryKeys.catalogue.instances(),
  queryFn: ({ signal }) => request('/marketo-instances', z.array(marketoInstanceSchema), { signal }),
  staleTime: long,
});

export const useProducts = () => useQuery(productsQuery);
export const useProfiles = () => useQuery(profilesQuery);
export const useUserGroups = () => useQuery(groupsQuery);
export const useMarketoInstances = () => useQuery(instancesQuery);
