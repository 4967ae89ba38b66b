import { wordList } from './cueWordList';

/**
 * Spelling repair for the handful of distinctive words that crisis patterns and cues hinge on
 * ("suicde", "mysef", "suisidarme", "wnat", "lfie"). A token is only repaired when it is not a
 * real word: every English and Spanish dictionary word within repair distance of an anchor is
 * listed as a stopper ("bill" is not "kill", "went" is not "want").
 */
interface Anchor {
  word: string;
  maxDistance: number;
}

const ANCHORS: readonly Anchor[] = [
  ['suicide', 1],
  ['suicidal', 2],
  ['suicidio', 1],
  ['suicida', 1],
  ['suicidas', 1],
  ['suicidar', 1],
  ['suicidarme', 2],
  ['suicidarse', 2],
  ['myself', 1],
  ['himself', 1],
  ['herself', 1],
  ['themselves', 2],
  ['yourself', 1],
  ['overdose', 1],
  ['overdosed', 1],
  ['overdosing', 1],
  ['sobredosis', 2],
  ['disappear', 2],
  ['disappeared', 2],
  ['desaparecer', 1],
  ['everyone', 1],
  ['everybody', 2],
  ['without', 1],
  ['unalive', 1],
  ['unaliving', 1],
  ['matarme', 1],
  ['morirme', 1],
  ['pastillas', 1],
  ['despertar', 1],
  ['cortarme', 1],
  ['lastimarme', 1],
  ['autolesion', 2],
  ['autolesionarme', 2],
  ['threatening', 2],
  ['threatened', 1],
  ['sewerslide', 2],
  ['anymore', 1],
  ['tomorrow', 2],
  ['morir', 1],
  ['vivir', 1],
  ['ahorcar', 1],
  ['ahorcarme', 1],
  ['exist', 1],
  ['existir', 1],
  ['nobody', 1],
  ['alive', 1],
  ['matar', 1],
  // short anchors: only non-words one edit away ("wnat", "ded", "lfie", "klil") are repaired
  ['want', 1],
  ['dead', 1],
  ['live', 1],
  ['life', 1],
  ['kill', 1],
  ['die', 1],
].map(([word, maxDistance]) => ({ word: word as string, maxDistance: maxDistance as number }));

/**
 * Real words that sit within repair distance of an anchor and must keep their own meaning
 * ("overdue" is not "overdose", "matarte" is "kill you", not "kill me").
 */
const STOPPERS: ReadonlySet<string> = new Set([
  // Dictionary neighbours of the short and Spanish anchors (from the English and Spanish word lists)
  ...wordList(`adive, aforcar, ahormar, ahornar, ahorrar, aleve, alice, alike, aline, amorcar, aporcar, dad, dea,
    deaf, deal, dean, dear, dee, deed, dia, dice, did, dig, dij, dije, dike, dim, dime, din, dine, dip, dire, dis,
    dive, dix, diz, doe, dread, due, dye, exit, exits, kiel, kili, kiln, kilo, kilt, lave, leve, lice, lie, lief,
    lieve, lift, like, lime, line, lire, lite, livy, love, macar, magar, majar, malar, mamar, manar, masar, mata,
    matear, mayar, mazar, morar, morin, motar, visir, vivar, vivid, waft, wait, walt, wan, wand, wane, wang, wank,
    wart, wasnt, wat, watt, went, wont`),
  // Acronyms and names that are not in the word lists
  ...wordList('dei, liv, lif, kil, dai, dji'),
  // Spanish "gave" ("me dio una golpiza"), not "die"
  'dio',
  'overdone',
  'overdue',
  'overdoes',
  'matarte',
  'matarse',
  'matarle',
  'matarlo',
  'matarla',
  'matare',
  'matara',
  'mataste',
  'morirse',
  'morirte',
  'despertad',
  'contarme',
  'cortarte',
  'cortarse',
  'cortarle',
  'cortarlo',
  'cortarla',
  'portarme',
  'montarme',
  'suicidase',
  'thyself',
  'lastimarte',
  'lastimarse',
  'overdoing',
  'desaparear',
  'desparecer',
  'desperar',
  'desertar',
  'despernar',
  'despierta',
  'patilla',
  'postilla',
  'threaten',
]);

