import { pattern, type CrisisPattern } from '../crisisPattern';

const S = 'suicide';
const SH = 'self_harm';
const O = 'overdose';
const H = 'harm_others';

/** Places one jumps from, for "I am on the … right now". */
const EDGES_EN =
  '(?:bridge|overpass|roof|rooftop|ledge|edge|cliff|tracks|train tracks|railroad tracks|top floor|top of the (?:parking )?(?:garage|building|parking structure))';
const EDGES_ES = '(?:puente|azotea|techo|orilla|borde|barranco|acantilado|vias(?: del tren)?|ultimo piso)';
/** A firearm or a blunt or edged weapon someone can bring along. */
const WEAPON_EN =
  '(?:gun|pistol|handgun|rifle|shotgun|revolver|glock|piece|knife|machete|bat|baseball bat|tire iron|crowbar|hammer)';
const WEAPON_ES =
  '(?:pistola|arma|fusca|cuete|escuadra|rifle|escopeta|cuchillo|navaja|machete|bate|fierro|martillo)';
/** Drugs or drink just taken, in either language. */
const USED =
  '(?:took|taken|used|using|snorted|shot up|smoked|drank|mixed|relapsed|overdid it|{PILLS}|coke|cocaine|meth|fentanyl|fent|heroin|molly|alcohol|' +
  'se (?:tomo|metio|inyecto)|me (?:tome|meti|inyecte)|consumio|{PASTILLAS}|coca|cocaina|perico|cristal|fentanilo|heroina)';
/** Signs of a body in trouble after using. */
const ACUTE_SIGNS =
  '(?:convulsing|seizing|having (?:a )?seizures?|not breathing|barely breathing|stopped breathing|(?:his|her|my|their) lips are (?:turning )?(?:blue|purple)|' +
  'blue lips|will not wake up|wont wake up|cannot wake (?:him|her|them) up|unresponsive|foaming at the mouth|heart is (?:racing|pounding|beating) (?:like crazy|so fast|out of my chest|really fast)|' +
  'chest (?:hurts|is tight|pain)|convulsionando|convulsiones|no respira|casi no respira|dejo de respirar|no despierta|no reacciona|labios morados|' +
  'echando espuma|el corazon (?:me late|le late) (?:muy rapido|rapidisimo|a mil))';

/**
 * Families found with held-out set F: a present danger stated as a fact rather than a wish. Being
 * at an edge now and looking down; voices commanding death or harm; a body failing after drugs; a
 * weapon carried toward a named person; fresh cuts being hidden; someone cutting in the next room;
 * a gun bought with "I don't hunt". Each needs two things together (place and moment, command and
 * act, substance and symptom, weapon and target), so a bridge, a voice or a knife alone stays quiet.
 */
