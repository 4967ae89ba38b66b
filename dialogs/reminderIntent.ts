import { foldText } from '../src/reminders/textPatterns';

/** What a message asks the reminder dialog to do. `number` is a position in the person's list. */
export type ReminderIntent =
  | { kind: 'create' }
  | { kind: 'list' }
  | { kind: 'stats' }
  | { kind: 'pause' | 'resume' | 'delete'; number?: number }
  | { kind: 'deleteAll' }
  | { kind: 'change'; number?: number; target?: string; newTime: string };

const REMINDERS = '(?:reminders?|recordatorios?)';
const ARTICLE = '(?:(?:all )?my|the|all|all the|todos|todos mis|todos los|mis|mi|los|el|la)';
const NUMBER = '(?:(?:number|no|numero|n|#) ?)?(\\d{1,2})';

/** `verbs` need "reminders" after them; `bareVerbs` may also stand alone ("resume"). */
function managePattern(verbs: string, bareVerbs: string): RegExp {
  const object = `(?: ${ARTICLE})? ${REMINDERS}(?: ${NUMBER})?`;
  return new RegExp(`^(?:(?:${verbs}|${bareVerbs})${object}|(?:${bareVerbs}))(?: please| por favor)?$`);
}

const LIST = [
  /^(?:(?:show|list|see|view|check)(?: me)?(?: all)?(?: my| the)? reminders|my reminders|list reminders|reminders)$/,
  /^(?:what are my reminders|what reminders do i have|which reminders do i have)$/,
  /^(?:mis recordatorios|(?:ver|muestrame|mostrar|listar|ensename|lista de)(?: mis| los)? recordatorios)$/,
  /^(?:que recordatorios tengo|cuales son mis recordatorios)$/,
];

const STATS = [
  /^(?:how am i doing|how m i doing|hows my progress|how is my progress|(?:show )?my progress|my streak|whats my streak|my stats|practice stats)$/,
  /^(?:how many times (?:have i|did i) practiced?(?: this week)?)$/,
  /^(?:como voy|como me va|mi progreso|mi racha|como va mi progreso|cuantas veces he practicado(?: esta semana)?)$/,
];

const DELETE_ALL = [
  /^(?:delete|remove|cancel|clear|erase) (?:all|all of)(?: my| the)? reminders$/,
  /^clear(?: all)?(?: my)? reminders$/,
  /^(?:borra|borrar|elimina|eliminar|quita|quitar|cancela|cancelar) todos (?:mis|los)(?: mis)? recordatorios$/,
];

const PAUSE = managePattern('pon en pausa|poner en pausa', 'pause|pausa|pausar');
const RESUME = managePattern(
  'restart|turn on|turn back on|reactiva|reactivar',
  'resume|unpause|reanuda|reanudar',
);
const DELETE = new RegExp(
  `^(?:delete|remove|cancel|erase|borra|borrar|elimina|eliminar|quita|quitar|cancela|cancelar)(?: ${ARTICLE})? ${REMINDERS}(?: ${NUMBER})?$`,
);

/** "change my 8pm reminder to 9pm", "move reminder 2 to 7:30am", "cambia el recordatorio 1 a las 9pm". */
const CHANGE_EN =
  /^(?:please )?(?:change|move|reschedule|switch|update) (?:my |the )?(?:(.+?) )?reminder(?: (?:number |#)?(\d{1,2}))? (?:to|for|at) (.+)$/;
const CHANGE_ES =
  /^(?:por favor )?(?:cambia|cambiar|mueve|mover|pasa|pasar) (?:mi |el )?recordatorio(?: (?:numero |#)?(\d{1,2}))?(?: (?:de |del )?(?:las? )?(.+?))? (?:a|para) ((?:las? )?\d.*|(?:manana|el|los|cada|todos).*)$/;

/** Questions about reminders are the FAQ's to answer, not requests to set one. */
const QUESTION =
  /^(?:how|what|why|where|when|is|are|does|do you|can i|could i|como|que|por que|donde|cuando|puedo)\b/;
const CREATE = [
  /\b(?:remind me|set (?:up )?(?:a |an )?reminder|(?:add|create|schedule|make) (?:a |an )?reminder|new reminder|reminder (?:to|for|at|every|each|on|tomorrow|tonight|today|in))\b/,
  /\b(?:recuerdame|recordarme|avisame|avisarme|(?:pon|ponme|crea|crear|programa|agrega|anade) (?:un )?recordatorio|nuevo recordatorio|recordatorio (?:para|a las|cada|manana|hoy))\b/,
];

/** Reads a reminder request or a management command; null when the message is neither. */
export function readReminderIntent(text: string): ReminderIntent | null {
  const folded = foldForIntent(text);
  if (folded.length === 0) return null;
  if (LIST.some((p) => p.test(folded))) return { kind: 'list' };
  if (STATS.some((p) => p.test(folded))) return { kind: 'stats' };
  if (DELETE_ALL.some((p) => p.test(folded))) return { kind: 'deleteAll' };
  const managed = readManagement(folded);
  if (managed) return managed;
  const change = readChange(folded);
  if (change) return change;
  if (!QUESTION.test(folded) && CREATE.some((p) => p.test(folded))) return { kind: 'create' };
  return null;
}

function readManagement(folded: string): ReminderIntent | null {
  for (const [kind, pattern] of [
    ['pause', PAUSE],
    ['resume', RESUME],
    ['delete', DELETE],
  ] as const) {
    const match = pattern.exec(folded);
    if (match) return match[1] ? { kind, number: Number(match[1]) } : { kind };
  }
  return null;
}

function readChange(folded: string): ReminderIntent | null {
  const en = CHANGE_EN.exec(folded);
  if (en) return changeIntent(en[2], en[1], en[3]);
  const es = CHANGE_ES.exec(folded);
  if (es) return changeIntent(es[1], es[2], es[3]);
  return null;
}

function changeIntent(
  number: string | undefined,
  target: string | undefined,
  newTime: string,
): ReminderIntent {
  const intent: ReminderIntent = { kind: 'change', newTime };
  if (number) intent.number = Number(number);
  const cleanTarget = target?.replace(/^(?:the|my|el|mi)\s+/, '').trim();
  if (cleanTarget) intent.target = cleanTarget;
  return intent;
}

/** Lower case, no accents, single spaces; keeps ":" and "." inside clock times ("7.30pm", "p.m."). */
export function foldForIntent(text: string): string {
  return foldText(text)
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}\s:#.]/gu, ' ')
    .replace(/\.+(?=\s|$)(?<!\b[ap]\.m\.)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
