import { pattern, type CrisisPattern } from '../crisisPattern';

const O = 'overdose';

const TAKE_EN =
  '(?:took|take|taking|swallowed|swallow|swallowing|popped|pop|popping|downed|ate|taken|chugged|overdosed on|od on)';
const LOTS_EN =
  '(?:a bunch|a handful|handfuls|a lot|a ton|tons|lots|a fistful|too many|way too many|so many|too much|way too much|loads|a shit ton|\\d{2,}|twenty|thirty|forty|fifty|a hundred|a dozen|dozens)';
const TAKE_ES =
  '(?:(?:(?:me|se|te) )?(?:(?:voy a|va a|vas a|van a|quiero|quiere|piensa|pienso|acab[oae] de) )?' +
  '(?:tome|tomo|tomaba|tomar|tomarme|tomarse|trague|trago|tragar|tragarme|tragarse)|ingeri|me meti|se metio)';
const LOTS_ES =
  '(?:muchas|muchos|un monton de|un chingo de|demasiadas|demasiados|un punado de|un puno de|una bolsa de|un buen de|bastantes|muchisimas|varias|\\d{2,}|veinte|treinta|cuarenta|cincuenta|un frasco|el frasco|una caja|la caja|toda la caja|todo el frasco|un bote|el bote|un blister)';

/**
 * Short lists for the newer families. The full {PILLS} and {PASTILLAS} lists are long, and V8 stops
 * optimising regular expressions once their compiled code passes a budget, so they are used once
 * per pattern at most.
 */
const MEDS_EN =
  '(?:pills?|meds|medications?|medicines?|prescriptions?|tablets?|capsules?|\\w+ pills|sleeping pills|xanax|benzos|painkillers)';
const MEDS_ES = '(?:pastillas|pildoras|medicinas|medicamentos|tabletas|capsulas|calmantes|somniferos)';
const DRINK_ES = '(?:alcohol|vino|cerveza|tequila|licor|mezcal|ron|vodka|whisky)';

