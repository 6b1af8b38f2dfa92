import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { setSession } from '@mocks/auth';
import { problem } from '@mocks/http';
import { runtime } from '@mocks/runtime';
import { findUserByEmail } from '@mocks/services/users';
import { expectFocusedHeading, PEOPLE, renderApp, server } from '@tests/utils';
import { basicSupport, grantAsSam, post } from './helpers';

const auditCount = (event: string) => [...runtime().db.all('audit')].filter((a) => a.event === event).length;

/** Whole-app flows with many keystrokes: generous on a busy CI machine. */
const SLOW_FLOW_MS = 60_000;

describe('Invitation acceptance', () => {
  it(
    'a new user signs in from Get started, sets up a profile and becomes an active admin',
    async () => {
      const token = await grantAsSam({ newUser: { email: 'new.person@acme.example' }, roles: basicSupport });
      const { user, router } = await renderApp(`/invitations/${token}`, { as: null });
      await expectFocusedHeading({ name: 'Your administrator rights for Acme Corp' });
      expect(screen.getByText('Basic support administrator')).toBeVisible();
      await user.click(screen.getByRole('button', { name: 'Get started' }));

      expect(await screen.findByLabelText('Email')).toHaveValue('new.person@acme.example');
      expect(router.state.location.search).toContain('next=%2Finvitations%2F');
      await user.click(screen.getByRole('button', { name: 'Continue' }));

      await expectFocusedHeading({ name: 'Set up your profile' });
      // The optional support phone number, with the international rule (issue #17 item 5).
      const phone = screen.getByRole('textbox', { name: 'Support phone number' });
      await user.click(phone);
      await user.paste('01 23 45 67 89');
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      expect(await screen.findAllByText('Enter a name.')).toHaveLength(2);
      expect(screen.getByText('Choose a country or region.')).toBeVisible();
      expect(phone).toHaveAccessibleDescription(/Enter an international number/);
      await user.clear(phone);
      await user.paste('+33 1 23 45 67 89');

      await user.type(screen.getByLabelText(/First name/), 'Nia');
      await user.type(screen.getByLabelText(/Last name/), 'Park');
      await user.selectOptions(screen.getByLabelText(/Country\/region/), 'FR');
      await user.click(screen.getByRole('button', { name: 'Continue' }));

      await waitFor(() => expect(router.state.location.pathname).toBe('/users/administrators'));
      expect(await screen.findByText('Welcome! You are now an administrator of Acme Corp.')).toBeVisible();
      const person = findUserByEmail('new.person@acme.example')!;
      expect(person.name).toBe('Nia Park');
      expect(person.country).toBe('FR');
      expect(person.supportPhone).toBe('+33 1 23 45 67 89');
      expect(person.profiles).toEqual([expect.objectContaining({ name: 'Acme Corp', kind: 'business' })]);
      const admin = runtime().db.get('admins', person.id)!;
      expect(admin.status).toBe('active');
      expect(admin.acceptedAt).toBeTruthy();
      expect(runtime().db.get('invitations', token)?.status).toBe('accepted');
      expect(auditCount('invitation.accepted')).toBe(1);
    },
    SLOW_FLOW_MS,
  );

  it(
    'Alex Chen (two profiles) joins the team; the personal profile is refused, Acme Corp is accepted',
    async () => {
      const token = await grantAsSam({ userId: PEOPLE.alex.id, roles: basicSupport });
      const { user, router } = await renderApp(`/invitations/${token}`, { as: PEOPLE.alex.email });
      await user.click(await screen.findByRole('button', { name: 'Get started' }));
      await expectFocusedHeading({ name: 'Join the Acme Corp team' });
      await user.click(screen.getByRole('button', { name: 'Join team' }));

      await expectFocusedHeading({ name: 'Select a profile' });
      const group = screen.getByRole('radiogroup', { name: 'Profiles' });
      await user.click(within(group).getByRole('radio', { name: 'Personal profile' }));
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      expect(
        await screen.findByText(/Your personal profile does not give access to Acme Corp/),
      ).toBeVisible();
      expect(runtime().db.get('admins', PEOPLE.alex.id)?.status).toBe('pending');

      await user.click(within(group).getByRole('radio', { name: 'Acme Corp' }));
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      await waitFor(() => expect(router.state.location.pathname).toBe('/users/administrators'));
      expect(runtime().db.get('admins', PEOPLE.alex.id)?.status).toBe('active');
    },
    SLOW_FLOW_MS,
  );

  it('in French, the built-in personal profile is named in French (told by its kind, not its stored name)', async () => {
    const token = await grantAsSam({ userId: PEOPLE.alex.id, roles: basicSupport });
    const { user } = await renderApp(`/invitations/${token}`, { as: PEOPLE.alex.email, lang: 'fr' });
    await user.click(await screen.findByRole('button', { name: 'Commencer' }));
    await user.click(await screen.findByRole('button', { name: 'Rejoindre l’équipe' }));
    const group = await screen.findByRole('radiogroup', { name: 'Profils' });
    expect(within(group).getByRole('radio', { name: 'Profil personnel' })).toBeInTheDocument();
    expect(within(group).getByRole('radio', { name: 'Acme Corp' })).toBeInTheDocument();
  });

  it(
    'profile set-up: a 400 answer’s field errors go under their fields, translated, the rest above',
    async () => {
      const token = await grantAsSam({ newUser: { email: 'new.person@acme.example' }, roles: basicSupport });
      server.use(
        http.post(`/api/invitations/${token}/profile`, () =>
          problem(400, 'The request is not valid', {
            code: 'validation',
            errors: {
              firstName: ['validation.nameControlChars'],
              country: ['Invalid option: expected one of "AD"|"AE"'],
              phone: ['validation.invalid'],
            },
          }),
        ),
      );
      const { user } = await renderApp(`/invitations/${token}`, { as: 'new.person@acme.example' });
      await user.click(await screen.findByRole('button', { name: 'Get started' }));
      await expectFocusedHeading({ name: 'Set up your profile' });
      await user.type(screen.getByLabelText(/First name/), 'Nia');
      await user.type(screen.getByLabelText(/Last name/), 'Park');
      await user.selectOptions(screen.getByLabelText(/Country\/region/), 'FR');
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      const first = screen.getByRole('textbox', { name: /First name/ });
      await waitFor(() => expect(first).toHaveFocus());
      expect(first).toHaveAccessibleDescription('Remove the invisible control characters.');
      expect(screen.getByRole('combobox', { name: /Country\/region/ })).toHaveAccessibleDescription(
        'This value is not valid. Check it and try again.',
      );
      // Once under Country/region, once above the form for the field it does not have (phone).
      expect(screen.getAllByText('This value is not valid. Check it and try again.')).toHaveLength(2);
    },
    SLOW_FLOW_MS,
  );

  it('an invitee with a pending invitation is told to use Get started in the email', async () => {
    await grantAsSam({ userId: PEOPLE.camille.id, roles: basicSupport });
    await renderApp('/users/administrators', { as: PEOPLE.camille.email });
    expect(
      await screen.findByRole('heading', { name: 'Your administrator rights are not active yet' }),
    ).toBeVisible();
    expect(screen.getByText(/select Get started/)).toBeVisible();
  });

  it('signed in as someone else: says so and offers Switch account with the invitee prefilled', async () => {
    const token = await grantAsSam({ userId: PEOPLE.camille.id, roles: basicSupport });
    const { user } = await renderApp(`/invitations/${token}`, { as: PEOPLE.sam.email });
    expect(
      await screen.findByRole('heading', { name: 'This invitation is for another account' }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Get started' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Switch account' }));
    expect(await screen.findByLabelText('Email')).toHaveValue('camille.martin@acme.example');
  });

  it('the server refuses acceptance by someone else (403) and without a session (401)', async () => {
    const token = await grantAsSam({ userId: PEOPLE.camille.id, roles: basicSupport });
    expect((await post(`/api/invitations/${token}/accept`, { profileId: 'p-x' })).body.code).toBe(
      'wrong-account',
    );
    setSession(null);
    expect((await post(`/api/invitations/${token}/accept`, { profileId: 'p-x' })).status).toBe(401);
  });
});
