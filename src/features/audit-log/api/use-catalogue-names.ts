import { useMemo } from 'react';
import { useMarketoInstances, useProducts, useProfiles, useUserGroups } from '@/api/catalog-queries';
import { NO_NAMES, type CatalogueNames } from '../audit-text';

const byId = (list: readonly { id: string; name: string }[] | undefined) =>
  new Map((list ?? []).map((x) => [x.id, x.name]));

/** The catalogue's names by id (products, profiles, groups, instances) for the audit log's text. */
export function useCatalogueNames(): CatalogueNames {
  const products = useProducts().data;
  const profiles = useProfiles().data;
  const groups = useUserGroups().data;
  const instances = useMarketoInstances().data;
  return useMemo(
    () =>
      products || profiles || groups || instances
        ? {
            products: byId(products),
            profiles: byId(profiles),
            groups: byId(groups),
            instances: byId(instances),
          }
        : NO_NAMES,
    [products, profiles, groups, instances],
  );
}
