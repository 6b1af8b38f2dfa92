export const administrators = {};
