// Errors a client can act on: each carries an extensions.code, and their messages are safe to
// show even when the server masks unexpected errors.
import { GraphQLError } from 'graphql';

export const ERROR_CODES = {
  badUserInput: 'BAD_USER_INPUT',
  notFound: 'NOT_FOUND',
  unavailable: 'UNAVAILABLE',
  tooCostly: 'QUERY_TOO_COSTLY',
  unauthenticated: 'UNAUTHENTICATED',
  forbidden: 'FORBIDDEN',
} as const;

export function badUserInput(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ERROR_CODES.badUserInput, ...details } });
}

export function notFound(what: string, key: string): GraphQLError {
  return new GraphQLError(`No ${what} with key "${key}"`, { extensions: { code: ERROR_CODES.notFound, key } });
}

/** No valid API key: the message says what was wrong and how to send one. */
export function unauthenticated(reason: string, need: string): GraphQLError {
  return new GraphQLError(`${capitalized(reason)}: ${need}; send Authorization: Bearer <key>`, {
    extensions: { code: ERROR_CODES.unauthenticated },
  });
}

/** A valid key without the scope the field needs. */
export function forbidden(keyName: string, scope: string): GraphQLError {
  return new GraphQLError(`The API key "${keyName}" lacks the ${scope} scope this operation needs`, {
    extensions: { code: ERROR_CODES.forbidden, scope },
  });
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
