import { pattern, type CrisisPattern } from '../crisisPattern';

const S = 'suicide';
const SH = 'self_harm';
const O = 'overdose';
const H = 'harm_others';
const D = 'danger_abuse';

/** Means of suicide one can carry or keep somewhere. */
const CARRIED_MEANS_EN =
  '(?:rope|noose|cord|gun|pistol|handgun|rifle|shotgun|revolver|razor|blades?|pills|meds)';
const CARRIED_MEANS_ES = '(?:soga|cuerda|lazo|mecate|pistola|arma|navaja|cuchilla|pastillas)';
/** Places one jumps from or steps in front of. */
const DROPS_EN =
  '(?:train tracks|railroad tracks|railway|rail line|tracks|bridge|overpass|cliffs?|parking (?:garage|structure|deck)|rooftops?|roof|dam|quarry|tower)';
const DROPS_ES =
  '(?:vias del tren|vias|puente|azotea|techo|edificio|barranco|acantilado|precipicio|presa|torre)';
/** A young child, in both languages. */
const CHILD =
  '(?:kid|kids|child|children|baby|toddler|little (?:boy|girl|one)|boy|girl|nino|nina|ninos|nene|nena|bebe|chiquito|chiquita|criatura)';
/** Self-injury tools. */
/** Short list of pill words; the long drug list ({PILLS}) is costly and used sparingly. */
const PILL_WORDS =
  '(?:pills|meds|medications|medicines|tablets|capsules|antidepressants|painkillers|benzos|opioids|xanax|oxys|percs|tylenol|lithium|insulin)';
const SH_TOOLS = '(?:razor|razors|blade|blades|sharpener|box cutter|boxcutter|scalpel|exacto|x acto|compass)';

/**
 * Families found with held-out set D. Like `recallFamilies.ts`, most are weak pieces (0.4–0.6)
 * that only fire in combination: a farewell act with a parting instruction, a means with a place
 * to go, a timing with an ending, a height question with an evasive reason, a wound with blood
 * that will not stop, pills lined up and counted, a threat conditioned on one more provocation.
 * Strong pieces (weight 1) are phrasings with no everyday reading: ending it after a named event,
 * a wish to be hit by a vehicle, a crash made to "look like an accident", a broken self-harm
 * streak, a double dose taken on purpose, picturing hurting one's own baby.
 */
