import type { VetoKind } from './crisisPattern';
import type { CrisisCategory } from './crisisTypes';
import { CUE, type CueName } from './cueTags';

/** A co-occurrence rule: a regular expression over the tag string from `tagCues`. */
export interface CueRule {
  id: string;
  category: CrisisCategory;
  /** 1 is enough on its own; weaker rules only fire when they add up to 1 in one category. */
  weight: number;
  regex: RegExp;
  vetoes: readonly VetoKind[];
}

/** Compiles a rule whose source names cue classes as `<name>` (see `CUE`). */
function rule(
  id: string,
  category: CrisisCategory,
  weight: number,
  source: string,
  vetoes: readonly VetoKind[] = [],
): CueRule {
  const expanded = source.replace(/<(\w+)>/g, (_, name: string) => {
    if (!(name in CUE)) throw new Error(`cue rule ${id}: unknown cue <${name}>`);
    return CUE[name as CueName];
  });
  return { id, category, weight, regex: new RegExp(expanded), vetoes };
}

/** Any word in the same sentence except a negation or another person. */
const GAP = '[^<not><other><otherObject>|]';
/** Any word in the same sentence. */
const ANY = '[^|]';
/** "live", "wake up" in the literal sense are followed by a place, a time of day or a person. */
const ALIVE = '<exist>(?![<place><other>]|<self><other>)';
const DEATH = `(?:<be>?<dead>(?![<place><than>])|[<die><dieWish>](?!<than>))`;
/** The writer gone: "if I was gone", "when I die", "si me muero", "cuando ya no esté". */
const ABSENT =
  `(?:<ifWhen>${ANY}?[<self><selfObject>]${ANY}{0,2}(?:${DEATH}|<not>${ANY}?${ALIVE})` +
  `|<ifWhen>${ANY}?<dead>(?!<place>)|<ifWhen>[<die><dieWish>])`;
/** Reactions that make an imagined absence a wish: relief, "better", nobody minding. */
const ACCEPTED = `(?:[<better><relieved><nobody>]|<not>${ANY}?<miss>)`;
/** What turns a goodbye final: "forever", parting thanks or love, "it is time". */
const FINAL_TOUCH = '[<forever><thanks><loveYou><itsTime><everyone><apology>]';
/** A goodbye that promises a next time ("see you Thursday") is an ordinary one. */
const NO_NEXT_TIME = '^(?!.*<seeYou>)';
const MEANS = '[<means><pills>]';

const S = 'suicide';

