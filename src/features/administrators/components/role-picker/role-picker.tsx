import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMarketoInstances, useProducts, useProfiles, useUserGroups } from '@/api/catalog-queries';
import type { GrantPolicy } from '@/api/rules/grant-rules';
import type { RoleGrant, RoleId } from '@/api/schemas/roles';
import { ErrorState } from '@/components/query-states';
import { RoleCard } from './role-card';
import type { RoleDraft } from '../../model/role-draft';
import { ScopeSelect } from './scope-select';
import { SupportOptions } from './support-options';

interface Props {
  value: RoleDraft;
  onChange: (next: RoleDraft) => void;
  /** What the signed-in admin may grant: only these roles (and products) are shown. */
  policy: GrantPolicy;
  disabled?: boolean;
  /** A message per role (from the server): under the role's scope, or under the role itself. */
  errors?: Partial<Record<RoleId, string>>;
  /** The roles the person holds already (Add admin, an existing user): marked `Already assigned`. */
  held?: readonly RoleGrant[];
}

/** Roles whose messages go under their scope field rather than under the role. */
const SCOPED = new Set<RoleId>(['product', 'productProfile', 'userGroup']);

/** One card per role the admin may grant, each with a switch and, when on, its scope. */
export function RolePicker({ value, onChange, policy, disabled, errors = {}, held = [] }: Props) {
  const { t } = useTranslation('addAdmin');
  const idPrefix = useId();
  const products = useProducts();
  const profiles = useProfiles();
  const groups = useUserGroups();
  const instances = useMarketoInstances();
  // A list that failed to load (one that failed to re-read keeps its names on screen).
  const failed = [products, profiles, groups, instances].find((q) => q.isError && q.data === undefined);

  const own = (productId: string) => policy.productIds === 'all' || policy.productIds.includes(productId);

  const toggle = (role: RoleId, on: boolean) => {
    const enabled = on ? [...value.enabled, role] : value.enabled.filter((r) => r !== role);
    onChange({ ...value, enabled });
  };

  // What is held already, in words: the whole role, or the scope it is held for.
  const nameIn = (list: { id: string; name: string }[] | undefined, id: string) =>
    list?.find((x) => x.id === id)?.name ?? id;
  const namesOf = (list: { id: string; name: string }[] | undefined, ids: readonly string[]) =>
    ids.map((id) => nameIn(list, id)).join(', ');
  const heldNote = (role: RoleId): string | undefined => {
    const g = held.find((r) => r.role === role);
    if (!g) return undefined;
    const names =
      g.role === 'product'
        ? namesOf(products.data, g.productIds)
        : g.role === 'productProfile'
          ? namesOf(profiles.data, g.profileIds)
          : g.role === 'userGroup'
            ? namesOf(groups.data, g.groupIds)
            : g.role === 'support'
              ? [
                  ...(g.basic ? [t('common:roles.basicSupport')] : []),
                  ...(g.productSupport
                    ? g.instanceIds.map((id) =>
                        t('roles.instanceOption', { name: nameIn(instances.data, id) }),
                      )
                    : []),
                ].join(', ')
              : '';
    return names ? t('roles.alreadyAssignedFor', { names }) : t('roles.alreadyAssigned');
  };

  if (policy.roles.length === 0) return <Alert severity="info">{t('roles.noneGrantable')}</Alert>;

  const scopeOf = (role: RoleId) => {
    switch (role) {
      case 'product':
        return (
          <ScopeSelect
            label={t('roles.products')}
            loading={products.data === undefined}
            options={(products.data ?? []).filter((p) => own(p.id)).map((p) => ({ id: p.id, label: p.name }))}
            value={value.productIds}
            onChange={(productIds) => onChange({ ...value, productIds })}
            error={Boolean(errors.product)}
            helperText={errors.product}
          />
        );
      case 'productProfile':
        return (
          <ScopeSelect
            label={t('roles.profiles')}
            loading={profiles.data === undefined}
            options={(profiles.data ?? [])
              .filter((p) => own(p.productId))
              .map((p) => ({ id: p.id, label: p.name }))}
            value={value.profileIds}
            onChange={(profileIds) => onChange({ ...value, profileIds })}
            error={Boolean(errors.productProfile)}
            helperText={errors.productProfile}
          />
        );
      case 'userGroup':
        return (
          <ScopeSelect
            label={t('roles.groups')}
            loading={groups.data === undefined}
            options={(groups.data ?? []).map((g) => ({ id: g.id, label: g.name }))}
            value={value.groupIds}
            onChange={(groupIds) => onChange({ ...value, groupIds })}
            error={Boolean(errors.userGroup)}
            helperText={errors.userGroup}
          />
        );
      case 'support':
        return (
          <SupportOptions
            idPrefix={idPrefix}
            value={value}
            onChange={onChange}
            instances={instances.data ?? []}
            loading={instances.data === undefined}
          />
        );
      default:
        return null;
    }
  };

  return (
    <Stack spacing={1.5}>
      {failed ? (
        <ErrorState
          error={failed.error}
          what={t('roles.catalogFailed')}
          onRetry={() => {
            for (const q of [products, profiles, groups, instances]) if (q.isError) void q.refetch();
          }}
        />
      ) : null}
      {policy.roles.map((role) => (
        <RoleCard
          key={role}
          id={`${idPrefix}-${role}`}
          name={t(`common:roles.${role}`)}
          description={t(`roles.descriptions.${role}`)}
          checked={value.enabled.includes(role)}
          onToggle={(on) => toggle(role, on)}
          disabled={disabled ?? false}
          error={SCOPED.has(role) ? undefined : errors[role]}
          note={heldNote(role)}
          held={(role === 'system' || role === 'deployment') && held.some((r) => r.role === role)}
        >
          {scopeOf(role)}
        </RoleCard>
      ))}
    </Stack>
  );
}
