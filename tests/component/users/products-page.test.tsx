import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { expectFocusedHeading, renderApp, server } from '@tests/utils';

describe('Products page', () => {
  it('lists every product with its number of product profiles, and the Marketo Engage instances', async () => {
    await renderApp('/products');
    await expectFocusedHeading({ level: 1, name: 'Products' });
    const table = await screen.findByRole('table', { name: /Products of the organisation/ });
    const names = within(table)
      .getAllByRole('rowheader')
      .map((c) => c.textContent);
    expect(names).toHaveLength(9);
    expect(names).toContain('Marketo Engage');
    expect(names).toContain('Adobe Analytics');
    for (const row of within(table).getAllByRole('row').slice(1)) {
      expect(Number(within(row).getByRole('cell').textContent)).toBeGreaterThan(0);
    }
    // Issue #18 item 20: each Marketo Engage instance with its Munchkin ID.
    const instances = screen.getByRole('table', { name: 'Marketo Engage instances and their Munchkin IDs' });
    const rows = within(instances)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [within(r).getByRole('rowheader').textContent, within(r).getByRole('cell').textContent]);
    expect(rows).toEqual([
      ['Acme Production', '123-ABC-456'],
      ['Acme Sandbox', '789-XYZ-012'],
      ['Acme EMEA Production', '345-DEF-678'],
    ]);
  });

  it('shows an empty state', async () => {
    server.use(http.get('/api/products', () => HttpResponse.json([])));
    await renderApp('/products');
    expect(await screen.findByText('No products yet')).toBeVisible();
  });

  it('shows an error with Retry', async () => {
    let fail = true;
    server.use(
      http.get('/api/product-profiles', () =>
        fail ? HttpResponse.json({ title: 'Boom', status: 500 }, { status: 500 }) : undefined,
      ),
    );
    const { user } = await renderApp('/products');
    expect(await screen.findByText(/Could not load products\./)).toBeVisible();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('rowheader', { name: 'Marketo Engage' })).toBeVisible();
  });

  it('is in French', async () => {
    await renderApp('/products', { lang: 'fr' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Produits' })).toBeVisible();
    expect(await screen.findByRole('columnheader', { name: 'Profils de produits' })).toBeVisible();
  });
});
