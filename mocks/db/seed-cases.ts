import type { CaseComment } from '@/api/schemas/support';
import { buildCase } from '../factories/build-case';
import { PEOPLE } from './seed';
import type { CaseRecord, SeedVariant } from './types';

/** Support engineers of the demo (fictional), who sign Adobe Support's replies. */
export const SUPPORT_AGENTS = ['Maya Lindqvist', 'Tomás Herrera', 'Aiko Tanaka', 'Noah Becker'] as const;

const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 0, day, hour)).toISOString();

function reply(id: string, when: string, agent: string, message: 'assigned' | 'needsInfo'): CaseComment {
  return {
    id,
    at: when,
    author: 'support',
    authorId: 'adobe-support',
    authorName: agent,
    body: '',
    message,
    attachments: [],
  };
}

function customer(id: string, when: string, who: { id: string; name: string }, body: string): CaseComment {
  return { id, at: when, author: 'customer', authorId: who.id, authorName: who.name, body, attachments: [] };
}

const person = (p: { id: string; firstName: string; lastName: string }) => ({
  id: p.id,
  name: `${p.firstName} ${p.lastName}`,
});

/**
 * The seed's support cases: a few for Amara (Basic support) and Jonas (Product support, Acme Production) in every
 * status, and some opened by people who held the role before (so `Organization cases` shows more than one's own,
 * and a case on Acme Sandbox that Jonas's role does not cover). They take the first case numbers, E-000001 on, in
 * every data set where these people exist; dates are fixed (January 2026). The mock clock moves on only cases that
 * are opened or answered during the demo; the prototype panel can move any of these on.
 */
