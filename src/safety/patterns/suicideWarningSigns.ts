import { pattern, type CrisisPattern } from '../crisisPattern';

const S = 'suicide';

/** Heights and places people go to end their life. */
const HEIGHTS_EN =
  '(?:bridge|overpass|parking garage|parking structure|garage roof|building|roof|rooftop|cliff|ledge|balcony|tower|tracks|train tracks|edge)';
const HEIGHTS_ES =
  '(?:puente|edificio|azotea|techo|cornisa|balcon|barranco|precipicio|acantilado|vias(?: del tren)?|estacionamiento|torre)';
/** Where a person could step or jump in front of something moving. */
const DROPS_EN =
  '(?:train|subway|metro|platform|tracks|bridge|balcony|roof|rooftop|window|ledge|traffic|overpass|cliff|parking garage)';
const DROPS_ES =
  '(?:metro|tren|anden|vias|puente|balcon|azotea|techo|ventana|cornisa|trafico|carretera|edificio|vacio|barranco)';
/** Things a person might ask someone to look after once they are gone. */
const DEPENDANTS_EN =
  '(?:cats?|dogs?|pets?|kids|children|plants|fish|birds?|rabbit|hamster|horse|kitten|puppy)';
const DEPENDANTS_ES =
  '(?:perr[oa]s?|gat[oa]s?|mascotas?|hij[oa]s?|plantas|pez|peces|pajaro|conejo|perrit[oa]|gatit[oa])';
/** A goodbye written down: note, letter, post. */
const NOTE_EN = '(?:note|letter|message|post|text|video|status|tweet|email)';
const NOTE_ES = '(?:nota|carta|mensaje|publicacion|post|estado|video|correo)';

/**
 * Warning signs that name no method and no death: holding on no longer, a family better off with
 * the insurance, belongings given away, a last look at something, a decision and a date, looking
 * up heights or doses, a goodbye note reported by someone else, a rope already tied, checking out,
 * the writer's own funeral. English and Spanish, written as families (word order, synonyms) rather
 * than single sentences.
 */
