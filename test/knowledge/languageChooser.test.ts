import { languageChooser, textLanguage } from '../../src/knowledge/languageChooser';

describe('textLanguage', () => {
  it('reads common words of each language', () => {
    expect(textLanguage('que es un programa intensivo')).toBe('es');
    expect(textLanguage('what is an intensive program')).toBe('en');
    expect(textLanguage('¿ok?')).toBe('es');
  });

  it('finds no language in numbers, codes and one-word replies', () => {
    expect(textLanguage('07030')).toBeUndefined();
    expect(textLanguage('ok')).toBeUndefined();
  });

  it('does not read words out of a reminder reference or other letters mixed with digits', () => {
    // Each of these hex references holds a Spanish word ("de", "el", "la") between digits.
    for (const ref of ['de6b599d', 'd01de155', 'bda1c4de', '0e5b02de', '7e1a9c3f', '1a2b3c4d']) {
      expect(textLanguage(`done #${ref}`)).toBeUndefined();
      expect(languageChooser.choose(`done #${ref}`, undefined, 'en')).toBe('en');
    }
    expect(textLanguage('hecho #de6b599d')).toBeUndefined();
  });

  it('keeps the conversation language when the text gives none', () => {
    expect(languageChooser.choose('2', undefined, 'es')).toBe('es');
    expect(languageChooser.choose('2', 'es-MX', undefined)).toBe('es');
    expect(languageChooser.choose('2', undefined, undefined)).toBe('en');
  });
});
