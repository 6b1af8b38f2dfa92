import Box from '@mui/material/Box';
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMarketoInstances, useProducts, useProfiles, useUserGroups } from '@/api/catalog-queries';
import { rightsPreviewOf, type NameKind } from '@/api/rules/rights-preview';
import type { RoleGrant } from '@/api/schemas/roles';

type Named = { id: string; name: string }[] | undefined;

/**
 * `What they will be able to do`: the chosen roles in plain language, updated as the selection changes and
 * announced politely (the list is a live region; focus never moves).
 */
export function RightsPreview({ roles }: { roles: readonly RoleGrant[] }) {
  const { t, i18n } = useTranslation('addAdmin');
  const headingId = useId();
  const lists: Record<NameKind, Named> = {
    product: useProducts().data,
    profile: useProfiles().data,
    group: useUserGroups().data,
    instance: useMarketoInstances().data,
  };
  // A list still loading shows an ellipsis, an id no longer in a loaded list says so: never a raw id.
  const nameOf = (kind: NameKind, id: string) => {
    const list = lists[kind];
    return list ? (list.find((x) => x.id === id)?.name ?? t('roles.unknownOption')) : '…';
  };
  const { statements, note } = rightsPreviewOf(roles, nameOf);
  const others = note
    ? new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
        note.roles.map((r) => t(`common:roles.${r}`)),
      )
    : '';
  return (
    // On wider screens it stays in sight at the bottom of the dialog while the roles above it scroll.
    <Box
      component="section"
      aria-labelledby={headingId}
      sx={{
        position: { xs: 'static', sm: 'sticky' },
        // Down to the dialog's edge, over the content's bottom padding (MUI's DialogContent has 20 px).
        bottom: -20,
        pb: { sm: 2.5 },
        zIndex: 1,
        bgcolor: 'background.paper',
        borderTop: 1,
        borderColor: 'divider',
        pt: 1,
        maxHeight: { sm: '35vh' },
        overflowY: 'auto',
      }}
    >
      <Typography id={headingId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {t('rightsPreview.title')}
      </Typography>
      <div aria-live="polite">
        <Typography component="ul" variant="body2" sx={{ my: 0.5, pl: 3 }}>
          {statements.map((s) => (
            <li key={`${s.key}|${Object.values(s.params ?? {}).join('|')}`}>{t(s.key, s.params)}</li>
          ))}
        </Typography>
        {note && (
          // A note, not an alert: the region around it already announces it politely.
          <Alert severity="warning" role="note" sx={{ mt: 1 }}>
            {t(note.key, { roles: others })}
          </Alert>
        )}
      </div>
    </Box>
  );
}
