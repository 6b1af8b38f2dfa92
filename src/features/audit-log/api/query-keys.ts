export interface AuditParams {
  event: string;
  person: string;
  page: number;
  pageSize: number;
}

export const auditKeys = {
  all: ['audit'] as const,
  list: (p: AuditParams) => ['audit', 'list', p] as const,
};
