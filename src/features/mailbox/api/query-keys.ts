export interface MailboxParams {
  page: number;
  pageSize: number;
  to: string;
}

export const mailboxKeys = {
  all: ['mailbox'] as const,
  list: (p: MailboxParams) => ['mailbox', 'list', p] as const,
};
