/** Countries and regions offered at profile set-up (ISO 3166-1 alpha-2); names come from Intl in the UI language. */
export const COUNTRY_CODES = [
  'AR', 'AU', 'AT', 'BE', 'BR', 'CA', 'CL', 'CN', 'CO', 'CZ', 'DK', 'EG', 'FI', 'FR', 'DE', 'GR', 'HK', 'HU', 'IN',
  'ID', 'IE', 'IL', 'IT', 'JP', 'KE', 'KR', 'MY', 'MX', 'MA', 'NL', 'NZ', 'NG', 'NO', 'PE', 'PH', 'PL', 'PT', 'RO',
  'SA', 'SG', 'ZA', 'ES', 'SE', 'CH', 'TW', 'TH', 'TR', 'AE', 'GB', 'UA', 'US', 'VN',
] as const;

/** `{ code, name }` sorted by name in `lng`. */
export function countryOptions(lng: string): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([lng], { type: 'region' });
  return COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
    a.name.localeCompare(b.name, lng),
  );
}
