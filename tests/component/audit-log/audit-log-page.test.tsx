import Papa from 'papaparse';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setSession } from '@mocks/auth';
import { runtime } from '@mocks/runtime';
import { writeAudit } from '@mocks/services/audit-log';
import { PEOPLE, buildUser, renderApp } from '@tests/utils';
import { basicSupport, grantAsSam } from '../invitations/helpers';

afterEach(() => vi.restoreAllMocks());

/** Capture what the Export CSV button hands to the browser. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: (b: Blob) => {
      blobs.push(b);
      return 'blob:audit';
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

/** Whole-app flows with many keystrokes: generous on a busy CI machine. */
const SLOW_FLOW_MS = 60_000;

describe('Audit log', () => {
  it(
    'lists grants and invitations newest first (a grant before its invitation) with translated events, and filters by event and person',
    async () => {
      await grantAsSam({ userId: PEOPLE.camille.id, roles: basicSupport });
      runtime().setClockOffset(60_000);
      await grantAsSam({ userId: PEOPLE.elodie.id, roles: [{ role: 'deployment' }] });
      const { user } = await renderApp('/insights/audit-log');
      const table = await screen.findByRole('table', { name: 'Audit log entries' });
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows).toHaveLength(4);
      // Newest first: the invitation a grant sends is listed above the grant (issue #18 item 19).
      expect(rows[0]).toHaveTextContent('Invitation sent');
      expect(rows[0]).toHaveTextContent('Élodie Dubois');
      expect(rows[1]).toHaveTextContent('Admin rights granted');
      expect(rows[1]).toHaveTextContent('Granted: Deployment');
      expect(rows[3]).toHaveTextContent('Camille Martin');

      await user.selectOptions(screen.getByLabelText('Event'), 'Invitation sent');
      await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(3));

      await user.type(screen.getByRole('searchbox', { name: 'Person' }), 'elodie');
      await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));
      expect(within(screen.getByRole('table')).getAllByRole('row')[1]).toHaveTextContent(
        'Email sent to elodie.dubois@acme.example',
      );
    },
    SLOW_FLOW_MS,
  );

  it('says when no entry matches the filters and clears them', async () => {
    await grantAsSam({ userId: PEOPLE.camille.id, roles: basicSupport });
    const { user } = await renderApp('/insights/audit-log?person=nobody');
    expect(await screen.findByText('No audit entries match these filters')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByRole('table')).toBeVisible();
    expect(screen.getByRole('searchbox', { name: 'Person' })).toHaveValue('');
  });

  it(
    'exports the filtered entries as a real CSV with safe cells',
    async () => {
      const payload = buildUser({
        firstName: '=cmd|calc',
        lastName: '<b>Bold</b>, "Q"',
        email: 'payload@acme.example',
      });
      runtime().db.put('users', payload.id, payload);
      // An entry stored in English by an older version (detail kept as text) exports as written.
      writeAudit(
        'admin.granted',
        { kind: 'text', text: 'Granted: System, "all"' },
        { kind: 'administrator' },
        payload,
        runtime().db.get('users', PEOPLE.sam.id),
      );
      writeAudit('user.created', { kind: 'userCreated', idType: 'adobe' }, { kind: 'user' }, payload, null);
      const { blobs, names } = captureDownloads();
      const { user } = await renderApp('/insights/audit-log');
      await screen.findByRole('table');
      await user.selectOptions(screen.getByLabelText('Event'), 'Admin rights granted');
      await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));
      await user.click(screen.getByRole('button', { name: 'Export CSV' }));
      await waitFor(() => expect(blobs).toHaveLength(1));
      expect(names[0]).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
      const text = (await blobs[0]!.text()).replace(/^\uFEFF/, '');
      const rows = Papa.parse<string[]>(text.trim()).data;
      expect(rows[0]).toEqual(['Date', 'Event', 'Detail', 'Object', 'Affected user', 'Admin']);
      expect(rows).toHaveLength(2);
      expect(rows[1]?.[1]).toBe('Admin rights granted');
      expect(rows[1]?.[2]).toBe('Granted: System, "all"');
      expect(rows[1]?.[3]).toBe('Administrator');
      expect(rows[1]?.[4]).toBe('\'=cmd|calc <b>Bold</b>, "Q" (payload@acme.example)');
      expect(rows[1]?.[5]).toBe('Sam Rivera (sam.rivera@acme.example)');
    },
    SLOW_FLOW_MS,
  );

  it('shows an empty state when nothing happened yet', async () => {
    await renderApp('/insights/audit-log');
    expect(await screen.findByText('No audit entries')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  });

  it('is for admins only: the API answers 403 to a plain user and 401 when signed out', async () => {
    setSession(PEOPLE.camille.id);
    expect((await fetch('/api/audit')).status).toBe(403);
    setSession(null);
    expect((await fetch('/api/audit')).status).toBe(401);
  });

  it('speaks French, the entries written by the backend included', async () => {
    await grantAsSam({
      userId: PEOPLE.camille.id,
      roles: [{ role: 'support', basic: true, productSupport: true, instanceIds: ['mkto-acme-prod'] }],
    });
    await renderApp('/insights/audit-log', { lang: 'fr' });
    const table = await screen.findByRole('table', { name: 'Entrées du journal d’audit' });
    const [sent, granted] = within(table).getAllByRole('row').slice(1);
    expect(within(sent!).getByText('Invitation envoyée')).toBeVisible();
    expect(within(sent!).getByText('E-mail envoyé à camille.martin@acme.example')).toBeVisible();
    expect(within(sent!).getByText('Invitation')).toBeVisible();
    // Role names from the locale files, the instance's name from the catalogue.
    expect(
      await within(granted!).findByText(
        'Attribué : Assistance de base, Assistance produit (Marketo Engage - Acme Production)',
      ),
    ).toBeVisible();
    expect(within(granted!).getByText('Administrateur')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Exporter au format CSV' })).toBeVisible();
  });
});
