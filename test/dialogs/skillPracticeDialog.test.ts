import { loadSkillLibrary } from '../../src/reminders/skillLibrary';
import { ChatHarness, FALLBACK_TEXT } from './support/chatHarness';

const NOW = new Date('2026-11-30T20:00:00Z');
const library = loadSkillLibrary();
const box = library.skill('box-breathing')!;

describe('SkillPracticeDialog', () => {
  it('walks through box breathing one step at a time and notes the practice at the end', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: 'America/New_York' });
    const [intro, first] = await chat.say('walk me through box breathing');
    expect(intro.text).toBe(`Box breathing. ${box.en.intro}`);
    expect(first.text).toBe(`Step 1 of 7: ${box.en.steps[0]}`);
    expect(first.choices?.map((c) => c.label)).toEqual(['Next', 'Stop here']);
    for (let step = 2; step <= 7; step++) {
      expect(await chat.sayText('Next')).toBe(`Step ${step} of 7: ${box.en.steps[step - 1]}`);
    }
    expect(chat.practice.entries).toHaveLength(0);
    expect(await chat.sayText('1')).toBe(`${box.en.closing} I noted this practice.`);
    expect(chat.practice.entries).toEqual([{ userHash: 'user-1', skillId: 'box-breathing', at: NOW }]);
    expect(await chat.sayText('next')).toBe(FALLBACK_TEXT);
  });

  it('stops when asked, without noting a practice', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: 'America/New_York' });
    await chat.say("let's do grounding");
    expect(await chat.sayText('2')).toBe("OK, we'll stop here. You can come back to it any time.");
    expect(chat.practice.entries).toHaveLength(0);
  });

  it('lets other dialogs answer a detour, then carries on with "next"', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: 'America/New_York' });
    const grounding = library.skill('grounding-54321')!;
    await chat.say('grounding');
    expect(await chat.sayText('what is an IOP?')).toBe(FALLBACK_TEXT);
    expect(await chat.sayText('next')).toBe(
      `Step 2 of ${grounding.en.steps.length}: ${grounding.en.steps[1]}`,
    );
  });

  it('STOP during an exercise is the consent keyword, not the exercise button', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: 'America/New_York' });
    await chat.say('walk me through box breathing');
    expect(await chat.sayText('STOP')).toMatch(/^You're unsubscribed/);
  });

  it('"practice" after a skill reminder starts that exercise', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: 'America/New_York' });
    await chat.say('remind me to do the thought record every day at 9pm');
    await chat.say('yes');
    chat.reminders.deliver(chat.reminders.reminders[0].id, NOW);
    const [intro] = await chat.say('practice now');
    expect(intro.text).toMatch(/^Thought record\./);
  });

  it('"practice" with no skill reminder asks which exercise', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: 'America/New_York' });
    const [question] = await chat.say('practice');
    expect(question.text).toBe('Which exercise would you like to try?');
    expect(question.choices).toHaveLength(library.list().length);
    const pmr = question.choices!.findIndex((c) => c.value === 'Progressive muscle relaxation');
    const [intro] = await chat.say(String(pmr + 1));
    expect(intro.text).toMatch(/^Progressive muscle relaxation\./);
  });

  it('leaves questions about an exercise to the FAQ', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: 'America/New_York' });
    expect(await chat.sayText('what is box breathing?')).toBe(FALLBACK_TEXT);
  });

  it('guides in Spanish', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: 'America/New_York', language: 'es' });
    const [intro, first] = await chat.say('hagamos respiración cuadrada');
    expect(intro.text).toBe(`Respiración cuadrada. ${box.es.intro}`);
    expect(first.text).toBe(`Paso 1 de 7: ${box.es.steps[0]}`);
    expect(first.choices?.map((c) => c.label)).toEqual(['Siguiente', 'Parar aquí']);
    expect(await chat.sayText('siguiente')).toBe(`Paso 2 de 7: ${box.es.steps[1]}`);
    expect(await chat.sayText('Parar aquí')).toBe(
      'De acuerdo, lo dejamos aquí. Puedes volver a esto cuando quieras.',
    );
  });
});
