import Box from '@mui/material/Box';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '@/api/client';
import { useNotify } from '@/components/notifier';
import { ErrorState, LoadingState } from '@/components/query-states';
import { describeError } from '@/lib/errors';
import { useSession } from '@/session/session-api';
import { useAcceptInvitation } from '../api/accept-invitation';
import { useInvitation } from '../api/get-invitation';
import { useSetUpProfile } from '../api/set-up-profile';
import { InvitationOverview } from '../components/invitation-overview';
import { JoinTeam } from '../components/join-team';
import { LinkProblemPage } from '../components/link-problem';
import { ProfileForm } from '../components/profile-form';
import { SelectProfile } from '../components/select-profile';

type Step = 'overview' | 'profile' | 'join' | 'select';

/** `/invitations/:token`: Get started → sign in → set up a profile or Join team → Select a profile → active admin. */
export function InvitationPage() {
  const { t } = useTranslation('invitations');
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const notify = useNotify();
  const invitation = useInvitation(token);
  const session = useSession();
  const accept = useAcceptInvitation(token);
  const setUp = useSetUpProfile(token);
  const [step, setStep] = useState<Step>('overview');
  const autoStarted = useRef(false);

  const inv = invitation.data;
  const me = session.data ?? null;
  const isInvitee = Boolean(inv && me && me.user.email.toLowerCase() === inv.email.toLowerCase());
  const org = inv?.orgName ?? '';

  const start = () => {
    if (!inv) return;
    if (!me) {
      const next = `/invitations/${token}`;
      void navigate(`/sign-in?email=${encodeURIComponent(inv.email)}&next=${encodeURIComponent(next)}`);
    } else if (isInvitee) {
      setStep(me.user.profiles.length === 0 ? 'profile' : 'join');
    }
  };

  // Back from signing in (Get started was already chosen): go straight to the next step.
  const fromSignIn = (location.state as { fromSignIn?: boolean } | null)?.fromSignIn === true;
  useEffect(() => {
    if (autoStarted.current || !fromSignIn || !inv || inv.status !== 'pending' || !isInvitee) return;
    autoStarted.current = true;
    start();
  });

  const doAccept = (profileId: string) =>
    accept.mutate(profileId, {
      onSuccess: () => {
        notify(t('accepted', { org }));
        void navigate('/users/administrators', { replace: true });
      },
    });

  const acceptMessage = (() => {
    const e = accept.error;
    if (!e) return null;
    if (e instanceof ApiError && e.code === 'personal-profile') return t('errors.personalProfile', { org });
    if (e instanceof ApiError && e.code === 'unknown-profile') return t('errors.unknownProfile');
    return describeError(e, t);
  })();

  if (invitation.isPending || session.isPending) return <LoadingState />;
  if (invitation.isError) {
    if (invitation.error instanceof ApiError && invitation.error.status === 404)
      return <LinkProblemPage problem="notFound" />;
    return <ErrorState error={invitation.error} what={t('what')} onRetry={() => void invitation.refetch()} />;
  }
  if (session.data === undefined)
    return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  const view = invitation.data;
  if (view.status !== 'pending' && !accept.isSuccess)
    return <LinkProblemPage problem={view.status} invitation={view} />;

  const profiles = me?.user.profiles ?? [];
  const onlyStep = step !== 'overview' && !isInvitee ? 'overview' : step;

  return (
    <Box sx={{ p: 3, maxWidth: 720, mx: 'auto' }}>
      {onlyStep === 'overview' && (
        <InvitationOverview
          invitation={view}
          session={me}
          onGetStarted={start}
          onSwitchAccount={() =>
            void navigate(
              `/sign-in?email=${encodeURIComponent(view.email)}&next=${encodeURIComponent(`/invitations/${token}`)}`,
            )
          }
        />
      )}
      {onlyStep === 'profile' && (
        <ProfileForm
          org={org}
          pending={setUp.isPending || accept.isPending}
          error={setUp.error}
          serverErrors={setUp.error instanceof ApiError ? setUp.error.fieldErrors : {}}
          onSubmit={(values) =>
            setUp.mutate(values, {
              onSuccess: (user) => {
                setStep('join');
                const profile = user.profiles[0];
                if (profile) doAccept(profile.id);
              },
              onError: (e) => {
                if (e instanceof ApiError && e.code === 'profile-exists') setStep('join');
              },
            })
          }
        />
      )}
      {onlyStep === 'join' && (
        <JoinTeam
          org={org}
          pending={accept.isPending}
          message={acceptMessage}
          onJoin={() => {
            if (profiles.length > 1) {
              accept.reset();
              setStep('select');
            } else if (profiles[0]) doAccept(profiles[0].id);
          }}
        />
      )}
      {onlyStep === 'select' && (
        <SelectProfile
          org={org}
          profiles={profiles}
          pending={accept.isPending}
          message={acceptMessage}
          onChoose={doAccept}
        />
      )}
    </Box>
  );
}