/** Taking too much medication or drugs, in English and Spanish, including asking how much is lethal. */
export const OVERDOSE: readonly CrisisPattern[] = [
  pattern('en.overdose-word', O, String.raw`\boverdos(?:e|ed|ing|es)\b`, { topic: true }),
  pattern(
    'en.whole-cabinet',
    O,
    String.raw`\b${TAKE_EN} (?:\w+ ){0,2}(?:everything|all|whatever|anything) (?:\w+ ){0,2}(?:in|from|out of) (?:the|my|our|his|her|mom'?s|dad'?s) (?:\w+ )?(?:medicine cabinet|cabinet|cupboard|drawer|pill box|pillbox|bathroom)\b`,
  ),
  pattern(
    'en.whole-bottle',
    O,
    String.raw`\b${TAKE_EN} (?:\w+ ){0,2}(?:a |an |the |my |his |her )?(?:whole|entire|full|half a|half the|half my) (?:\w+ )?(?:bottle|pack|packet|box|strip|container|jar|blister|sheet|tub|prescription|supply|bag)\b`,
  ),
  pattern(
    'en.lots-of-pills',
    O,
    String.raw`\b${TAKE_EN} (?:like |about |around |over |at least |maybe |almost )?${LOTS_EN} (?:of )?(?:\w+ ){0,3}?{PILLS}\b`,
  ),
  pattern(
    'en.all-my-pills',
    O,
    String.raw`\b${TAKE_EN} (?:all|every one|every single one|everything|every|all the|the rest of) (?:of )?(?:my|the|his|her|their|single )?(?:\w+ )?{PILLS}\b`,
    { vetoes: ['compliance'] },
  ),
  pattern('en.pills-at-once', O, String.raw`\b{PILLS} (?:all )?at once\b`),
  pattern(
    'en.mix-alcohol',
    O,
    String.raw`\bmix(?:ed|ing)? (?:\w+ ){0,2}{PILLS} (?:with|and) (?:\w+ )?(?:alcohol|vodka|whiskey|booze|wine|beer|liquor|tequila|rum|drinks|a bottle)\b`,
    { topic: true },
  ),
  pattern(
    'en.poison',
    O,
    String.raw`\b(?:drank|drink|drinking|swallowed|swallow|ate|took|going to drink) (?:\w+ ){0,2}(?:bleach|antifreeze|rat poison|poison|drain cleaner|pesticide|weed killer)\b`,
  ),
  pattern(
    'en.heavy-drinking',
    O,
    String.raw`\b(?:drank|drink|drinking|chugged|downed|finished) (?:\w+ ){0,2}(?:whole|entire|full|fifth|bottle|handle) (?:\w+ ){0,2}(?:vodka|whiskey|alcohol|wine|tequila|liquor|rum|gin|booze)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.took-sedative',
    O,
    String.raw`\b(?:took|taking|popped|swallowed|take) (?:\w+ ){0,2}(?:xanax|benzos?|klonopin|ativan|valium|sleeping pills|ambien|oxys?|percs?|opioids|fentanyl|seroquel|trazodone|heroin)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.lethal-dose',
    O,
    String.raw`\b(?:lethal|fatal|deadly|toxic) (?:dose|amount|overdose|quantity)\b`,
  ),
  pattern(
    'en.how-many-to-die',
    O,
    String.raw`\bhow (?:many|much) (?:\w+ ){0,5}(?:to (?:die|overdose|kill (?:me|myself|you|someone|somebody|a person|a human|an adult|people)|not wake up)|(?:is|are|would be|will be|could be|would|will|could|might) (?:lethal|fatal|deadly|an overdose|enough to (?:die|kill)|kill (?:me|you|someone|a person)))\b`,
  ),
  pattern(
    'en.how-many-would-it-take',
    O,
    String.raw`\bhow (?:many|much) (?:of )?(?:my |the |your |these |those |his |her )?(?:\w+ )?{PILLS}(?: \w+){0,4} (?:would it|does it|will it|it would|it will|would i need|do i need|would you need)(?: take| need)?{END}`,
  ),
  pattern(
    'en.mixed-all-meds',
    O,
    String.raw`\b(?:mix(?:ed|ing)?|combin(?:ed|ing)|crush(?:ed|ing)) (?:up )?(?:all|every|everything|a bunch|a handful|a lot|a ton)(?: of)? (?:my |the |his |her |their )?(?:\w+ )?${MEDS_EN}\b`,
    { vetoes: ['compliance'] },
  ),
  pattern(
    'en.overdid-it',
    O,
    String.raw`\b(?:overdid|overdone|overdo|overdoing|went overboard) (?:it )?(?:with|on) (?:my |the |his |her |those |these )?(?:\w+ )?{PILLS}\b|\b(?:took|taken|swallowed|had) (?:way |a lot |far )?(?:more|too many|too much) (?:\w+ )?than (?:i should|i was supposed to|prescribed|the dose|it says|allowed|the label)\b`,
  ),
  pattern(
    'en.took-too-many',
    O,
    String.raw`\b(?:took|taken|swallowed|popped) (?:way |far )?too (?:many|much)(?:{END}| (?:of (?:them|it|those|these)|again|and)\b)`,
    { weight: 0.7 },
  ),
  pattern(
    'en.pills-on-purpose',
    O,
    String.raw`\b(?:${MEDS_EN}|${MEDS_ES}|alcohol|took|swallowed|tome|trague)\b[^|]*\b(?:on purpose|deliberately|intentionally|a proposito|adrede)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.feel-sick-after',
    O,
    String.raw`\b(?:feel|feeling|i am) (?:really |very |so |super )?(?:sick|dizzy|weird|woozy|faint|nauseous|drowsy|out of it)\b|\bheart (?:is )?(?:racing|pounding)\b|\bme siento (?:muy |bien )?(?:mal|maread[oa]|rar[oa])\b`,
    { weight: 0.3 },
  ),
  pattern('es.sobredosis', O, String.raw`\bsobredosis\b`, { topic: true }),
  pattern(
    'es.me-pase-con',
    O,
    String.raw`\bme (?:pase|excedi) (?:de|con) (?:las |mis |la |el |los )?(?:\w+ )?(?:${MEDS_ES}|dosis|medicina|medicamento|pastilla)\b|\b(?:tome|me tome|trague) (?:mas|muchas mas|demasiad[ao]s?) (?:\w+ )?(?:de lo que|que lo que|de las que) (?:debia|me recetaron|dice|indica)\b`,
  ),
  pattern(
    'es.mezcle-pastillas',
    O,
    String.raw`\bmezcl\w* (?:todas |todos )?(?:mis|las|sus|los|unas) (?:\w+ )?${MEDS_ES}\b|\b(?:tome|me tome|mezcle|combine|trague) (?:\w+ ){0,2}${DRINK_ES} (?:con|y) (?:\w+ )?${MEDS_ES}\b|\b(?:tome|me tome|mezcle|trague) (?:\w+ ){0,2}${MEDS_ES} (?:con|y) (?:\w+ )?${DRINK_ES}\b`,
    { weight: 0.7, vetoes: ['compliance'] },
  ),
  pattern(
    'es.muchas-pastillas',
    O,
    String.raw`\b${TAKE_ES} (?:casi |como |unas |unos )?${LOTS_ES} (?:\w+ ){0,3}?{PASTILLAS}\b`,
    { vetoes: ['compliance'] },
  ),
  pattern(
    'es.pastillas-de-mas',
    O,
    String.raw`\b${TAKE_ES} (?:\w+ ){0,2}{PASTILLAS} (?:de mas|de sobra|de golpe|al mismo tiempo|juntas)\b`,
  ),
  pattern(
    'es.cuantas-se-necesitan',
    O,
    String.raw`\bcuant(?:as|os|o) (?:\w+ ){0,2}{PASTILLAS} (?:\w+ ){0,2}(?:se necesitan|hacen falta|necesitaria|necesito|tendria que tomar|serian)(?:{END}| para (?:morir|matar\w*|no despertar|una sobredosis|que (?:me muera|no despierte)))`,
  ),
  pattern(
    'es.todas-las-pastillas',
    O,
    String.raw`\b${TAKE_ES} (?:todas|todos) (?:las|mis|los|sus) (?:\w+ )?{PASTILLAS}\b|\b(?:me|se) (?:las|los) (?:tome|tomo|trague|trago) tod[ao]s\b`,
    { vetoes: ['compliance'] },
  ),
  pattern('es.empastillar', O, String.raw`\b(?:me empastille|empastillarme|me empastillo)\b`),
  pattern('es.dosis-letal', O, String.raw`\bdosis (?:letal|mortal)\b`),
  pattern(
    'es.cuantas-para-morir',
    O,
    String.raw`\bcuant(?:as|os|o) (?:\w+ ){0,4}(?:para|pa) (?:morir|matarme|matarse|suicidarme|no despertar|una sobredosis)\b`,
  ),
];
