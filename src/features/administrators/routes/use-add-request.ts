import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { userQuery } from '@/api/user-queries';
import { supportPresetOf } from '@/lib/add-admin-link';
import { supportPresetDraft } from '../model/role-draft';
import { useAddAdminDraft } from '../stores/add-admin-draft';

/**
 * `?add=1` (a link such as the support portal's `Add admin`) opens the wizard once, for those who may add admins;
 * `&user=<userId>` (a user's `Make admin`) opens it with that person chosen, read from the directory first. The
 * parameters then leave the URL. A person who cannot be read (removed since) gives the empty wizard.
 * `&support=…` (Support coverage, the support gate) starts a fresh draft with Support administrator preselected.
 */
export function useAddRequest(sessionReady: boolean, canAddAdmins: boolean): void {
  const [params, setParams] = useSearchParams();
  const queryClient = useQueryClient();
  const openWizard = useAddAdminDraft((s) => s.openWizard);
  const openWizardFor = useAddAdminDraft((s) => s.openWizardFor);
  const addRequested = params.get('add') === '1';
  const userId = params.get('user');
  const support = params.get('support');
  useEffect(() => {
    if (!addRequested || !sessionReady) return undefined;
    let live = true;
    const done = () =>
      setParams(
        (prev) => {
          const p = new URLSearchParams(prev);
          p.delete('add');
          p.delete('user');
          p.delete('support');
          return p;
        },
        { replace: true },
      );
    if (!canAddAdmins || !userId) {
      const preset = supportPresetOf(support);
      if (canAddAdmins && preset) {
        const draft = useAddAdminDraft.getState();
        draft.clear();
        draft.setRoles(supportPresetDraft(preset));
      }
      if (canAddAdmins) openWizard();
      done();
      return undefined;
    }
    queryClient
      .fetchQuery(userQuery(userId))
      .then(
        (u) => {
          if (live)
            openWizardFor({ kind: 'existing', id: u.id, name: u.name, email: u.email, idType: u.idType });
        },
        () => {
          if (live) openWizard();
        },
      )
      .finally(() => {
        if (live) done();
      });
    return () => {
      live = false;
    };
  }, [
    addRequested,
    userId,
    support,
    sessionReady,
    canAddAdmins,
    openWizard,
    openWizardFor,
    queryClient,
    setParams,
  ]);
}
