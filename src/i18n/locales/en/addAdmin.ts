export const addAdmin = {};
