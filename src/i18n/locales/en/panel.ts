export const panel = {};
