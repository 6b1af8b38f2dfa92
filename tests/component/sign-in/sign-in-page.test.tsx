import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionUserId } from '@mocks/auth';
import { PEOPLE, renderApp } from '@tests/utils';

describe('Sign-in page', () => {
  it('signs in with a valid email and goes to the Administrators page', async () => {
    const { user, router } = await renderApp('/sign-in', { as: null });
    await user.type(await screen.findByLabelText('Email'), 'Priya.Natarajan@acme.example');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/users/administrators'));
    expect(sessionUserId()).toBe(PEOPLE.priya.id);
  });

  it('says what is wrong with an invalid email and stays on the page', async () => {
    const { user, router } = await renderApp('/sign-in', { as: null });
    await user.type(await screen.findByLabelText('Email'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Enter a valid email address, like name@example.com.')).toBeVisible();
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('says when no account uses the email', async () => {
    const { user } = await renderApp('/sign-in', { as: null });
    await user.type(await screen.findByLabelText('Email'), 'nobody@nowhere.example');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText(/No account uses this email in this demo/)).toBeVisible();
    expect(sessionUserId()).toBeNull();
  });

  it('prefills the email from the address and returns to ?next=', async () => {
    const { user, router } = await renderApp('/sign-in?email=jonas.weber%40acme.example&next=%2Fmailbox', {
      as: null,
    });
    expect(await screen.findByLabelText('Email')).toHaveValue('jonas.weber@acme.example');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/mailbox'));
  });

  it('never follows a next= pointing to another site', async () => {
    const { user, router } = await renderApp('/sign-in?next=%2F%2Fevil.example', { as: null });
    await user.type(await screen.findByLabelText('Email'), 'sam.rivera@acme.example');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/users/administrators'));
  });

  it('lists every demo account with its roles; a click signs in as that person', async () => {
    const { user, router } = await renderApp('/sign-in', { as: null });
    const list = await screen.findByRole('heading', { name: 'Demo accounts' });
    expect(list).toBeVisible();
    expect(screen.getByRole('button', { name: /Seán O'Brien/ })).toBeVisible();
    expect(
      screen.getByRole('button', { name: /Jonas Weber.*Marketo Engage – Acme Production/ }),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: /Amara Okafor/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/users/administrators'));
    expect(sessionUserId()).toBe(PEOPLE.amara.id);
  });

  it('a plain user lands on the no-access page', async () => {
    const { user } = await renderApp('/sign-in', { as: null });
    await user.click(await screen.findByRole('button', { name: /Camille Martin/ }));
    expect(
      await screen.findByRole('heading', { name: 'You have no access to the Admin Console' }),
    ).toBeVisible();
  });
});
