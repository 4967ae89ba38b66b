import type { Language } from '../../src/channels/outboundMessage';
import { detectCrisis } from '../../src/safety/crisisDetector';
import {
  buildCrisisReply,
  buildCrisisResourcesReminder,
  buildDisclaimer,
  buildGuardrailReply,
  chooseCrisisVariant,
} from '../../src/safety/crisisReply';
import { createCrisisScreen } from '../../src/safety/crisisScreen';
import type { CrisisAssessment } from '../../src/safety/crisisTypes';

const LANGUAGES: Language[] = ['en', 'es'];
const ASSESSMENTS: CrisisAssessment[] = [
  { isCrisis: true, categories: ['suicide'], subject: 'self' },
  { isCrisis: true, categories: ['suicide'], subject: 'other' },
  { isCrisis: true, categories: ['self_harm'] },
  { isCrisis: true, categories: ['overdose', 'suicide'], subject: 'self' },
  { isCrisis: true, categories: ['danger_abuse'], subject: 'self' },
  { isCrisis: true, categories: ['harm_others'], subject: 'self' },
];

describe('buildCrisisReply', () => {
  it.each(LANGUAGES.flatMap((l) => ASSESSMENTS.map((a) => [l, a] as const)))(
    'in %s for %j carries safety:crisis, 988, 741741 and 911',
    (language, assessment) => {
      const reply = buildCrisisReply(language, assessment);
      expect(reply.safety).toBe('crisis');
      for (const number of ['988', '741741', '911']) expect(reply.text).toContain(number);
      expect(reply.choices?.map((c) => c.value)).toEqual(expect.arrayContaining(['call 988']));
      expect(reply.choices?.some((c) => c.value === 'call 911')).toBe(true);
    },
  );

  it('picks the variant by urgency and by who the message is about', () => {
    expect(chooseCrisisVariant(ASSESSMENTS[0])).toBe('self');
    expect(chooseCrisisVariant(ASSESSMENTS[1])).toBe('other');
    expect(chooseCrisisVariant(ASSESSMENTS[3])).toBe('overdose');
    expect(chooseCrisisVariant(ASSESSMENTS[4])).toBe('danger');
    expect(chooseCrisisVariant(ASSESSMENTS[5])).toBe('harmOthers');
    expect(chooseCrisisVariant({ isCrisis: true, categories: ['harm_others'], subject: 'other' })).toBe(
      'danger',
    );
  });

  it('speaks to a worried friend when the message is about someone else', () => {
    const reply = buildCrisisReply('en', detectCrisis('my friend wants to kill herself'));
    expect(reply.text).toMatch(/worried about someone/);
  });

  it('never echoes what the person wrote', () => {
    const text = 'i want to jump off the grand street bridge';
    const reply = buildCrisisReply('en', detectCrisis(text));
    expect(reply.text).not.toMatch(/bridge|grand street|jump/i);
  });

  it('still gives the general crisis reply for a non-crisis assessment, the safer failure', () => {
    expect(buildCrisisReply('en', { isCrisis: false, categories: [] }).safety).toBe('crisis');
  });

  it('returns fresh choice objects, so a caller cannot change the shared content', () => {
    const first = buildCrisisReply('en', ASSESSMENTS[0]);
    first.choices![0].label = 'changed';
    expect(buildCrisisReply('en', ASSESSMENTS[0]).choices![0].label).not.toBe('changed');
  });
});

describe('non-crisis replies', () => {
  it.each(LANGUAGES)('keep resources close after a crisis without the crisis marker (%s)', (language) => {
    const reminder = buildCrisisResourcesReminder(language);
    expect(reminder.safety).toBeUndefined();
    expect(reminder.text).toContain('988');
    expect(reminder.choices?.length).toBeGreaterThan(0);
    const fine = buildCrisisResourcesReminder(language, { reason: 'im_fine' });
    expect(fine.safety).toBeUndefined();
    expect(fine.text).toContain('988');
    expect(fine.text).not.toBe(reminder.text);
  });

  it('takes turns through the follow-up lines', () => {
    const lines = [0, 1, 2].map((turn) => buildCrisisResourcesReminder('en', { turn }).text);
    expect(new Set(lines).size).toBe(3);
    expect(buildCrisisResourcesReminder('en', { turn: 3 }).text).toBe(lines[0]);
  });

  it.each(LANGUAGES)('decline medical advice and answer the human check honestly (%s)', (language) => {
    const medical = buildGuardrailReply('medical_advice', language);
    const human = buildGuardrailReply('human_check', language);
    expect(medical.safety).toBeUndefined();
    expect(human.safety).toBeUndefined();
    expect(human.text).toMatch(
      language === 'en' ? /automated assistant, not a person/ : /asistente automático, no una persona/,
    );
  });

  it.each(LANGUAGES)('include a disclaimer that names 911 and 988 (%s)', (language) => {
    const text = buildDisclaimer(language);
    expect(text).toContain('911');
    expect(text).toContain('988');
    expect(text).toMatch(language === 'en' ? /not medical advice/ : /no consejos médicos/);
  });
});

describe('createCrisisScreen', () => {
  const screen = createCrisisScreen();

  it('answers a crisis with the crisis reply and anything else with nothing', () => {
    expect(screen.screen('me quiero matar', 'es')?.safety).toBe('crisis');
    expect(screen.screen('what is an IOP?', 'en')).toBeUndefined();
  });

  it('offers the care reminder without the crisis marker', () => {
    expect(screen.careReminder('en').safety).toBeUndefined();
  });
});
