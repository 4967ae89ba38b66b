/**
 * What the simulated people say: mostly questions about IOPs, some program searches, and now and
 * then a reminder request followed by its confirmation. Each conversation walks the script from
 * a different starting point, so the mix is the same in every phase.
 */
const SCRIPT = [
  'what is an iop',
  'how many days a week is it',
  'find an IOP near 07030',
  'does insurance cover it',
  'what is dbt',
  'remind me to practice box breathing every day at 8pm',
  'yes',
  'how is it different from inpatient',
  'programs near 10001 that take medicaid',
  'que es un programa intensivo ambulatorio',
  'can i keep working during treatment',
  'what skills will i learn',
];

export const TURN_MIX = {
  faq: SCRIPT.filter((t) => !/near|remind|^yes$/.test(t)).length / SCRIPT.length,
  locator: SCRIPT.filter((t) => /near/.test(t)).length / SCRIPT.length,
  reminder: SCRIPT.filter((t) => /remind|^yes$/.test(t)).length / SCRIPT.length,
};

export function turnText(conversation: number, turn: number): string {
  return SCRIPT[(conversation * 5 + turn) % SCRIPT.length];
}

export function echoTurnText(conversation: number, turn: number): string {
  return turnText(conversation, turn);
}
