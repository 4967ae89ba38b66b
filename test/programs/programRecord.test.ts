import {
  computeContentHash,
  computeSourceKey,
  emptyFlags,
  type ProgramRecord,
} from '../../src/programs/programRecord';

function sample(): Omit<ProgramRecord, 'contentHash'> {
  return {
    sourceKey: computeSourceKey('csv:a.csv', 'Harbor', '1 Main St', '07030'),
    name: 'Harbor',
    organisation: null,
    street: '1 Main St',
    city: 'Hoboken',
    state: 'NJ',
    zip: '07030',
    latitude: 40.74,
    longitude: -74.03,
    phone: null,
    intakePhone: null,
    website: null,
    ...emptyFlags(),
    otherLanguages: '',
    trackDay: null,
    trackEvening: null,
    trackWeekend: null,
    source: 'csv:a.csv',
    sourceEdition: '',
    lastVerified: new Date('2024-01-02T00:00:00Z'),
  };
}

describe('computeSourceKey', () => {
  it('is prefixed by the source and ignores case, spacing and punctuation', () => {
    const key = computeSourceKey('samhsa-su', 'Harbor Counseling, Inc.', '1 Main St.', '07030');
    expect(key).toMatch(/^samhsa-su:[0-9a-f]{24}$/);
    expect(computeSourceKey('samhsa-su', 'HARBOR  counseling inc', '1 main st', ' 07030 ')).toBe(key);
  });

  it('differs by source, name, street and ZIP', () => {
    const key = computeSourceKey('samhsa-su', 'Harbor', '1 Main St', '07030');
    expect(
      new Set([
        key,
        computeSourceKey('samhsa-mh', 'Harbor', '1 Main St', '07030'),
        computeSourceKey('samhsa-su', 'Harbour', '1 Main St', '07030'),
        computeSourceKey('samhsa-su', 'Harbor', '2 Main St', '07030'),
        computeSourceKey('samhsa-su', 'Harbor', '1 Main St', '07031'),
      ]).size,
    ).toBe(5);
  });

  it('does not let field boundaries shift ("ab" + "c" vs "a" + "bc")', () => {
    expect(computeSourceKey('s', 'ab', 'c', '07030')).not.toBe(computeSourceKey('s', 'a', 'bc', '07030'));
  });
});

describe('computeContentHash', () => {
  it('is stable for equal records, whatever the key order', () => {
    const record = sample();
    const reordered = Object.fromEntries(Object.entries(record).reverse()) as typeof record;
    expect(computeContentHash(reordered)).toBe(computeContentHash(record));
  });

  it('changes when any single field changes', () => {
    const record = sample();
    const original = computeContentHash(record);
    const changes: Partial<Omit<ProgramRecord, 'contentHash'>>[] = [
      { name: 'Harbor 2' },
      { latitude: 40.75 },
      { levelIop: true },
      { payFree: true },
      { trackEvening: false },
      { otherLanguages: 'Polish' },
      { sourceEdition: '2025' },
      { lastVerified: new Date('2024-01-03T00:00:00Z') },
      { lastVerified: null },
      { website: 'https://example.org' },
    ];
    for (const change of changes) expect(computeContentHash({ ...record, ...change })).not.toBe(original);
  });

  it('tells null from false for the schedule tracks', () => {
    const record = sample();
    expect(computeContentHash({ ...record, trackDay: false })).not.toBe(
      computeContentHash({ ...record, trackDay: null }),
    );
  });
});
