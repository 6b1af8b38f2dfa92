import { waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { problem } from '@mocks/http';
import { seedCases } from '@mocks/db/seed-cases';
import { runtime } from '@mocks/runtime';
import { useCaseDraft } from '@/features/support/stores/case-draft-store';
import { renderApp, server } from '@tests/utils';
import { arrangeAnalyticsDraft, fillAnalyticsCase } from './fill-case-form';

const AMARA = 'amara.okafor@acme.example';
/** Render the form on a draft arranged with `arrangeAnalyticsDraft`, once its product list has arrived. */
async function renderArrangedForm() {
  arrangeAnalyticsDraft();
  const r = await renderApp('/support/cases/new', { as: AMARA });
  await waitFor(
    () => expect(r.screen.getByRole('combobox', { name: /^Product/ })).toHaveDisplayValue('Adobe Analytics'),
    { timeout: 15_000 },
  );
  return r;
}

/** The cases opened by the test (the seed has some: issue #17 item 6). */
const SEEDED = new Set(seedCases('default').map((c) => c.id));
const cases = () => [...runtime().db.all('cases')].filter((c) => !SEEDED.has(c.id));

beforeEach(() => {
  useCaseDraft.getState().reset();
});

describe('Case form', () => {
  it('shows the notes, the description checklist and the Critical phone number of each time zone', async () => {
    const { screen, user } = await renderApp('/support/cases/new', { as: AMARA });
    await screen.findByRole('combobox', { name: /^Product/ }, { timeout: 15_000 });
    expect(screen.getByText(/check the system status page/)).toBeInTheDocument();
    expect(screen.getByText(/Adobe Commerce users follow a different process/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Case description/ })).toHaveAccessibleDescription(
      expect.stringContaining('steps to reproduce'),
    );
    // The radiogroups themselves carry the names (APG radio group pattern), not a group around them.
    const priority = screen.getByRole('radiogroup', { name: 'Priority' });
    for (const name of ['Low', 'Medium', 'High', 'Critical'])
      expect(within(priority).getByRole('radio', { name })).toBeInTheDocument();
    const zones = screen.getByRole('radiogroup', { name: 'Customer time zone' });
    expect(within(zones).getAllByRole('radio')).toHaveLength(3);
    expect(screen.queryByRole('group', { name: 'Priority' })).not.toBeInTheDocument();
    expect(screen.queryByText(/\+1 800 555 0100/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Critical' }));
    for (const [zone, phone] of [
      ['Americas', '+1 800 555 0100'],
      ['EMEA', '+44 20 7946 0000'],
      ['APAC', '+61 2 5550 0000'],
    ] as const) {
      await user.click(screen.getByLabelText(zone));
      // The number is a tel: link (issue #18 item 16).
      const link = screen.getByRole('link', { name: phone });
      expect(link).toHaveAttribute('href', `tel:${phone.replace(/ /g, '')}`);
      expect(link.parentElement).toHaveTextContent(
        `For immediate help with a critical issue, call ${phone} (${zone}).`,
      );
    }
    await user.click(screen.getByRole('radio', { name: 'Low' }));
    expect(screen.queryByText(/\+61 2 5550 0000/)).not.toBeInTheDocument();
  }, 60_000);

  it('preselects the only product, and its only instance, of a Product support administrator (Jonas)', async () => {
    const { screen } = await renderApp('/support/cases/new', { as: 'jonas.weber@acme.example' });
    const product = await screen.findByRole('combobox', { name: /^Product/ }, { timeout: 15_000 });
    await waitFor(() => expect(product).toHaveDisplayValue('Marketo Engage'));
    const instance = screen.getByRole('combobox', { name: /^Marketo Engage instance/ });
    expect(instance).toHaveDisplayValue('Acme Production');
    // Its Munchkin ID under the field (issue #18 item 20); the option keeps the instance's name.
    expect(instance).toHaveAccessibleDescription('Munchkin ID 123-ABC-456');
  }, 60_000);

  it('says what is missing and focuses the first invalid field', async () => {
    const { screen, user } = await renderApp('/support/cases/new', { as: AMARA });
    await screen.findByRole('combobox', { name: /^Product/ }, { timeout: 15_000 });
    await user.click(screen.getByRole('button', { name: 'Submit case' }));
    for (const msg of [
      'Choose a product.',
      'Enter a case title.',
      'Describe the problem.',
      'Choose a priority.',
      'Describe the business impact.',
      'Choose a time zone.',
    ]) {
      expect(screen.getByText(msg)).toBeInTheDocument();
    }
    expect(screen.getByRole('combobox', { name: /^Product/ })).toHaveFocus();
    await user.selectOptions(screen.getByRole('combobox', { name: /^Product/ }), 'Adobe Experience Platform');
    expect(screen.getByText('Enter the sandbox name.')).toBeInTheDocument();
    expect(screen.queryByText('Choose a product.')).not.toBeInTheDocument();
    expect(cases()).toHaveLength(0);
  }, 60_000);

  it('rejects a 100,000-character title with a message', async () => {
    const { screen, user } = await renderArrangedForm();
    const title = screen.getByRole('textbox', { name: /^Case title/ });
    await user.clear(title);
    await user.click(title);
    await user.paste('x'.repeat(100_000));
    await user.click(screen.getByRole('button', { name: 'Submit case' }));
    expect(await screen.findByText('Use at most 255 characters.')).toBeInTheDocument();
    expect(title).toHaveFocus();
    expect(cases()).toHaveLength(0);
  }, 60_000);

  it('suggests matching articles from the case title', async () => {
    const { screen, user } = await renderApp('/support/cases/new', { as: AMARA });
    await user.click(await screen.findByRole('textbox', { name: /^Case title/ }, { timeout: 15_000 }));
    await user.paste('API token error 403');
    expect(await screen.findByRole('heading', { name: 'Suggested articles' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /API calls fail with 401 or 403/ })).toBeInTheDocument();
  }, 60_000);

  it('submits once on a double click, opens the case and shows HTML as text', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const { screen, user, router, container } = await renderApp('/support/cases/new', { as: AMARA });
    await fillAnalyticsCase(user, { title: payload });
    await user.dblClick(screen.getByRole('button', { name: 'Submit case' }));
    expect(await screen.findByRole('heading', { level: 1, name: payload })).toBeInTheDocument();
    expect(router.state.location.pathname).toMatch(/^\/support\/cases\/E-\d{6}$/);
    expect(cases()).toHaveLength(1);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('acme-global')).toBeInTheDocument();
    expect(screen.getByText('Revenue report late')).toBeInTheDocument();
    expect(useCaseDraft.getState().draft.title).toBe('');
  }, 60_000);

  it('keeps the draft when the server fails, says so and retries', async () => {
    server.use(http.post('/api/support/cases', () => problem(500, 'Boom', { code: 'server-error' })));
    const { screen, user, router } = await renderArrangedForm();
    await user.click(screen.getByRole('button', { name: 'Submit case' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The case was not submitted. Your draft is kept.');
    expect(screen.getByRole('textbox', { name: /^Case title/ })).toHaveValue('Report has no data');
    expect(screen.getByRole('radio', { name: 'High' })).toBeChecked();
    expect(cases()).toHaveLength(0);
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/support\/cases\/E-\d{6}$/));
    expect(cases()).toHaveLength(1);
  }, 60_000);

  it('puts the field errors of a 400 answer under their fields, translated, the rest in the summary', async () => {
    server.use(
      http.post('/api/support/cases', () =>
        problem(400, 'The request is not valid', {
          code: 'validation',
          errors: {
            title: ['validation.titleTooLong'],
            // The server's own English (no message key): read as a generic message.
            'productFields.reportSuite': ['Too big: expected string to have <=200 characters'],
            // A path the form has no field for: listed in the summary.
            'productFields.sandbox': ['validation.fieldTooLong'],
          },
        }),
      ),
    );
    const { screen, user } = await renderArrangedForm();
    await user.click(screen.getByRole('button', { name: 'Submit case' }));
    // The first field in display order takes the focus: the product's own field comes right after Product.
    const reportSuite = screen.getByRole('textbox', { name: /^Report suite/ });
    await waitFor(() => expect(reportSuite).toHaveFocus());
    expect(reportSuite).toHaveAccessibleDescription('This value is not valid. Check it and try again.');
    expect(screen.getByRole('textbox', { name: /^Case title/ })).toHaveAccessibleDescription(
      'Use at most 255 characters.',
    );
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Some fields need your attention.');
    expect(summary).toHaveTextContent('Use at most 200 characters.');
    expect(cases()).toHaveLength(0);
  }, 60_000);

  it('keeps the draft across a reload of the page', async () => {
    const first = await renderApp('/support/cases/new', { as: AMARA });
    await first.user.type(
      await first.screen.findByRole('textbox', { name: /^Case title/ }, { timeout: 15_000 }),
      'Kept',
    );
    expect(sessionStorage.getItem('admin-console-support-case-draft')).toContain('Kept');
    first.unmount();
    // A reload: memory is gone, sessionStorage stays.
    const stored = sessionStorage.getItem('admin-console-support-case-draft') ?? '';
    useCaseDraft.getState().reset();
    sessionStorage.setItem('admin-console-support-case-draft', stored);
    await useCaseDraft.persist.rehydrate();
    const second = await renderApp('/support/cases/new', { as: AMARA });
    expect(await second.screen.findByRole('textbox', { name: /^Case title/ })).toHaveValue('Kept');
  }, 60_000);
});
