/** Parse `+31d`, `-2h`, `+90m`, `0` into milliseconds; null when malformed. */
export function parseClockOffset(v: string): number | null {
  const m = /^([+-]?)(\d{1,5})([dhm]?)$/.exec(v.trim());
  if (!m) return null;
  const n = Number(m[2]) * (m[1] === '-' ? -1 : 1);
  const unit = m[3] === 'h' ? 3_600_000 : m[3] === 'm' ? 60_000 : 86_400_000;
  return n * unit;
}
