/**
 * Organization cases (issue #17 item 3): what each persona's support role covers, filters kept in the URL,
 * `Download cases` as a formula-safe CSV; a case page shows Adobe Support's reply and its status (item 4).
 */
import Papa from 'papaparse';
import { waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runtime } from '@mocks/runtime';
import { renderApp } from '@tests/utils';

const AMARA = 'amara.okafor@acme.example';
const JONAS = 'jonas.weber@acme.example';

afterEach(() => vi.restoreAllMocks());

/** What `Download cases` hands to the browser. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: (b: Blob) => {
      blobs.push(b);
      return 'blob:cases';
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

const caseLinks = (table: HTMLElement) =>
  within(table)
    .getAllByRole('link')
    .map((l) => l.textContent);

describe('Organization cases', () => {
  it('shows Amara every covered case, filters in the URL, and downloads them as a formula-safe CSV', async () => {
    // A title a spreadsheet would run as a formula.
    const c6 = runtime().db.get('cases', 'E-000006')!;
    runtime().db.put('cases', c6.id, { ...c6, title: '=HYPERLINK("http://evil.example")' });
    const { blobs, names } = captureDownloads();
    const { screen, user, router } = await renderApp('/support/org-cases', { as: AMARA });
    const table = await screen.findByRole('table', { name: 'Organization cases' }, { timeout: 15_000 });
    expect(caseLinks(table)).toEqual(['E-000006', 'E-000001', 'E-000002', 'E-000005']);
    expect(within(table).getByRole('row', { name: /E-000006/ })).toHaveTextContent('Élodie Dubois');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'In progress');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Requestor' }), 'Élodie Dubois');
    await waitFor(() => expect(caseLinks(table)).toEqual(['E-000006']));
    expect(new URLSearchParams(router.state.location.search).get('status')).toBe('in-progress');
    expect(new URLSearchParams(router.state.location.search).get('requestor')).toBe('u-elodie-dubois');

    await user.click(screen.getByRole('button', { name: 'Download cases' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(names[0]).toMatch(/^organization-cases-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = Papa.parse<string[]>((await blobs[0]!.text()).replace(/^\uFEFF/, '')).data;
    expect(rows[0]!.slice(0, 6)).toEqual([
      'Case number',
      'Title',
      'Product',
      'Priority',
      'Status',
      'Requestor',
    ]);
    expect(rows.slice(1).filter((r) => r.length > 1)).toHaveLength(1);
    expect(rows[1]!.slice(0, 6)).toEqual([
      'E-000006',
      `'=HYPERLINK("http://evil.example")`,
      'Adobe Campaign',
      'High',
      'In progress',
      'Élodie Dubois',
    ]);
  }, 60_000);

  it('shows Jonas only his instance’s cases; a case outside it is not found', async () => {
    const first = await renderApp('/support/org-cases?priority=medium', { as: JONAS });
    const table = await first.screen.findByRole('table', { name: 'Organization cases' }, { timeout: 15_000 });
    // Medium: E-000008 (Acme Production); E-000007 (Acme Sandbox) is not his to see.
    expect(caseLinks(table)).toEqual(['E-000008']);
    expect(first.screen.getByRole('combobox', { name: 'Priority' })).toHaveValue('medium');
    first.unmount();
    const other = await renderApp('/support/cases/E-000007', { as: JONAS });
    expect(
      await other.screen.findByText('This case does not exist, or your support role does not cover it.'),
    ).toBeInTheDocument();
  }, 60_000);
});

describe('Case page: statuses and Adobe Support', () => {
  it('shows Awaiting your reply, the reply from Adobe Support, and no invitation to reopen after 14 days', async () => {
    const first = await renderApp('/support/cases/E-000002', { as: AMARA });
    await first.screen.findByRole(
      'heading',
      { level: 1, name: 'Streaming segments update hours late' },
      { timeout: 15_000 },
    );
    const status = first.screen.getByText('Status', { selector: 'dt' }).nextElementSibling;
    expect(status).toHaveTextContent('Awaiting your reply');
    expect(first.screen.getAllByText('Reply from Adobe Support')).toHaveLength(2);
    expect(first.screen.getByText(/could you tell us when the problem last happened/)).toBeInTheDocument();
    first.unmount();
    // Closed on 4 January 2026: long past the 14 days.
    const closed = await renderApp('/support/cases/E-000005', { as: AMARA });
    expect(await closed.screen.findByText(/can no longer be reopened/)).toBeInTheDocument();
    expect(
      closed.screen.getByText('This case is closed: comments can no longer be added.'),
    ).toBeInTheDocument();
    expect(closed.screen.queryByText(/Reopen the case to add a comment/)).not.toBeInTheDocument();
  }, 60_000);
});
