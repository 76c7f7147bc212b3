/** A count given on the command line: "250000", "250_000", "250k" or "1m". */
export function parseCount(option: string, value: string): number {
  const match = /^(\d[\d_]*)([km]?)$/i.exec(value.trim());
  const n = match ? Number(match[1]!.replaceAll('_', '')) * ({ k: 1e3, m: 1e6 }[match[2]!.toLowerCase()] ?? 1) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`--${option} must be a positive whole number, got "${value}"`);
  return n;
}
