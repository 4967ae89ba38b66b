import type { VetoKind } from './crisisPattern';

/**
 * Message-level context. Each test runs on the normalised text, so they cost one regex each and
 * are only evaluated when a pattern that cares about them has matched.
 */

/** Asking about a topic: a question form, or words that frame it as a subject of study or care. */
const INFO_FRAME = new RegExp(
  [
    String.raw`^(?:what|how|where|which|who|why|when|is|are|does|do|can|could|should|will|would|que|como|donde|cual|cuales|quien|cuando|cuanto|es|son|tienen|hay|atienden|aceptan|puede|pueden|se puede|ofrecen|explain|tell me about|define)\b`,
    String.raw`\b(?:prevention|awareness|training|statistics|stats|rates?|research|paper|essay|report|project|class|presentation|documentary|movie|film|show|series|book|novel|podcast|article|song|album|band|lyrics|game|month|hotline|warning signs|signs of|symptoms of|risk factors|people who|patients|someone who|teens who|kids who|anyone who|those who|treat|treatment|program|iop|php|dbt|cbt|therapy|insurance|definition|mean|means|meaning|prevencion|campana|estadisticas|investigacion|trabajo sobre|ensayo|pelicula|libro|cancion|grupos?|programa|terapia|tratamiento|personas (?:con|que)|adolescentes que|pacientes|significa|linea|sintomas|senales)\b`,
  ].join('|'),
);

/** First-person phrases that only ask for information and reveal nothing about the writer. */
const ASKING_TEMPLATES =
  /\b(?:where|how|what|can|could|should|do|would) (?:can |do |should |would )?i (?:find|get|learn|read|ask|join|sign up|enroll|know more|tell|help|call|contact|start|refer|do|need)\b|\bi (?:am|was) (?:writing|reading|doing|researching|studying|looking|watching|working on|curious|wondering|asking)\b|\bi (?:would like|want|need) to (?:know|learn|understand|ask)\b|\b(?:tell|show|help|remind) me\b|\bme (?:puedes|podrias|pueden) (?:decir|explicar|ayudar|informar)\b|\bquiero (?:saber|informacion|entender)\b|\b(?:how|what|when) (?:do|can|should|would) (?:i|we) (?:talk|speak|bring (?:it|this) up|approach|support|explain|reach out)(?: to| with)? (?:my|our|a|the) (?:\w+ ){0,2}(?:about|regarding)\b|\bcomo (?:le )?(?:hablo|platico|puedo hablar|hablar|explico|abordo|apoyo) (?:con|a) (?:mi|mis|un|una) (?:\w+ ){0,2}(?:sobre|de|acerca de)\b|\bestoy (?:haciendo|escribiendo|buscando|investigando|leyendo)\b/g;

/** "son" counts only with a determiner: alone it is also Spanish "they are" ("¿cuáles son…?"). */
const PERSONAL =
  /\b(?:i|me|my|myself|mine|yo|mi|mis|conmigo|estoy|tengo|siento|pienso|quiero)\b|\b(?:he|she|el|ella) (?:is|has|was|keeps|said|says|told|tried|esta|dice|dijo|intento|quiere)\b|\b(?:friend|amig[oa]|hij[oa]|daughter)\b|\b(?:a|our|his|her|their) son\b/;

const ACCIDENT =
  /\b(?:shav(?:e|ing)|cook(?:ing)?|chopp?(?:ing)?|slicing|kitchen|by accident|accident(?:ally|al)?|on (?:a|the|some) (?:\w+ )?(?:nail|glass|paper|knife|stove|oven|pan|can|fence|edge|corner|table|grill)|at the gym|lifting|playing|running|workout|working out|stove|oven|iron|curling|sunburn|sun|beach|surgery|operation|cirugia|operacion|sol|playa|hiking|fell|falling|tripped|slipped|paper cut|gardening|sports?|practice|cat|cats|kitten|dog|thorns?|rose ?bush|branch|cocinando|picando|sin querer|por accidente|hoja de papel|papel|lata|abrelatas|jugando|en el gym|gimnasio|con la mesa|me cai|caerme|tropece|afeitando|rasurando|estufa|plancha|horno|ankle|knee|tobillo|rodilla|espalda|corriendo|entrenando|futbol|bici|bicicleta|patinando|escalando|jugando)\b/;

const INTENT =
  /\b(?:on purpose|purposely|intentionally|deliberately|again|urges?|to feel|because i|relapse\w*|punish|clean|want to|going to|need to|so bad|a proposito|otra vez|de nuevo|ganas|quiero|cuando estoy triste|para sentir|when i (?:feel|am|get) (?:\w+ )?(?:empty|numb|sad|angry|mad|overwhelmed|depressed|anxious|upset|bad|alone|lonely)|cuando me siento|vaci[oa]|numb|empty)\b/;

