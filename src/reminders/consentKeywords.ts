/** What an inbound message asks for with respect to messaging consent. */
export type ConsentKeyword = 'stop' | 'start' | 'help';

/** Whole-message keywords (compared after folding case and accents and removing punctuation). */
const KEYWORDS: Record<string, ConsentKeyword> = {
  stop: 'stop',
  stopall: 'stop',
  'stop all': 'stop',
  unsubscribe: 'stop',
  cancel: 'stop',
  end: 'stop',
  quit: 'stop',
  revoke: 'stop',
  optout: 'stop',
  'opt out': 'stop',
  cancelar: 'stop',
  parar: 'stop',
  alto: 'stop',
  baja: 'stop',
  'no mas': 'stop',
  start: 'start',
  unstop: 'start',
  yes: 'start',
  si: 'start',
  help: 'help',
  info: 'help',
  ayuda: 'help',
  informacion: 'help',
};

/** Courtesy words around a keyword that do not change its meaning ("STOP please"). */
const COURTESY = /^(?:(?:please|pls|por favor|ya)\s+)*|(?:\s+(?:please|pls|por favor|ya|now|ahora))*$/g;

/**
 * Plain-language opt-outs. Each must be the whole message, so "I want to cancel my appointment"
 * or "how do I stop the reminder for tomorrow?" are not read as revoking consent.
 */
const REVOCATIONS: RegExp[] = [
  /^(?:stop|quit|cease) (?:texting|messaging|sending|contacting|emailing|bothering|writing(?: to)?) me(?: (?:any ?more|messages|texts|reminders|these(?: messages| texts)?|this|stuff))*$/,
  /^(?:do not|dont|don't) (?:text|message|contact|send|write(?: to)?) me(?: (?:any ?more|again|messages|texts|reminders|anything))*$/,
  /^(?:i )?(?:do not|dont|don't) want (?:any ?more|these|your|more) (?:messages|texts|reminders)(?: any ?more)?$/,
  /^no more (?:messages|texts|reminders)$/,
  /^(?:stop|quit) (?:reminding|pinging|texting) me(?: (?:any ?more|please))*$/,
  /^(?:deja|dejen) de (?:recordarme|mandarme recordatorios|enviarme recordatorios)$/,
  /^(?:please )?(?:unsubscribe|remove|opt) me(?: out)?(?: from (?:this|the|your) list)?$/,
  /^take me off (?:this|the|your) list$/,
  /^(?:ya )?no (?:me )?(?:envies|mandes|escribas)(?: mas)?(?: mensajes)?(?: mas)?$/,
  /^deja de (?:escribirme|enviarme mensajes|mandarme mensajes|enviarme|mandarme)$/,
  /^no (?:quiero|deseo) (?:recibir )?mas mensajes$/,
  /^no mas (?:mensajes|textos|recordatorios)$/,
  /^(?:dame|darme|quiero darme) de baja$/,
];

/**
 * Classifies a message as a consent keyword: STOP and its synonyms (and clear "stop texting
 * me" / "no más mensajes" sentences), START/UNSTOP/YES/SÍ, or HELP/INFO/AYUDA. Anything else,
 * including keywords inside a longer sentence, gives null. Whether "yes" is an opt-in depends on
 * the conversation; that decision belongs to the caller.
 */
export function classifyConsentKeyword(text: string): ConsentKeyword | null {
  const folded = foldMessage(text);
  if (folded.length === 0) return null;
  const bare = folded.replace(COURTESY, '').trim();
  const keyword = KEYWORDS[bare] ?? KEYWORDS[folded];
  if (keyword) return keyword;
  return REVOCATIONS.some((pattern) => pattern.test(bare)) ? 'stop' : null;
}

/** Lower case, no accents, no punctuation or emoji, single spaces ("  Stop!! " → "stop"). */
function foldMessage(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}\s']/gu, ' ')
    .replace(/'(?!t\b)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