export const SUICIDE_WARNING_SIGNS: readonly CrisisPattern[] = [
  // can no longer hold on
  pattern(
    'en.cannot-hold-on',
    S,
    String.raw`\b(?:can not|could not|unable to|not able to|no longer|do not think i can|do not know if i can|do not know how (?:much )?longer i can|not sure i can|losing (?:my )?(?:grip|will) to)(?: \w+){0,2} (?:hold on|hang on|holding on|hanging on|keep holding on|keep hanging on|hold it together)\b(?! to\b)(?! (?:for|until|till) (?:the|a|my|this|that|next|one|two|\d)\b)`,
  ),
  pattern(
    'en.hold-on-no-more',
    S,
    String.raw`\b(?:hold|hang|holding|hanging) on\b(?: \w+){0,2}(?: \|)? (?:but |and )?(?:i )?(?:do not think i can|can not|can not anymore|do not know if i can|not sure i can|do not want to)(?: \w+)? (?:anymore|any more|any longer|much longer)\b`,
  ),
  pattern(
    'es.no-aguanto-mas',
    S,
    String.raw`\b(?:ya no|no) (?:puedo|creo que pueda|se si pueda|se cuanto mas pueda) (?:seguir )?(?:aguantando|resistiendo|sostenerme|aguantar(?:me)?|resistir|agarrarme)(?: \w+)?(?: mas| mucho mas| mucho tiempo)?{END}`,
    { weight: 0.6 },
  ),
  // a family "better off" with the insurance; being worth more dead
  pattern(
    'en.life-insurance',
    S,
    String.raw`\b(?:better off|be fine|be richer|would get|could get|would collect|could collect|collecting|cash in|would have|get paid|paid out|payout)\b(?: \w+){0,4} (?:life insurance|insurance money|insurance payout|insurance policy|my insurance)\b|\b(?:life insurance|insurance)\b(?: \w+){0,4} (?:if|when|once|after) i (?:die|died|am gone|was gone|were gone|am dead|kill myself)\b|\bworth more (?:to (?:them|my family|everyone|everybody) )?dead\b`,
  ),
  pattern(
    'es.seguro-de-vida',
    S,
    String.raw`\b(?:mejor|cobrar|cobren|cobraria|cobrarian|cobre|recibirian|recibieran|ganarian|tendrian)\b(?: \w+){0,4} (?:el |mi )?seguro de vida\b|\bseguro de vida\b(?: \w+){0,4} (?:si|cuando) (?:me muero|me muera|muero|me mato|ya no este)\b|\bvalgo mas muert[oa]\b`,
  ),
  // giving belongings away
  pattern(
    'en.give-away-belongings',
    S,
    String.raw`\b(?:giving|gave|give|given|handing|handed|hand) (?:away |out )?(?:all |most |all of |most of |some of )?(?:my|our) (?:\w+ ){0,2}(?:stuff|things|belongings|possessions|pets?|cats?|dogs?|guitar|games|jewelry|jewellery|savings|clothes|books|art|favorite \w+|most prized \w+|treasures|collection)\b(?: away| out)?(?: (?:to|for) (?:my|our|the|everyone|people|friends|family|\w+s)\b)?`,
    { vetoes: ['relocation'] },
  ),
  pattern(
    'es.regalar-mis-cosas',
    S,
    String.raw`\b(?:regal|repart|dej)\w* (?:todas |todos |casi todas )?(?:mis) (?:\w+ )?(?:cosas|pertenencias|ropa|mascotas?|libros|juegos|joyas|ahorros|perr[oa]s?|gat[oa]s?|guitarra|coleccion)\b`,
    { vetoes: ['relocation'] },
  ),
  // a last look: "the last sunset i will ever see"
  pattern(
    'en.last-i-will-ever',
    S,
    String.raw`\b(?:last|final) (?:\w+ ){0,3}(?:i will|i am going to|i am gonna|i would) ever (?:see|watch|feel|hear|have|eat|write|send|spend)\b(?! (?:him|her|them|you|it|that|this|those|these|in|at|from|there|with|of|by|again|here)\b)|\b(?:last|final) (?:sunset|sunrise|morning|night|day|birthday|christmas|summer|weekend|meal|breakfast|dinner|cigarette)(?: (?:that|which))? i (?:will|am going to) (?:ever )?(?:see|have|spend|eat|smoke)\b(?! (?:in|at|with|here|there|before)\b)|\bmy (?:last|final) (?:day|night|week|hours?) (?:on (?:this )?earth|alive|in this world)\b`,
  ),
  pattern(
    'es.lo-ultimo-que-vere',
    S,
    String.raw`\b(?:ultim[oa]|ultim[oa]s) (?:\w+ ){0,2}que (?:voy a ver|vere|vaya a ver|voy a vivir|viva|voy a tener|voy a sentir)\b(?! (?:en|de|con|aqui|alla|este|esta|hoy|del)\b)|\bmi ultim[oa] (?:dia|noche|semana) (?:en (?:este mundo|la tierra)|con vida|viv[oa])\b`,
  ),
  // a decision, a date, and keeping it secret
  pattern(
    'en.decided-when',
    S,
    String.raw`\b(?:i have decided|i decided|(?:i )?made (?:my|the) decision|my mind is made up|it is decided|(?:i )?(?:have )?made up my mind|i am decided)(?: \w+)?(?: \|)? (?:it is |it will be |i will do it |doing it )?(?:this (?:weekend|week|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|tonight|tomorrow(?: night)?|on (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|my birthday)|next week)\b`,
    { weight: 0.6, vetoes: ['relocation'] },
  ),
  pattern(
    'en.decided-alone',
    S,
    String.raw`\b(?:i have decided|i decided|(?:i )?made (?:my|the) decision|my mind is made up|(?:i )?(?:have )?made up my mind){END}|\b(?:ya )?(?:lo decidi|me decidi|lo tengo decidido|tome la decision|esta decidido){END}`,
    { weight: 0.4 },
  ),
  pattern(
    'en.telling-no-one',
    S,
    String.raw`\b(?:i am )?not (?:telling|going to tell|gonna tell) (?:anyone|anybody|a soul|my (?:therapist|family|parents|mom|dad|wife|husband|partner))(?: else)?{END}|\b(?:no one|nobody) (?:can|will|is going to|needs to|has to) (?:know|find out|stop me)\b`,
    { weight: 0.4 },
  ),
  pattern(
    'es.ya-lo-decidi',
    S,
    String.raw`\b(?:ya )?(?:lo decidi|lo tengo decidido|tome la decision|esta decidido|ya me decidi)(?: \w+)?(?: \|)? (?:es |sera |lo hago |lo voy a hacer )?(?:este fin de semana|esta noche|manana|hoy|el (?:viernes|sabado|domingo|lunes|martes|miercoles|jueves)|la proxima semana)\b`,
    { weight: 0.6, vetoes: ['relocation'] },
  ),
  pattern(
    'es.no-le-dire-a-nadie',
    S,
    String.raw`\bno (?:le )?(?:voy a decir(?:le)?|dire|digo|he dicho|le he dicho|le dije) (?:nada )?a nadie(?: mas)?{END}|\bnadie (?:puede|tiene que|debe|va a) (?:saber(?:lo)?|enterarse|detenerme)\b`,
    { weight: 0.4 },
  ),
  pattern(
    'en.everything-ready',
    S,
    String.raw`\b(?:i have|i got|got|i have got) everything (?:ready|set up|planned|in place|sorted|figured out|lined up)\b(?! (?:for|to) (?:the|my|our|a|tomorrow|school|work|class|trip|party|wedding|move)\b)|\beverything is (?:ready|set|planned|in place|sorted|figured out)(?:{END}| now\b)`,
    { weight: 0.6, vetoes: ['relocation'] },
  ),
  pattern(
    'en.only-the-day-left',
    S,
    String.raw`\b(?:just|only) (?:need|have|got) to (?:pick|choose|decide on|set) (?:the|a) (?:day|date|night|time)(?:{END}| now\b)|\b(?:just|only) waiting (?:for|on) the right (?:day|night|time|moment)\b`,
    { weight: 0.6, vetoes: ['relocation'] },
  ),
  pattern(
    'es.todo-listo',
    S,
    String.raw`\b(?:ya )?(?:tengo|esta|deje|dejo) todo (?:listo|preparado|arreglado|planeado|en orden)\b(?! (?:para (?:la|el|mi|los|las|manana|el viaje|la fiesta|la mudanza|la escuela|el trabajo)))`,
    { weight: 0.6, vetoes: ['relocation'] },
  ),
  pattern(
    'es.solo-falta-el-dia',
    S,
    String.raw`\b(?:solo|nada mas|nomas|ya solo|ya nomas) (?:me )?falta (?:el dia|la fecha|la hora|el momento|escoger el dia|elegir el dia|decidir cuando|decidir el dia)\b`,
    { weight: 0.6, vetoes: ['relocation'] },
  ),
  // method research: heights, lethal amounts, "looking up how high"
  pattern(
    'en.how-high',
    S,
    String.raw`\bhow (?:high|tall|far down|far up|high up|many (?:floors|stories|storeys|feet|meters)) (?:\w+ ){0,4}${HEIGHTS_EN}\b|\b${HEIGHTS_EN} (?:\w+ ){0,2}(?:high enough|tall enough|enough to kill|enough to die)\b`,
    { weight: 0.6, vetoes: ['relocation'] },
  ),
  pattern(
    'en.would-the-fall-kill',
    S,
    String.raw`\bhigh enough to (?:kill|die|not survive)\b|\b(?:would|will|could|does|do) (?:a |the |you |i |someone )?(?:fall|jump|drop|survive|die)(?: \w+){0,5} (?:kill (?:me|you|someone|a person|somebody)|be (?:fatal|lethal|enough)|(?:a |the )?(?:fall|jump|drop) from (?:a|the|that) (?:\w+ ){0,2}${HEIGHTS_EN})\b|\b(?:mataria|matara|seria mortal|es mortal) (?:una )?caida (?:de|desde)\b|\buna caida (?:de|desde) (?:\w+ ){1,4}(?:me )?(?:mataria|es mortal|seria mortal)\b`,
  ),
  pattern(
    'en.method-research',
    S,
    String.raw`\b(?:looking up|look up|looked up|researching|researched|googling|googled|searching|searched|reading up on|read up on|looking into|watching videos (?:on|about))\b(?: \w+){0,6} (?:lethal|fatal|deadly|painless|how (?:high|tall|far|deep|long it takes|many (?:floors|stories|feet))|fall heights?|knots?|nooses?|hanging|overdos\w*|methods?|ways to (?:die|go|end it)|how to (?:die|end it|tie))\b`,
    { weight: 0.6, vetoes: ['relocation'] },
  ),
  pattern(
    'es.que-tan-alto',
    S,
    String.raw`\b(?:que tan|cuan) (?:alt[oa]|profund[oa]) (?:es|esta) (?:el|la|ese|esa|este|esta) ${HEIGHTS_ES}\b|\bcuantos (?:pisos|metros) (?:\w+ ){0,3}(?:para (?:morir|matarse|no sobrevivir)|${HEIGHTS_ES})\b|\b(?:buscando|busque|investigando|investigue|googleando|googlee|leyendo sobre|viendo videos (?:de|sobre))\b(?: \w+){0,5} (?:dosis letal|dosis mortal|que tan alt[oa]|cuantas pastillas|cuantos pisos|formas de morir|maneras de morir|como ahorcarse|nudos?|metodos)\b`,
    { weight: 0.6, vetoes: ['relocation'] },
  ),
  // at a drop, right now; the pull towards it
  pattern(
    'en.at-the-place',
    S,
    String.raw`\bi am (?:\w+ )?(?:at|on|by|near|under|standing on|sitting on|sitting at|standing at|back at|back on) (?:the|a|this|that|my) ${HEIGHTS_EN} (?:again|alone|by myself|right now|tonight)\b`,
    { vetoes: ['chore'] },
  ),
  pattern(
    'en.at-the-place-now',
    S,
    String.raw`\bi am (?:\w+ )?(?:at|on|by|near|under|standing on|sitting on|sitting at|standing at|back at|back on) (?:the|a|this|that|my) ${HEIGHTS_EN}(?: now\b|{END})`,
    { weight: 0.4, vetoes: ['chore'] },
  ),
  pattern(
    'es.estoy-en-la-azotea',
    S,
    String.raw`\b(?:estoy|sigo|ando|otra vez estoy|estoy otra vez) (?:en|sobre|arriba de|parad[oa] en|sentad[oa] en) (?:el|la|las|los|un|una|ese|esa|este|esta) ${HEIGHTS_ES}\b`,
    { weight: 0.5, vetoes: ['chore'] },
  ),
  pattern(
    'en.urge-to-jump',
    S,
    String.raw`\b(?:urge|urges|tempted|want|wanting|wanna|feel like|thoughts? of|think about|thinking about|thinking of|pull) (?:to )?(?:jump|jumping|step|stepping|throw myself|throwing myself|lean|leaning)(?! (?:on|onto|in(?:to)? (?:the|a) (?:car|pool|lake|shower|conversation))\b)\b[^|]*\b${DROPS_EN}\b|\b${DROPS_EN}\b[^|]*\b(?:urge|urges|tempted|want|wanna|feel like|thoughts? of|think about|thinking about|pull) (?:to )?(?:jump|step (?:in front|off|out|over)|throw myself|lean over)(?! (?:on|onto)\b)`,
    { vetoes: ['chore'] },
  ),
  pattern(
    'es.saltar',
    S,
    String.raw`\b(?:pensando en|ganas de|quiero|quisiera|voy a|a punto de|pienso en|tentad[oa] a) (?:\w+ )?(?:saltar|brincar|aventarme|tirarme|lanzarme|arrojarme)(?:{END}| (?:ya|hoy|ahora|esta noche|de aqui|desde aqui|al vacio|del|de la|desde|por la ventana|a las vias|al metro|al tren|frente|cuando)\b)`,
    { weight: 0.6 },
  ),
  pattern(
    'es.aventarme-lugar',
    S,
    String.raw`\b(?:saltar|brincar|aventarme|tirarme|lanzarme|arrojarme)\b[^|]*\b${DROPS_ES}\b|\b${DROPS_ES}\b[^|]*\b(?:saltar|brincar|aventarme|tirarme|lanzarme|arrojarme)\b`,
    { weight: 0.5, vetoes: ['chore'] },
  ),
  // car exhaust, crashing on purpose
  pattern(
    'en.engine-running',
    S,
    String.raw`\bgarage\b[^|]*\b(?:engine|motor|car) (?:\w+ )?(?:running|on|idling)\b|\b(?:engine|motor|car) (?:\w+ )?(?:running|idling)\b[^|]*\b(?:garage|door (?:shut|closed)|windows? (?:up|closed))\b|\b(?:hose|tube) (?:\w+ ){0,3}(?:exhaust|tailpipe)\b|\bcarbon monoxide\b(?! (?:detector|alarm|monitor|leak|poisoning prevention))`,
  ),
  pattern(
    'es.motor-encendido',
    S,
    String.raw`\b(?:garaje|cochera)\b[^|]*\b(?:motor|carro|coche|auto|camioneta) (?:\w+ )?(?:prendido|encendido|andando|corriendo)\b|\b(?:motor|carro|coche|auto) (?:\w+ )?(?:prendido|encendido|andando)\b[^|]*\b(?:garaje|cochera|encerrad[oa])\b|\bmonoxido de carbono\b(?! (?:detector|alarma))`,
  ),
  pattern(
    'en.crash-on-purpose',
    S,
    String.raw`\b(?:might|going to|gonna|want to|wanna|thinking (?:about|of)|tempted to|urge to|could|should|about to|plan to|planning to) (?:just )?(?:drive|driving|crash|crashing|swerve|swerving|steer|steering|veer|veering|run|wrap) (?:my car |the car |it )?(?:off|into|in front of|around) (?:the|a) (?:road|bridge|cliff|wall|tree|lake|river|oncoming traffic|traffic|pole|overpass|guardrail|barrier|semi|truck|embankment|ditch|median)\b|\b(?:crash|wreck|total) (?:my|the) car on purpose\b|\b(?:make|made) it look like an accident\b`,
  ),
  pattern(
    'es.estrellar-el-carro',
    S,
    String.raw`\b(?:quiero|voy a|ganas de|pienso|pensando en|podria|a punto de) (?:\w+ )?(?:estrellar(?:me)?|chocar|aventar el (?:carro|coche)|salirme|voltear(?:me)?) (?:\w+ ){0,2}(?:contra|de la carretera|del camino|al barranco|a un barranco|al rio|a un arbol|al precipicio|con un trailer)\b|\bque parezca (?:un )?accidente\b`,
  ),
  // a rope or noose already set up
  pattern(
    'en.rope-tied',
    S,
    String.raw`\b(?:tied|tying|tie|hung|hanging|hang|put up|set up|made|making|knotted|fixed) (?:up )?(?:a |the |my )?(?:rope|noose|belt|cord|sheet|extension cord) (?:to|from|on|around|over) (?:the |a |my )?(?:beam|ceiling|ceiling fan|fan|rafters?|closet rod|closet|door|doorknob|banister|railing|pipe|hook|tree|branch|neck)\b|\b(?:rope|noose|knot) (?:\w+ ){0,2}(?:tied|hung|up|ready|set up|done|waiting)(?: up)?(?: (?:already|and ready|ready|tonight|now)\b|{END})`,
  ),
  pattern(
    'es.soga-lista',
    S,
    String.raw`\b(?:soga|cuerda|lazo|cinturon|nudo) (?:\w+ ){0,2}(?:amarrad[ao]|atad[ao]|colgad[ao]|list[ao]|puest[ao]|preparad[ao]|hech[ao])(?: (?:ya|en (?:la|el) (?:viga|techo|ventilador|closet|puerta|arbol|barandal))\b|{END})|\b(?:amarre|ate|colgue|puse|amarrando|atando|colgando) (?:la|una|mi|el) (?:soga|cuerda|lazo|cinturon) (?:a|al|de|del|en) (?:la |el )?(?:viga|techo|ventilador|closet|puerta|arbol|barandal|cuello)\b`,
  ),
  // checking out, logging off, in the final sense
  pattern(
    'en.checking-out',
    S,
    String.raw`\b(?:i am|i will be|going to|gonna|ready to|time to|time for me to|about to|want to|planning to|decided to|i think i will|i should) (?:just )?(?:check(?:ing)? out|clock(?:ing)? out|tap(?:ping)? out|bow(?:ing)? out|log(?:ging)? off|exit(?:ing)?)(?: (?:early|for good|permanently|of (?:life|this life|this world|here|existence)|from (?:life|this life|this world))\b)`,
  ),
  pattern(
    'en.checking-out-end',
    S,
    String.raw`\b(?:i am|i will be|going to|gonna|ready to|time to|time for me to|about to|want to|planning to|decided to|i think i will) (?:just )?(?:check(?:ing)? out|clock(?:ing)? out|tap(?:ping)? out|bow(?:ing)? out)(?: now| tonight)?{END}`,
    { weight: 0.6, vetoes: ['relocation'] },
  ),
  pattern(
    'en.life-too-much',
    S,
    String.raw`\b(?:life|everything|it all|living|existing|being alive|this life) is (?:just )?(?:too much|too hard|unbearable|too heavy|too painful)\b|\b(?:la vida|todo|vivir) (?:es|me es) (?:demasiado|insoportable|muy pesad[oa])\b`,
    { weight: 0.4 },
  ),
  // the writer's own funeral
  pattern(
    'en.no-one-at-funeral',
    S,
    String.raw`\b(?:no one|nobody|not (?:a single person|anyone|one person)|who) (?:would|will|is going to|is gonna|even) (?:even |really |ever |bother to )?(?:show up|come|go|cry|turn up|be|care)\b(?: \w+){0,2} (?:to|at|for|about) my (?:own )?(?:funeral|memorial|wake|burial|grave)\b`,
  ),
  pattern(
    'en.my-funeral',
    S,
    String.raw`\bmy (?:own )?(?:funeral|memorial service|burial|grave)\b(?! home)`,
    {
      weight: 0.5,
    },
  ),
  pattern(
    'es.nadie-a-mi-funeral',
    S,
    String.raw`\b(?:nadie|quien) (?:\w+ )?(?:iria|vendria|va a ir|va a venir|lloraria|llegaria|asistiria|se pararia) (?:\w+ ){0,2}(?:a |en )?mi (?:propio )?(?:funeral|velorio|entierro|tumba)\b`,
  ),
  pattern('es.mi-funeral', S, String.raw`\bmi (?:propio )?(?:funeral|velorio|entierro|tumba)\b`, {
    weight: 0.5,
  }),
  // stopping feeling, permanently
  pattern(
    'en.stop-feeling-forever',
    S,
    String.raw`\b(?:stop|quit|end|turn off) (?:feeling|thinking|hurting|being|breathing)(?: \w+){0,2}(?: \|)? (?:permanently|forever|for good|for ever|once and for all)\b|\b(?:permanently|forever|for good) (?:stop|end|quit|turn off|shut off) (?:feeling|thinking|hurting|everything|the pain|it all)\b|\bnever (?:have to )?(?:feel|think|hurt) (?:anything|this|again|pain)(?: \w+)? (?:ever )?again\b`,
  ),
  pattern(
    'en.stop-feeling',
    S,
    String.raw`\b(?:want|need|wanna|wish i could|just want) (?:to )?(?:just )?(?:stop feeling (?:everything|anything|it all)|not feel anything(?: ever)?|feel nothing) ?(?:anymore|ever again|at all)?\b`,
    { weight: 0.4 },
  ),
  pattern(
    'es.dejar-de-sentir',
    S,
    String.raw`\bdejar de (?:sentir|pensar|sufrir|respirar)(?: \w+){0,2}(?: \|)? (?:para siempre|de una vez(?: por todas)?|permanentemente|definitivamente)\b|\bno (?:volver a )?sentir nada nunca mas\b`,
  ),
  // a waste of space; nobody needing me
  pattern(
    'en.waste-of-space-self',
    S,
    String.raw`\b(?:i am|i feel like|i feel|feel like|i am just|i have become|i am such|i am nothing but) (?:such |a complete |a total |just |nothing but |an absolute )?(?:a )?(?:waste of (?:space|oxygen|air|life|skin)|mistake that should not exist|burden on everyone|drain on everyone)\b`,
    { weight: 0.7 },
  ),
  pattern(
    'en.not-needed',
    S,
    String.raw`\b(?:the world|world|nobody|no one|everyone|everybody|they|my family|my kids|anyone) (?:\w+ )?(?:does not|do not|would not|will not|never|does not even|doesnt) (?:\w+ )?need(?:s|ed)? me(?: (?:anymore|around|here|at all|alive))?(?:{END}| anymore| around| here| alive)|\b(?:nobody|no one) needs me\b`,
    { weight: 0.5 },
  ),
  pattern(
    'es.desperdicio',
    S,
    String.raw`\b(?:soy|me siento) (?:un |una |solo un |solo una |nada mas un )?(?:desperdicio(?: de (?:espacio|oxigeno|aire|vida))?|estorbo|error que no deberia existir)\b`,
    { weight: 0.6 },
  ),
  pattern(
    'es.nadie-me-necesita',
    S,
    String.raw`\b(?:nadie|el mundo|mi familia|ellos) (?:ya )?(?:no )?me necesita(?:n)?\b`,
    { weight: 0.5 },
  ),
  // a goodbye note, reported by the writer or by someone who saw it
  pattern(
    'en.sounds-like-goodbye',
    S,
    String.raw`\b(?:sounds|sounded|looks|looked|reads|read|seems|seemed|felt|feels) like (?:a |an |his |her |their |some kind of )?(?:goodbye|farewell|suicide|final|last) ${NOTE_EN}\b`,
  ),
  pattern(
    'en.goodbye-note-left',
    S,
    String.raw`\b(?:posted|left|sent|wrote|texted|shared|found|got|received) (?:\w+ ){0,3}(?:goodbye|farewell|suicide|final goodbye) ${NOTE_EN}s?\b`,
    { vetoes: ['relocation'] },
  ),
  pattern(
    'en.note-saying-goodbye',
    S,
    String.raw`\b(?:left|wrote|sent|posted|texted) (?:\w+ ){0,2}(?:a|an|this|some|that) ${NOTE_EN}\b(?: \w+){0,6} (?:sorry for everything|forgive (?:him|her|them|me)|goodbye|good bye|take care of (?:my|the|her|his)|it is not your fault|not (?:our|your|anyone'?s) fault|(?:he|she|they) (?:loves|loved) (?:us|you|me|them|everyone)|(?:he|she) is sorry)\b`,
  ),
  pattern(
    'es.nota-de-despedida',
    S,
    String.raw`\b(?:parece|parecia|suena|sonaba|se lee como|como) (?:una |un |su )?(?:${NOTE_ES}) (?:de (?:despedida|adios|suicidio)|suicida|final)\b|\b(?:nota|carta|mensaje|video) (?:de despedida|suicida)\b`,
  ),
  pattern(
    'es.dejo-una-nota',
    S,
    String.raw`\b(?:dejo|deje|escribio|escribi|publico|subio|mando|envio|encontre) (?:\w+ ){0,2}(?:una|un|esta|su|esa) ${NOTE_ES}\b(?: \w+){0,6} (?:perdon\w*|adios|despedi\w*|lo siento|no es (?:tu|su|nuestra) culpa|cuiden (?:a|de)|(?:que )?(?:nos|los|me|te|las) (?:quiere|queria|ama|amaba))\b`,
  ),
  // someone to take over the pets, because the writer will not be around
  pattern(
    'en.take-care-of-my',
    S,
    String.raw`\b(?:take care of|look after|watch over|feed|adopt|keep|find a home for|find a good home for) my (?:\w+ )?${DEPENDANTS_EN}\b(?: \w+){0,3}(?: \|)? (?:i|since i|because i|when i am|after i am) (?:will not|am not going to|can not|am not gonna|gone|not around)\b`,
    { vetoes: ['relocation'] },
  ),
  pattern(
    'en.not-be-able-anymore',
    S,
    String.raw`\b(?:i will not|i am not going to|i am not gonna|i will not be) (?:be )?(?:able to|around to|here to)(?: \w+){0,3} (?:anymore|any more|any longer|after (?:tonight|today|this))\b`,
    { weight: 0.6, vetoes: ['relocation'] },
  ),
  pattern(
    'es.cuiden-a-mi',
    S,
    String.raw`\bcuid(?:en|a|ar|ame|enme|aras|aran)(?: \w+)? (?:a |de )?mis? (?:\w+ )?${DEPENDANTS_ES}\b(?: \w+){0,4}(?: \|)? (?:yo )?(?:ya no (?:voy a poder|podre|voy a estar|estare)|cuando (?:yo )?(?:ya )?no (?:este|estoy))\b`,
    { vetoes: ['relocation'] },
  ),
  // farewell touches that only count together
  pattern(
    'en.i-am-done',
    S,
    String.raw`\bi am (?:so |just |completely |totally |really |officially )?(?:done|finished|over it|through)(?: with (?:it all|everything|life|this life))?{END}`,
    { weight: 0.3 },
  ),
  pattern(
    'en.in-case-i-do-not',
    S,
    String.raw`\b(?:in case|if|just in case|when) i (?:do not|never|will not|can not) (?:wake up|make it|come back|survive|see you again)\b|\bif something happens to me\b`,
    { weight: 0.6 },
  ),
  pattern(
    'es.por-si-no-despierto',
    S,
    String.raw`\b(?:por si|en caso de que|si) (?:ya )?no (?:despierto|despertara|despierte|amanezco|amanezca|regreso|regrese|vuelvo|vuelva|sobrevivo|sobreviva|estoy manana)\b|\bsi algo me pasa\b`,
    { weight: 0.6 },
  ),
  pattern(
    'es.para-cuando',
    S,
    String.raw`\bpara cuando (?:ya )?(?:no (?:pueda|aguante|soporte) mas|(?:me )?decida|este list[oa]|lo necesite|llegue el momento)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.for-when',
    S,
    String.raw`\bfor (?:when|the day|the night|if) i (?:can not (?:take|handle|do) (?:it|this)|am ready|need them|decide|finally do it|can not go on)(?: anymore| any more| any longer)?\b`,
    { weight: 0.5 },
  ),
  // the best thing for everyone would be that I disappear
  pattern(
    'en.best-for-everyone',
    S,
    String.raw`\b(?:best|better|kindest|easiest|right) (?:thing )?(?:for (?:everyone|everybody|all of them|my family|them|the world|my kids|all|all of us|everyone involved))(?: \w+){0,3} (?:if|is for me to|would be for me to|is that i|that i|is if i|would be if i|would be if|is for me) (?:i )?(?:would )?(?:disappear\w*|die|died|was gone|were gone|am gone|be gone|was not here|were not here|was not around|were not around|not be here|not be around|stop existing|stopped existing|was dead|were dead|never existed|vanish\w*)\b`,
  ),
  pattern(
    'es.lo-mejor-es-que-desaparezca',
    S,
    String.raw`\b(?:lo mejor|mejor|lo mas facil|lo correcto)(?: para (?:todos|todo el mundo|mi familia|ellos|mis hijos|el mundo))?(?: (?:es|seria|sera|sería))? (?:que|si) (?:yo )?(?:desaparezca|desapareciera|desaparezco|me muera|me muriera|muera|muriera|me vaya para siempre|me fuera para siempre|no este|no estuviera|no exista|no existiera|ya no este|ya no estuviera|me mate|me matara|deje de existir|dejara de existir)\b`,
  ),
  // no future with the writer in it
  pattern(
    'en.no-future-with-me',
    S,
    String.raw`\b(?:do not|can not|never|no longer|could not|can never) (?:\w+ )?(?:see|picture|imagine|envision|think of) (?:a|any|my|the) future (?:where|in which|that|with)(?: \w+){0,2} (?:i am|i will be|i|me|myself) (?:\w+ )?(?:still )?(?:here|alive|around|in it|exist|existing|living|am still here)\b|\b(?:a )?future without me (?:in it )?(?:is|would be) (?:better|easier)\b`,
  ),
  pattern(
    'en.no-future',
    S,
    String.raw`\b(?:do not|can not|never|no longer|could not) (?:\w+ )?(?:see|picture|imagine|envision|have) (?:a|any) future(?: for (?:me|myself))?(?:{END}| anymore| at all)|\bi have no future\b|\bthere is no future for me\b`,
    { weight: 0.6 },
  ),
  pattern(
    'en.not-here-by',
    S,
    String.raw`\b(?:will not|am not going to|do not think i will|doubt i will|not going to) (?:still )?be (?:here|alive|around) (?:for|by|at|in|next|on) (?:christmas|my birthday|next year|a year|the holidays|graduation|summer|the new year|\w+ (?:years?|months?))\b`,
    { weight: 0.6, vetoes: ['relocation'] },
  ),
  pattern(
    'es.no-veo-futuro',
    S,
    String.raw`\bno (?:me )?(?:veo|imagino|visualizo|puedo ver|puedo imaginar) (?:\w+ )?(?:en el futuro|un futuro|ningun futuro|mi futuro|futuro)\b(?! (?:con (?:el|ella|el trabajo|esa|ese)|en (?:este|esta|ese|esa)|aqui)\b)|\bno tengo futuro\b`,
    { weight: 0.6 },
  ),
  pattern(
    'es.no-me-veo-vivo',
    S,
    String.raw`\bno (?:me )?(?:veo|imagino|creo que (?:siga|este)) (?:\w+ )?(?:viv[oa]|aqui|con vida|todavia aqui) (?:en|dentro de|para|el proximo|la proxima)\b|\bun futuro (?:donde|en el que) (?:yo )?(?:siga|este|exista) (?:aqui|viv[oa])\b`,
  ),
  // hoarding pills, in Spanish word order
  pattern(
    'es.guardando-pastillas',
    S,
    String.raw`\b(?:guardando|juntando|acumulando|ahorrando|escondiendo|reuniendo|coleccionando|guarde|junte|acumule|escondi)(?: todas)? (?:mis|las|unas|suficientes|estas|esas|todas mis) (?:\w+ )?{PASTILLAS}\b`,
    { vetoes: ['compliance'] },
  ),
  // not wanting to see another day
  pattern(
    'es.no-quiero-ver-otro-dia',
    S,
    String.raw`\b(?:ya no|no) (?:quiero|deseo|quisiera|tengo ganas de|aguanto) (?:ver|vivir|llegar a|pasar) (?:otro dia|un dia mas|el manana|otro amanecer|el amanecer|manana|otra manana|otro ano|el proximo ano)(?: mas)?\b`,
  ),
  pattern(
    'es.que-sentido-tiene-vivir',
    S,
    String.raw`\b(?:que|cual es el|cual) sentido (?:tiene|hay en|le veo a|tendria) (?:seguir )?(?:vivir|viviendo|existir|la vida|estar viv[oa]|seguir|despertar)\b`,
  ),
  pattern(
    'es.dormir-y-no-despertar',
    S,
    String.raw`\b(?:me )?(?:duerma|dormir|dormirme|durmiera|duermo|acostarme|acueste|cerrar los ojos)(?: \w+){0,2} y (?:ya )?(?:no|nunca) (?:me )?(?:vuelva a |volver a |vuelvo a )?(?:despert\w*|despiert\w*|amanezca|amanecer|abrirlos)\b`,
  ),
  pattern(
    'en.sleep-and-not-wake',
    S,
    String.raw`\b(?:sleep|asleep|close my eyes|go to bed)(?: \w+){0,3} and (?:just )?(?:never|not|do not|would not|will not|not ever) (?:wake up|wake|open them|open my eyes)(?: again)?\b(?! (?:early|late|on time|in time|for|until|till|at|before)\b)`,
  ),
];
