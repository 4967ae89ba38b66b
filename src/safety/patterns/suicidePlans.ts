import { pattern, type CrisisPattern } from '../crisisPattern';

const S = 'suicide';

/** Places people go to end their life, as the writer's own position right now. */
const HIGH_PLACES_EN =
  '(?:bridge|ledge|roof|rooftop|train tracks|tracks|cliff|overpass|balcony railing|parking garage)';
const HIGH_PLACES_ES =
  '(?:puente|azotea|cornisa|vias del tren|vias|barranco|precipicio|techo|orilla del edificio)';
/** Nouns after "make it to ..." that show an appointment, not surviving. */
const APPOINTMENTS = '(?:meeting|session|group|class|shift|appointment|call|bus|train|party|game|show)';

/**
 * Where, when and how: standing at a drop, a method asked about in soft words, a chosen date,
 * doubts about surviving the night, wanting to join the dead, not trusting oneself. English and
 * Spanish.
 */
export const SUICIDE_PLANS: readonly CrisisPattern[] = [
  pattern(
    'en.at-the-drop',
    S,
    String.raw`\b(?:standing|sitting|stood|sat|parked|up|climbed|climbing|hanging) (?:on|at|onto|up on|over) (?:the |a |this |that )?(?:edge of (?:the |a )?|top of (?:the |a )?)?${HIGH_PLACES_EN}\b`,
    { vetoes: ['chore'] },
  ),
  pattern(
    'es.en-la-orilla',
    S,
    String.raw`\b(?:(?:parad[oa]|sentad[oa]|subid[oa]|trepad[oa]) (?:en|arriba de|al borde de|en la orilla de|encima de)|(?:estoy|sigo|estuve) (?:arriba de|al borde de|en la orilla de|encima de)) (?:el |la |las |los |un |una )?${HIGH_PLACES_ES}\b`,
  ),
  pattern(
    'en.gentle-method',
    S,
    String.raw`\b(?:painless(?:ly)?|least painful|peaceful(?:ly)?)(?: (?:way|ways|method|methods|means|options?))?(?: \w+)? to (?:go|die|end it|end things|do it|leave|check out|not wake up|disappear)\b|\b(?:quickest|easiest|fastest|surest|quietest)(?: (?:way|ways|method|methods))? to (?:die|end it|end things|kill myself|not wake up|check out|go(?! (?:to|home|back|there|out|up|down|about|get|from)\b))\b|\b(?:painless|peaceful|quick|easy) (?:death|exit|way out|suicide)\b`,
  ),
  pattern(
    'es.metodo-suave',
    S,
    String.raw`\b(?:forma|formas|manera|maneras|metodo|metodos) (?:\w+ ){0,2}(?:sin dolor|facil|faciles|rapida|rapidas|indolora|indoloras) (?:de|para) (?:morir|irme|acabar|terminar|no despertar|matarme|desaparecer)\b|\bmuerte (?:sin dolor|rapida|indolora|tranquila)\b`,
  ),
  pattern(
    'en.survive-night',
    S,
    String.raw`\b(?:not|never|doubt)\b(?: \w+){0,4} (?:make it|survive|last) (?:through|past|until|till|to) (?:the night|tonight|this night|today|tomorrow|morning|the morning|the weekend|this week|another day)\b(?! ${APPOINTMENTS})`,
  ),
  pattern(
    'es.pasar-la-noche',
    S,
    String.raw`\bno (?:creo que |se si |creo )?(?:llegue|llego|voy a llegar|aguante|aguanto|voy a aguantar|pase|paso|voy a pasar|sobreviva|sobrevivo|voy a sobrevivir) (?:a |de |hasta )?(?:manana|esta noche|la noche|el fin de semana|la manana|otro dia)\b(?! (?:a|al|para|en) )`,
  ),
  pattern(
    'en.date-set',
    S,
    String.raw`\b(?:picked|chosen|chose|set|have|got|decided on) (?:out )?(?:a|the) (?:date|day)(?: picked| chosen| set)?(?:{END}| (?:out|already|and))|\b(?:date|day) (?:is )?(?:picked|chosen|set) out\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.tell-them-sorry',
    S,
    String.raw`\btell (?:my|her|him|them|everyone|everybody) (?:\w+ )?(?:that )?i (?:am|was) (?:so |really )?sorry(?: for everything)?{END}|\btell (?:my|her|him|them) (?:\w+ )?(?:that )?i (?:love|loved) (?:her|him|them|you){END}`,
    { vetoes: ['trivial'] },
  ),
  pattern(
    'es.diles-que-lo-siento',
    S,
    String.raw`\bdile(?:s)? a (?:mi|mis) \w+ que (?:lo siento|los? (?:quiero|amo)|las? (?:quiero|amo)|me perdone|me perdonen){END}`,
    { vetoes: ['trivial'] },
  ),
  pattern(
    'en.not-around-long',
    S,
    String.raw`\b(?:will not|not going to|never|no longer) (?:have to|need to) (?:deal with|worry about|put up with|take care of|see|hear from|look at|carry) me(?: \w+)? (?:much longer|anymore|any longer|again|soon|for long)\b`,
  ),
  pattern(
    'es.ya-no-tendran-que',
    S,
    String.raw`\bya no (?:van a|vas a|tendran que|tendras que|tienen que) (?:tener que )?(?:lidiar|preocupar\w*|aguantar\w*|cargar|soportar\w*) (?:conmigo|por mi|me)\b`,
  ),
  pattern(
    'en.counting-down',
    S,
    String.raw`\bcounting (?:down )?the (?:days|hours|minutes) (?:until|till|til)\b`,
    {
      weight: 0.5,
    },
  ),
  pattern(
    'en.god-take-me',
    S,
    String.raw`\b(?:pray|praying|prayed|hope|hoping|wish|asking|ask|asked|beg|begging|want)\b(?: \w+){0,3} (?:god|the lord|jesus|the universe|death|he) (?:would |will |to |just |could )?(?:takes?|taking|come (?:and )?get) me\b`,
  ),
  pattern(
    'es.que-dios-me-lleve',
    S,
    String.raw`\b(?:pido|le pido|rezo|ruego|ojala|quiero que|que) (?:a )?dios (?:que )?(?:ya )?(?:me lleve|me recoja|se me lleve|me quite la vida)\b`,
  ),
  pattern(
    'en.join-the-dead',
    S,
    String.raw`\b(?:want|wish|ready|going|time|long|need) to (?:go )?(?:join|be with|see) (?:him|her|them|my \w+)(?: \w+){0,2} (?:in heaven|up there|on the other side|again soon|wherever (?:he|she|they) (?:is|are))\b|\b(?:join|be with) (?:him|her|them|my \w+) (?:in heaven|on the other side)\b`,
  ),
  pattern(
    'es.reunirme-en-el-cielo',
    S,
    String.raw`\b(?:irme|reunirme|estar|ir) con (?:el|ella|ellos|mi \w+) (?:al|en el|hasta el) cielo\b`,
  ),
  pattern(
    'en.do-something-drastic',
    S,
    String.raw`\b(?:afraid|scared|worried|terrified|going|about|thinking|tempted)(?: that)?(?: i (?:will|might|am going to|could|would))?(?: to)? do something (?:stupid|drastic|dangerous|permanent|i (?:will|would|might|can not) (?:regret|take back))\b`,
  ),
  pattern(
    'es.hacer-una-locura',
    S,
    String.raw`\b(?:miedo (?:de|a)|ganas de|a punto de|voy a|podria|pienso) (?:hacer|cometer) (?:una )?(?:locura|tonteria|estupidez)\b`,
    { weight: 0.6 },
  ),
  pattern(
    'en.distrust-self',
    S,
    String.raw`\b(?:do not|can not|no longer|never) trust myself(?:{END}| (?:right now|tonight|alone|anymore|not to|(?:around|with|near) (?:the |my |these |those )?(?:pills|meds|knives|knife|blades|razors?|guns?|rope|car keys)))`,
  ),
  pattern(
    'es.no-confio-en-mi',
    S,
    String.raw`\bno (?:confio|me fio) (?:en|de) mi(?: mism[oa])?\b(?! (?:para|con (?:el dinero|la comida)))`,
    { weight: 0.7 },
  ),
];
