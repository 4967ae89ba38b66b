import type { ProgramFlags } from './programRecord';

/** The columns of a provider programs file (docs/programs-csv.md), in documentation order. */
export const PROVIDER_COLUMNS = [
  'name',
  'organisation',
  'street',
  'city',
  'state',
  'zip',
  'latitude',
  'longitude',
  'phone',
  'intake_phone',
  'website',
  'levels',
  'treats',
  'telehealth',
  'ages',
  'payment',
  'languages',
  'tracks',
  'last_verified',
] as const;

export type ProviderColumn = (typeof PROVIDER_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly ProviderColumn[] = [
  'name',
  'street',
  'city',
  'state',
  'zip',
  'levels',
];

/** A list column whose values each switch on one flag. */
export interface FlagList {
  column: ProviderColumn;
  what: string;
  values: Readonly<Record<string, keyof ProgramFlags>>;
}

export const FLAG_LISTS: readonly FlagList[] = [
  {
    column: 'levels',
    what: 'level',
    values: {
      iop: 'levelIop',
      partial: 'levelPartial',
      outpatient: 'levelOutpatient',
      residential: 'levelResidential',
    },
  },
  {
    column: 'treats',
    what: 'treats value',
    values: {
      mental_health: 'treatsMentalHealth',
      substance_use: 'treatsSubstanceUse',
      co_occurring: 'treatsCoOccurring',
    },
  },
  {
    column: 'ages',
    what: 'age group',
    values: {
      children: 'agesChildren',
      young_adults: 'agesYoungAdults',
      adults: 'agesAdults',
      seniors: 'agesSeniors',
    },
  },
  {
    column: 'payment',
    what: 'payment value',
    values: {
      medicaid: 'payMedicaid',
      medicare: 'payMedicare',
      private: 'payPrivate',
      self: 'paySelf',
      sliding: 'paySliding',
      military: 'payMilitary',
      free: 'payFree',
    },
  },
];

export const TRACKS = ['day', 'evening', 'weekend'] as const;

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0', '']);

/** "yes"/"no" (also y/n, true/false, 1/0, empty = no); undefined when it is none of these. */
export function parseYesNo(value: string): boolean | undefined {
  const folded = value.trim().toLowerCase();
  if (YES.has(folded)) return true;
  return NO.has(folded) ? false : undefined;
}

/** Splits "iop; Partial" into ["iop", "partial"]; spaces and hyphens inside a value become "_". */
export function listValues(value: string): string[] {
  return value
    .split(/[;,]/)
    .map((item) =>
      item
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_'),
    )
    .filter(Boolean);
}

/** A real calendar date written YYYY-MM-DD, as UTC midnight; undefined otherwise ("2024-02-30"). */
export function parseIsoDate(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const roundTrips =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return roundTrips ? date : undefined;
}

/** An http(s) address; "www.example.org" gets "https://". Undefined if it is not a usable web address. */
export function parseWebsite(value: string): string | undefined {
  const trimmed = value.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    const usable = (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
    return usable ? withScheme : undefined;
  } catch {
    return undefined;
  }
}
