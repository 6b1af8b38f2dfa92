export const panelKeys = {
  all: ['prototype-panel'] as const,
  state: () => [...panelKeys.all, 'state'] as const,
};
