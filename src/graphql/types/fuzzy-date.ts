// FuzzyDate: a date known to some precision (a year, a month, a day), as articles give them.
import { builder } from '../builder.ts';
import { DatePrecisionEnum } from './enums.ts';
import { FuzzyDateRef } from './refs.ts';

builder.objectType(FuzzyDateRef, {
  description: 'A date known to some precision; `date` is its first day. `text` is how the article put it.',
  fields: (t) => ({
    date: t.field({ type: 'Date', resolve: (d) => d.date }),
    precision: t.field({ type: DatePrecisionEnum, resolve: (d) => d.precision }),
    text: t.exposeString('text', { nullable: true }),
  }),
});