export function seedCases(variant: SeedVariant): CaseRecord[] {
  if (variant === 'empty-org') return [];
  const amara = person(PEOPLE.amara);
  const jonas = person(PEOPLE.jonas);
  const elodie = person(PEOPLE.elodie);
  const sean = person(PEOPLE.sean);
  const owner = (p: { id: string; name: string }) => ({ ownerId: p.id, ownerName: p.name });
  return [
    buildCase({
      id: 'E-000001',
      ...owner(amara),
      productId: 'analytics',
      productName: 'Adobe Analytics',
      title: 'Report suite shows no data since the tracking change',
      description:
        'Problem: the acme-global report suite shows no visits since 8 January.\nSteps: open Workspace, any project, last 7 days.\nLast worked: 7 January, before the new tracking library was deployed.',
      priority: 'high',
      businessImpact: 'The weekly revenue report for the leadership team is blocked.',
      timeZone: 'emea',
      productFields: { reportSuite: 'acme-global' },
      contactPhone: '+44 20 7946 0321',
      status: 'in-progress',
      agentName: SUPPORT_AGENTS[0],
      watchers: ['web.analysts@acme.example'],
      createdAt: at(9),
      updatedAt: at(10, 14),
      comments: [reply('cm-seed-1', at(10, 14), SUPPORT_AGENTS[0], 'assigned')],
    }),
    buildCase({
      id: 'E-000002',
      ...owner(amara),
      productId: 'aep',
      productName: 'Adobe Experience Platform',
      title: 'Streaming segments update hours late',
      description:
        'Problem: streaming segments qualify profiles 3 to 4 hours after the events arrive.\nSandbox: prod.\nTroubleshooting: checked the dataflow, no failed batches.',
      priority: 'medium',
      businessImpact: 'Abandoned-cart messages go out too late to matter.',
      timeZone: 'emea',
      productFields: { sandbox: 'prod' },
      status: 'awaiting-reply',
      agentName: SUPPORT_AGENTS[1],
      createdAt: at(6),
      updatedAt: at(8, 16),
      comments: [
        reply('cm-seed-2', at(7, 11), SUPPORT_AGENTS[1], 'assigned'),
        reply('cm-seed-3', at(8, 16), SUPPORT_AGENTS[1], 'needsInfo'),
      ],
    }),
    buildCase({
      id: 'E-000003',
      ...owner(jonas),
      productId: 'marketo',
      productName: 'Marketo Engage',
      title: 'Smart campaign emails are delayed by an hour',
      description:
        'Problem: batch smart campaigns send about an hour after their scheduled time.\nSince: 12 January.\nIdentifiers: campaign IDs 1042 and 1057.',
      priority: 'high',
      businessImpact: 'Webinar reminders reach people after the webinar has started.',
      timeZone: 'emea',
      productFields: { instanceId: 'mkto-acme-prod' },
      status: 'awaiting-assignment',
      createdAt: at(13, 8),
      updatedAt: at(13, 8),
    }),
    buildCase({
      id: 'E-000004',
      ...owner(jonas),
      productId: 'marketo',
      productName: 'Marketo Engage',
      title: 'Munchkin tracking missing on new landing pages',
      description:
        'Problem: visits to the new landing pages are not tracked.\nResolved: the template lacked the script.',
      priority: 'low',
      businessImpact: 'Lead scoring misses page visits.',
      timeZone: 'emea',
      productFields: { instanceId: 'mkto-acme-prod' },
      status: 'closed',
      agentName: SUPPORT_AGENTS[2],
      createdAt: at(2),
      updatedAt: at(5, 10),
      closedAt: at(5, 10),
      comments: [
        reply('cm-seed-4', at(3, 9), SUPPORT_AGENTS[2], 'assigned'),
        customer('cm-seed-5', at(5, 10), jonas, 'Found it: the template had no Munchkin script. Thanks!'),
      ],
    }),
    buildCase({
      id: 'E-000005',
      ...owner(amara),
      productId: 'target',
      productName: 'Adobe Target',
      title: 'Activity QA links open the default experience',
      description: 'Problem: QA links of the homepage A/B test always show the default experience.',
      priority: 'low',
      businessImpact: 'QA of the spring campaign is slower.',
      timeZone: 'americas',
      status: 'closed',
      agentName: SUPPORT_AGENTS[3],
      createdAt: at(3),
      updatedAt: at(4, 15),
      closedAt: at(4, 15),
      comments: [reply('cm-seed-6', at(4, 9), SUPPORT_AGENTS[3], 'assigned')],
    }),
    buildCase({
      id: 'E-000006',
      ...owner(elodie),
      productId: 'campaign',
      productName: 'Adobe Campaign',
      title: 'Delivery preparation fails on the newsletter workflow',
      description: 'Problem: the weekly newsletter workflow stops at delivery preparation with a timeout.',
      priority: 'high',
      businessImpact: 'The newsletter to 400,000 subscribers is on hold.',
      timeZone: 'emea',
      productFields: { environment: 'Production' },
      status: 'in-progress',
      agentName: SUPPORT_AGENTS[1],
      createdAt: at(11),
      updatedAt: at(12, 10),
      comments: [reply('cm-seed-7', at(12, 10), SUPPORT_AGENTS[1], 'assigned')],
    }),
    buildCase({
      id: 'E-000007',
      ...owner(sean),
      productId: 'marketo',
      productName: 'Marketo Engage',
      title: 'Sandbox sync with Salesforce stopped',
      description: 'Problem: the Acme Sandbox instance no longer syncs leads with the Salesforce sandbox.',
      priority: 'medium',
      businessImpact: 'Integration tests of the new lead flow are blocked.',
      timeZone: 'americas',
      productFields: { instanceId: 'mkto-acme-sandbox' },
      status: 'awaiting-reply',
      agentName: SUPPORT_AGENTS[2],
      createdAt: at(8),
      updatedAt: at(9, 17),
      comments: [
        reply('cm-seed-8', at(9, 9), SUPPORT_AGENTS[2], 'assigned'),
        reply('cm-seed-9', at(9, 17), SUPPORT_AGENTS[2], 'needsInfo'),
      ],
    }),
    buildCase({
      id: 'E-000008',
      ...owner(elodie),
      productId: 'marketo',
      productName: 'Marketo Engage',
      title: 'Form fill-outs not attributed to programs',
      description: 'Problem: form fill-outs on the events page are not credited to the event program.',
      priority: 'medium',
      businessImpact: 'Event ROI reporting is wrong for January.',
      timeZone: 'emea',
      productFields: { instanceId: 'mkto-acme-prod' },
      status: 'in-progress',
      agentName: SUPPORT_AGENTS[3],
      createdAt: at(12),
      updatedAt: at(13, 11),
      comments: [reply('cm-seed-10', at(13, 11), SUPPORT_AGENTS[3], 'assigned')],
    }),
  ];
}
