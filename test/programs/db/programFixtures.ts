import {
  computeContentHash,
  computeSourceKey,
  emptyFlags,
  type ProgramRecord,
} from '../../../src/programs/programRecord';

/** A stored-program record for repository tests: a named place with everything else off. */
export function programAt(
  name: string,
  latitude: number | null,
  longitude: number | null,
  overrides: Partial<ProgramRecord> = {},
): ProgramRecord {
  const source = overrides.source ?? 'csv:fixture.csv';
  const record: Omit<ProgramRecord, 'contentHash'> = {
    sourceKey: computeSourceKey(source, name, '1 Test Street', '00000'),
    name,
    organisation: null,
    street: '1 Test Street',
    city: 'Testville',
    state: 'NJ',
    zip: '07030',
    latitude,
    longitude,
    phone: null,
    intakePhone: null,
    website: null,
    ...emptyFlags(),
    otherLanguages: '',
    trackDay: null,
    trackEvening: null,
    trackWeekend: null,
    source,
    sourceEdition: '',
    lastVerified: null,
    ...overrides,
  };
  return { ...record, contentHash: computeContentHash(record) };
}

/** The point `miles` due north of (latitude, longitude): 1° of latitude is 69.09 statute miles. */
export function northOf(latitude: number, longitude: number, miles: number): [number, number] {
  return [latitude + miles / 69.0934, longitude];
}
