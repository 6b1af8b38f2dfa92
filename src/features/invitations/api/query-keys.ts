export const invitationKeys = {
  all: ['invitations'] as const,
  detail: (token: string) => ['invitations', token] as const,
};
