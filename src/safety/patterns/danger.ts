import { pattern, type CrisisPattern } from '../crisisPattern';

const D = 'danger_abuse';

const ABUSER =
  '(?:he|she|they|someone|somebody|a (?:man|guy|woman|stranger)|my (?:\\w+ )?{REL}|(?:his|her|my \\w+s) \\w+)';
/** Acts that already name the writer as the one hurt. */
const ABUSE_ACTS =
  '(?:thr(?:ew|ows?|owing) (?:me|us) (?:against|into|down|on|across|at|to the)|slam(?:s|med|ming)? (?:me|us|my head)|' +
  'pin(?:s|ned)? (?:me|us) down|pull(?:s|ed)? my hair|twist(?:s|ed)? my arm|spit(?:s)? on me|spat on me|' +
  'put (?:his|her) hands (?:on|around) (?:me|my neck))';
const ABUSE_VERBS =
  '(?:hit(?:s|ting)?|beat(?:s|ing|en)?|hurt(?:s|ing)?|chok(?:e|es|ed|ing)|strangl(?:e|es|ed|ing)|punch(?:es|ed|ing)?|' +
  'kick(?:s|ed|ing)?|slap(?:s|ped|ping)?|push(?:es|ed|ing)?|shov(?:e|es|ed|ing)|abus(?:e|es|ed|ing)|rap(?:e|es|ed|ing)|' +
  'molest(?:s|ed|ing)?|assault(?:s|ed|ing)?|threat(?:en|ens|ened|ening)|stalk(?:s|ed|ing)?|touch(?:es|ed|ing)?|' +
  'attack(?:s|ed|ing)?|grab(?:s|bed|bing)?|drag(?:s|ged|ging)?|burn(?:s|ed|ing)|bit(?:e|es|ing)|follow(?:s|ed|ing)?|' +
  'trap(?:s|ped)|lock(?:s|ed|ing)? (?:me|us) (?:in|up|out)|strangl(?:e|ed))';
const VICTIM =
  '(?:me|us|my (?:\\w+ )?(?:kids?|children|baby|son|daughter|mom|mother|brother|sister|dog|cat|siblings?))';

