export const adminDetails = {};
