import {
  labelsFor,
  rankPrograms,
  type LabelledProgram,
  type RankedItem,
} from '../../src/programs/programLabels';

const base: LabelledProgram = {
  levelIop: false,
  levelPartial: false,
  levelOutpatient: false,
  levelResidential: false,
  telehealth: false,
  trackEvening: null,
  langSpanish: false,
  langSign: false,
  payMedicaid: false,
  payMedicare: false,
  paySliding: false,
  payFree: false,
};

describe('labelsFor', () => {
  it('calls a listed IOP an IOP', () => {
    expect(labelsFor({ ...base, levelIop: true, levelOutpatient: true }, 'en')).toEqual([
      'Intensive outpatient (IOP)',
    ]);
    expect(labelsFor({ ...base, levelIop: true }, 'es')).toEqual(['Programa intensivo ambulatorio (IOP)']);
  });

  it('does not call outpatient or day programs an IOP, and says to ask', () => {
    const ask = ['Outpatient / day program — ask whether they run an IOP'];
    expect(labelsFor({ ...base, levelOutpatient: true }, 'en')).toEqual(ask);
    expect(labelsFor({ ...base, levelPartial: true, levelResidential: true }, 'en')).toEqual(ask);
    expect(labelsFor({ ...base, levelPartial: true }, 'es')).toEqual([
      'Programa ambulatorio o de día — pregunta si tienen IOP',
    ]);
  });

  it('marks residential-only care as such, and adds nothing for no level', () => {
    expect(labelsFor({ ...base, levelResidential: true }, 'en')).toEqual(['Residential or hospital care']);
    expect(labelsFor(base, 'en')).toEqual([]);
  });

  it('adds telehealth, evening, language and payment highlights in a fixed order', () => {
    const record = {
      ...base,
      levelIop: true,
      telehealth: true,
      trackEvening: true,
      langSpanish: true,
      langSign: true,
      payMedicaid: true,
      payMedicare: true,
      paySliding: true,
      payFree: true,
    };
    expect(labelsFor(record, 'en')).toEqual([
      'Intensive outpatient (IOP)',
      'Telehealth available',
      'Evening groups',
      'Services in Spanish',
      'Sign language services',
      'Takes Medicaid',
      'Takes Medicare',
      'Sliding-scale fees',
      'Free care',
    ]);
    expect(labelsFor({ ...record, trackEvening: false }, 'es')).not.toContain('Grupos por la noche');
  });
});

describe('rankPrograms', () => {
  const item = (name: string, distanceMiles: number, levelIop: boolean): RankedItem => ({
    record: { name, levelIop, sourceKey: `test:${name}` },
    distanceMiles,
  });
  const names = (items: RankedItem[]) => items.map((entry) => entry.record.name);

  it('puts an IOP first when it is within 2 miles of the nearest program', () => {
    expect(
      names(rankPrograms([item('Clinic', 1, false), item('IOP', 2.9, true), item('Far', 3.5, false)])),
    ).toEqual(['IOP', 'Clinic', 'Far']);
  });

  it('keeps a nearer program first when the IOP is clearly farther', () => {
    expect(names(rankPrograms([item('IOP', 3.5, true), item('Clinic', 1, false)]))).toEqual([
      'Clinic',
      'IOP',
    ]);
  });

  it('uses 20% of the distance when that is more than 2 miles', () => {
    expect(names(rankPrograms([item('Clinic', 30, false), item('IOP', 35.9, true)]))).toEqual([
      'IOP',
      'Clinic',
    ]);
    expect(names(rankPrograms([item('Clinic', 30, false), item('IOP', 36.5, true)]))).toEqual([
      'Clinic',
      'IOP',
    ]);
  });

  it('starts a new group after the window, so a far IOP never jumps a close group', () => {
    const ranked = rankPrograms([
      item('A', 1, false),
      item('B', 2.5, false),
      item('C', 3.2, true),
      item('D', 4, false),
      item('E', 4.9, true),
    ]);
    // Group 1: within 3 miles of A (A, B); group 2 starts at C (3.2) and reaches 5.2 (C, D, E).
    expect(names(ranked)).toEqual(['A', 'B', 'C', 'E', 'D']);
  });

  it('is deterministic whatever the input order', () => {
    const items = [item('b', 5, false), item('a', 5, false), item('c', 5, true), item('d', 1, false)];
    const expected = ['d', 'c', 'a', 'b'];
    expect(names(rankPrograms(items))).toEqual(expected);
    expect(names(rankPrograms([...items].reverse()))).toEqual(expected);
  });

  it('returns a new array and leaves the input alone', () => {
    const items = [item('x', 2, false), item('y', 1, false)];
    const ranked = rankPrograms(items);
    expect(ranked).not.toBe(items);
    expect(names(items)).toEqual(['x', 'y']);
  });
});
