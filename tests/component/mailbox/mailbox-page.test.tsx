import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { runtime } from '@mocks/runtime';
import { PEOPLE, renderApp } from '@tests/utils';
import { grant } from './grant';

describe('Mailbox', () => {
  it('shows an empty state before any email was sent', async () => {
    await renderApp('/mailbox');
    expect(await screen.findByText('No emails yet')).toBeVisible();
  });

  it('shows the invitation email of a Product support grant with instances by name and a Get started link', async () => {
    const { invitation } = await grant(PEOPLE.camille.id, [
      {
        role: 'support',
        basic: false,
        productSupport: true,
        instanceIds: ['mkto-acme-prod', 'mkto-acme-sandbox'],
      },
    ]);
    await renderApp('/mailbox');
    const email = await screen.findByRole('article', {
      name: 'Your administrator rights for the Adobe Admin Console',
    });
    const body = within(email);
    expect(body.getByText('message@adobe.com')).toBeVisible();
    expect(body.getByText('Camille Martin <camille.martin@acme.example>')).toBeVisible();
    expect(body.getByText('Hello Camille Martin,')).toBeVisible();
    expect(body.getByText(/administrator rights for Acme Corp/)).toBeVisible();
    expect(body.getByText('Product support administrator')).toBeVisible();
    expect(body.getByText('Marketo Engage - Acme Production')).toBeVisible();
    expect(body.getByText('Marketo Engage - Acme Sandbox')).toBeVisible();
    expect(body.queryByText('Marketo Engage - Acme EMEA Production')).not.toBeInTheDocument();
    expect(body.getByText(/open and follow support cases for the Marketo Engage instances/)).toBeVisible();
    expect(body.getByText(/select Join team, then choose the Acme Corp profile/)).toBeVisible();
    // Where to set the support phone number, with a link there (issue #17 item 5).
    expect(
      body.getByText(/add a support phone number .* open the account menu .* choose Profile/),
    ).toBeVisible();
    expect(body.getByRole('link', { name: 'Set your support phone number in your profile' })).toHaveAttribute(
      'href',
      '/profile',
    );
    expect(body.getByRole('link', { name: 'Get started' })).toHaveAttribute(
      'href',
      `/invitations/${invitation.token}`,
    );
  });

  it('lists scoped roles with their scope names and has no support reminder for other roles', async () => {
    await grant(PEOPLE.sean.id, [{ role: 'userGroup', groupIds: ['grp-web-analysts'] }]);
    await renderApp('/mailbox');
    const body = within(await screen.findByRole('article'));
    expect(body.getByText('User group administrator')).toBeVisible();
    expect(body.getByText('Web Analysts')).toBeVisible();
    expect(body.queryByText(/support phone number/)).not.toBeInTheDocument();
  });

  it('lists emails newest first, opens the one selected and filters by recipient', async () => {
    await grant(PEOPLE.camille.id, [
      { role: 'support', basic: true, productSupport: false, instanceIds: [] },
    ]);
    runtime().setClockOffset(60_000); // the second email is a minute later
    await grant(PEOPLE.sean.id, [{ role: 'deployment' }]);
    const { user } = await renderApp('/mailbox');
    const list = await screen.findByRole('list', { name: 'Emails' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons).toHaveLength(2);
    expect(buttons[0]).toHaveTextContent("Seán O'Brien");
    expect(within(screen.getByRole('article')).getByText("Hello Seán O'Brien,")).toBeVisible();
    await user.click(buttons[1]!);
    const body = within(screen.getByRole('article'));
    expect(body.getByText('Basic support administrator')).toBeVisible();
    expect(body.getByText(/add a support phone number/)).toBeVisible();

    // The filter is a named search landmark (the page's only one, still worth a name).
    expect(screen.getByRole('search', { name: 'Filter the emails' })).toContainElement(
      screen.getByLabelText('Recipient email'),
    );
    // Part of an address, in any case (issue #13 item 13).
    await user.type(screen.getByLabelText('Recipient email'), 'SEAN');
    await user.click(screen.getByRole('button', { name: 'Filter' }));
    expect(await within(list).findAllByRole('button')).toHaveLength(1);
    expect(within(screen.getByRole('list', { name: 'Emails' })).getByRole('button')).toHaveTextContent(
      'sean.obrien',
    );
  });

  // Issue #18 item 11: an email is written in its recipient's language (Élodie chose French), whatever the
  // reader's; the mailbox's own labels stay the reader's.
  it('writes each email in its recipient’s language, whatever the reader’s', async () => {
    await grant(PEOPLE.elodie.id, [{ role: 'support', basic: true, productSupport: false, instanceIds: [] }]);
    const { unmount } = await renderApp('/mailbox');
    const french = await screen.findByRole('article', {
      name: 'Vos droits d’administrateur pour l’Admin Console d’Adobe',
    });
    expect(french).toHaveAttribute('lang', 'fr');
    expect(within(french).getByText('Administrateur d’assistance de base')).toBeVisible();
    expect(within(french).getByText(/Rejoindre l’équipe/)).toBeVisible();
    expect(within(french).getByRole('link', { name: 'Commencer' })).toBeVisible();
    expect(within(french).getByText('From')).toBeVisible();
    unmount();

    await grant(PEOPLE.camille.id, [{ role: 'deployment' }]);
    await renderApp('/mailbox', { lang: 'fr' });
    const list = await screen.findByRole('list', { name: 'E-mails' });
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      expect.stringContaining('Your administrator rights for the Adobe Admin Console'),
      expect.stringContaining('Vos droits d’administrateur pour l’Admin Console d’Adobe'),
    ]);
    const english = screen.getByRole('article', {
      name: 'Your administrator rights for the Adobe Admin Console',
    });
    expect(within(english).getByRole('link', { name: 'Get started' })).toBeVisible();
    expect(within(english).getByText('De')).toBeVisible();
  });
});