const COMPLIANCE =
  /\b(?:as prescribed|like (?:i am|i was|you are|we are) supposed to|on time|like (?:the|my) (?:doctor|dr|psychiatrist|nurse) said|this morning|every day|each day|como (?:dijo|indico|me dijo|me indico|receto|me receto) (?:el|la|mi) \w+|como me (?:dijeron|indicaron|recetaron)|que me recetaron|segun la receta|organizer|pill ?box|pastillero|for the week|weekly|semanal|de la semana|a tiempo|esta manana|todos los dias|al dia|por dia|cada dia|diarias?|para (?:la|el|mi) (?:presion|diabetes|tiroides|colesterol|corazon))\b/;

const TRIVIAL =
  /\b(?:grades?|report card|late|deadline|homework|test|exam|mess|my room|curfew|dent|scratch|bill|credit card|tattoo|haircut|piercing|forgot|forget|spoil\w*|fries|leftovers|snacks?|food|pizza|cake|charger|ate my|eats my|eating my|borrow\w*|finals|game|match|level|boss fight|fortnite|cod|call of duty|minecraft|roblox|valorant|fifa|league|overwatch|halo|chess|round|tournament|playoffs|karaoke|lol|lmao|haha\w*|jk|jaja\w*|calificaciones|notas|boleta|tarde|informe|olvide|olvido|tarea|examen|desorden|cuarto|factura|pastel|comida|galletas|se come|se comio|juego|partido|videojuego|arana|mosca|mosquito|cucaracha|bicho|zombies?)\b/;

/** A move, a trip or a donation: "leaving for good, moving to Denver", "disappear on a beach vacation". */
const RELOCATION =
  /\b(?:(?:moving|move|moved|movin) (?:to|out|away|abroad|house|back|across|in with|into|overseas|states|countries|cities|home)|relocat\w*|new (?:job|apartment|house|city|place|school)|vacation|holidays?|trip|travel\w*|flight|airport|aeropuerto|central de autobuses|abroad|cruise|retir\w*|donat\w*|goodwill|charity|declutter\w*|yard sale|garage sale|thrift|selling|sell|outgrew|mudanza|mud(?:o|a|amos|arme|arnos)|vacaciones|viaje|jubil\w*|donar|done (?:mis|la|el|las|los|todo)|vendiendo)\b/;

/** Ordinary work at a height: "up on the roof fixing the gutter", "en la azotea tendiendo ropa". */
const CHORE =
  /\b(?:fix\w*|repair\w*|clean\w*|shovel\w*|install\w*|replac\w*|paint\w*|gutters?|shingles?|antenna|solar|chimney|leak|tarp|satellite|christmas lights|fireworks|stargaz\w*|sunbath\w*|barbecue|bbq|party|photos?|pictures?|selfies?|the view|work(?:ing)?|shift|lunch|smoke break|arreglando|reparando|limpiando|pintando|tendiendo|lavando|instalando|fiesta|carne asada|fotos?)\b/;

/** A goodbye with a next time, an occasion or a platform: "see you next week", a graduation, "my last post on this forum". */
const ORDINARY_GOODBYE =
  /\b(?:see you|see ya|talk (?:to you )?(?:soon|tomorrow|later)|next (?:week|time|session|year)|nos vemos|hasta (?:manana|luego|pronto|el)|retir\w*|vacation|vacaciones|new job|graduation|graduacion|party|fiesta|wedding|boda|birthday|cumpleanos|christmas|navidad|mothers day|fathers day|dia de las madres|dia del padre|valentines?|anniversary|aniversario|thank you cards?|airport|station|camp|campamento|reunion|funeral|velorio|memorial|hospice|on (?:this|here|twitter|x|insta\w*|ig|facebook|fb|tiktok|reddit|the (?:app|forum|site|account|group))|this account|quitting|of the (?:year|day|night|season))\b/;

/** A pastime that explains a rope, a gun or a remote place: hunting, camping, fishing, climbing. */
const PASTIME =
  /\b(?:hunting|hunt|range|camping|camp|tent|boat|fishing|climbing|moving|deer|caceria|cazar|campamento|pesca|mudanza)\b/;

/** True when the message reads as a question about a topic rather than a disclosure. */
export function isInfoFrame(normalized: string): boolean {
  return INFO_FRAME.test(normalized);
}

/** True when the message is about the writer or a specific person they know. */
export function hasPersonalCue(normalized: string): boolean {
  return PERSONAL.test(normalized.replace(ASKING_TEMPLATES, '_'));
}

/** True when the message's context cancels a pattern carrying this veto. */
export function isVetoed(kind: VetoKind, normalized: string): boolean {
  switch (kind) {
    case 'accident':
      return ACCIDENT.test(normalized) && !INTENT.test(normalized);
    case 'compliance':
      return COMPLIANCE.test(normalized);
    case 'trivial':
      return TRIVIAL.test(normalized);
    case 'relocation':
      return RELOCATION.test(normalized);
    case 'chore':
      return CHORE.test(normalized);
    case 'ordinaryGoodbye':
      return ORDINARY_GOODBYE.test(normalized);
    case 'pastime':
      return PASTIME.test(normalized);
  }
}
