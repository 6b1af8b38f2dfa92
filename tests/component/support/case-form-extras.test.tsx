/**
 * Case form, issue #17 and #18 item 16: watchers, attachments (refused before any upload; a failed upload loses
 * nothing typed), the Phone number pre-filled from the profile, the product-specific field right after Product.
 */
import { fireEvent, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { problem } from '@mocks/http';
import { PEOPLE } from '@mocks/db/seed';
import { runtime } from '@mocks/runtime';
import { useCaseDraft } from '@/features/support/stores/case-draft-store';
import { renderApp, server } from '@tests/utils';
import { pngBytes } from '@tests/utils/multipart';
import { fillAnalyticsCase } from './fill-case-form';

const AMARA = 'amara.okafor@acme.example';
const WATCHERS = /^Who else should we keep up to date\? \(Optional\)/;

beforeEach(() => {
  useCaseDraft.getState().reset();
});

/** Counts the upload requests that reach the backend (the real handler answers them). */
function countUploads() {
  const seen = { count: 0 };
  server.use(
    http.post('/api/support/attachments', () => {
      seen.count += 1;
      return undefined;
    }),
  );
  return seen;
}

describe('Case form: watchers, attachments, phone', () => {
  it('takes 10 watchers, refuses the 11th, a duplicate in another case and an invalid address', async () => {
    const { screen, user } = await renderApp('/support/cases/new', { as: AMARA });
    const field = await screen.findByRole('textbox', { name: WATCHERS }, { timeout: 15_000 });
    await user.click(field);
    await user.paste(Array.from({ length: 11 }, (_, i) => `person${i}@acme.example`).join(', '));
    await user.keyboard('{Enter}');
    const list = screen.getByRole('list', { name: '10 people kept up to date' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(10);
    expect(screen.getByText('You can keep up to 10 people up to date.')).toBeInTheDocument();
    expect(field).toHaveValue('person10@acme.example');
    await user.click(within(list).getByRole('button', { name: 'Remove person0@acme.example' }));
    await user.clear(field);
    await user.paste('PERSON1@acme.example');
    await user.keyboard('{Enter}');
    expect(
      screen.getByText('“PERSON1@acme.example”: This address is already in the list.'),
    ).toBeInTheDocument();
    await user.paste('a@b');
    await user.keyboard('{Enter}');
    expect(
      screen.getByText('“a@b”: Enter a valid email address, like name@example.com.'),
    ).toBeInTheDocument();
    expect(useCaseDraft.getState().draft.watchers).toHaveLength(9);
  }, 60_000);

  it('refuses a file too large or of the wrong type before any upload, with the reason', async () => {
    const uploads = countUploads();
    const { screen } = await renderApp('/support/cases/new', { as: AMARA });
    const input = await screen.findByLabelText('Add attachments', undefined, { timeout: 15_000 });
    const big = new File([new Uint8Array(20 * 1024 * 1024 + 1)], 'trace.zip', { type: 'application/zip' });
    const exe = new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' });
    // As when "All files" is chosen in the file picker (user.upload would apply the input's `accept` itself).
    fireEvent.change(input, { target: { files: [big, exe] } });
    expect(screen.getByText('“trace.zip” was not added: The file is larger than 20 MB.')).toBeInTheDocument();
    expect(
      screen.getByText(
        '“setup.exe” was not added: This type of file cannot be attached. Use an image, a PDF, a text, log, ZIP or HAR file.',
      ),
    ).toBeInTheDocument();
    expect(uploads.count).toBe(0);
    expect(screen.queryByRole('list', { name: 'Attachments to send' })).not.toBeInTheDocument();
  }, 60_000);

  it('keeps everything typed when an upload fails, retries it, lists it and opens the case with it', async () => {
    server.use(http.post('/api/support/attachments', () => problem(500, 'Boom', { code: 'server-error' })));
    const { screen, user, router } = await renderApp('/support/cases/new', { as: AMARA });
    await fillAnalyticsCase(user);
    // The file's name is shown as text, never as markup.
    const name = '<img src=x onerror=alert(1)>.png';
    await user.upload(
      screen.getByLabelText('Add attachments'),
      new File([pngBytes(3)], name, { type: 'image/png' }),
    );
    expect(
      await screen.findByText(
        `Upload of “${name}” failed. The server could not complete the request (error 500).`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Case title/ })).toHaveValue('Report has no data');
    expect(screen.getByRole('radio', { name: 'High' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Submit case' }));
    expect(screen.getByText('An attachment did not upload: retry or remove it.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/support/cases/new');

    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: `Retry uploading ${name}` }));
    // Uploaded: listed with its name and size, with Remove, and nothing left to retry.
    const list = screen.getByRole('list', { name: 'Attachments to send' });
    expect(await within(list).findByRole('button', { name: `Remove ${name}` })).toBeInTheDocument();
    expect(within(list).getByText(`${name} (9 bytes)`)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: `Retry uploading ${name}` })).not.toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Submit case' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/support\/cases\/E-\d{6}$/));
    const attachments = await screen.findByRole('list', { name: 'Attachments' });
    expect(
      within(attachments).getByRole('button', { name: `Download ${name}, 9 bytes` }),
    ).toBeInTheDocument();
  }, 60_000);

  it('puts the product-specific field right after Product and pre-fills Phone number from the profile', async () => {
    const amara = runtime().db.get('users', PEOPLE.amara.id)!;
    runtime().db.put('users', amara.id, { ...amara, supportPhone: '+44 20 7946 0321' });
    const { screen, user } = await renderApp('/support/cases/new', { as: AMARA });
    const product = await screen.findByRole('combobox', { name: /^Product/ }, { timeout: 15_000 });
    await user.selectOptions(product, 'Adobe Analytics');
    const fields = screen.getAllByRole('textbox').concat(screen.getAllByRole('combobox'));
    const order = fields
      .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
      .map((f) => f.getAttribute('id'));
    expect(order.slice(0, 3)).toEqual(['case-productId', 'case-productFields-reportSuite', 'case-title']);
    // `Priority and contact` holds the contact field it names.
    const phone = screen.getByRole('textbox', { name: 'Phone number' });
    expect(phone).toHaveValue('+44 20 7946 0321');
    expect(phone).toHaveAccessibleDescription(/From your profile’s support phone number/);
    await user.clear(phone);
    await user.paste('020 7946');
    await fillAnalyticsCase(user);
    await user.click(screen.getByRole('button', { name: 'Submit case' }));
    expect(phone).toHaveAccessibleDescription(/Enter an international number/);
    expect(phone).toHaveFocus();
    expect(useCaseDraft.getState().draft.contactPhone).toBe('020 7946');
  }, 60_000);
});

describe('Case form in French', () => {
  it('names the new fields in French', async () => {
    const { screen } = await renderApp('/support/cases/new', { as: AMARA, lang: 'fr' });
    expect(
      await screen.findByRole(
        'textbox',
        { name: /^Qui d’autre devons-nous tenir informé \? \(facultatif\)/ },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Ajouter des pièces jointes')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Numéro de téléphone' })).toBeInTheDocument();
  }, 60_000);
});
