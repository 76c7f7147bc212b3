// Dates as proper scalars: a calendar date and a local date-time, both ISO 8601 strings.
import { builder } from '../builder.ts';
import { badUserInput } from '../errors.ts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(value: unknown): string {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  const [, y, m, d] = match ?? [];
  const date = match ? new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))) : null;
  if (!date || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) {
    throw badUserInput(`Date must be a calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value as string;
}

builder.scalarType('Date', {
  description: 'A calendar date, ISO 8601 (YYYY-MM-DD).',
  serialize: (value) => value,
  parseValue: parseDate,
});

builder.scalarType('LocalDateTime', {
  description: 'A date and time without time zone, ISO 8601 (YYYY-MM-DDTHH:MM:SS), as the source gives it.',
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(value)) {
      throw badUserInput(`LocalDateTime must be YYYY-MM-DDTHH:MM:SS, got ${JSON.stringify(value)}`);
    }
    return value;
  },
});
