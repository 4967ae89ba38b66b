import { pattern, type CrisisPattern } from '../crisisPattern';

const H = 'self_harm';

/** Self-injury in English and Spanish; accidents are vetoed by context, not by the pattern. */
export const SELF_HARM: readonly CrisisPattern[] = [
  pattern(
    'en.harm-self',
    H,
    String.raw`\b(?:cut(?:ting|s)?|slic(?:e|ing)|burn(?:ing|ed|t|s)?|hurt(?:ing|s)?|harm(?:ing|ed|s)?|hit(?:ting|s)?|punch(?:ing|ed|es)?|scratch(?:ing|ed|es)?|carv(?:e|ing|ed)|starv(?:e|ing|ed)|bit(?:e|ing)|stab(?:bing|bed)?|bruis(?:e|ing)|punish(?:ing|ed)?|mutilat(?:e|ing)) {SELF}\b`,
    { vetoes: ['accident'] },
  ),
  pattern(
    'en.harm-other-self',
    H,
    String.raw`\b(?:cut(?:ting|s)?|burn(?:ing|ed|s)?|hurt(?:ing|s)?|harm(?:ing|ed|s)?|hit(?:ting|s)?|scratch(?:ing|es)?|starv(?:e|es|ing)) {OTHER_SELF}\b`,
    { topic: true, vetoes: ['accident'] },
  ),
  pattern(
    'en.cut-body',
    H,
    String.raw`\b(?:cut|slit)(?:ting|s)? (?:my|his|her) (?:wrists?|arms?|legs?|thighs?|skin|stomach|hips?|body|veins)\b`,
    { vetoes: ['accident'] },
  ),
  pattern(
    'en.injure-body',
    H,
    String.raw`\b(?:cut(?:ting|s)?|scratch(?:ing|ed|es)?|burn(?:ing|ed|t|s)?|carv(?:e|ing|ed)|slic(?:e|ing|ed)|stab(?:bing|bed)?) (?:up )?my (?:own )?(?:wrists?|arms?|legs?|thighs?|skin|stomach|belly|hips?|body|veins|chest|forearms?)\b`,
    { vetoes: ['accident'] },
  ),
  pattern(
    'en.into-my-body',
    H,
    String.raw`\b(?:cut|cutting|carv\w*|scratch\w*|burn\w*|etch\w*|stab\w*) (?:\w+ ){0,3}(?:into|in|on|onto) my (?:own )?(?:wrists?|arms?|legs?|thighs?|skin|stomach|belly|hips?|body|chest|forearms?)\b`,
    { vetoes: ['accident'] },
  ),
  pattern(
    'en.self-harm-tool',
    H,
    String.raw`\b(?:with|using) (?:a |my |the |some )?(?:razor|razors|blade|blades|lighter|hot spoon|scissors|broken glass|compass|sharpener)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.relapsed-cut',
    H,
    String.raw`\brelaps\w* (?:\w+ ){0,3}(?:cut|cutting|self harm\w*|sh|burn\w*)\b`,
  ),
  pattern('en.hide-cuts', H, String.raw`\bhid(?:e|ing) (?:my|the|these) (?:cuts|scars|wounds|burns|marks)\b`),
  pattern('en.self-harm-word', H, String.raw`\bself ?(?:harm(?:ing|ed|s)?|injur(?:y|e|ing|ious|ies))\b`, {
    topic: true,
  }),
  pattern(
    'en.sh',
    H,
    String.raw`\b(?:relapse[ds]?|relapsing|urges?(?: to| for)?|clean from|days? clean|months? clean|weeks? clean|scars? from|resist(?:ing)?) (?:on |from |of |to )?sh\b|\bsh (?:urges?|scars?|relapse|again|tonight)\b`,
  ),
  pattern(
    'en.want-to-cut',
    H,
    String.raw`\b(?:want|wanna|need|urge|urges|going|tempted|itching|craving|dying) (?:so bad |really bad )?to cut\b(?! (?:my|the|his|her|your|our|it|this|that|some|a|an|back|down|off|out|in|through|ties|class|school|costs?|corners?|carbs|sugar|hair|bangs|grass|lawn|cake|wood|paper|them|him|loose|you|people|everyone))`,
  ),
  pattern(
    'en.feel-like-cutting',
    H,
    String.raw`\bfeel(?:ing)? like (?:cutting|self harming|hurting myself|burning myself|cutting myself)\b|\b(?:urge|urges|itch|craving) to (?:cut|self harm|burn myself|hurt myself)\b`,
  ),
  pattern(
    'en.cutting-again',
    H,
    String.raw`\b(?:cutting|cut) again\b|\b(?:started|start|stop|stopped|quit|relapsed into|back to) cutting\b(?! (?:class|school|carbs|sugar|back|down|my hair|hair|coupons|out|costs|grass|the))`,
  ),
  pattern(
    'en.cuts-on-body',
    H,
    String.raw`\b(?:cuts|scars|burns|wounds|gashes) (?:on|all over|up and down) my (?:wrists?|arms?|legs?|thighs?|stomach|hips?|body|skin|forearms?)\b`,
    { vetoes: ['accident'] },
  ),
  pattern('en.fresh-cuts', H, String.raw`\b(?:fresh|new|deep) (?:cuts|scars|wounds|burns) on my\b`),
  pattern(
    'en.until-bleed',
    H,
    String.raw`\b(?:until|till|til|untill|so) (?:i|it|my \w+|they) bleeds?\b|\bmake myself bleed\b`,
  ),
  pattern(
    'en.blade-skin',
    H,
    String.raw`\b(?:razor|blade|blades|knife) (?:on|to|against|into) my (?:skin|arm|wrist|leg|thigh)s?\b`,
  ),
  pattern(
    'en.head-against-wall',
    H,
    String.raw`\b(?:bang|banging|banged|bash|bashing|bashed|slam|slamming|slammed|hit|hitting) my head (?:against|into|on) (?:the |a )?(?:wall|walls|floor|door|mirror)\b`,
    { vetoes: ['accident'] },
  ),
  pattern(
    'en.want-to-bleed',
    H,
    String.raw`\b(?:want|wanna|need|urge|going|deserve|wish i could|craving)(?: to)? (?:\w+ )?(?:bleed|see (?:my own |my )?blood|feel the blade|feel (?:the )?pain)\b`,
  ),
  pattern(
    'en.tool-on-body',
    H,
    String.raw`\b(?:razor|razors|blade|blades|knife|knives|sharpener|scissors|glass|lighter|compass|needle|safety pin|box cutter|exacto)\b(?: \w+){0,2} (?:on|to|against|into|across|over|along) my (?:own )?{BODY}\b`,
    { vetoes: ['accident'] },
  ),
  pattern(
    'en.sharpener-blade',
    H,
    String.raw`\b(?:sharpener|pencil sharpener|razor) blades?\b|\bblades? (?:out of|from) (?:a|my|the) (?:sharpener|pencil sharpener|razor)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.draw-blood',
    H,
    String.raw`\b(?:until|till|til) (?:i draw blood|there is blood|it draws blood|blood comes out|i see blood|it is bloody)\b|\bdraw(?:ing)? (?:my own )?blood (?:on purpose|with)\b`,
  ),
  // Spanish
  pattern(
    'es.lastimarme-el-cuerpo',
    H,
    String.raw`\bme (?:\w+ ){0,2}(?:lastimar|lastime|lastimo|lastimaba|cortar|corte|corto|cortaba|quemar|queme|quemo|rasgunar|rasguno|rasgune|rajar|raje|golpear|golpee|golpeo)(?: \w+){0,2} (?:los|las|el|la|mis|mi) {CUERPO}\b`,
    { vetoes: ['accident'] },
  ),
  pattern(
    'es.con-una-navaja',
    H,
    String.raw`\bcon (?:una|la|unas|las|mi|un|el|unos) (?:navaja|navajas|cuchilla|cuchillas|gillette|rastrillo|tijeras|vidrio|sacapuntas|encendedor|compas|aguja)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'es.hasta-sacarme-sangre',
    H,
    String.raw`\bhasta (?:sacarme|sacar|que (?:me )?(?:salga|sale|brote)|ver|que haya|hacerme) (?:\w+ )?sangre\b`,
  ),
  pattern(
    'es.quiero-sangrar',
    H,
    String.raw`\b(?:quiero|necesito|ganas de|merezco|deseo) (?:\w+ )?(?:sangrar|ver (?:mi )?sangre|sentir dolor)\b`,
  ),
  pattern(
    'es.me-hago-cortes',
    H,
    String.raw`\bme (?:hago|hice|hacia|sigo haciendo|volvi a hacer) (?:\w+ )?(?:cortes|cortadas|heridas|quemaduras|rasgunos)\b`,
  ),
  pattern(
    'es.me-corto',
    H,
    String.raw`\bme (?:corto|corte|cortaba|estoy cortando|he cortado|sigo cortando|volvi a cortar|vuelvo a cortar|he estado cortando)\b`,
    { vetoes: ['accident'] },
  ),
  pattern('es.cortarme', H, String.raw`\bcortarme\b`, { vetoes: ['accident'] }),
  pattern(
    'es.hacerme-dano',
    H,
    String.raw`\b(?:me (?:hago|hice|estoy haciendo|sigo haciendo|vuelvo a hacer|volvi a hacer) dano|hacerme dano|lastimarme|me lastimo|me lastime|me estoy lastimando|me sigo lastimando)\b`,
    { vetoes: ['accident'] },
  ),
  pattern('es.autolesion', H, String.raw`\bautolesi\w+\b`, { topic: true }),
  pattern(
    'es.me-quemo',
    H,
    String.raw`\bme (?:quemo|queme|quemaba|estoy quemando) (?:a proposito|con (?:el |un |los |unos )?(?:encendedor|encendedores|cigarro|cigarros|cerillos|fosforos|mechero|cuchillo caliente))\b`,
  ),
  pattern(
    'es.me-golpeo',
    H,
    String.raw`\bme (?:golpeo|pego|pegaba|golpeaba|rasguno|muerdo|arano) (?:\w+ ){0,3}(?:contra la pared|contra el piso|hasta sangrar|a proposito|cuando me enojo|cuando estoy)\b`,
  ),
  pattern(
    'es.cortadas',
    H,
    String.raw`\b(?:cortadas|cortes|cicatrices|quemaduras|heridas|rasgunos) (?:en|por) (?:los|las|sus|mis|el|la|su|mi|todo el|toda la) (?:brazos?|piernas?|munecas?|muslos?|piel|abdomen|panza|estomago|cuerpo)\b`,
    { vetoes: ['accident'] },
  ),
  pattern('es.hasta-sangrar', H, String.raw`\bhasta (?:sangrar|que sangr\w+)\b`),
  pattern(
    'es.se-corta',
    H,
    String.raw`\bse (?:corta|esta cortando|sigue cortando|volvio a cortar|ha estado cortando|corto las munecas|corta los brazos|autolesiona|lastima|esta lastimando|hace dano|esta haciendo dano|sigue haciendo dano|quema a proposito)\b`,
    { topic: true, subject: 'other', vetoes: ['accident'] },
  ),
];
