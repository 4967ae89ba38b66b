import { pattern, type CrisisPattern } from '../crisisPattern';

const S = 'suicide';

/** English phrasings of suicidal thinking: direct, slang, wishing to be dead, not wanting to live. */
export const SUICIDE_ENGLISH: readonly CrisisPattern[] = [
  // direct
  pattern(
    'en.kill-self',
    S,
    String.raw`\b(?:kil+(?:ing|ed|s)?|end(?:ing|ed)?|off(?:ing)?|hang(?:ing|ed)?|hung|shoot(?:ing)?|shot|drown(?:ing)?|poison(?:ing)?|suffocat(?:e|ing)|unaliv(?:e|ing)|delet(?:e|ing)) {SELF}\b`,
  ),
  pattern(
    'en.kill-other-self',
    S,
    String.raw`\b(?:kil+(?:ing|ed|s)?|end(?:ing|ed|s)?|off(?:ing|ed)?|hang(?:ing|ed|s)?|hung|shoot(?:ing|s)?|shot|drown(?:ing|ed|s)?|unaliv(?:e|ing|ed|es)) {OTHER_SELF}\b`,
    { topic: true },
  ),
  pattern(
    'en.kill-yourself-how',
    S,
    String.raw`\b(?:how|ways?|way|best|easiest|quickest|fastest|painless|methods?) (?:\w+ ){0,3}to (?:kill|off|end) (?:yourself|oneself|your life|my life|myself)\b`,
  ),
  pattern('en.slang', S, String.raw`\b(?:kms|ctb|sewerslide|sewer slide|self ?delete|unaliv(?:e|ing|ed))\b`),
  pattern('en.suicide-word', S, String.raw`\bsuicid(?:e|al|ally|es)\b`, { topic: true }),
  pattern(
    'en.suicidal-state',
    S,
    String.raw`\b(?:i|i am|i feel|i felt|i was|i have been|been|feeling|felt|get|getting|got) (?:\w+ ){0,3}suicidal\b`,
  ),
  pattern(
    'en.suicide-intent',
    S,
    String.raw`\b(?:commit|committing|attempt(?:ed|ing)?|consider(?:ing|ed)?|contemplat(?:e|ing)|thinking (?:about|of)|think (?:about|of)|thought (?:about|of)|plan(?:ning)?|going to|want to|ready to|tried|try) (?:\w+ ){0,2}suicide\b`,
  ),
  // wanting to die
  pattern(
    'en.want-die',
    S,
    String.raw`(?<!\b(?:not|never) )\b(?:want|wants|wanted|wanting|wish|wishes|wishing|ready|need|deserve|deserves|hope|hoping|planning|plan|would like|feel like|time for me) to d(?:ie|y|ye(?= \||$))\b`,
  ),
  pattern(
    'en.want-dead',
    S,
    String.raw`(?<!\b(?:not|never) )\b(?:want|wants|wish|wishes) to be dead\b|\b(?:stop|cease to|quit) exist(?:ing)?\b`,
  ),
  pattern(
    'en.voices-self',
    S,
    String.raw`\b(?:voices?|something|they|it|god) (?:\w+ )?(?:telling|tell|tells|told|ordering|orders|commanding|want|wants) me to (?:kill myself|die|end it|end my life|hurt myself|jump)\b`,
  ),
  pattern(
    'en.should-die',
    S,
    String.raw`\bi (?:should|might as well|may as well|just want to|really should) (?:just |really )?(?:die|be dead|kill myself|not be here|not exist)\b|\bi (?:should|might as well|may as well) (?:just )?disappear\b`,
  ),
  pattern(
    'en.thinking-dying',
    S,
    String.raw`\b(?:thinking|think|thought|thoughts|fantasi\w*|dream\w*|obsess\w*|daydream\w*) (?:about|of) (?:dying|being dead|not being here|not existing|not being alive|ending it|ending my life|ending things|killing myself|taking my life|my funeral)\b`,
  ),
  pattern(
    'en.thinking-death',
    S,
    String.raw`\b(?:thinking|think|thoughts|obsess\w*|imagin\w*|pictur\w*|fantasi\w*|dream\w*) (?:about|of )?(?:death|my death|my own death)\b`,
    { weight: 0.6 },
  ),
  pattern(
    'en.see-myself-alive',
    S,
    String.raw`\b(?:can not|do not|never) (?:see|picture|imagine) (?:myself|me) (?:being |still )?(?:alive|here|around|living|making it|getting older|growing up)\b`,
  ),
  pattern(
    'en.funeral',
    S,
    String.raw`\b(?:picturing|imagining|planning|planned|thinking about|dreaming about|think about) my (?:own )?funeral\b`,
  ),
  pattern('en.bleed-out', S, String.raw`\bbleed(?:ing)? out\b`),
  pattern('en.feel-like-dying', S, String.raw`\bfeel(?:ing)? like dying\b`),
  pattern(
    'en.hope-die',
    S,
    String.raw`\b(?:hope|hoping|pray|praying)(?: \w+){0,3} (?:that )?(?:i (?:die|get hit|do not survive|never wake up|do not wake up|will not wake up|will die)|(?:a|the|some) (?:car|truck|bus|train) (?:hits|runs over|would hit|will hit) me)\b`,
  ),
  pattern(
    'en.wish-dead',
    S,
    String.raw`\bwish(?:ed|ing)? (?:that )?i (?:\w+ ){0,2}(?:dead|die|died|not exist|did not exist|never existed|never (?:been )?born|was not born|never woke up|not wake up|sleep forever|disappear(?:ed)? (?:forever|for good)|not alive|gone forever|gone|could disappear|could just disappear)\b(?! (?:on|to|for|into|in|at|under|with|off|inside|somewhere|from (?!(?:this|the) (?:world|earth|planet)))\b)`,
    { vetoes: ['relocation'] },
  ),
  pattern('en.never-born', S, String.raw`\b(?:never|not) (?:have )?been born\b`),
  pattern('en.better-dead', S, String.raw`\b(?:better off|rather be|happier|better) dead\b`),
  pattern('en.rather-die', S, String.raw`\brather (?:just )?die\b(?! than)`),
  pattern('en.rather-die-than', S, String.raw`\brather (?:just )?die than\b`, { weight: 0.5 }),
  // being a burden / better off without me
  pattern(
    'en.better-without',
    S,
    String.raw`\b(?:better|happier|easier) (?:off )?(?:without|with out) (?:me|him|her|them)\b(?! (?:in|on|at) (?:the|my|this|that) (?:team|group|class|project|meeting|band|party))`,
  ),
  pattern(
    'en.fine-without-me',
    S,
    String.raw`\b(?:world|everyone|everybody|my family|my kids|they|people) (?:\w+ ){0,5}(?:fine|okay|ok|better|happier|easier) without me\b(?! (?:at|for|on|while|during|this|tonight|tomorrow|today|when i|in (?:the|class|group)))`,
  ),
  pattern(
    'en.better-if-gone',
    S,
    String.raw`\b(?:better|happier|easier) (?:off )?if (?:i|he|she) (?:was|were|am|is|just|had|would) (?:\w+ ){0,2}(?:dead|gone|not (?:here|around|alive|born)|never born|died|disappeared|killed)\b`,
  ),
  pattern(
    'en.better-if-died',
    S,
    String.raw`\b(?:better|happier|easier) (?:off )?if i (?:died|disappeared|killed myself|was not here|were not here)\b`,
  ),
  pattern(
    'en.better-not-exist',
    S,
    String.raw`\b(?:better|easier) (?:to |if i |off )?(?:not|did not|never|just not|just did not) (?:wake up|woke up|exist|existed|be here|were here|was here|be born|been born|be alive)\b`,
  ),
  pattern(
    'en.no-one-miss',
    S,
    String.raw`\b(?:no one|nobody) (?:would|will|is going to|even|would even|will even) (?:even |really |ever )?(?:miss|notice|care|cry)(?: \w+){0,3} if i (?:died|was gone|were gone|disappeared|was dead|were dead|killed|was not here|were not here|did not wake|never woke|ended it|left forever|was not around|went away|left|just left|was to leave|vanished)\b(?! (?:the|this|that|my|for|to|early|work|school|class|town|home|group|the chat)\b)`,
  ),
  pattern(
    'en.no-one-miss-end',
    S,
    String.raw`\b(?:no one|nobody) (?:would|will) (?:even |really |ever )?miss me{END}`,
  ),
  pattern(
    'en.burden',
    S,
    String.raw`\b(?:i am|i feel|feel like|i am just|i have become) (?:such |a huge |nothing but |just )?a burden\b`,
    { weight: 0.6 },
  ),
  // not wanting to live / wake up
  pattern(
    'en.not-want-live',
    S,
    String.raw`\b(?:do not|no longer|never|did not) (?:even )?(?:want|wish|feel like|care) to (?:live|be alive|exist|keep living|stay alive|live anymore|see tomorrow|see another day|be around anymore)\b(?! (?:in|at|near|there|here|with (?:my|our|his|her|them|him|roommates|parents)|alone|by myself|on))`,
  ),
  pattern(
    'en.keep-living',
    S,
    String.raw`\b(?:not|never|no longer|how (?:can|do) i|unable to)\b(?: \w+){0,4} (?:keep living|go on living|keep on living|live like this|stay alive|be alive anymore|keep existing|survive this)\b`,
  ),
  pattern('en.living-like-this', S, String.raw`\b(?:living|live|existing) like this\b`, { weight: 0.5 }),
  pattern(
    'en.not-want-be-here',
    S,
    String.raw`\b(?:do not|no longer|never) (?:even )?want to be (?:here|alive|on this earth|in this world) ?(?:anymore|any more)\b`,
  ),
  pattern('en.not-want-be-here-end', S, String.raw`\b(?:do not|no longer) (?:even )?want to be here{END}`),
  pattern(
    'en.not-want-wake',
    S,
    String.raw`\b(?:do not|never|no longer) (?:even )?(?:want|wish|feel like|plan) to wake up\b(?! (?:early|at|for|before|so early|on|in the|when|this early|that early|\d|my|his|her|him|them|the|anyone|anybody|everyone|everybody|you|your|our|people|someone|somebody))`,
  ),
  pattern(
    'en.never-wake',
    S,
    String.raw`\b(?:sleep|fall asleep|go to sleep|close my eyes) and (?:never|not) (?:wake up|open them)\b|\bnever wake up again\b|\bsleep forever\b`,
  ),
  pattern(
    'en.go-on',
    S,
    String.raw`\b(?:do not|no longer) (?:even )?want to (?:go on|keep going|continue|do this anymore){END}`,
    { weight: 0.6 },
  ),
  pattern(
    'en.no-reason',
    S,
    String.raw`\b(?:no|zero|not any|not a single|not see (?:a|any|the)|see no) (?:reason|point|purpose) (?:in |for me )?(?:to |in |of )?(?:keep )?(?:liv(?:e|ing)|be alive|being alive|go(?:ing)? on|keep(?:ing)? (?:going|living)|exist(?:ing)?|stay(?:ing)? alive)\b`,
  ),
  pattern(
    'en.point-of-living',
    S,
    String.raw`\bpoint (?:of|in) (?:even |really |still |me )?(?:living|life|going on|being alive|existing|anything anymore|even trying anymore)\b`,
  ),
  pattern('en.nothing-live-for', S, String.raw`\bnothing (?:left )?to live for\b`),
  pattern(
    'en.not-worth-living',
    S,
    String.raw`\b(?:not|is not|never) worth (?:living|it anymore)\b|\blife is not worth it\b`,
  ),
  pattern(
    'en.tired-of-living',
    S,
    String.raw`\b(?:tired|sick|done|finished) (?:of|with) (?:living|being alive|life|existing|my life|being here|this life)\b(?! (?:in|at|here|there|with)\b)`,
  ),
  pattern(
    'en.give-up-life',
    S,
    String.raw`\bgiv(?:e|ing|en) up on (?:life|living|myself and everything)\b|\bgave up on life\b`,
  ),
  pattern(
    'en.why-live',
    S,
    String.raw`\bwhy (?:should|do|would|even) i (?:even )?(?:keep )?(?:live|living|go on|exist|bother living|stay alive|be alive)\b`,
  ),
];
