import { describe, expect, it } from 'vitest';
import { findPlace } from '../../src/ingest/gazetteer/gazetteer.ts';

describe('the gazetteer', () => {
  it('finds a dateline city, the most populous of its name, inside its country', () => {
    const moscow = findPlace('MOSCOW');
    expect(moscow).toMatchObject({ name: 'Moscow', kind: 'CITY', country: 'Russia', countryCode: 'RU' });
    expect(moscow!.latitude).toBeCloseTo(55.75, 1);
    expect(moscow!.longitude).toBeCloseTo(37.62, 1);
    expect(moscow!.within).toMatchObject({ name: 'Russia', kind: 'COUNTRY', within: null });
  });

  it('takes WASHINGTON for the capital, whose full name is "Washington, D.C."', () => {
    const washington = findPlace('WASHINGTON');
    expect(washington).toMatchObject({ name: 'Washington, D.C.', kind: 'CITY', countryCode: 'US' });
    expect(washington!.latitude).toBeCloseTo(38.9, 1);
    expect(washington!.within?.name).toBe('United States');
  });

  it('narrows a city to the country or US state written after the comma', () => {
    expect(findPlace('SEOUL, South Korea')).toMatchObject({ name: 'Seoul', country: 'South Korea', countryCode: 'KR' });
    expect(findPlace('PYONGYANG')).toMatchObject({ name: 'Pyongyang', country: 'North Korea', countryCode: 'KP' });
    expect(findPlace('PORTLAND, Maine')).toMatchObject({ name: 'Portland', countryCode: 'US' });
    expect(findPlace('PORTLAND, Maine')!.longitude).toBeCloseTo(-70.26, 1);
    expect(findPlace('PORTLAND, Ore.')!.longitude).toBeCloseTo(-122.68, 1);
    expect(findPlace('TBILISI, Georgia')).toMatchObject({ countryCode: 'GE' });
    expect(findPlace('ATLANTA, Ga.')).toMatchObject({ countryCode: 'US' });
  });

  it('knows Najin by its GeoNames name, Rajin, in North Korea', () => {
    const najin = findPlace('Najin, North Korea');
    expect(najin).toMatchObject({ name: 'Rajin', kind: 'CITY', country: 'North Korea' });
    expect(najin!.latitude).toBeCloseTo(42.26, 1);
    expect(najin!.longitude).toBeCloseTo(130.28, 1);
  });

  it('finds countries by their names and usual spellings, whatever the case', () => {
    expect(findPlace('South Korea')).toMatchObject({
      name: 'South Korea',
      kind: 'COUNTRY',
      countryCode: 'KR',
      within: null,
    });
    expect(findPlace('south korea')?.countryCode).toBe('KR');
    for (const name of ['North Korea', "Korea, Democratic People's Republic of", 'DPRK']) {
      expect(findPlace(name), name).toMatchObject({ name: 'North Korea', kind: 'COUNTRY' });
    }
    expect(findPlace('U.S.')).toMatchObject({ name: 'United States', kind: 'COUNTRY' });
    expect(findPlace('UK')).toMatchObject({ name: 'United Kingdom', kind: 'COUNTRY' });
  });

  it('finds nothing for a name it does not know, nor for a bare country code', () => {
    expect(findPlace('UNITED NATIONS')).toBeNull();
    expect(findPlace('Qwertyville')).toBeNull();
    expect(findPlace('IN')).toBeNull();
    expect(findPlace('SEOUL, Narnia')).toBeNull();
  });
});
