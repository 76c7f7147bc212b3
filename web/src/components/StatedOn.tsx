import { type FragmentType, getFragmentData, graphql } from '../gql/index.ts';

export const StatedOnFragment = graphql(`
  fragment StatedOn_date on FuzzyDate {
    date
    precision
    text
  }
`);

const FORMATS: Record<string, Intl.DateTimeFormatOptions> = {
  DAY: { year: 'numeric', month: 'short', day: 'numeric' },
  MONTH: { year: 'numeric', month: 'long' },
  YEAR: { year: 'numeric' },
};

/** A statement date at the precision the article gives, with the article's own words on hover. */
export function StatedOn(props: { date: FragmentType<typeof StatedOnFragment> }) {
  const date = getFragmentData(StatedOnFragment, props.date);
  const shown = new Date(`${date.date}T00:00:00Z`).toLocaleDateString('en-GB', {
    ...(FORMATS[date.precision] ?? FORMATS.DAY),
    timeZone: 'UTC',
  });
  return (
    <time className="stated-on" dateTime={date.date} title={date.text ? `“${date.text}”` : undefined}>
      {shown}
    </time>
  );
}
