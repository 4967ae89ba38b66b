import { sharedGeocoder } from '../../src/programs/geocoder';
import { readLocatorIntent, readReportReason, reportValueFor } from '../../src/programs/locatorIntent';

const intent = (text: string, hasSearch = false) => readLocatorIntent(text, hasSearch, sharedGeocoder());

describe('readLocatorIntent', () => {
  it.each([
    ['find an IOP near 07030', 'Hoboken, NJ 07030'],
    ['programs in Toms River', 'Toms River, NJ'],
    ['busco un programa cerca de Newark, NJ', 'Newark, NJ'],
    ['Is there an IOP in Chicago?', 'Chicago, IL'],
    ['08753', 'Toms River, NJ 08753'],
  ])('takes "%s" as a new search at %s', (text, label) => {
    expect(intent(text)).toMatchObject({ kind: 'search', place: { label } });
  });

  it.each([
    'IOP near me',
    'Find an IOP',
    'Where is the closest intensive outpatient program?',
    'Encuentra un programa cerca',
  ])('takes "%s" as a search that still needs a place', (text) => {
    expect(intent(text)).toMatchObject({ kind: 'search', place: null });
  });

  it('carries the filters of a one-shot request', () => {
    expect(intent('find an IOP near 07030 that takes Medicaid, telehealth only')).toMatchObject({
      kind: 'search',
      filters: { payment: ['medicaid'], telehealth: true },
    });
  });

  it.each([
    ['show more', 'more'],
    ['Ver más', 'more'],
    ['más resultados', 'more'],
    ['farther away', 'farther'],
    ['Más lejos', 'farther'],
    ['clear filters', 'clearFilters'],
  ])('reads "%s" after a search as %s, and as nothing before one', (text, kind) => {
    expect(intent(text, true)).toEqual({ kind });
    expect(intent(text, false)).toEqual({ kind: 'none' });
  });

  it.each([
    ['Which of those take Medicaid?', { payment: ['medicaid'] }],
    ['do any of them take Medicare?', { payment: ['medicare'] }],
    ['only telehealth', { telehealth: true }],
    ['in Spanish', { spanish: true }],
    ['solo telesalud', { telehealth: true }],
    ['¿Cuáles aceptan Medicaid?', { payment: ['medicaid'] }],
  ])('reads "%s" after a search as a refinement', (text, filters) => {
    expect(intent(text, true)).toEqual({ kind: 'refine', filters });
  });

  it('moves the search for a clearly named place, keeping the filters to the dialog', () => {
    expect(intent('what about 08753?', true)).toMatchObject({
      kind: 'moveSearch',
      place: { label: 'Toms River, NJ 08753' },
    });
    expect(intent('and in Newark, NJ?', true)).toMatchObject({
      kind: 'moveSearch',
      place: { label: 'Newark, NJ' },
    });
  });

  it.each([
    'What is an IOP?',
    'Is telehealth as good as in person?',
    'Are there IOPs for teens?',
    'Can IOP help with depression?',
    'Tell me more',
    'thanks',
    'hope',
    'fine',
    'remind me tomorrow at 6pm',
    'I need help with drinking',
  ])('leaves "%s" to other dialogs, even after a search', (text) => {
    expect(intent(text, false)).toEqual({ kind: 'none' });
    expect(intent(text, true)).toEqual({ kind: 'none' });
  });

  it('reads report requests and forget requests', () => {
    expect(intent(reportValueFor(1234))).toEqual({ kind: 'report', listingId: 1234 });
    expect(intent('report a problem with #2', true)).toEqual({ kind: 'report', position: 2 });
    expect(intent('reportar un problema con el 3', true)).toEqual({ kind: 'report', position: 3 });
    expect(intent('report a problem', true)).toEqual({ kind: 'report', position: undefined });
    expect(intent('I want to report something', false)).toEqual({ kind: 'none' });
    expect(intent('please forget my location')).toEqual({ kind: 'forget' });
    expect(intent('Olvida mi ubicación')).toEqual({ kind: 'forget' });
  });
});

describe('readReportReason', () => {
  it.each([
    ['Wrong phone number', 'phone'],
    ['Teléfono incorrecto', 'phone'],
    ['the address is wrong', 'address'],
    ['they closed', 'closed'],
    ['ya no existe', 'closed'],
    ['they do not take my insurance', 'services'],
    ['Something else', 'other'],
    ['never mind', 'cancel'],
    ['cancelar', 'cancel'],
  ])('reads "%s" as %s', (text, reason) => {
    expect(readReportReason(text)).toBe(reason);
  });

  it('names no reason for an unrelated message', () => {
    expect(readReportReason('what is an IOP?')).toBeUndefined();
  });
});