export const INTENT_AND_ACTS: readonly CrisisPattern[] = [
  // ---- suicide: timing attached to an ending ----
  pattern(
    'en.ending-it-after',
    S,
    String.raw`(?:^|\| |\b(?:i am|i will|i am going to|going to|gonna|i will be|just|finally|probably) )(?:ending|end) it(?: all)? (?:after|before|when|once|right after|tonight|today|tomorrow|this (?:weekend|week|friday|saturday|sunday|monday|tuesday|wednesday|thursday|time)|at (?:midnight|\d+))\b(?! (?:with|between|for (?:the|a) \w+|\w+ing (?:the|our)|(?:\w+ )?(?:years?|months?|weeks?|dates?|together)\b))`,
    { vetoes: ['relocation', 'trivial'] },
  ),
  pattern(
    'es.acabo-con-todo-despues',
    S,
    String.raw`\b(?:(?:acabo|termino|acabare|terminare) con (?:todo|mi vida)|me mato|me quito la vida) (?:saliendo|despues|al salir|en cuanto|cuando (?:salga|termine|se vayan|se duerman)|terminando)\b`,
    { vetoes: ['relocation'] },
  ),
  pattern(
    'en.tonights-the-night',
    S,
    String.raw`\b(?:tonights|todays|tomorrows) (?:the (?:night|day)|it)(?= \||$)|\bit is time(?: now)?$`,
    { weight: 0.5, vetoes: ['trivial', 'relocation'] },
  ),
  pattern(
    'en.made-peace-calm',
    S,
    String.raw`\b(?:made|making) (?:my )?peace with (?:it|everything|dying|death|my decision|the decision|what i am going to do)\b|\b(?:weirdly|strangely|oddly|finally|so|really|surprisingly|kind of) (?:calm|at peace|peaceful|relieved|serene)(?: about (?:it|this|everything|the decision))?(?= \||$)|\b(?:hice las paces|estoy en paz) con (?:la muerte|mi decision|eso|todo)\b|\b(?:raramente|extranamente|muy|por fin|bien) (?:tranquil[oa]|en paz|calmad[oa])(?= \||$)`,
    { weight: 0.5 },
  ),
  pattern(
    'es.ya-decidi-cuando',
    S,
    String.raw`\b(?:ya )?(?:decidi|escogi|elegi|tengo) (?:cuando|como|el dia|la fecha|la hora|donde)\b(?! (?:me (?:voy de|caso|mudo)|vamos|salimos|empiezo|es la fiesta))`,
    { weight: 0.5, vetoes: ['relocation', 'trivial'] },
  ),
  pattern(
    'en.no-point-planning',
    S,
    String.raw`\b(?:no point|no sense|pointless|why bother|what is the point of|do not bother) (?:in )?(?:making plans|planning|signing (?:me )?up|buying|booking|saving|scheduling|making an appointment|thinking about next)\b|\bno tiene (?:caso|sentido) (?:hacer planes|planear|seguir|ahorrar|comprar|inscribirme)\b`,
    { weight: 0.5, vetoes: ['relocation', 'chore'] },
  ),
  pattern(
    'en.wont-be-around',
    S,
    String.raw`\bi (?:will not|am not going to|wont) be (?:around|here)(?= \||$)`,
    { weight: 0.5, vetoes: ['relocation', 'chore'] },
  ),
  pattern(
    'en.burden-not-much-longer',
    S,
    String.raw`\b(?:burden|bother|nuisance|weight on (?:you|everyone))\b[^|]*(?:\| )?(?:i )?(?:will not|am not going to|wont|will not have to) be (?:for |around |one )?(?:much|any) longer\b`,
  ),
  pattern(
    'en.sorry-for-being-burden',
    S,
    String.raw`\bsorry for (?:being|having been) (?:such |so much of )?(?:a |an )?(?:burden|bother|problem|disappointment|waste)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'es.ya-no-los-molesto',
    S,
    String.raw`\bya no (?:los|las|te|les|lo|la) (?:voy a )?(?:molestar|molesto|estorbar|estorbo|dar problemas|causar problemas|preocupar)\b(?: (?:mas|nunca mas|jamas))?(?= \||$)`,
    { weight: 0.5, vetoes: ['trivial'] },
  ),
  pattern(
    'es.perdon-por-todo',
    S,
    String.raw`\b(?:perdon|perdonen|perdonenme|perdoname|perdoneme|perdonadme|lo siento|disculpen|disculpenme) por (?:todo|ser (?:una carga|un estorbo|asi))(?= \||$)`,
    { weight: 0.5, vetoes: ['trivial'] },
  ),
  pattern(
    'en.why-keep-waking',
    S,
    String.raw`\b(?:why|wish i did not|do not know why) (?:do |did )?i (?:keep |still )?(?:waking up|wake up|woke up|exist|existing|breathing|keep breathing)\b(?! (?:at|so early|early|in the middle|before|every night at|sweating|with))|\bno se (?:para|por) que (?:sigo (?:despertando|vivo|viva|aqui|respirando)|me despierto)\b`,
    { weight: 0.6 },
  ),
  pattern(
    'en.only-way-out',
    S,
    String.raw`\b(?:only|last|one) (?:way out|exit|escape|option left|solution left)\b(?! (?:is through|of (?:this|the) (?:room|building|parking|maze|lot)))|\bla unica (?:salida|solucion|opcion que me queda)\b`,
    { weight: 0.5, vetoes: ['chore'] },
  ),
  pattern(
    'en.done-fighting',
    S,
    String.raw`\b(?:done|tired of|finished|through|exhausted from) (?:fighting|trying to survive|surviving|trying to stay alive)\b(?! (?:with|over|about|for))|\b(?:ya no quiero|me canse de|ya no puedo) (?:luchar|pelear por vivir|seguir luchando)\b(?! (?:con|contra|por (?:el|la|los|las)))`,
    { weight: 0.5 },
  ),
  pattern(
    'en.not-this-time',
    S,
    String.raw`\btalk(?:ed)? (?:myself|me) (?:out of it|down|out of doing it)\b|\b(?:last time|before|every other time) i (?:stopped|chickened out|backed out|did not go through|could not go through|pulled back|changed my mind)\b|\bla ultima vez (?:me arrepenti|me detuve|no pude|me gano el miedo|me dio miedo|me salvaron)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.this-time-for-real',
    S,
    String.raw`(?:^|\| )(?:but )?not this time(?= \||$)|\bthis time (?:i will not stop|for real|i will finish it|nobody will stop me)\b|\besta vez (?:no me voy a detener|no|si lo hago|va en serio|nadie me detiene)(?= \||$)`,
    { weight: 0.5 },
  ),
  // ---- suicide: wishes for an accident ----
  pattern(
    'en.wish-vehicle-hit-me',
    S,
    String.raw`\b(?:wish|hope|pray|praying|hoping|wishing) (?:that )?(?:a |some |the |this )?(?:truck|car|bus|train|semi|driver|drunk driver|bullet|stray bullet|meteor|tree)\b(?: (?!not\b|never\b)\w+){0,3} (?:would |will |just |could )*(?:(?:hit|hits|kill|kills|take|takes|fall on|falls on|crush|crushes|end) me|runs? me (?:over|down)|takes? me out)\b|\bojala (?:que )?me (?:atropelle|atropellen|pegue|caiga encima|mate|lleve) (?:un|una|el|la) (?:carro|camion|camioneta|trailer|tren|coche|auto|bala|rayo|arbol|bus)\b`,
  ),
  pattern(
    'en.crash-look-accidental',
    S,
    String.raw`\b(?:crash\w*|wreck\w*|swerv\w*|drive off|drove off|fall|fell|slip|drown|od|overdos\w*|chocar|choco|estrellar\w*|caer\w*|ahogar\w*)\b[^|]*\b(?:look|looks|seem|seems|pass|passes|would look|will look) (?:like |as )?(?:an |a )?accident\b|\bque parezca (?:un |que fue un )?accidente\b`,
  ),
  // ---- suicide: means kept at hand, and somewhere quiet to go ----
  pattern(
    'en.means-in-car',
    S,
    String.raw`\b(?:the |my |a )${CARRIED_MEANS_EN} (?:is|are|was|sits|stays) (?:in|under|inside) (?:my|the) (?:car|trunk|glovebox|glove box|backpack|bag|pocket|room|closet|nightstand|drawer)\b|\b(?:la |mi |las |mis )${CARRIED_MEANS_ES} (?:esta|estan|la traigo|las traigo|la tengo|las tengo) (?:en|debajo de) (?:el|mi|la) (?:carro|coche|cajuela|mochila|bolsa|bolsillo|cuarto|closet|cajon)\b`,
    { weight: 0.5, vetoes: ['chore', 'pastime'] },
  ),
  pattern(
    'en.somewhere-quiet',
    S,
    String.raw`\b(?:drive|go|walk|head|get|take me|disappear) (?:out )?(?:to )?(?:somewhere|some place|someplace|a place) (?:quiet|alone|remote|far away|secluded|isolated|where (?:nobody|no one) (?:will|can|would) find me)\b|\b(?:a algun lugar|algun lugar|a un lugar|un lugar) (?:tranquilo|solo|apartado|lejos|donde nadie me (?:encuentre|encuentra|vea))\b`,
    { weight: 0.5, vetoes: ['relocation'] },
  ),
  // ---- suicide: heights looked up or scouted ----
  pattern(
    'en.scouting-drop',
    S,
    String.raw`\b(?:scout\w*|casing|cased)\b(?: out)?(?: the| a| that)? (?:\w+ )?${DROPS_EN}\b|\b(?:explorando|estudiando|reconociendo) (?:el|la|las|los) (?:\w+ )?${DROPS_ES}\b`,
    { vetoes: ['chore', 'relocation', 'trivial'] },
  ),
  pattern(
    'en.visiting-drop',
    S,
    String.raw`\b(?:checking out|checked out|been visiting|keep visiting|keep going (?:back )?to|been going to|walking along|walked along|staring down from|looking down from)\b(?: the| a| that)? (?:\w+ )?${DROPS_EN}\b|\b(?:fui a ver|he ido a ver|sigo yendo a|estuve viendo|me asome desde) (?:el|la|las|los) (?:\w+ )?${DROPS_ES}\b`,
    { weight: 0.5, vetoes: ['chore', 'relocation', 'trivial'] },
  ),
  pattern(
    'en.unsure-to-come-down',
    S,
    String.raw`\b(?:not sure|do not know|unsure|undecided) (?:if|whether) (?:i should |i will |i want to |to )?(?:come|get|climb|step) (?:back )?(?:down|off|inside)\b|\bno (?:se|estoy segur[oa]) si (?:bajarme|bajar|quitarme|regresar|saltar|aventarme|tirarme)\b`,
    { weight: 0.5, vetoes: ['chore'] },
  ),
  pattern(
    'en.tallest-near-here',
    S,
    String.raw`\b(?:tallest|highest|biggest drop|deepest)\b(?: \w+)? (?:bridge|building|parking (?:garage|structure)|cliff|overpass|tower|point|drop|river|lake)\b(?: \w+){0,2} (?:near|around|close to|by|in) (?:me|here|downtown|town|my (?:house|place|school|work|city)|the city|this city)\b|\b(?:puente|edificio|lugar) mas alto (?:de la ciudad|cerca|por aqui|de aqui)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.evasive-reason',
    S,
    String.raw`\b(?:asking for (?:reasons|a reason|no reason|personal reasons|myself)|no reason in particular|do not ask why|dont ask why|for reasons|no preguntes (?:por que|para que)|por razones)(?= \||$)`,
    { weight: 0.5 },
  ),
  pattern(
    'es.forma-menos-dolorosa',
    S,
    String.raw`\b(?:forma|manera|metodo|modo) (?:mas )?(?:menos dolorosa|indolora|sin dolor|mas rapida y segura|mas segura de morir)\b(?= \||$| de (?:morir|matarse|matarme|irme|irse|hacerlo|acabar|terminar|dejar de existir|no despertar))|\bthe (?:least painful|most painless|surest) (?:way|method)(?= \||$)`,
  ),
  // ---- suicide: farewell acts ----
  pattern(
    'en.said-bye-to',
    S,
    String.raw`\b(?:said|say|saying|told) (?:bye|goodbye|goodbyes|my goodbyes) to (?:my|all|everyone|everybody|the)\b|\bme despedi de (?:mis|mi|todos|todas)\b`,
    { weight: 0.5, vetoes: ['relocation', 'ordinaryGoodbye'] },
  ),
  pattern(
    'en.last-post-ever',
    S,
    String.raw`\b(?:last|final) (?:post|message|video|story|tweet|text|words)(?: \w+)? (?:ever|forever|for good|of (?:my|her|his|their) life)\b|\b(?:su|mi) (?:ultima|ultimo) (?:publicacion|mensaje|video|historia|post)(?: \w+)? (?:para siempre|de (?:mi|su) vida|jamas)\b`,
    { vetoes: ['ordinaryGoodbye', 'relocation'] },
  ),
  pattern(
    'en.it-was-the-last-time',
    S,
    String.raw`\b(?:do not know|does not know|dont know|have no idea|no saben|no sabe|no tiene idea|no tienen idea)\b[^|]*\b(?:the last time|la ultima vez)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.parting-care',
    S,
    String.raw`\b(?:take (?:good )?care of (?:yourself|yourselves|each other|my (?:\w+ )?(?:mom|mother|dad|father|sister|brother|kids|son|daughter|family|dog|cat|pets?))|cuid(?:en|a|enme|ame)(?: mucho| bien)? (?:a (?:mi|mis) \w+|de (?:mi|mis) \w+|mucho a \w+))\b`,
    { weight: 0.5, vetoes: ['ordinaryGoodbye'] },
  ),
  pattern(
    'en.parting-thanks',
    S,
    String.raw`\b(?:thank you|thanks|thx|gracias) (?:for|por) (?:everything|todo)\b(?! (?:you (?:did|do) (?:for|at|with) (?:the|our) \w+|the \w+))`,
    { weight: 0.5, vetoes: ['ordinaryGoodbye'] },
  ),
  pattern(
    'en.you-tried',
    S,
    String.raw`\b(?:you (?:guys |all |really )?(?:tried|did (?:all|everything) you could)|(?:ustedes )?(?:hicieron|hiciste) (?:todo )?lo que pudieron|lo intentaron)(?= \||$)`,
    { weight: 0.4, vetoes: ['ordinaryGoodbye'] },
  ),
  pattern(
    'en.letters-left-where',
    S,
    String.raw`\b(?:letters|notes|cartas|notas|cartitas)\b[^|]*(?:\| )?(?:they are|theyre|i left them|left them|estan|las deje|los deje) (?:in|on|under|inside|en|debajo de|dentro de) (?:my|the|mi|el|la) (?:\w+ )?(?:desk|drawer|nightstand|dresser|pillow|bed|car|closet|room|cajon|buro|almohada|cama|escritorio|mesa|ropero|cuarto)\b`,
    { weight: 0.6, vetoes: ['ordinaryGoodbye'] },
  ),
  pattern(
    'en.letters-for-family',
    S,
    String.raw`\b(?:wrote|written|writing|left|finished) (?:\w+ )?(?:letters|notes)(?: \w+)? (?:for|to) (?:my|each of my|all of my|everyone)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.affairs-settled',
    S,
    String.raw`\b(?:my )?will is (?:done|ready|signed|finished|written)\b|\b(?:ya )?deje todo (?:en orden|arreglado|listo)\b|\bmi testamento (?:esta|ya esta) (?:listo|hecho|firmado)\b`,
    { weight: 0.5, vetoes: ['relocation'] },
  ),
  pattern(
    'en.debts-paid',
    S,
    String.raw`\bpaid (?:off|back) (?:all )?(?:my|all my|the last of my|everyone|everybody)(?: \w+)? ?(?:debts|loans|bills|cards|i owed)?\b|\b(?:ya )?(?:pague|liquide) (?:todas )?(?:mis deudas|lo que debia|a todos)\b`,
    { weight: 0.4, vetoes: ['relocation'] },
  ),
  pattern(
    'en.nothing-left-to-handle',
    S,
    String.raw`\bnothing (?:left|else) (?:to|for me to) (?:handle|do|take care of|sort out|settle|fix|finish|tie up|say)(?= \||$)|\bno me queda nada (?:pendiente|por hacer|que arreglar|que decir)\b`,
    { weight: 0.5, vetoes: ['relocation', 'chore'] },
  ),
  // ---- self-harm: wounds, tools fetched, streaks broken ----
  pattern(
    'en.deeper-than-meant',
    SH,
    String.raw`\b(?:went|cut|go|going|cutting|too) (?:\w+ )?deep(?:er)? (?:than (?:i |usual|normal|before|last time|ever)|this time|on my)\b|\b(?:mas )?profundo de lo que (?:queria|pensaba|planeaba|acostumbro)\b|\bme (?:corte|lastime|hice) (?:\w+ )?(?:mas profundo|muy hondo|mas hondo)\b`,
    { weight: 0.6, vetoes: ['accident'] },
  ),
  pattern(
    'en.bleeding-wont-stop',
    SH,
    String.raw`\b(?:will not|wont|does not|is not|can not|cant|not) (?:stop|stopping) (?:the )?(?:bleeding|blood)\b|\b(?:keeps|still|kept) bleeding\b|\b(?:might|may|probably|think i) need(?:s)? stitches\b|\bno (?:para|deja|paraba|dejaba) de sangrar\b|\bnecesito (?:puntos|puntadas)\b`,
    { weight: 0.5, vetoes: ['accident'] },
  ),
  pattern(
    'en.wound-on-body',
    SH,
    String.raw`\bon my (?:wrists?|thighs?|arms?|forearms?|legs?|hips?|stomach|ankles?)\b|\ben (?:mi|mis|el|los|la) (?:muneca|munecas|muslo|muslos|brazo|brazos|pierna|piernas|antebrazo)\b`,
    { weight: 0.3, vetoes: ['accident'] },
  ),
  pattern(
    'en.fetch-sh-tool',
    SH,
    String.raw`\b(?:grab|get|find|take out|took out|dig out|dug out|grabbed|grabbing|getting|bought|buy|hid|hidden|keep) (?:\w+ )?(?:the |a |my |new |some )?${SH_TOOLS}\b|\b(?:agarrar|sacar|buscar|saque|agarre|compre|escondi) (?:la |una |mi |las |mis )?(?:navaja|navajas|cuchilla|cuchillas|rastrillo|sacapuntas|gillette)\b`,
    { weight: 0.5, vetoes: ['accident'] },
  ),
  pattern(
    'en.need-to-feel-something',
    SH,
    String.raw`\b(?:need|needed|have|want|wanted|just want|just need) to (?:feel (?:something|anything|pain|the pain|it)|see blood|bleed|hurt)(?= \||$| (?:again|so bad|right now|tonight)\b)|\bnecesito (?:sentir algo|sentir dolor|ver sangre|sangrar)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.sh-streak-broken',
    SH,
    String.raw`\b(?:sh|self harm|cutting|sh free|cut free|no cutting) streak (?:is )?(?:broken|broke|over|gone|reset|ended|ruined)\b|\b(?:broke|lost|ended|ruined|reset) (?:my )?(?:sh|self harm|cutting|sh free|no cutting) streak\b|\b(?:rompi|perdi|se rompio) (?:mi )?racha sin (?:cortarme|lastimarme|autolesionarme)\b`,
  ),
  // ---- overdose: deliberate extra doses of named medicines, pills lined up ----
  pattern(
    'en.double-dose-on-purpose',
    O,
    String.raw`\b(?:took|taken|take|swallowed|had|downed|popped|taking|tome|me tome|me trague)\b(?: (?:a|my|the))? (?:double|triple|twice|two times|three times|2x|3x|4x|quadruple|doble|triple|el doble|el triple)(?: (?:dose|the dose|dosis|de))?(?: of)? (?:my|his|her|the|mi|mis|su|sus|la|las|el)? ?\w+\b(?:[^|]*\b(?:on purpose|intentionally|deliberately|to sleep|to not wake|a proposito|para no despertar|para dormir para siempre))`,
    { vetoes: ['compliance'] },
  ),
  pattern(
    'en.pills-lined-up',
    O,
    String.raw`\b(?:lined up|lining up|laid out|laying out|poured out|emptied|spread out|piled up|counted out|counting out|sorted out)\b(?: \w+){0,2} (?:all )?(?:my |the |of my |his |her )?(?:\w+ )?${PILL_WORDS}\b|\b(?:forme|acomode|conte|vacie|saque|alinee) (?:todas )?(?:mis |las )?(?:pastillas|pildoras|medicinas|tabletas|capsulas|antidepresivos|calmantes)\b`,
    { weight: 0.6, vetoes: ['compliance'] },
  ),
  pattern(
    'en.counting-them',
    O,
    String.raw`\b(?:counting|counted|count) (?:them|the pills|my pills|how many (?:i have|are left|there are))(?= \||$)|\bcontando(?:las| las pastillas| mis pastillas)\b`,
    { weight: 0.5, vetoes: ['compliance'] },
  ),
  // ---- harm to others: conditional threats, armed and on the way, a target known ----
  pattern(
    'en.one-more-time-and',
    H,
    String.raw`\bif (?:he|she|they|my \w+|that \w+|this \w+) (?:\w+ )?(?:says|does|touches|looks at|messes with|comes near|talks to|texts|calls|hits|yells at) (?:\w+ ){0,2}(?:one more (?:thing|time|word)|again|me again)\b|\bsi (?:ese|esa|el|ella|mi) ?\w* (?:vuelve a|otra vez) (?:tocar|pegar|acercarse|molestar|hablar|meterse)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.bringing-something',
    H,
    String.raw`\bbring(?:ing)? (?:something|a little something|a surprise|protection|my (?:dads |uncles |brothers )?(?:piece|strap|gun|knife)) (?:to|into) (?:work|school|class|the office|the party|church|his|her|their)\b|\bya (?:tengo|consegui|traigo) (?:con que|con que hacerlo|el arma|la pistola|el fierro)\b|\bending (?:this|them|him|her) (?:for good|once and for all)\b`,
    { weight: 0.6, vetoes: ['trivial'] },
  ),
  pattern(
    'es.voy-para-su-casa',
    H,
    String.raw`\b(?:voy|ya voy|me voy|vamos|ando|estoy yendo|vengo) (?:para|pa|a|rumbo a|hacia|camino a) (?:su (?:casa|trabajo|depa|chamba|escuela)|la casa de|el trabajo de|donde (?:vive|trabaja))\b|\bse las (?:va|van) a ver conmigo\b|\b(?:on my way|heading|driving) (?:to|over to) (?:his|her|their) (?:place|house|work|job)\b`,
    { weight: 0.5, vetoes: ['relocation'] },
  ),
  pattern(
    'es.le-voy-a-hacer-pagar',
    H,
    String.raw`\b(?:le|les|lo|la|los) (?:voy|vamos) a hacer (?:pagar|sufrir|arrepentirse)\b`,
    { weight: 0.5, vetoes: ['trivial'] },
  ),
  pattern(
    'es.ya-se-donde-vive',
    H,
    String.raw`\bya se donde (?:vive|trabaja|estudia|duerme|se estaciona|esta)\b|\bya (?:se|tengo) (?:su direccion|la direccion de)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.make-the-whole-place-pay',
    H,
    String.raw`\bmake (?:everyone|everybody|all of them|them all|all those \w+|every \w+) (?:at|in|from) (?:that|my|the|this|our) (?:school|office|work|job|class|church|place|team|building)\b(?: \w+)? (?:pay|regret|sorry)\b|\b(?:todos|todas) (?:los|las|en) (?:de )?(?:la|esa|mi) (?:escuela|prepa|oficina|chamba|clase) (?:me las van a pagar|se van a arrepentir|van a pagar)\b`,
    { vetoes: ['trivial'] },
  ),
  pattern(
    'en.picture-hurting-baby',
    H,
    String.raw`\b(?:picture|pictured|imagine|imagined|see myself|thinking about|thought about|thoughts of|thoughts about|urge to|urges to)\b (?:\w+ )?(?:hurting|shaking|smothering|drowning|hitting|killing|stabbing|strangling|suffocating|hurt|shake|smother|drown|hit|kill) (?:my |the )?(?:baby|babies|newborn|infant|son|daughter|toddler|kids|children)\b|\bpienso en (?:lastimar|hacerle dano|sacudir|ahogar|asfixiar|golpear|tirar) (?:a )?(?:mi|mis) (?:bebe|bebes|hijo|hija|hijos|nino|nina)\b`,
  ),
  // ---- danger: children left in danger ----
  pattern(
    'en.child-neglected',
    D,
    String.raw`\b${CHILD}\b[^|]*\b(?:locked (?:out|outside|in)|left (?:outside|alone|in the car)|outside in the (?:cold|rain|snow)|alone (?:for days|all night|all day)|not (?:fed|eating)|starving|no food|todo golpead[oa]|golpead[oa]|encerrad[oa]|sol[oa] (?:todo el dia|toda la noche|por dias)|afuera (?:en el frio|en la lluvia))\b`,
    { weight: 0.6 },
  ),
  pattern(
    'en.child-deprived',
    D,
    String.raw`\b(?:lo|la|los|las) (?:dejan|tienen|deja|tiene|dejaron) (?:sin comer|sin comida|encerrad[oa]s?|afuera|sol[oa]s? (?:todo|toda|por))\b|\bno (?:le|les) dan (?:de )?comer\b|\b(?:they|she|he) (?:do not|does not|never) feed (?:him|her|them|the kids?)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.carers-wasted',
    D,
    String.raw`\b(?:parents|mom|dad|mother|father|carers?|caregivers?|adults|papas|padres|mama|papa)\b (?:are |is |were |was |estan |esta )?(?:wasted|drunk|high|passed out|blackout drunk|out cold|borrachos?|drogados?|perdidos?)\b`,
    { weight: 0.5 },
  ),
];
