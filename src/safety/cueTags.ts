/**
 * The cue classes a word can belong to, each written as one character so a sentence can be
 * reduced to a short "tag string" ("i kinda want to just die" -> "S.W..X") and co-occurrence rules
 * can be plain regular expressions over it. Words that carry no cue become ".", and sentence
 * breaks stay "|". Keeping the classes abstract is what lets a rule written once ("a wish, then a
 * death word within a few words") cover phrasings nobody listed.
 */
export const CUE = {
  /** The writer as subject or owner: "i", "my", "yo", "mi". */
  self: 'S',
  /** The writer as object: "me", "myself", "mí misma", the clitic in "morirme" or "me quiero ir". */
  selfObject: 'R',
  /** Another person: "he", "my friend", "ella", "mi hijo". */
  other: 'O',
  /** Another person as object: "herself", the clitic in "morirse", "verlo". */
  otherObject: 'Q',
  /** Wishing, wanting, planning, deserving: "want", "wish", "ready", "quiero", "ojalá". */
  want: 'W',
  /** Plain future, weaker than a wish: "going to", "voy a". */
  will: 'U',
  not: 'N',
  /** Dying as an act: "die", "unalive", "morir", "pass away". */
  die: 'X',
  /** Being dead or gone: "dead", "gone", "muerta", "ya no esté". */
  dead: 'D',
  /** A copula that links a wish to a state: "be", "was", "estar". */
  be: 'V',
  /** Being alive or going on: "live", "exist", "wake up", "be here", "seguir viviendo". */
  exist: 'E',
  /** Permanence: "forever", "for good", "para siempre". */
  forever: 'F',
  anymore: 'Y',
  /** Wounding with an edge or heat: "cut", "burn", "carve", "cortar", "quemar". */
  injure: 'H',
  /** General hurting: "hurt", "harm", "lastimar", "hacer daño". */
  hurt: 'h',
  /** Body parts where self-injury is usual: "wrists", "thighs", "brazos". */
  body: 'b',
  /** Wounds and their marks: "cuts", "scars", "cicatrices". */
  wound: 'w',
  /** No reason or point: "no point", "what is the point", "no vale la pena". */
  noReason: 'L',
  /** The weaker Spanish "para qué", which only counts right before a word of living. */
  whatFor: 'l',
  /** Weariness: "tired", "sick", "done", "cansada", "harto". */
  tiredOf: 'A',
  life: 'v',
  /** Comparing for the better: "better", "easier", "better off", "mejor", "más fácil". */
  better: 'T',
  /** Relief or acceptance: "relieved", "fine", "glad", "aliviados", "en paz". */
  relieved: 'f',
  nobody: 'Z',
  /** Missing or noticing someone: "miss", "notice", "care", "extrañar", "importar". */
  miss: 'c',
  /** A condition or time: "if", "when", "after", "si", "cuando". */
  ifWhen: 'C',
  /** Words that make "live" or "wake up" literal: "in", "with", "early", "en", "temprano". */
  place: 'I',
  /** Means other than drugs: "rope", "gun", "bridge", "soga", "puente". */
  means: 'M',
  /** Pills, medicines and named drugs. */
  pills: 'm',
  /** Stockpiling: "saving up", "stockpiling", "juntando". */
  hoard: 'P',
  /** Getting something: "bought", "loaded", "compré". */
  acquire: 'p',
  /** Dwelling on a means: "holding", "sitting here with", "know what it is for". */
  holding: 'g',
  farewell: 'G',
  /** A letter, note or message: the thing a farewell is written in. */
  letter: 'J',
  write: 'r',
  /** Parting thanks: "thank you for everything", "gracias por todo". */
  thanks: 't',
  /** Parting love: "love you all", "los quiero a todos". */
  loveYou: 'o',
  /** "It is time", "ya es hora". */
  itsTime: 'i',
  /** Leaving, sleeping, stopping: "check out", "sleep", "irme". */
  leave: 'e',
  /** Vanishing: "disappear", "vanish", "desaparecer". */
  vanish: 'x',
  /** Deadly accidents wished for: "hit by", "run over", "atropelle". */
  accident: 'a',
  /** Signs of a medical emergency: "not breathing", "turning blue", "no despierta". */
  unresponsive: 'q',
  /** Soon: "tonight", "now", "hoy", "esta noche". */
  now: 'n',
  /** "than", which turns "rather die" into a comparison. */
  than: 'k',
  /** Death as a thing: "death", "my death", "la muerte". */
  deathNoun: 'd',
  /** Drink: "vodka", "alcohol", "cerveza". */
  alcohol: 'z',
  /** Having something at hand: "have", "got", "tengo". */
  own: 'y',
  /** Parting words that promise a next time: "see you", "nos vemos". */
  seeYou: 's',
  /** The whole group: "everyone", "todos". */
  everyone: 'u',
  /** Reason or point as a noun: "reason", "point", "razón", "sentido". */
  reason: 'B',
  /** Spanish wishful forms of dying: "muriera", "me muera". */
  dieWish: 'K',
  /** Parting apology: "forgive me", "sorry for everything", "perdónenme". */
  apology: 'j',
  /** "why", asking what living is for. */
  why: '1',
  /** Giving up: "give up", "me rindo". */
  giveUp: '2',
  /** Coming to an end, counted only when nothing but an ending follows ("I want it to stop. forever"). */
  over: '3',
} as const;

export type CueName = keyof typeof CUE;
export type CueTag = (typeof CUE)[CueName];

/** The tag for a word that carries no cue. */
export const NO_CUE = '.';
/** The tag for a sentence break. */
export const CLAUSE_BREAK = '|';
