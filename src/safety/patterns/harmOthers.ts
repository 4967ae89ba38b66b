import { pattern, type CrisisPattern } from '../crisisPattern';

const X = 'harm_others';

const INTENT =
  '(?:going to|want to|about to|will|ready to|plan(?:ning)? to|trying to|need to|have to|would|could|should|might|' +
  'thinking (?:about|of)|thought about|think about|thoughts (?:of|about)|fantasi[sz](?:e|ing) about|dream(?:ing)? about|' +
  'urges? to|tempted to|stop thinking about|scared i will|afraid i will|afraid i might|scared i might)';
const HARM_VERBS =
  '(?:kil+(?:ing)?|end(?:ing)?|murder(?:ing)?|shoot(?:ing)?|stab(?:bing)?|strangl(?:e|ing)|chok(?:e|ing)|poison(?:ing)?|' +
  'hurt(?:ing)?|harm(?:ing)?|drown(?:ing)?|smother(?:ing)?|suffocat(?:e|ing)|beat(?:ing)? (?:the (?:shit|crap|hell|life) out of|up)|' +
  'run over|attack(?:ing)?|rap(?:e|ing)|slit (?:his|her|their) throat)';

/** Intent or urges to hurt another person, in English and Spanish. */
export const HARM_OTHERS: readonly CrisisPattern[] = [
  pattern(
    'en.harm-person',
    X,
    String.raw`(?<!\b(?:not|never) )\b${INTENT} (?:\w+ ){0,3}?${HARM_VERBS} {PEOPLE}\b`,
    { vetoes: ['trivial'] },
  ),
  pattern(
    'en.voices-others',
    X,
    String.raw`\b(?:voices?|something|they|it|god) (?:\w+ )?(?:telling|tell|tells|told|ordering|orders|commanding|want|wants) me to ${HARM_VERBS} {PEOPLE}\b`,
  ),
  pattern(
    'en.shoot-up',
    X,
    String.raw`\b(?:shoot|shooting|shot) up (?:the|my|a|this|our) (?:school|work|office|church|mall|class|classroom|party|store|place|building|campus)\b`,
  ),
  pattern(
    'en.bring-weapon',
    X,
    String.raw`\b(?:bring|bringing|take|taking) (?:a|my|the|his|her|dads?|my dads) (?:gun|rifle|knife|weapon|bomb|pistol) to (?:school|work|class|the office|church|campus|the party)\b`,
  ),
  pattern(
    'en.push-down',
    X,
    String.raw`(?<!\b(?:not|never) )\b(?:want|wanna|going|gonna|about|urges?|tempted|thinking about|think about|thought about|afraid i will|scared i will|feel like) (?:to )?(?:push|shove|throw|drop|toss|kick|hold|dangle)(?:ing)? (?:him|her|them|my (?:\w+ )?\w+|the (?:baby|kids?|\w+)|that \w+) (?:down|off|out|into|in front of|from|over|under)\b(?: \w+){0,3} (?:stairs|staircase|window|balcony|bridge|roof|traffic|train|pool|water|river|tub|bathtub|cliff|ledge|railing|crib)\b`,
    { vetoes: ['trivial'] },
  ),
  pattern(
    'en.weapon-to-place',
    X,
    String.raw`\b(?:bring|bringing|take|taking|carry|carrying|sneak|sneaking|pack|packing)(?: in)? (?:a|my|the|his|her|dads?|my dads|my moms) (?:\w+ )?(?:gun|rifle|knife|weapon|bomb|pistol|blade|machete)\b(?: (?:to (?:school|work|class|the office|church|campus|the party|practice|the game|the mall)|tomorrow|today|tonight|on monday|in my (?:backpack|bag)|with me)\b)`,
  ),
  pattern('en.bomb', X, String.raw`\b(?:make|plan|build|building|making|plant|planting) a bomb\b`),
  pattern(
    'en.know-where-lives',
    X,
    String.raw`\bknow where (?:he|she|they|you|that \w+|my \w+) (?:lives?|sleeps?|works?|parks?)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.make-pay',
    X,
    String.raw`\bmake (?:him|her|them|everyone|everybody|you|all of them|all of you|those \w+|my \w+|the \w+)(?: \w+){0,3} pay\b(?! (?:for (?:the|my|dinner|lunch|it|rent|the bill)|rent|bills?|back)\b)`,
    { weight: 0.5 },
  ),
  pattern(
    'en.have-weapon',
    X,
    String.raw`\bi (?:have|got|bought|carry|grabbed) a (?:knife|gun|pistol|weapon|rifle)\b`,
    { weight: 0.6 },
  ),
  pattern(
    'es.matar-a',
    X,
    String.raw`(?<!\bno )\b(?:voy a|vamos a|quiero|tengo ganas de|ganas de|pienso|pienso en|estoy pensando en|me dan ganas de|deseo|planeo|podria) (?:matar|asesinar|apunalar|acuchillar|balear|ahorcar|estrangular|golpear|lastimar|envenenar|madrear) a (?!nadie\b)\w+`,
    { vetoes: ['trivial'] },
  ),
  pattern(
    'es.matarlo',
    X,
    String.raw`(?<!\bno )\b(?:voy a|vamos a|quiero|tengo ganas de|ganas de|pienso|pienso en|estoy pensando en|me dan ganas de|deseo|planeo) (?:matar|asesinar|apunalar|acuchillar|balear|ahorcar|estrangular|golpear|lastimar|envenenar)(?:lo|la|los|las|te|le|les)\b`,
    { vetoes: ['trivial'] },
  ),
  pattern(
    'es.lo-voy-a-matar',
    X,
    String.raw`\b(?:lo|la|los|las|te|le|les) (?:voy a|vamos a|quiero|pienso|tengo ganas de) (?:matar|asesinar|apunalar|acuchillar|balear|ahorcar|estrangular|golpear|lastimar|envenenar|dar un tiro|pegar un tiro)\b`,
    { vetoes: ['trivial'] },
  ),
  pattern(
    'es.le-voy-a-hacer-dano',
    X,
    String.raw`\b(?:le|les|lo|la|los|las|te) (?:voy a|vamos a|quiero|pienso|tengo ganas de|dan ganas de) (?:hacer dano|herir|apunalar|picar|romper la madre|partir la madre|dar una paliza)\b`,
    { vetoes: ['trivial'] },
  ),
  pattern(
    'es.traigo-un-cuchillo',
    X,
    String.raw`\b(?:traigo|llevo|cargo|compre|consegui|voy a llevar|llevare) (?:un|una|mi) (?:cuchillo|navaja|pistola|arma|rifle|machete)\b`,
    { weight: 0.6 },
  ),
  pattern(
    'es.hacer-dano',
    X,
    String.raw`\bhacer(?:le|les) dano(?: a (?:\w+ )?\w+)?\b|\blastimar a (?:alguien|mi bebe|mis hijos|mi hijo|mi hija|la gente|otros|otras personas)\b`,
  ),
  pattern(
    'es.arma-escuela',
    X,
    String.raw`\b(?:llevar|llevare|voy a llevar|traer) (?:una|un|la|el) (?:pistola|arma|cuchillo|rifle|bomba) a (?:la escuela|el trabajo|la prepa|la universidad|clase|la iglesia)\b`,
  ),
];
