// Configuration comes from the environment; a wrong value stops the process at start with a message
// naming the variable, rather than failing on the first request.

export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}
