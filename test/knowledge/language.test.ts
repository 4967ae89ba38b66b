import { detectLanguage } from '../../src/knowledge/language';

describe('detectLanguage', () => {
  it('lets a Spanish or English locale win over the text', () => {
    expect(detectLanguage('what is an iop', 'es-MX')).toBe('es');
    expect(detectLanguage('¿qué es un IOP?', 'en-US')).toBe('en');
    expect(detectLanguage('hola', 'ES')).toBe('es');
  });

  it('falls back to the text when the locale is missing or another language', () => {
    expect(detectLanguage('¿qué es un IOP?')).toBe('es');
    expect(detectLanguage('cuanto cuesta el programa', 'fr-FR')).toBe('es');
    expect(detectLanguage('necesito ayuda')).toBe('es');
    expect(detectLanguage('does insurance cover it', 'pt-BR')).toBe('en');
  });

  it('reads accents and inverted punctuation as Spanish', () => {
    expect(detectLanguage('¡gracias!')).toBe('es');
    expect(detectLanguage('terapia dialéctica')).toBe('es');
  });

  it('defaults to English when nothing points to Spanish', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('ok')).toBe('en');
    expect(detectLanguage('iop 60614')).toBe('en');
    expect(detectLanguage('is there family therapy')).toBe('en');
  });
});
