import { waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectFocusedHeading, renderApp } from '@tests/utils';

const SAM = 'sam.rivera@acme.example';
const AMARA = 'amara.okafor@acme.example';
const JONAS = 'jonas.weber@acme.example';

describe('Support portal gating', () => {
  it.each(['/support', '/support/cases/new', '/support/cases', '/support/cases/E-123456'])(
    'tells Sam (System administrator, not Support administrator) to ask for the role at %s, with no form',
    async (route) => {
      const { screen } = await renderApp(route, { as: SAM });
      expect(
        await screen.findByRole(
          'heading',
          { name: 'You need the Support administrator role' },
          { timeout: 5000 },
        ),
      ).toBeInTheDocument();
      expect(
        screen.getByText(/Only a System administrator can assign the Support administrator role/),
      ).toBeInTheDocument();
      expect(screen.queryByRole('link', { name: 'Support' })).not.toBeInTheDocument();
      for (const name of [/create case/i, /open a support ticket/i, /open ticket/i, /submit case/i]) {
        expect(screen.queryByRole('link', { name })).not.toBeInTheDocument();
        expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
      }
      expect(screen.queryByRole('combobox', { name: /product/i })).not.toBeInTheDocument();
      expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    },
  );

  it('sends a signed-out visitor to sign-in and back', async () => {
    const { router, screen } = await renderApp('/support/cases/new', { as: null });
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(screen.queryByRole('button', { name: 'Submit case' })).not.toBeInTheDocument();
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/support/cases/new')}`);
  });

  it('shows Amara (Basic support) the home: open cases, Open a support ticket, articles, sidebar', async () => {
    const { screen, user, router } = await renderApp('/support', { as: AMARA });
    await expectFocusedHeading({ level: 1, name: 'Support' });
    const sidebar = screen.getByRole('navigation', { name: 'Support' });
    for (const name of ['Home', 'Open ticket', 'My cases']) {
      expect(within(sidebar).getByRole('link', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('heading', { name: 'Top articles' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Learning resources' })).toBeInTheDocument();
    expect(await screen.findByText('You have no open cases.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Open a support ticket' }));
    expect(router.state.location.pathname).toBe('/support/cases/new');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Open a support ticket' }),
    ).toBeInTheDocument();
  });

  it('offers Amara every product except Marketo Engage', async () => {
    const { screen } = await renderApp('/support/cases/new', { as: AMARA });
    const product = await screen.findByRole('combobox', { name: /^Product/ });
    const options = Array.from(product.querySelectorAll('option')).map((o) => o.textContent);
    expect(options).toContain('Adobe Analytics');
    expect(options).toContain('Adobe Experience Platform');
    expect(options).not.toContain('Marketo Engage');
    expect(options).toHaveLength(9);
  });

  it('offers Jonas (Product support) only Marketo Engage with only Acme Production', async () => {
    const { screen, user } = await renderApp('/support/cases/new', { as: JONAS });
    const product = await screen.findByRole('combobox', { name: /^Product/ });
    expect(Array.from(product.querySelectorAll('option')).map((o) => o.textContent)).toEqual([
      'Choose a product',
      'Marketo Engage',
    ]);
    await user.selectOptions(product, 'Marketo Engage');
    const instance = screen.getByRole('combobox', { name: /Marketo Engage instance/ });
    expect(Array.from(instance.querySelectorAll('option')).map((o) => o.textContent)).toEqual([
      'Choose an instance',
      'Acme Production',
    ]);
  });

  it('speaks French', async () => {
    const { screen } = await renderApp('/support', { as: AMARA, lang: 'fr' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Assistance' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ouvrir un ticket d’assistance' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ouvrir un ticket' })).toBeInTheDocument();
  });
});

describe('Case form in French', () => {
  it('names priorities, business impact and time zones in French', async () => {
    const { screen } = await renderApp('/support/cases/new', { as: AMARA, lang: 'fr' });
    await screen.findByRole('combobox', { name: /^Produit/ }, { timeout: 15_000 });
    for (const name of ['Faible', 'Moyenne', 'Élevée', 'Critique', 'Amériques', 'EMEA', 'APAC']) {
      expect(screen.getByRole('radio', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('radiogroup', { name: 'Priorité' })).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: 'Fuseau horaire du client' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Impact commercial/ })).toBeInTheDocument();
  }, 60_000);
});
