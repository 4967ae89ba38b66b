import {
  describeFilters,
  mergeFilters,
  parseSearchFilters,
  type SearchFilters,
} from '../../src/programs/searchFilters';

describe('parseSearchFilters', () => {
  it.each<[string, SearchFilters]>([
    ['IOP only please', { iopOnly: true }],
    ['solo IOP', { iopOnly: true }],
    ['sólo IOP, por favor', { iopOnly: true }],
    ['telehealth', { telehealth: true }],
    ['is there something online?', { telehealth: true }],
    ['a virtual program', { telehealth: true }],
    ['algo en línea', { telehealth: true }],
    ['for my teenager', { ages: ['children'] }],
    ['my 15 year old', { ages: ['children'] }],
    ['my 15-year-old daughter', { ages: ['children'] }],
    ['an adolescent program', { ages: ['children'] }],
    ['para mi hijo adolescente', { ages: ['children'] }],
    ['mi hija de 16 años', { ages: ['children'] }],
    ['for seniors', { ages: ['seniors'] }],
    ['my 70 year old father', { ages: ['seniors'] }],
    ['young adult group', { ages: ['youngAdults'] }],
    ['para adultos mayores', { ages: ['seniors'] }],
    ['takes Medicaid', { payment: ['medicaid'] }],
    ['acepta Medicaid', { payment: ['medicaid'] }],
    ['Medi-Cal', { payment: ['medicaid'] }],
    ['medicare', { payment: ['medicare'] }],
    ['I have insurance', { payment: ['private'] }],
    ['sliding scale', { payment: ['sliding'] }],
    ['escala móvil', { payment: ['sliding'] }],
    ['something free', { payment: ['free'] }],
    ['gratis', { payment: ['free'] }],
    ['tricare', { payment: ['military'] }],
    ['en español', { spanish: true }],
    ['in Spanish', { spanish: true }],
    ['sign language', { signLanguage: true }],
    ['ASL interpreter', { signLanguage: true }],
    ['evening groups', { evening: true }],
    ['por la noche', { evening: true }],
    ['substance use', { focus: 'substance_use' }],
    ['drug problems', { focus: 'substance_use' }],
    ['alcohol', { focus: 'substance_use' }],
    ['mental health', { focus: 'mental_health' }],
    ['salud mental', { focus: 'mental_health' }],
    ['both', { focus: 'co_occurring' }],
    ['co-occurring disorders', { focus: 'co_occurring' }],
    ['depression and drinking', { focus: 'co_occurring' }],
    ['feel free to tell me', {}],
    ['a drug-free program', {}],
    ['hello', {}],
  ])('reads "%s"', (text, expected) => {
    expect(parseSearchFilters(text)).toEqual(expected);
  });

  it('reads several preferences from one message', () => {
    expect(
      parseSearchFilters(
        'IOP only near 07030 for my 16-year-old, takes Medicaid or Medicare, online, evenings, in Spanish',
      ),
    ).toEqual({
      iopOnly: true,
      telehealth: true,
      evening: true,
      spanish: true,
      ages: ['children'],
      payment: ['medicaid', 'medicare'],
    });
    expect(parseSearchFilters('solo IOP en línea para adultos, acepta Medicaid, por la noche')).toEqual({
      iopOnly: true,
      telehealth: true,
      evening: true,
      ages: ['adults'],
      payment: ['medicaid'],
    });
  });

  it('does not count "adult" again inside "young adult"', () => {
    expect(parseSearchFilters('young adults').ages).toEqual(['youngAdults']);
    expect(parseSearchFilters('young adults and adults').ages).toEqual(['youngAdults', 'adults']);
  });
});

describe('mergeFilters', () => {
  it('combines lists and lets later answers replace earlier ones', () => {
    const first: SearchFilters = {
      iopOnly: true,
      ages: ['children'],
      payment: ['medicaid'],
      focus: 'mental_health',
    };
    const next: SearchFilters = {
      telehealth: true,
      payment: ['sliding', 'medicaid'],
      focus: 'co_occurring',
      iopOnly: false,
    };
    expect(mergeFilters(first, next)).toEqual({
      iopOnly: false,
      telehealth: true,
      ages: ['children'],
      payment: ['medicaid', 'sliding'],
      focus: 'co_occurring',
    });
  });

  it('keeps earlier values when the later message says nothing', () => {
    const first: SearchFilters = { evening: true, ages: ['seniors'] };
    expect(mergeFilters(first, {})).toEqual(first);
    expect(mergeFilters({}, first)).toEqual(first);
  });
});

describe('describeFilters', () => {
  const filters: SearchFilters = {
    iopOnly: true,
    telehealth: true,
    payment: ['medicaid'],
    ages: ['children'],
  };

  it('describes filters in English and Spanish', () => {
    expect(describeFilters(filters, 'en')).toBe('IOP only, children and teens, takes Medicaid, telehealth');
    expect(describeFilters(filters, 'es')).toBe('solo IOP, niños y adolescentes, acepta Medicaid, telesalud');
  });

  it('is empty when there are no filters', () => {
    expect(describeFilters({}, 'en')).toBe('');
  });

  it('describes what it parsed, whatever the language of the message', () => {
    expect(describeFilters(parseSearchFilters('busco un programa en español por la noche'), 'en')).toBe(
      'services in Spanish, evening groups',
    );
  });
});
