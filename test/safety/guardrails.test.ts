import { classifyGuardrail } from '../../src/safety/guardrails';

describe('classifyGuardrail', () => {
  it.each([
    'do I have bipolar?',
    'Could I have ADHD',
    'am i depressed',
    'does this sound like a panic attack?',
    '¿tengo depresión?',
    '¿crees que tengo ansiedad?',
    'should I stop my zoloft',
    'what dose of xanax should i take',
    'can I drink alcohol on lexapro?',
    'is it safe to skip my meds for a day',
    'what is zoloft?',
    '¿debo dejar de tomar mis pastillas?',
    '¿qué dosis de sertralina es normal?',
    'be my therapist',
    'can you do therapy with me',
    'help me process my trauma',
    'sé mi psicóloga',
    'ayúdame a superar mi trauma',
  ])('declines %j as medical advice', (text) => {
    expect(classifyGuardrail(text)).toBe('medical_advice');
  });

  it.each([
    'are you a real person?',
    'am I talking to a bot',
    'is this a bot',
    'r u human',
    'can I talk to a real person',
    '¿eres humano?',
    '¿estoy hablando con un robot?',
    'quiero hablar con una persona',
  ])('answers %j honestly as a human check', (text) => {
    expect(classifyGuardrail(text)).toBe('human_check');
  });

  it.each([
    'what is CBT?',
    "what's an IOP",
    'what is depression?',
    'how long is IOP',
    'does insurance cover IOP',
    'I have depression, can IOP help?',
    'tengo depresión y busco un programa',
    '¿qué es la terapia cognitivo conductual?',
    'remind me to take my meds at 9',
    'i want to find a therapist near me',
    'help me cope with stress',
    'I am a real person looking for help',
  ])('lets the general question or statement %j through', (text) => {
    expect(classifyGuardrail(text)).toBeNull();
  });
});