export const PRESENT_DANGER: readonly CrisisPattern[] = [
  pattern(
    'en.at-the-edge-now',
    S,
    String.raw`\bi am (?:standing |sitting |up )?(?:on|at) (?:the |a |this |that )?(?:\w+ )?${EDGES_EN}\b[^|]*(?:\| [^|]*)?\b(?:(?:looking|staring) (?:down|over)(?: at the (?:water|cars|traffic|ground|river|rocks|tracks))?(?= \||$| and\b| thinking\b| wondering\b)|(?:looking|staring) at the (?:water|cars|traffic|river|drop)(?= \||$| and\b| thinking\b| wondering\b)|(?:one|a) step (?:away|from)|thinking about (?:it|jumping)|about to)\b|\bestoy (?:parad[oa] |sentad[oa] |arriba )?(?:en|sobre) (?:el |la |las |los |este |esta )?${EDGES_ES}\b[^|]*(?:\| [^|]*)?\b(?:mirando (?:el agua|hacia abajo|para abajo|pa abajo|los carros|el rio|el vacio|las vias)|viendo (?:el agua|hacia abajo|para abajo|pa abajo|los carros|el rio|el vacio)|a un paso|pensando en (?:tirarme|saltar|aventarme))`,
  ),
  pattern(
    'en.command-voices',
    S,
    String.raw`\b(?:the voices?(?: in my head)?|voices(?: in my head)?|a voice in my head) (?:say|says|said|tell me|tells me|told me|keep telling me|keep saying|are telling me|is telling me)(?: that)? (?:i should |i need to |i have to |to |i must )(?:jump(?! (?:at|on|in|into|ahead|ship|the gun)\b)|die|kill myself|end it|hurt myself|cut|go to sleep forever|walk into traffic|drown)\b|\blas voces (?:me )?(?:dicen|decian|siguen diciendo|me piden)(?: que)? (?:me (?:mate|tire|avente|corte|haga dano|muera)|salte|debo morir|tengo que morir)\b`,
  ),
  pattern(
    'en.command-voices-others',
    H,
    String.raw`\b(?:the voices?(?: in my head)?|voices(?: in my head)?|a voice in my head) (?:say|says|said|tell me|tells me|told me|keep telling me|keep saying|are telling me|is telling me)(?: that)? (?:i should |i need to |i have to |to |i must )(?:kill|hurt|stab|shoot|poison|attack) (?:him|her|them|my|the|someone|somebody|people)\b|\blas voces (?:me )?(?:dicen|siguen diciendo|me piden)(?: que)? (?:lo|la|los|las|le) (?:mate|lastime|ataque|apunale)\b`,
  ),
  pattern('en.body-failing-after-using', O, String.raw`^(?=.*\b${ACUTE_SIGNS}\b)(?=.*\b${USED}\b)`, {
    vetoes: ['compliance'],
  }),
  pattern(
    'en.took-count-of-them',
    O,
    String.raw`\b(?:took|swallowed|popped|ate|me tome|se tomo|me trague) (?:like |about |around |maybe |almost |over |como |unas? |mas de )?(?:1\d|[2-9]\d|\d{3}|fifteen|twenty|thirty|forty|fifty|quince|veinte|treinta|cuarenta|cincuenta) (?:of (?:them|those|these|my|the)|de (?:ellas|esas|estas|mis|las))\b(?! (?:to|with|out|home|for|on|a|al|con|de paseo)\b)`,
  ),
  pattern(
    'en.weapon-carried',
    H,
    String.raw`\b(?:i have got|i have|i got|got|i keep|i am bringing|bringing|i brought|i packed|packed) (?:my |his |her |a |the |my \w+s |my \w+ )?${WEAPON_EN} (?:in|under) (?:my|the) (?:car|truck|trunk|bag|backpack|glovebox|glove box|jacket|waistband|seat)\b|\b(?:llevo|traigo|tengo|cargo|ando con|eche) (?:la |el |mi |una |un )?${WEAPON_ES} (?:en|bajo) (?:el|la|mi) (?:carro|troca|coche|auto|camioneta|mochila|cajuela|maletero|chamarra|cintura|asiento)\b`,
    { weight: 0.4, vetoes: ['pastime'] },
  ),
  pattern(
    'en.someone-will-pay',
    H,
    String.raw`\b(?:is|are) (?:going to|gonna) pay (?:tomorrow|tonight|today|for (?:this|it|what)|on monday|this week)\b|\b(?:me las|me la) (?:paga|pagan|va a pagar|van a pagar)\b|\b(?:break|smash|bash|cave in) (?:his|her|their) (?:jaw|face|skull|head|legs|knees)\b`,
    { weight: 0.6, vetoes: ['trivial'] },
  ),
  pattern(
    'en.poison-their-food',
    H,
    String.raw`\b(?:going to|gonna|will|want to|wanna|about to|plan to|planning to) poison (?:his|her|their|my \w+(?: in laws?)?s?) (?:food|drink|coffee|dinner|meal|water|tea)\b|\b(?:voy a|quiero|pienso) envenenar(?:le|la|lo)? (?:la|el|su) (?:comida|bebida|cafe|cena|agua)\b`,
    { vetoes: ['trivial'] },
  ),
  pattern(
    'en.hiding-fresh-cuts',
    SH,
    String.raw`\b(?:hide|cover|cover up|conceal|hiding|covering) (?:my |the |these |those )?(?:new|fresh|recent) (?:cuts|burns|wounds|marks)\b|\b(?:hide|cover|cover up|conceal|hiding|covering) (?:my |the |these |those )?(?:cuts|marks|burns|wounds)\b[^|]*(?:\| [^|]*)?\b(?:(?:they|mine|these|those) are (?:new|fresh|recent)|from (?:last night|today|this morning)|still bleeding)\b|\b(?:como|donde) (?:tapo|escondo|oculto|cubro|disimulo) (?:las |mis |estas )?(?:cortadas|cortes|heridas|marcas|quemaduras) (?:nuevas|frescas|recientes|de anoche|de hoy)\b`,
  ),
  pattern(
    'en.someone-cutting-now',
    SH,
    String.raw`\b(?:she|he|they|my \w+) (?:is|are) (?:in (?:the|her|his|their) (?:bathroom|room|bedroom|closet) )?(?:cutting|cutting (?:herself|himself|themselves|again|her (?:arms?|wrists?|legs?)|his (?:arms?|wrists?|legs?)))(?= \||$)|\b(?:se esta|esta) cortando (?:en el bano|en su cuarto|otra vez|los brazos|las munecas|las piernas)\b`,
    { subject: 'other' },
  ),
  pattern(
    'en.gun-and-no-hunting',
    S,
    String.raw`\b(?:bought|got|picked up|ordered|borrowed|took) (?:a|my \w+s|his|her) (?:gun|pistol|handgun|rifle|shotgun|revolver)\b[^.]*\bi (?:do not|never) (?:hunt|shoot|go to the range|even like guns)\b|\b(?:compre|consegui|saque) (?:una|la) (?:pistola|arma|escopeta)\b[^.]*\b(?:no cazo|no es para cazar|ni cazo)\b`,
  ),
];
