import { parseCsv } from '../../../src/programs/csv';
import type { SearchFilters } from '../../../src/programs/searchFilters';
import type { Database } from '../../../src/storage/database';

/**
 * Expectations computed without the code under test: a separate distance formula, filter
 * predicate and radius choice, and the SAMHSA code table as ADR 0008 documents it.
 */

const STORED_FIELDS = {
  id: true,
  name: true,
  sourceKey: true,
  source: true,
  street: true,
  city: true,
  state: true,
  zip: true,
  phone: true,
  latitude: true,
  longitude: true,
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
  trackEvening: true,
} as const;

export type StoredProgram = Awaited<ReturnType<typeof readAllPrograms>>[number];

export function readAllPrograms(db: Database) {
  return db.prisma.program.findMany({ select: STORED_FIELDS });
}

/** Great-circle miles by the atan2 form of the haversine formula (the code under test uses asin). */
export function independentMiles(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const rad = Math.PI / 180;
  const sinLat = Math.sin(((b.latitude - a.latitude) * rad) / 2);
  const sinLon = Math.sin(((b.longitude - a.longitude) * rad) / 2);
  const h = sinLat * sinLat + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * sinLon * sinLon;
  return 2 * 3958.7613 * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
}

const AGE_FLAG = {
  children: 'agesChildren',
  youngAdults: 'agesYoungAdults',
  adults: 'agesAdults',
  seniors: 'agesSeniors',
} as const;
const PAYMENT_FLAG = {
  medicaid: 'payMedicaid',
  medicare: 'payMedicare',
  private: 'payPrivate',
  self: 'paySelf',
  sliding: 'paySliding',
  military: 'payMilitary',
  free: 'payFree',
} as const;
const FOCUS_FLAG = {
  mental_health: 'treatsMentalHealth',
  substance_use: 'treatsSubstanceUse',
  co_occurring: 'treatsCoOccurring',
} as const;

/** Every filter must hold (see programWhere's documented semantics). */
export function satisfies(program: StoredProgram, filters: SearchFilters): boolean {
  if (filters.iopOnly && !program.levelIop) return false;
  if (filters.telehealth && !program.telehealth) return false;
  if (filters.spanish && !program.langSpanish) return false;
  if (filters.signLanguage && !program.langSign) return false;
  if (filters.evening && program.trackEvening !== true) return false;
  if (filters.focus && !program[FOCUS_FLAG[filters.focus]]) return false;
  if ((filters.ages ?? []).some((age) => !program[AGE_FLAG[age]])) return false;
  return (filters.payment ?? []).every((payment) => program[PAYMENT_FLAG[payment]]);
}

/** What a widening search should return: the first of 25/50/100 miles holding 3 matches, else 100. */
export function expectedSearch(
  stored: readonly StoredProgram[],
  place: { latitude: number; longitude: number },
  filters: SearchFilters,
) {
  const candidates = stored
    .filter(
      (program) => program.latitude !== null && program.longitude !== null && satisfies(program, filters),
    )
    .map((program) => ({
      record: program,
      distanceMiles: independentMiles(place, { latitude: program.latitude!, longitude: program.longitude! }),
    }));
  for (const radiusMiles of [25, 50, 100]) {
    const programs = candidates.filter((item) => item.distanceMiles <= radiusMiles);
    if (programs.length >= 3 || radiusMiles === 100) return { radiusMiles, programs };
  }
  throw new Error('unreachable');
}

const clean = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export function sourceRowKey(program: Pick<StoredProgram, 'source' | 'name' | 'street' | 'zip'>): string {
  return `${program.source}|${program.name}|${program.street}|${program.zip}`;
}

/** The flags ADR 0008's code table gives each row of a SAMHSA CSV conversion (first listing of a repeat). */
export function samhsaRows(csvText: string, source: 'samhsa-mh' | 'samhsa-su') {
  const [header, ...rows] = parseCsv(csvText);
  const column = (name: string) => header.indexOf(name);
  const seen = new Set<string>();
  const out = [];
  for (const row of rows) {
    const get = (name: string) => clean(row[column(name)]);
    const name = get('name2') ? `${get('name1')} - ${get('name2')}` : get('name1');
    const street = [get('street1'), get('street2')].filter(Boolean).join(', ');
    const key = sourceRowKey({ source, name, street, zip: get('zip') });
    if (seen.has(key)) continue;
    seen.add(key);
    const codes = new Set(get('service_code_info').split(' '));
    const any = (...list: string[]) => list.some((code) => codes.has(code));
    const expected = {
      city: get('city'),
      state: get('state'),
      phone: get('phone') || null,
      levelIop: any('OIT'),
      levelPartial: any('PHDT', 'ODT'),
      levelOutpatient: any('OP', 'ORT'),
      levelResidential: any('RES', 'RS', 'RL', 'RD', 'HI', 'HID', 'HIT'),
      treatsMentalHealth: any('MH'),
      treatsSubstanceUse: any('SA'),
      treatsCoOccurring: any('SUMH'),
      telehealth: any('TELE'),
      agesChildren: any('CHLD'),
      agesYoungAdults: any('YAD'),
      agesAdults: any('ADLT'),
      agesSeniors: any('SNR'),
      payMedicaid: any('MD'),
      payMedicare: any('MC'),
      payPrivate: any('PI'),
      paySelf: any('SF'),
      paySliding: any('SS'),
      payMilitary: any('MI'),
      payFree: any('NP'),
      langSpanish: any('SP'),
      langSign: any('AH'),
      trackEvening: null,
    };
    out.push({ key, zip: get('zip'), expected });
  }
  return out;
}
