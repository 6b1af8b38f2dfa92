import { http, HttpResponse } from 'msw';
import { API, pageParams, paginate, withProblems } from '../http';
import { runtime } from '../runtime';

/** The invitation backend's outbox: every email sent, newest first, filtered by recipient. Open to everyone (a demo mailbox). */
export const mailboxHandlers = [
  http.get(
    `${API}/mailbox`,
    withProblems(({ request }) => {
      const url = new URL(request.url);
      const { page, pageSize } = pageParams(url, 50);
      // Part of an address, any case: `camille`, `@partner.example`.
      const to = (url.searchParams.get('to') ?? '').trim().toLowerCase();
      const all = [...runtime().db.all('emails')]
        .filter((m) => !to || m.to.toLowerCase().includes(to))
        .sort((a, b) => b.sentAt.localeCompare(a.sentAt) || b.id.localeCompare(a.id));
      return HttpResponse.json(paginate(all, page, pageSize));
    }),
  ),
];