const EXACT: ReadonlySet<string> = new Set(ANCHORS.map((a) => a.word));

const BY_FIRST_LETTER: ReadonlyMap<string, readonly Anchor[]> = (() => {
  const map = new Map<string, Anchor[]>();
  for (const anchor of ANCHORS) {
    const list = map.get(anchor.word[0]) ?? [];
    list.push(anchor);
    map.set(anchor.word[0], list);
  }
  // Longest first, so "morirrme" meets "morirme" before "morir" can call it an inflection.
  for (const list of map.values()) list.sort((a, b) => b.word.length - a.word.length);
  return map;
})();

const MIN_REPAIR_LENGTH = 3;

/** Spanish conjugations drop or change an infinitive's last letter ("ahorca", "moría"). */
function isInflection(token: string, anchor: string): boolean {
  if (token.startsWith(anchor)) return true;
  if (!anchor.endsWith('r') || anchor.length < 5) return false;
  const stem = anchor.slice(0, -1);
  return token === stem || (token.length === anchor.length && token.startsWith(stem));
}

/**
 * Repairs repeat across messages ("the", "want", "today"), so answers are remembered; the memo is
 * emptied when it grows past this many words, which bounds memory whatever people type.
 */
const MEMO_LIMIT = 20000;
const memo = new Map<string, string>();

/** Returns the anchor a misspelled token most likely stands for, or the token unchanged. */
export function repairSpelling(token: string): string {
  if (token.length < MIN_REPAIR_LENGTH || EXACT.has(token) || STOPPERS.has(token)) return token;
  const known = memo.get(token);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const repaired = nearestAnchor(token);
  memo.set(token, repaired);
  return repaired;
}

function nearestAnchor(token: string): string {
  const candidates = BY_FIRST_LETTER.get(token[0]);
  if (!candidates) return token;
  let best = token;
  let bestDistance = Infinity;
  for (const anchor of candidates) {
    // An inflection of the anchor ("despertara", "ahorca", "vivía") is a real word, not a typo.
    if (isInflection(token, anchor.word)) {
      if (bestDistance === Infinity) return token;
      continue;
    }
    if (Math.abs(anchor.word.length - token.length) > anchor.maxDistance) continue;
    const distance =
      anchor.maxDistance === 1
        ? oneEditDistance(token, anchor.word)
        : boundedDistance(token, anchor.word, anchor.maxDistance);
    if (distance < bestDistance) {
      best = anchor.word;
      bestDistance = distance;
    }
  }
  return best;
}

/** True when `a` from `ai` on equals `b` from `bi` on. */
function sameTail(a: string, ai: number, b: string, bi: number): boolean {
  if (a.length - ai !== b.length - bi) return false;
  for (; ai < a.length; ai++, bi++) if (a[ai] !== b[bi]) return false;
  return true;
}

/**
 * `boundedDistance(a, b, 1)` without allocating: most anchors allow one edit, and this runs on
 * nearly every word of every message.
 */
export function oneEditDistance(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return 0;
  let one: boolean;
  if (a.length === b.length) {
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && sameTail(a, i + 2, b, i + 2);
    one = swapped || sameTail(a, i + 1, b, i + 1);
  } else if (a.length === b.length + 1) {
    one = sameTail(a, i + 1, b, i);
  } else if (b.length === a.length + 1) {
    one = sameTail(a, i, b, i + 1);
  } else {
    one = false;
  }
  return one ? 1 : Infinity;
}

/**
 * Optimal-string-alignment distance (insert, delete, substitute, swap neighbours), giving up
 * early once every cell in a row exceeds `limit`. Returns Infinity past the limit.
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, prevPrev[j - 2] + 1);
      }
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return Infinity;
    prevPrev = prev;
    prev = row;
  }
  const result = prev[b.length];
  return result <= limit ? result : Infinity;
}