/** Someone hurting, threatening or trapping the writer or their family, in English and Spanish. */
export const DANGER: readonly CrisisPattern[] = [
  pattern('en.abuser-hurts', D, String.raw`\b${ABUSER} (?:\w+ ){0,6}?${ABUSE_VERBS} ${VICTIM}\b`),
  pattern('en.abuser-acts', D, String.raw`\b${ABUSER} (?:\w+ ){0,6}?${ABUSE_ACTS}`),
  pattern(
    'en.sexual-abuse',
    D,
    String.raw`\b(?:touch(?:es|ed|ing)?|molest(?:s|ed|ing)?|rap(?:e|es|ed|ing)|feel(?:s)? me up|makes me touch|made me touch) (?:me )?(?:inappropriately|down there|there|in my (?:private|bathing suit)\w*|at night|when no one|when nobody|when (?:mom|my mom|dad|my dad) is)\b|\bmy (?:\w+ )?{REL}\b(?: \w+){0,10} (?:touch(?:es|ed)?|molest(?:s|ed)?|rap(?:es|ed)) me\b`,
  ),
  pattern(
    'en.relative-hurts-them',
    D,
    String.raw`\bmy (?:\w+ )?{REL} (?:\w+ ){0,4}?${ABUSE_VERBS} (?:him|her|them)\b`,
  ),
  pattern(
    'en.being-abused',
    D,
    String.raw`\b(?:i am|i was|i have been|been|getting|being|got|i get) (?:\w+ )?(?:abused|beaten|raped|molested|assaulted|trafficked|threatened|stalked|attacked|choked|strangled|hurt by (?:him|her|them|my))\b`,
  ),
  pattern(
    'en.getting-beat',
    D,
    String.raw`\b(?:getting|being|got|get) (?:beat|hit|hurt|kicked|punched|slapped|choked|beat up|beaten up) (?:at home|by (?:my|him|her|them|he|she)|every day|all the time|again|when)\b`,
  ),
  pattern(
    'en.abusive',
    D,
    String.raw`\b(?:abusive|violent) (?:husband|wife|partner|boyfriend|girlfriend|relationship|home|household|dad|father|mom|mother|stepdad|parents?|ex)\b|\b(?:he|she|they) (?:is|are|gets|get) (?:\w+ )?(?:abusive|violent)\b`,
    { topic: true },
  ),
  pattern(
    'en.abuse-word',
    D,
    String.raw`\b(?:domestic (?:violence|abuse)|(?:sexual|physical) abuse|sexually abused)\b`,
    { topic: true },
  ),
  pattern(
    'en.not-safe',
    D,
    String.raw`\b(?:i am|we are|i feel|we feel) (?:not|un)safe\b|\b(?:i|we) do not feel safe\b(?! (?:driving|flying|walking|on|in the|at night|with (?:the|this) (?:car|weather)))|\bnot safe (?:at home|here|with (?:him|her|them|my \w+)|in my (?:home|house|own home|apartment|room|relationship)|to go home|going home|anymore|right now|around (?:him|her|them|my \w+))\b|\b(?:i am|we are) not safe{END}`,
  ),
  pattern(
    'en.scared-go-home',
    D,
    String.raw`\b(?:scared|afraid|terrified|frightened) (?:to go|of going) (?:back )?home\b|\b(?:scared|afraid|terrified|frightened) (?:to go|of going) back(?:{END}| there| to (?:him|her|them|that house|my house))`,
  ),
  pattern(
    'en.afraid-will-hurt',
    D,
    String.raw`\b(?:scared|afraid|terrified|fear|worried|frightened) (?:that |of what )?(?:he|she|they|my \w+|someone) (?:\w+ )?(?:is going to|will|might|would|could|is gonna|going to) (?:kill|hurt|hit|beat|rape|shoot|stab|find) (?:me|us|my \w+)\b`,
  ),
  pattern(
    'en.fear-for-life',
    D,
    String.raw`\b(?:fear|afraid|scared|terrified|worried) for my (?:life|safety|kids|children|kids safety)\b`,
  ),
  pattern(
    'en.threatened-to',
    D,
    String.raw`\bthreat(?:en|ens|ened|ening) to (?:kill|hurt|shoot|stab|take|beat|burn|find) (?:me|us|my \w+|the kids|the baby)\b`,
  ),
  pattern(
    'en.said-would-kill',
    D,
    String.raw`\b(?:said|says|told me|swore|promised) (?:that )?(?:he|she|they) (?:would|will|is going to|was going to|going to|is gonna) (?:kill|hurt|shoot|stab|beat|find|rape) (?:me|us|my \w+)\b`,
  ),
  pattern(
    'en.going-to-kill-me',
    D,
    String.raw`\b(?:he|she|they|my (?:\w+ )?{REL}) (?:is|are|was|will|would|is gonna|might|could) (?:going to |gonna |really |actually )?(?:kill|murder|hurt|beat|shoot|stab|rape|hit) (?:me|us)\b|\b(?:he|she|they|someone|somebody) (?:is|are) (?:literally |actually |really )?killing me\b(?! with)`,
    { vetoes: ['trivial'] },
  ),
  pattern(
    'en.weapon',
    D,
    String.raw`\b(?:he|she|they|someone|somebody|a (?:man|guy|woman)|my (?:\w+ )?{REL}) (?:\w+ ){0,3}(?:has|had|have|with|got|pulled|pulls|pointing|pointed|holding|grabbed) (?:a |an |his |her |the |their )?(?:gun|knife|weapon|pistol|rifle|machete)\b`,
  ),
  pattern(
    'en.at-my-door',
    D,
    String.raw`\b(?:he|she|they|someone|somebody) (?:is|are) (?:outside|at|in) my (?:door|house|window|home|apartment|room|work)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.break-in',
    D,
    String.raw`\b(?:trying to|tried to|about to) (?:get|break|come) in(?:to)? (?:the|my|our) (?:house|home|apartment|room|car)\b|\bbroke (?:into|in to) (?:my|our|the) (?:house|home|apartment|room|car)\b`,
  ),
  pattern(
    'en.locked-in',
    D,
    String.raw`\b(?:locked|trapped|locks|keeps|kept) me (?:in|inside|up|locked)\b|\b(?:will not|does not|did not|would not|never) let(?:s)? me (?:leave|go out|out|call (?:anyone|the police|for help|911)|see (?:anyone|my family|my friends))(?: (?:the|my|our|this) (?:house|home|apartment|room|car|place))?(?:{END}| and\b| without| alone)`,
  ),
  pattern(
    'en.controlling',
    D,
    String.raw`\b(?:took|takes|take) (?:away )?my (?:phone|keys|car keys|money|passport|id|documents)\b`,
    { weight: 0.4 },
  ),
  pattern(
    'en.hiding',
    D,
    String.raw`\bi am (?:locked|hiding|trapped|barricaded|hidden) (?:in|inside|under|behind)\b`,
    {
      weight: 0.5,
    },
  ),
  pattern('en.hiding-from', D, String.raw`\bhiding from (?:him|her|them|my (?:\w+ )?{REL})\b`),
  pattern(
    'en.banging',
    D,
    String.raw`\b(?:he|she|they|someone|somebody|my (?:\w+ )?{REL}) (?:is |are |keeps |kept |was |started )?(?:banging|pounding|kicking|punching|breaking|hammering|smashing) (?:on |at |down |in )?(?:the |my |our )?(?:door|doors|window|windows|wall)\b`,
    { weight: 0.6 },
  ),
  pattern(
    'en.comes-into-room',
    D,
    String.raw`\bmy (?:\w+ )?{REL} (?:\w+ ){0,2}(?:comes|came|sneaks|snuck|gets|got|climbs|climbed) (?:in|into) (?:my|our) (?:room|bed)\b`,
    { weight: 0.6 },
  ),
  pattern(
    'en.at-night',
    D,
    String.raw`\b(?:room|bed|bathroom|shower) (?:\w+ ){0,2}(?:at night|when (?:\w+ ){1,2}(?:is|are|was|were) (?:asleep|sleeping|gone|out|away|at work|not home|not there|not around|in the shower|passed out|drunk)|when (?:no one|nobody) is (?:home|around|looking|there|awake))\b`,
    {
      weight: 0.4,
    },
  ),
  pattern(
    'en.scared-of',
    D,
    String.raw`\b(?:scared|afraid|terrified|frightened) of (?:my (?:\w+ )?{REL}|him|her)\b`,
    { weight: 0.6 },
  ),
  pattern(
    'en.no-one-will-believe',
    D,
    String.raw`\b(?:says|said|tells me|told me|keeps saying|threatens|threatened|warned me)(?: \w+){0,5} (?:no one|nobody) (?:will|would|is going to|is ever going to) (?:ever )?believe (?:me|us)\b`,
    { weight: 0.7 },
  ),
  pattern(
    'en.keep-it-secret',
    D,
    String.raw`\b(?:told|tells|made|makes) me (?:promise )?(?:not to|never to|to never|to not) tell (?:anyone|anybody|my (?:mom|dad|parents|mother|father|teacher|therapist))\b|\bour (?:little )?secret\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.makes-me-do',
    D,
    String.raw`\b(?:makes|made|forces|forced|pressures|pressured|making|forcing) me (?:to )?(?:do (?:things|stuff|sexual|things i do not want|stuff i do not want)|touch (?:him|her|them|his|her)|watch (?:porn|videos|things)|send (?:him|her|them) (?:pictures|pics|photos|nudes)|undress|take off my clothes|sit on (?:his|her) lap|keep secrets)\b`,
    { weight: 0.6 },
  ),
  // Spanish
  pattern(
    'es.me-toca',
    D,
    String.raw`\b(?:me|nos|la|lo) (?:toca|tocaba|toco|manosea|manoseaba|manoseo|acaricia|acariciaba) (?:\w+ ){0,2}(?:cuando (?:nadie|no hay nadie|estamos sol[oa]s|mi \w+ no esta|me duermo|duermo|estoy dormid[oa]|se va)|ahi|mis partes|partes intimas|donde no|inapropiadamente|de forma rara|por debajo|en la noche|de noche)\b|\bme (?:manosea|manoseaba|manoseo)\b`,
  ),
  pattern(
    'es.me-siguen',
    D,
    String.raw`\b(?:siguiendome|persiguiendome|siguiendonos|persiguiendonos)\b|\bme (?:esta|estan|viene|vienen|anda|andan) (?:siguiendo|persiguiendo)\b(?! en (?:instagram|insta|ig|twitter|tiktok|facebook|fb|redes|x|youtube)\b)`,
    { weight: 0.6 },
  ),
  pattern(
    'es.alguien-me-sigue',
    D,
    String.raw`\b(?:alguien|un (?:hombre|tipo|senor|carro|coche|desconocido|extrano|cuate|wey)|una (?:camioneta|mujer|persona)|unos (?:hombres|tipos)) (?:\w+ ){0,2}(?:siguiendome|persiguiendome|me (?:sigue|persigue|esta siguiendo|esta persiguiendo|viene siguiendo|anda siguiendo))\b(?! en (?:instagram|insta|ig|twitter|tiktok|facebook|fb|redes|x|youtube)\b)`,
  ),
  pattern(
    'es.nadie-me-va-a-creer',
    D,
    String.raw`\b(?:dice|dijo|me dice|me dijo|amenaza|me amenaza)(?: que)? nadie (?:me )?(?:va a creer|creeria|cree)\b|\b(?:es|sea) nuestro secreto\b|\bme (?:dijo|dice|hizo prometer) que no (?:le )?(?:diga|dijera|cuente|contara) a nadie\b`,
    { weight: 0.7 },
  ),
  pattern(
    'es.me-obliga',
    D,
    String.raw`\bme (?:obliga|obligaba|obligo|hace|hacia|forza|forzo) (?:a )?(?:hacer cosas|tocarlo|tocarla|ver (?:videos|porno)|mandarle fotos|desvestirme|quitarme la ropa)\b`,
    { weight: 0.6 },
  ),
  pattern(
    'es.escondida',
    D,
    String.raw`\b(?:estoy|me) (?:escondid[ao]|encerrad[ao]|escondo|encerre) (?:en|debajo de|dentro de)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'es.me-escondo-de',
    D,
    String.raw`\bme (?:escondo|estoy escondiendo|escondi) de (?:el|ella|ellos|mi \w+)\b`,
  ),
  pattern(
    'es.golpea-la-puerta',
    D,
    String.raw`\b(?:esta|estan|sigue|siguen) (?:golpeando|pateando|aporreando|tocando fuerte|queriendo tirar) (?:la|las|mi) (?:puerta|puertas|ventana)\b`,
    { weight: 0.6 },
  ),
  pattern(
    'es.amenaza-si',
    D,
    String.raw`\b(?:dijo|dice|jura|juro|amenaza|amenazo|grita|grito)(?: \w+)? que (?:si (?:\w+ ){1,3})?(?:me|nos) (?:mata|matara|mataria|va a matar|va a pegar|pega|pegara|golpea|va a golpear|golpeara|hace dano|va a hacer dano|hara dano|quita a mis hijos)\b`,
    { vetoes: ['trivial'] },
  ),
  pattern(
    'es.se-mete-al-cuarto',
    D,
    String.raw`\bse (?:mete|metia|metio|cuela|colaba) (?:a|en) mi (?:cuarto|cama|recamara|habitacion)\b`,
    {
      weight: 0.7,
    },
  ),
  pattern(
    'es.me-pega',
    D,
    String.raw`\b(?:me|nos) (?:esta |estan |sigue |siguen |)(?:pega(?:ndo)?|golpea(?:ndo)?|golpeo|golpearon|pego|pegaron|pegaba|golpeaba|maltrata(?:ndo)?|maltrato|amenaza(?:ndo)?|amenazo|amenazaba|amenazaron|viol(?:a|o|aron|aba)|abus(?:a|o|aba|aron)|ahorc(?:a|o|aba)|estrangul(?:a|o)|patea(?:ndo)?|pateo|empuj(?:a|o|aron)|avent(?:o|a|aba) (?:contra|al|a la)|tir(?:o|a) al (?:piso|suelo)|jal(?:o|a) (?:del|el) (?:pelo|cabello)|persigue|siguiendo|acosa(?:ndo)?|encierra|encerro|tiene encerrad[ao]|intento matar|intento ahorcar)\b`,
  ),
  pattern('es.me-va-a-matar', D, String.raw`\bme (?:quiere|va a|van a) (?:matar|pegar|golpear)\b`, {
    vetoes: ['trivial'],
  }),
  pattern(
    'es.le-pega',
    D,
    String.raw`\b(?:le|les) (?:esta |sigue )?(?:pega|pego|golpea|golpeo|maltrata|pegaba|golpeaba|ahorca|ahorco|amenaza|amenazo|viola|violo|patea|pateo) a (?:mi|mis|su|sus|nuestra|nuestro|nuestros) \w+`,
  ),
  pattern(
    'es.abusa-de',
    D,
    String.raw`\b(?:abus(?:a|o|aba|aron|ando)|se aprovecha) de (?:mi|nosotros|mis \w+|mi \w+)\b`,
  ),
  pattern(
    'es.violencia',
    D,
    String.raw`\bviolencia (?:domestica|familiar|en (?:mi|la) casa)\b|\babuso sexual\b`,
    { topic: true },
  ),
  pattern(
    'es.no-estoy-segura',
    D,
    String.raw`\bno (?:estoy|me siento|estamos|nos sentimos) (?:a salvo|segur[ao]s?|protegid[ao]s?)(?: en (?:mi |la |mi propia )?casa| aqui| con (?:el|ella|ellos|mi \w+)| en mi \w+|{END})`,
  ),
  pattern(
    'es.miedo-que-me',
    D,
    String.raw`\bmiedo (?:de |a )?(?:que )?(?:(?:mi|el|ella|mis|su) (?:\w+ )?)?(?:me|nos|lo|la) (?:mate|maten|pegue|golpee|lastime|haga dano|encuentre|viole|hagan dano)\b|\bmiedo de (?:el|ella|mi (?:esposo|pareja|novio|novia|papa|padrastro|ex))\b`,
  ),
  pattern(
    'es.amenazo-con',
    D,
    String.raw`\bamenaz\w* con (?:matarme|matarnos|lastimarme|hacerme dano|pegarme|quitarme a mis hijos|matar a)\b`,
  ),
  pattern('es.no-me-deja-salir', D, String.raw`\bno me deja(?:n)? (?:salir|irme|ir|llamar|pedir ayuda)\b`, {
    weight: 0.6,
  }),
  pattern('es.tengo-miedo', D, String.raw`\btengo (?:mucho )?miedo\b`, { weight: 0.5 }),
  pattern(
    'es.arma',
    D,
    String.raw`\b(?:esta|estan) (?:afuera|fuera|aqui|en la puerta|en mi casa)(?: \w+){0,4} con (?:un|una) (?:pistola|cuchillo|arma|navaja|machete)\b|\b(?:el|ella|alguien|mi \w+) (?:tiene|trae|saco) (?:un|una) (?:pistola|cuchillo|arma|navaja|machete)\b`,
  ),
  pattern(
    'es.entrar',
    D,
    String.raw`\b(?:quiere|intenta|trata de|esta tratando de) (?:entrar|meterse) (?:a|en) (?:mi|la) casa\b|\bse metio a (?:mi|la) casa\b`,
  ),
];
