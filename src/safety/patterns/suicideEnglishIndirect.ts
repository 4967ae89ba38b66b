import { pattern, type CrisisPattern } from '../crisisPattern';

const S = 'suicide';

/**
 * English phrasings that approach suicide sideways: disappearing, ending it, goodbyes,
 * preparation, methods, and weak signals of hopelessness that only count together.
 */
export const SUICIDE_ENGLISH_INDIRECT: readonly CrisisPattern[] = [
  // disappearing / ending it
  pattern(
    'en.disappear-forever',
    S,
    String.raw`\bdisappear(?:ed)? (?:forever|for good|permanently|for ever|and never come back|from (?:this|the) (?:world|earth|planet))\b`,
  ),
  pattern('en.want-disappear', S, String.raw`\b(?:want|need|wish i could|going) to (?:just )?disappear{END}`),
  pattern(
    'en.end-life',
    S,
    String.raw`\b(?:end|ending|ended|take|taking|took) (?:my|his|her|their) (?:own )?life\b|\bend(?:ing)? (?:my|all my|this|his|her) (?:suffering|misery)\b`,
  ),
  pattern('en.end-it-all', S, String.raw`\bend(?:ing)? (?:it all|everything|my existence|this life)\b`),
  pattern(
    'en.end-it',
    S,
    String.raw`\b(?:end|ending) (?:it|things)(?:{END}| (?:tonight|today|now|soon|for good|forever|once and for all|right now|i mean it|this time|this week|already)\b)`,
  ),
  pattern(
    'en.not-here-tomorrow',
    S,
    String.raw`\b(?:if|when) i am (?:not|no longer) (?:here|around|alive) (?:tomorrow|anymore|next week|in the morning)\b|\b(?:will not|not going to) be (?:here|around|alive) (?:much longer|anymore|for long|by tomorrow|tomorrow morning)\b`,
  ),
  // goodbyes and preparation (weak: ordinary goodbyes exist)
  pattern('en.goodbye', S, String.raw`\bthis is (?:my )?goodbye\b|\b(?:final|last) goodbye\b`, {
    weight: 0.7,
  }),
  pattern('en.goodbye-forever', S, String.raw`\bgoodbye (?:forever|everyone forever|world|cruel world)\b`),
  pattern(
    'en.tell-love',
    S,
    String.raw`\btell (?:my|her|him|them) (?:\w+ )?(?:that )?i (?:love|loved) (?:her|him|them|you)\b`,
    { weight: 0.5 },
  ),
  pattern('en.thank-everything', S, String.raw`\bthank you for everything\b`, { weight: 0.3 }),
  pattern(
    'en.giving-away',
    S,
    String.raw`\b(?:giving|gave|give|given) (?:away )?(?:all )?(?:of )?my (?:\w+ )?(?:stuff|things|belongings|possessions|pets?|cats?|dogs?|guitar|games|jewelry|savings)\b(?: (?:away|to))?`,
    { weight: 0.6 },
  ),
  pattern(
    'en.note',
    S,
    String.raw`\b(?:wrote|writing|left|write) (?:a|my) (?:goodbye |final |last )?(?:note|letter)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.letters-to-all',
    S,
    String.raw`\b(?:wrote|writing|left|write) (?:a |my |some )?(?:goodbye |final |last )?(?:notes|letters) (?:to|for) (?:everyone|everybody|my family|my kids|my parents|the people i love|all my friends)\b`,
    { weight: 0.6 },
  ),
  pattern('en.i-am-ready', S, String.raw`\bi am (?:finally |so )?ready{END}`, { weight: 0.4 }),
  // methods
  pattern(
    'en.jump',
    S,
    String.raw`\b(?:jump(?:ing|ed)?|yeet(?:ing)?(?: myself)?|throw(?:ing)? myself|hurl(?:ing)? myself|launch(?:ing)? myself|fling(?:ing)? myself) (?:off|from|of) (?:a|the|this|that|my) (?:\w+ )?(?:bridge|building|roof|rooftop|cliff|ledge|overpass|balcony|tower|parking garage|window)\b`,
  ),
  pattern(
    'en.in-front-of',
    S,
    String.raw`\b(?:jump(?:ing)?|step(?:ping)?|walk(?:ing)?|throw(?:ing)? myself|run(?:ning)?|lie down|lay down) in front of (?:a|the) (?:train|car|bus|truck|subway|semi)\b`,
  ),
  pattern(
    'en.on-the-edge',
    S,
    String.raw`\b(?:on|at) (?:the|a|this) (?:roof|ledge|bridge|rooftop|edge of (?:the|a) \w+)\b`,
    { weight: 0.5, vetoes: ['chore'] },
  ),
  pattern(
    'en.think-jump',
    S,
    String.raw`\b(?:thinking (?:about|of)|want to|going to|about to|ready to) jump{END}|\b(?:thinking (?:about|of)|about to) jumping\b`,
    { weight: 0.6 },
  ),
  pattern(
    'en.walk-into',
    S,
    String.raw`\b(?:walk|swim|wade|drive|step|run)(?:ing)? (?:\w+ )?(?:into|out into|in front of) (?:the )?(?:ocean|sea|lake|river|traffic|oncoming traffic|the waves)\b(?! (?:to|for) (?:cool|swim|surf|play|a swim))`,
  ),
  pattern(
    'en.think-means',
    S,
    String.raw`\b(?:thinking|think|thought|obsess\w*|fixat\w*) (?:about|of|on) (?:the|a|my|his|her|dads|my dads|my moms) (?:\w+ ){0,2}(?:gun|pistol|rifle|rope|noose|bridge|pills in)\b`,
  ),
  pattern(
    'en.use-on-self',
    S,
    String.raw`\b(?:use|using|used|point|pointing|turn|turning) (?:it|this|that|the gun|a gun|my gun|the knife|a knife|them|the pills) on (?:myself|me)\b`,
  ),
  pattern(
    'en.gun-head',
    S,
    String.raw`\b(?:gun|pistol|barrel|bullet|round|shotgun|rifle) (?:to|in|into|through|against|under) my (?:head|brain|mouth|temple|chest|skull|chin|heart)\b|\bblow my brains out\b|\beat (?:a|my) (?:bullet|gun)\b`,
  ),
  pattern('en.slit', S, String.raw`\bslit(?:ting)? my (?:wrists?|throat)\b`),
  pattern(
    'en.crash',
    S,
    String.raw`\b(?:drive|driving|crash|crashing|swerve) (?:my car )?(?:off|into) (?:a|the) (?:bridge|cliff|wall|tree|lake|river|oncoming traffic|pole)\b|\bcrash my car on purpose\b`,
  ),
  pattern(
    'en.how-to-die',
    S,
    String.raw`\b(?:how|ways?|best way|easiest way|quickest way|fastest way|painless(?:ly)?|most painless|least painful) (?:\w+ ){0,3}to (?:die|d y)\b|\bhow (?:many|much) (?:\w+ ){0,5}to (?:die|kill myself|not wake up)\b`,
  ),
  // weak signals of hopelessness that only count together
  pattern(
    'en.can-not-anymore',
    S,
    String.raw`\bcan not (?:do this|take (?:it|this)|go on|keep going|handle (?:it|this|life)) (?:anymore|any more|much longer)\b|\bcan not go on{END}`,
    { weight: 0.5 },
  ),
  pattern(
    'en.want-it-stop',
    S,
    String.raw`\bwant (?:it|everything|the pain|this|it all) (?:all )?to (?:stop|end|be over|go (?:black|dark|away|quiet|silent))\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.forever-stop',
    S,
    String.raw`\b(?:stop|end|be over|go (?:black|dark|away|quiet|silent)) (?:forever|for good|permanently)\b`,
    { weight: 0.6 },
  ),
  pattern('en.end-pain', S, String.raw`\bend (?:my|the|this) pain\b`, { weight: 0.5 }),
  pattern('en.waste-of-space', S, String.raw`\bwaste of (?:space|oxygen|air|life)\b`, { weight: 0.5 }),
  pattern(
    'en.done-with-all',
    S,
    String.raw`\bdone with (?:everything|it all|all of (?:this|it)|this life|everyone|everybody)(?:{END}| (?:for good|forever|permanently))`,
    { weight: 0.6 },
  ),
  pattern('en.final-bye', S, String.raw`\b(?:bye|goodbye|goodbye everyone|bye everyone|bye forever)$`, {
    weight: 0.4,
  }),
  pattern(
    'en.do-not-care',
    S,
    String.raw`\b(?:do not|no longer) care (?:anymore|about anything|what happens to me)\b`,
    { weight: 0.3 },
  ),
  pattern(
    'en.have-means',
    S,
    String.raw`\bi (?:already )?(?:have|got|bought) (?:the|my|a|enough) (?:pills|rope|gun|razor|blades)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.plan-how',
    S,
    String.raw`\b(?:planning|planned|figured out|know|decided) (?:how|when) (?:i am going to|i will|to) do it\b|\bi (?:have|made|got) a plan(?:{END}| and\b)`,
    { weight: 0.6 },
  ),
  pattern('en.hopeless', S, String.raw`\b(?:hopeless|no way out|no hope left|worthless|empty inside)\b`, {
    weight: 0.4,
  }),
  pattern(
    'en.pointless',
    S,
    String.raw`\b(?:life|my life|everything|living) is (?:pointless|meaningless|not worth it)\b|\bwhat is the point (?:anymore|of anything|of it all|of trying|of me)\b`,
    { weight: 0.5 },
  ),
  pattern('en.hate-life', S, String.raw`\bhate my (?:life|self)\b|\bhate myself\b`, { weight: 0.4 }),
  pattern('en.cant-take', S, String.raw`\bcan not take (?:\w+ ){1,2}(?:anymore|any more)\b`, { weight: 0.5 }),
  pattern(
    'en.want-out',
    S,
    String.raw`\bi (?:just )?want out{END}|\bwant out of (?:this life|life|this world|here for good)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.not-see-me',
    S,
    String.raw`\b(?:you|they|you guys|no one|nobody) (?:will|would) (?:never|not) (?:see|hear from) me again\b|\bthey will find me (?:tomorrow|in the morning|dead)\b`,
    { weight: 0.6 },
  ),
  pattern(
    'en.preparation',
    S,
    String.raw`\b(?:pills|meds|rope|gun|knife|blade|razor|noose)\b(?: \w+){0,3} (?:lined up|counted out|stockpiled|saved up|stashed|hoarded|set out|laid out)\b|\b(?:saving|saved|hoarding|stockpiling|collecting) (?:up )?(?:my |all my |the )?(?:pills|meds|medication)\b|\b(?:tied|tying|made|making) a noose\b`,
    { vetoes: ['compliance'] },
  ),
];
