import { createHash } from 'node:crypto';

/**
 * One program ready to store: the importable fields of the Prisma `Program` model (all but id,
 * createdAt, updatedAt and feedback). Booleans are false when a source does not say; the
 * schedule tracks are null when unknown, because "no evening group" and "not stated" differ.
 */
export interface ProgramRecord {
  sourceKey: string;
  name: string;
  organisation: string | null;
  street: string;
  city: string;
  state: string;
  zip: string;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  intakePhone: string | null;
  website: string | null;
  levelIop: boolean;
  levelPartial: boolean;
  levelOutpatient: boolean;
  levelResidential: boolean;
  treatsMentalHealth: boolean;
  treatsSubstanceUse: boolean;
  treatsCoOccurring: boolean;
  telehealth: boolean;
  agesChildren: boolean;
  agesYoungAdults: boolean;
  agesAdults: boolean;
  agesSeniors: boolean;
  payMedicaid: boolean;
  payMedicare: boolean;
  payPrivate: boolean;
  paySelf: boolean;
  paySliding: boolean;
  payMilitary: boolean;
  payFree: boolean;
  langSpanish: boolean;
  langSign: boolean;
  /** Comma-separated language names other than English, Spanish and sign language. */
  otherLanguages: string;
  trackDay: boolean | null;
  trackEvening: boolean | null;
  trackWeekend: boolean | null;
  /** "samhsa-mh", "samhsa-su" or "csv:<file name>". */
  source: string;
  sourceEdition: string;
  lastVerified: Date | null;
  contentHash: string;
}

/** A row that was not imported: its 1-based spreadsheet row (the header is row 1) and why. */
export interface RejectedRow {
  row: number;
  reason: string;
}

/** The boolean service flags, all false: a base for parsers to switch on. */
export type ProgramFlags = Pick<
  ProgramRecord,
  {
    [K in keyof ProgramRecord]: ProgramRecord[K] extends boolean ? K : never;
  }[keyof ProgramRecord]
>;

export function emptyFlags(): ProgramFlags {
  return {
    levelIop: false,
    levelPartial: false,
    levelOutpatient: false,
    levelResidential: false,
    treatsMentalHealth: false,
    treatsSubstanceUse: false,
    treatsCoOccurring: false,
    telehealth: false,
    agesChildren: false,
    agesYoungAdults: false,
    agesAdults: false,
    agesSeniors: false,
    payMedicaid: false,
    payMedicare: false,
    payPrivate: false,
    paySelf: false,
    paySliding: false,
    payMilitary: false,
    payFree: false,
    langSpanish: false,
    langSign: false,
  };
}

/** Case, spacing and punctuation differences between editions must not make a "new" program. */
function keyPart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The stable identity used for idempotent re-import: `<source>:<24 hex digits>`, a SHA-256 digest
 * of the normalised name, street and ZIP. The edition is deliberately left out so that the next
 * directory edition updates the same rows instead of adding new ones.
 */
export function computeSourceKey(source: string, name: string, street: string, zip: string): string {
  const digest = createHash('sha256')
    .update([name, street, zip.trim()].map(keyPart).join('\u001f'))
    .digest('hex');
  return `${source}:${digest.slice(0, 24)}`;
}

type HashedField = Exclude<keyof ProgramRecord, 'contentHash'>;

// The compiler checks that this list names every hashed field, so a new column cannot be missed.
const HASHED_FIELDS = Object.keys({
  sourceKey: true,
  name: true,
  organisation: true,
  street: true,
  city: true,
  state: true,
  zip: true,
  latitude: true,
  longitude: true,
  phone: true,
  intakePhone: true,
  website: true,
  levelIop: true,
  levelPartial: true,
  levelOutpatient: true,
  levelResidential: true,
  treatsMentalHealth: true,
  treatsSubstanceUse: true,
  treatsCoOccurring: true,
  telehealth: true,
  agesChildren: true,
  agesYoungAdults: true,
  agesAdults: true,
  agesSeniors: true,
  payMedicaid: true,
  payMedicare: true,
  payPrivate: true,
  paySelf: true,
  paySliding: true,
  payMilitary: true,
  payFree: true,
  langSpanish: true,
  langSign: true,
  otherLanguages: true,
  trackDay: true,
  trackEvening: true,
  trackWeekend: true,
  source: true,
  sourceEdition: true,
  lastVerified: true,
} satisfies Record<HashedField, true>).sort() as HashedField[];

/**
 * A SHA-256 digest of every imported field except `contentHash` itself, in a fixed order, so a
 * re-import can tell "updated" from "unchanged" without comparing column by column.
 */
export function computeContentHash(record: Omit<ProgramRecord, 'contentHash'>): string {
  const hash = createHash('sha256');
  for (const key of HASHED_FIELDS) {
    const value = record[key];
    hash.update(`${key}=${value instanceof Date ? value.toISOString() : JSON.stringify(value ?? null)}\n`);
  }
  return hash.digest('hex');
}
