import type { CueName } from './cueTags';
import { wordList } from './cueWordList';

/**
 * English words and phrases by cue class, written against `normalizeForSafety` output
 * (contractions expanded, accents and apostrophes gone). A phrase of up to four words wins over
 * its first word. Kept to words whose cue holds in nearly every sentence they appear in; the
 * rules, not the lexicon, decide what counts as a crisis.
 */
export const ENGLISH_CUES: Readonly<Partial<Record<CueName, string>>> = {
  self: 'i, my, mine',
  selfObject: 'me, myself, my self, my own self',
  other: `he, she, they, him, her, them, his, their, friend, friends, bestie, bff, son, daughter,
    brother, sister, bro, sis, mom, mother, mum, dad, father, boyfriend, girlfriend, bf, gf, husband,
    wife, partner, roommate, cousin, kid, child, teen, nephew, niece, grandma, grandpa, uncle, aunt,
    classmate, coworker`,
  otherObject: 'himself, herself, themselves, themself',
  want: `should, might as well, may as well, waiting to, waiting for, want, wants, wanted, wanting, wish, wishes, wished, wishing, hope, hopes, hoped, hoping,
    pray, praying, ready, plan, plans, planning, planned, rather, deserve, deserves, need, needs,
    urge, urges, tempted, craving, considering, contemplating, feel like, feels like, felt like,
    feeling like, thinking about, thinking of, think about, thought about, thoughts of,
    thoughts about, decided to, trying to, tried to, long to, longing to, would like`,
  will: 'going to, about to, will',
  not: 'not, never, no, no longer',
  die: `die, dies, dying, died, unalive, unaliving, pass away, stop existing, cease to exist,
    cease existing`,
  dead: `dead, deceased, gone, not here, not around, no longer here, no longer around, not alive,
    disappeared, vanished, six feet under`,
  be: 'be, being, been, was, were, am, is, are',
  exist: `live, living, alive, exist, existing, existence, be here, be around, wake up, woke up,
    wake, waking, waking up, wakes up, breathe, see tomorrow, see another day, see the morning, keep living, stay alive,
    go on living, still here, still alive, still around`,
  forever: `forever, for ever, for good, permanently, once and for all, never come back,
    never coming back, never wake up, never wake up again, and never come back, and not come back,
    and never wake up, and not wake up`,
  anymore: 'anymore, any more, any longer',
  injure: `cut, cutting, burn, burning, burned, burnt, carve, carving, carved, scratch, scratching,
    scratched, slice, slicing, slit, slitting, stab, stabbing`,
  hurt: `hurt, hurting, harm, harming, injure, injuring, hit, hitting, punch, punching, starve,
    starving, bruise, bruising`,
  body: `wrist, wrists, arm, arms, forearm, forearms, thigh, thighs, leg, legs, skin, stomach, belly,
    hip, hips, veins`,
  wound: 'cuts, scars, burns, gashes, slashes, cut marks, burn marks, fresh cuts',
  noReason: `no reason, no point, no purpose, no meaning, not any point, not any reason,
    what is the point, why bother, pointless, meaningless, what is the use, no use`,
  tiredOf: 'tired, sick, exhausted, done, finished, fed up, worn out',
  life: 'life',
  better: 'better, better off, happier, easier',
  relieved: 'relieved, relief, fine, okay, ok, glad, lighter, at peace, peaceful, a relief',
  nobody: 'nobody, no one, not anyone, not a single person',
  miss: 'miss, notice, care, cry, mourn, mind, remember, find, look for',
  ifWhen: 'if, when, once, after, as soon as, until, till, til',
  place: 'in, at, with, near, there, for, on, early, so early, late, by, close to, a, from, into, off, of',
  means: `rope, noose, gun, guns, pistol, rifle, shotgun, blade, blades, razor, razors, knife, bridge,
    ledge, roof, rooftop, tracks, train tracks, cliff, bleach`,
  pills: 'pill, pills, meds, medication, medications, medicine, medicines, tablets',
  hoard: `saving, saved, saving up, saved up, stockpiling, stockpiled, hoarding, hoarded, stashing,
    stashed, lined up, counted out, set aside`,
  acquire: 'bought, buy, buying, ordered, loaded, loading, found',
  own: 'have, has, got, have got',
  holding: `holding, staring at, sitting with, sitting here with, know what it is for,
    in my hand, in my hands, next to me`,
  farewell: 'goodbye, goodbyes, farewell, bye forever, say goodbye, saying goodbye',
  letter: 'letter, letters, note, notes, message, video, post',
  write: 'wrote, write, writing, written, left',
  thanks: `thank you for everything, thanks for everything, thank you for trying, thanks for trying,
    thank you for all, thanks for all, thank you for being, thanks for being`,
  loveYou: 'love you all, love you guys, love you both, love all of you, love you so much',
  itsTime: 'it is time, time to go, ready to go, ready to leave',
  leave: `leave, leaving, go away, go to sleep, sleep, sleeping, rest, check out,
    clock out, log off, peace out, bow out, drift away, go quiet, go silent, go dark, go black`,
  giveUp: 'give up, giving up, gave up, given up, throw in the towel',
  vanish: 'disappear, vanish, fade away',
  accident: 'hit by, run over, struck by, get hit',
  unresponsive: `not breathing, stopped breathing, turning blue, turned blue, lips are blue,
    unresponsive, will not wake up, can not wake him up, can not wake her up, can not wake them up,
    is not waking up`,
  now: 'tonight, today, now, soon, right now, this weekend, this week, tomorrow',
  than: 'than',
  deathNoun: 'death, my death, my own death',
  alcohol: `alcohol, vodka, whiskey, whisky, booze, wine, beer, liquor, tequila, rum, gin, bourbon,
    fifth`,
  seeYou: `see you, see ya, talk tomorrow, talk later, talk soon, until next time, ttyl, next week,
    see everyone`,
  apology: `forgive me, please forgive me, sorry for everything, sorry for being, sorry for all,
    i am sorry for everything`,
  reason: 'reason, reasons, point, purpose, meaning',
  why: 'why',
  everyone: 'everyone, everybody, all of you, you all, you guys',
};

/** Continuing-words that only mean "going on living" at the end of a sentence ("I can't go on"). */
export const ENGLISH_EXIST_IF_FINAL = wordList('go on, keep going, carry on, continue, keep fighting, fight');

/** Ending-words that only mean "it all ending" when nothing but an ending follows. */
export const ENGLISH_OVER_IF_FINAL = wordList('stop, end, be over');

/** Misspellings of "die" that are also real words; they count as "die" unless an object follows. */
export const ENGLISH_DIE_UNLESS_OBJECT = wordList('dye, dy');
