// Configuration comes from the environment; a wrong value stops the process at start with a message
// naming the variable, rather than failing on the first request.

export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/** A TCP port from the environment: `fallback` when unset or empty. */
export function tcpPort(value: string | undefined, fallback: number, variable: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 65535) {
    throw new ConfigurationError(`${variable} must be a TCP port number, got "${value}"`);
  }
  return parsed;
}

/** A whole number ≥ 1 from the environment: `fallback` when unset or empty. */
export function positiveInteger(value: string | undefined, fallback: number, variable: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) {
    throw new ConfigurationError(`${variable} must be a positive whole number, got "${value}"`);
  }
  return parsed;
}