/** Suicidal thinking, from wishes and weariness to goodbyes and preparation. */
const SUICIDE_RULES: readonly CueRule[] = [
  rule('cue.want-die', S, 1, `<want>${GAP}{0,3}<die>(?!<than>)`),
  rule('cue.wish-die-subjunctive', S, 1, `[<want><better>]${GAP}{0,6}<dieWish>`),
  rule('cue.will-die', S, 0.5, `<will>${GAP}{0,2}<die>(?!<than>)`),
  rule('cue.will-die-soon', S, 0.5, `<will>${GAP}{0,2}<die>${ANY}{0,3}<now>`),
  rule('cue.want-dead', S, 1, `<want>${GAP}?<be>${ANY}?<dead>(?![<place><than>])`),
  rule(
    'cue.better-dead',
    S,
    1,
    `<better>${ANY}{0,2}(?:${DEATH}|<not>${ANY}?<exist>(?![<place><other><self>]))`,
  ),
  rule('cue.not-want-live', S, 1, `<not>${ANY}?<want>${GAP}{0,2}${ALIVE}`),
  rule('cue.want-not-live', S, 1, `<want>${GAP}{0,3}<not>${ANY}?${ALIVE}`),
  rule('cue.sleep-not-wake', S, 1, `<leave>${ANY}{0,2}<not>${ANY}?${ALIVE}`),
  rule('cue.want-death', S, 1, `<want>${GAP}{0,2}<deathNoun>`),
  rule(
    'cue.dream-of-not-being',
    S,
    1,
    `<want>${ANY}{0,6}<relieved>${ANY}{0,4}(?:${DEATH}|<not>${ANY}?${ALIVE})`,
  ),
  rule('cue.relief-in-not-being', S, 0.5, `<relieved>${ANY}{0,4}(?:${DEATH}|<not>${ANY}?${ALIVE})`),
  rule('cue.death-as-relief', S, 0.6, `<deathNoun>${ANY}{0,4}<relieved>|<relieved>${ANY}{0,4}<deathNoun>`),
  rule(
    'cue.no-reason-live',
    S,
    1,
    `<noReason>${ANY}{0,3}${ALIVE}|<whatFor>${ANY}?${ALIVE}|<noReason>${ANY}{0,2}<life>`,
  ),
  rule('cue.no-reason-to-live', S, 1, `<not>${ANY}{0,2}<reason>${ANY}{0,2}${ALIVE}`),
  rule('cue.why-still-here', S, 1, `<why>${ANY}{0,3}<exist>(?=\\||$)`),
  rule('cue.not-want-life', S, 1, `<not>${ANY}?<want>${GAP}{0,2}<life><anymore>`),
  rule('cue.not-want-this-life', S, 0.6, `<not>${ANY}?<want>${GAP}{0,2}<life>(?=\\||$)`),
  rule('cue.pointless-anymore', S, 1, `<noReason>${ANY}{0,2}<anymore>`),
  rule('cue.pointless', S, 0.5, `<noReason>${ANY}?(?=\\||$)`),
  rule('cue.point-of-me', S, 1, `<noReason><place>?[<self><selfObject>](?=\\||$)`),
  rule('cue.tired-of-living', S, 1, `<tiredOf>${ANY}{0,2}(?:${ALIVE}|<life>)`),
  rule('cue.done-for-good', S, 0.5, `<tiredOf>${ANY}{0,4}<forever>`),
  rule('cue.absent', S, 0.5, ABSENT, ['trivial']),
  rule('cue.absent-accepted', S, 0.5, `${ABSENT}.*${ACCEPTED}|${ACCEPTED}.*${ABSENT}`, ['trivial']),
  rule(
    'cue.nobody-would-miss-me',
    S,
    1,
    `<nobody>${ANY}{0,3}<miss>[<self><selfObject>]?(?:(?=\\||$)|${ABSENT})|<nobody>[<self><selfObject>]${ANY}{0,3}<miss>`,
  ),
  rule('cue.nobody-would-notice', S, 0.6, `<nobody>${ANY}{0,3}<miss>(?=\\||$)`),
  rule('cue.farewell', S, 0.5, `${NO_NEXT_TIME}.*<farewell>`, ['relocation']),
  rule(
    'cue.farewell-final',
    S,
    0.5,
    `${NO_NEXT_TIME}(?:.*<farewell>.*${FINAL_TOUCH}|.*${FINAL_TOUCH}.*<farewell>)`,
  ),
  rule('cue.farewell-letter', S, 0.3, `<letter>${ANY}?<farewell>|<farewell>${ANY}?<letter>`, ['relocation']),
  rule('cue.letters', S, 0.4, `<write>${ANY}{0,3}<letter>`),
  rule(
    'cue.letters-final',
    S,
    0.6,
    `<write>${ANY}{0,3}<letter>.*${FINAL_TOUCH}|${FINAL_TOUCH}.*<write>${ANY}{0,3}<letter>`,
  ),
  rule('cue.hoard-pills', S, 1, `<hoard>[^<place>|]{0,2}<pills>|<pills>${ANY}{0,2}<hoard>`, ['compliance']),
  rule('cue.hoard-means', S, 0.6, `<hoard>[^<place>|]{0,2}<means>|<means>${ANY}{0,2}<hoard>`),
  rule('cue.get-means', S, 0.4, `<acquire>[^<place>|]{0,3}${MEANS}`),
  rule('cue.dwell-on-means', S, 0.6, `${MEANS}.*<holding>|<holding>.*${MEANS}`),
  rule('cue.dwell-on-means-now', S, 0.5, `${MEANS}.*<holding>.*<now>|<holding>.*${MEANS}.*<now>`),
  rule('cue.leave-forever', S, 1, '[<leave><vanish><over>]\\|?<forever>(?!<place>)', ['relocation']),
  rule('cue.want-it-over', S, 1, `<want>${GAP}{0,3}<over>${ANY}{0,2}<forever>(?!<place>)`),
  rule('cue.give-up-on-life', S, 1, `<giveUp>${ANY}{0,2}(?:${ALIVE}|<life>|<forever>)`),
  rule('cue.give-up', S, 0.5, '<giveUp>'),
  rule('cue.can-not-go-on', S, 0.5, `<not>${ANY}?<exist>(?:<anymore>|(?=\\||$))`),
  rule('cue.want-to-vanish', S, 0.6, `<want>${GAP}{0,2}<vanish>(?!<place>)`, ['relocation']),
  rule('cue.wish-accident', S, 1, `<want>${GAP}{0,2}<accident>`),
];

/** Self-injury, overdose emergencies and wishing another person dead. */
const OTHER_RULES: readonly CueRule[] = [
  rule(
    'cue.want-hurt-self',
    'self_harm',
    1,
    `<want>${GAP}{0,2}(?:[<self><selfObject>][<injure><hurt>]|[<injure><hurt>]${ANY}?<selfObject>)`,
    ['accident'],
  ),
  rule('cue.me-quiero-cortar', 'self_harm', 1, `<selfObject>[<want><will>]${GAP}{0,2}[<injure><hurt>]`, [
    'accident',
  ]),
  rule('cue.wounds-on-body', 'self_harm', 1, `<body>${ANY}*<wound>|<wound>${ANY}*<body>`, ['accident']),
  rule('cue.injure-body', 'self_harm', 1, `[<self><selfObject>]<injure>${ANY}?<body>`, ['accident']),
  rule(
    'cue.unresponsive',
    'overdose',
    1,
    `<other>${ANY}{0,4}<unresponsive>(?!<place>)|<unresponsive>${ANY}{0,2}<other>`,
  ),
  rule('cue.pills-and-drink', 'overdose', 0.5, `<pills>${ANY}{0,4}<alcohol>|<alcohol>${ANY}{0,4}<pills>`),
  rule(
    'cue.pills-and-drink-at-hand',
    'overdose',
    0.5,
    `<own>${ANY}{0,3}(?:<pills>${ANY}{0,4}<alcohol>|<alcohol>${ANY}{0,4}<pills>)`,
  ),
  rule('cue.wish-other-dead', 'harm_others', 1, `<want>[^<not>|]?[<other><otherObject>][^<not>|]?${DEATH}`, [
    'trivial',
  ]),
];

/** Every co-occurrence rule, compiled once when this module loads. */
export const CUE_RULES: readonly CueRule[] = [...SUICIDE_RULES, ...OTHER_RULES];
