/**
 * How a name typed in a CSV is compared with the names the console shows: case, accents, curly apostrophes and runs
 * of spaces do not tell two names apart (`d’assistance` = `d'Assistance`). Shared by the client's CSV reader and
 * the bulk grant's handler, so both sides match names alike.
 */
export function nameKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
