// Errors a client can act on: each carries an extensions.code, and their messages are safe to
// show even when the server masks unexpected errors.
import { GraphQLError } from 'graphql';

export const ERROR_CODES = {
  badUserInput: 'BAD_USER_INPUT',
  notFound: 'NOT_FOUND',
  unavailable: 'UNAVAILABLE',
  tooCostly: 'QUERY_TOO_COSTLY',
} as const;

export function badUserInput(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ERROR_CODES.badUserInput, ...details } });
}

export function notFound(what: string, key: string): GraphQLError {
  return new GraphQLError(`No ${what} with key "${key}"`, { extensions: { code: ERROR_CODES.notFound, key } });
}
