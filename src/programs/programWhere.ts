import type { Prisma } from '../generated/sqlite/client';
import type { BoundingBox } from './distance';
import type { AgeGroup, Focus, Payment, SearchFilters } from './searchFilters';

const AGE_COLUMNS: Readonly<Record<AgeGroup, keyof Prisma.ProgramWhereInput>> = {
  children: 'agesChildren',
  youngAdults: 'agesYoungAdults',
  adults: 'agesAdults',
  seniors: 'agesSeniors',
};

const PAYMENT_COLUMNS: Readonly<Record<Payment, keyof Prisma.ProgramWhereInput>> = {
  medicaid: 'payMedicaid',
  medicare: 'payMedicare',
  private: 'payPrivate',
  self: 'paySelf',
  sliding: 'paySliding',
  military: 'payMilitary',
  free: 'payFree',
};

const FOCUS_COLUMNS: Readonly<Record<Focus, keyof Prisma.ProgramWhereInput>> = {
  mental_health: 'treatsMentalHealth',
  substance_use: 'treatsSubstanceUse',
  co_occurring: 'treatsCoOccurring',
};

/**
 * The Prisma condition for "inside this box and matching every filter". Every filter narrows:
 * two payments mean a program that takes both, as the filter description ("takes Medicaid,
 * takes Medicare") reads. Evening groups match only programs that say they run them; a source
 * that is silent about schedules (SAMHSA) never matches.
 */
export function programWhere(box: BoundingBox, filters: SearchFilters): Prisma.ProgramWhereInput {
  const conditions: Prisma.ProgramWhereInput[] = [
    { latitude: { gte: box.minLatitude, lte: box.maxLatitude } },
    longitudeCondition(box),
  ];
  const flags: Record<string, true> = {};
  if (filters.iopOnly) flags.levelIop = true;
  if (filters.telehealth) flags.telehealth = true;
  if (filters.spanish) flags.langSpanish = true;
  if (filters.signLanguage) flags.langSign = true;
  if (filters.evening) flags.trackEvening = true;
  if (filters.focus) flags[FOCUS_COLUMNS[filters.focus]] = true;
  for (const age of filters.ages ?? []) flags[AGE_COLUMNS[age]] = true;
  for (const payment of filters.payment ?? []) flags[PAYMENT_COLUMNS[payment]] = true;
  if (Object.keys(flags).length > 0) conditions.push(flags as Prisma.ProgramWhereInput);
  return { AND: conditions };
}

/** A box across the 180° meridian has minLongitude > maxLongitude and covers both ends. */
function longitudeCondition(box: BoundingBox): Prisma.ProgramWhereInput {
  if (box.minLongitude <= box.maxLongitude) {
    return { longitude: { gte: box.minLongitude, lte: box.maxLongitude } };
  }
  return { OR: [{ longitude: { gte: box.minLongitude } }, { longitude: { lte: box.maxLongitude } }] };
}
