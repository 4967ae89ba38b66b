/**
 * Spelling repair for the handful of long, distinctive words that crisis patterns hinge on
 * ("suicde", "mysef", "suisidarme"). Short words are never repaired: at that length a typo is
 * as likely to be another real word ("kill" / "bill"), and patterns spell their variants out.
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
].map(([word, maxDistance]) => ({ word: word as string, maxDistance: maxDistance as number }));

/**
 * Real words that sit within repair distance of an anchor and must keep their own meaning
 * ("overdue" is not "overdose", "matarte" is "kill you", not "kill me").
 */
const STOPPERS: ReadonlySet<string> = new Set([
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
  return map;
})();

const MIN_REPAIR_LENGTH = 5;

/** Returns the anchor a misspelled token most likely stands for, or the token unchanged. */
export function repairSpelling(token: string): string {
  if (token.length < MIN_REPAIR_LENGTH || EXACT.has(token) || STOPPERS.has(token)) return token;
  const candidates = BY_FIRST_LETTER.get(token[0]);
  if (!candidates) return token;
  let best = token;
  let bestDistance = Infinity;
  for (const anchor of candidates) {
    // An inflection of the anchor ("despertara") is a real word, not a typo.
    if (token.startsWith(anchor.word)) return token;
    if (Math.abs(anchor.word.length - token.length) > anchor.maxDistance) continue;
    const distance = boundedDistance(token, anchor.word, anchor.maxDistance);
    if (distance < bestDistance) {
      best = anchor.word;
      bestDistance = distance;
    }
  }
  return best;
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
