import { pattern, type CrisisPattern } from '../crisisPattern';

const S = 'suicide';

// "Morir" stays out of these: "me voy a morir si no como" is hunger, not intent; see es.quiero-morir.
const KILL_WORDS =
  'matar|suicidar|quitar la vida|ahorcar|colgar|envenenar|cortar las venas|pegar un tiro|dar un tiro|disparar';
const KILL_VERBS = `(?:${KILL_WORDS})`;
const KILL_INFINITIVES =
  '(?:matarme|suicidarme|quitarme la vida|ahorcarme|colgarme|envenenarme|cortarme las venas|pegarme un tiro|dispararme|dejar de existir)';
const WISH_WORDS =
  'quiero|quisiera|ganas de|pienso en|pense en|pensaba en|pensando en|pensado en|deseo|me gustaria|prefiero|necesito';
const WISH = `(?:${WISH_WORDS})`;

/** Spanish phrasings of suicidal thinking (accents are folded before matching). */
export const SUICIDE_SPANISH: readonly CrisisPattern[] = [
  pattern(
    'es.me-quiero-matar',
    S,
    String.raw`\bme (?:quiero|voy a|quisiera|gustaria|dan ganas de|tengo que|deberia|pienso|estoy pensando en|quise|intente) (?:\w+ )?${KILL_VERBS}\b`,
  ),
  pattern(
    'es.me-quiero-morir',
    S,
    String.raw`(?<!\bno )\bme (?:quiero|quisiera|gustaria|dan ganas de) (?:\w+ )?morir\b`,
  ),
  // "prefiero morir que volver a ese restaurante" is a comparison, like "rather die than"
  pattern(
    'es.quiero-morir',
    S,
    String.raw`(?<!\bno )\b${WISH} (?:\w+ )?(?:morir|morirme)\b(?! (?:que|antes que|antes de|a (?:tener|volver|ir|ver|comer|hacer))\b)`,
  ),
  pattern(
    'es.prefiero-morir-que',
    S,
    String.raw`\bprefer\w* (?:\w+ )?(?:morir|morirme|estar muert[oa]) (?:que|antes que|antes de|a)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'es.morir-antes-que-seguir',
    S,
    String.raw`\bprefer\w* (?:\w+ )?(?:morir|morirme|estar muert[oa]) (?:que|antes que|antes de|a) (?:seguir|vivir|volver a sentir|aguantar|soportar|pasar otro)\b`,
  ),
  pattern(
    'es.quiero-matarme',
    S,
    String.raw`\b(?:${WISH_WORDS}|voy a|planeo|decidi|intente|intentar|deberia|a punto de) (?:\w+ )?${KILL_INFINITIVES}\b`,
  ),
  pattern(
    'es.se-quiere-matar',
    S,
    String.raw`\bse (?:quiere|va a|quiso|intento|piensa|esta pensando en|quiere ir a) (?:\w+ )?(?:${KILL_WORDS}|morir)\b`,
    { topic: true, subject: 'other' },
  ),
  pattern(
    'es.quiere-morir',
    S,
    String.raw`\b(?:quiere|quieren|queria) (?:morir(?:se)?|matarse|suicidarse|quitarse la vida|desaparecer para siempre|dejar de existir)\b`,
    { topic: true, subject: 'other' },
  ),
  pattern(
    'es.ganas-de-matarse',
    S,
    String.raw`\b(?:ganas de|quiere|quiso|piensa en|pensando en|va a|intento|intentar|planea|amenaza con) (?:\w+ )?(?:matarse|suicidarse|quitarse la vida|ahorcarse|colgarse|envenenarse|cortarse las venas|dispararse|morirse)\b`,
    { topic: true, subject: 'other' },
  ),
  pattern('es.quitar-vida', S, String.raw`\bquitar(?:me|se|te) la vida\b|\bse quito la vida\b`, {
    topic: true,
  }),
  pattern('es.suicidio', S, String.raw`\bsuicid(?:io|ios|arme|arse|ar|a|as|o|ado|ada|aria|arte)\b`, {
    topic: true,
  }),
  pattern(
    'es.no-quiero-vivir',
    S,
    String.raw`\b(?:ya no|no) (?:quiero|quiere|deseo|tengo ganas de|me dan ganas de|aguanto|quisiera) (?:seguir )?(?:vivir|viviendo|existir|estar viv[oa]|estar aqui|despertar|despertarme|seguir aqui|mas la vida|seguir en este mundo|estar en este mundo)\b`,
  ),
  pattern('es.seguir-asi', S, String.raw`\b(?:no|ya no) (?:quiero|puedo) seguir asi\b`, { weight: 0.6 }),
  pattern(
    'es.esta-vida',
    S,
    String.raw`\b(?:ya no|no) (?:quiero|aguanto|soporto) (?:\w+ ){0,2}(?:esta vida|mi vida|seguir viv[oa])\b`,
  ),
  pattern(
    'es.tengo-medios',
    S,
    String.raw`\b(?:ya )?tengo (?:las|mis|unas|la|el|una|suficientes) (?:pastillas|pildoras|cuerda|soga|pistola|navaja|cuchillas)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'es.plan',
    S,
    String.raw`\b(?:planeando|pensando|se|decidi) (?:como|cuando) (?:hacerlo|lo voy a hacer|voy a hacerlo)\b|\btengo un plan{END}`,
    { weight: 0.6 },
  ),
  pattern(
    'es.no-puedo-mas',
    S,
    String.raw`\b(?:ya no|no) (?:puedo|aguanto) (?:mas|seguir)\b|\bya no aguanto{END}`,
    { weight: 0.5 },
  ),
  pattern(
    'es.no-me-veran',
    S,
    String.raw`\b(?:no me van a encontrar|ya no me van a ver|ya no me veran|no me volveran a ver|no me vas a volver a ver|me van a encontrar muert[oa])\b`,
    { weight: 0.6 },
  ),
  pattern(
    'es.nada-sentido',
    S,
    String.raw`\bno le (?:encuentro|veo) sentido a nada\b|\bnada tiene sentido\b`,
    { weight: 0.5 },
  ),
  pattern(
    'es.que-termine',
    S,
    String.raw`\bque (?:todo|esto) (?:se )?(?:termine|acabe)\b|\bque (?:se )?(?:termine|acabe) (?:todo|esto|mi vida)\b|\b(?:termine|se acabe|acabe) para siempre\b|\bir(?:me)? para siempre\b`,
    { weight: 0.6 },
  ),
  pattern(
    'es.ojala',
    S,
    String.raw`\bojala (?:que )?(?:no despert\w*|me muera|me muriera|muriera|estuviera muert[oa]|nunca hubiera nacido|no hubiera nacido|no existiera|desaparec\w* para siempre|me atropell\w*|no amanezca)\b`,
  ),
  pattern(
    'es.prefiero-muerto',
    S,
    String.raw`\b(?:prefiero|preferiria|quisiera|quiero|mejor) (?:estar muert[oa]|no existir|no haber nacido|dejar de existir)\b`,
  ),
  pattern(
    'es.dormir-no-despertar',
    S,
    String.raw`\bdormir(?:me)? y (?:no|nunca) (?:volver a )?despertar\w*\b|\bdormir(?:me)? para siempre\b|\bno despertar nunca\b|\bnunca despertar\b`,
  ),
  pattern(
    'es.mejor-sin-mi',
    S,
    String.raw`\b(?:estarian|estaria|estaran|estara|seria|serian|viviria|vivirian|estamos|estan|esta) (?:\w+ )?mejor sin (?:mi|el|ella)\b`,
  ),
  pattern(
    'es.mejor-no-despertar',
    S,
    String.raw`\bmejor (?:no despertar\w*|no existir|estar muert[oa]|morir(?:me)?|desaparecer|no haber nacido|no estar aqui|dejar de existir|no seguir viv[oa])\b`,
  ),
  pattern(
    'es.mejor-si-muero',
    S,
    String.raw`\bmejor si (?:me muero|me muriera|muero|muriera|me mato|me matara|desaparezco|desapareciera|no existiera|no estuviera|ya no estoy)\b`,
  ),
  pattern(
    'es.nadie-extranaria',
    S,
    String.raw`\bnadie (?:me |lo |la |se |le )?(?:\w+ ){0,3}(?:extran\w*|notar\w*|llorar\w*|dar\w* cuenta|importar\w*)(?: \w+){0,2} (?:si|cuando) (?:me muero|me muera|me muriera|muero|muera|muriera|desaparezco|desaparezca|desapareciera|me mato|me mate|me matara|ya no este|ya no estoy|no estuviera|no despierto|me voy|me fuera|me vaya|me fui|ya no regreso|no regreso|no vuelvo)\b(?! (?:a|al|de|del|para (?!siempre)|en|con|temprano|hoy|manana|mas temprano)\b)`,
  ),
  pattern(
    'es.desaparecer',
    S,
    String.raw`\bdesaparecer (?:para siempre|del mundo|de este mundo|de la faz de la tierra)\b`,
  ),
  pattern('es.quiero-desaparecer', S, String.raw`\b(?:quiero|quisiera|ganas de) desaparecer{END}`),
  pattern(
    'es.acabar-con-esto',
    S,
    String.raw`\b(?:voy a|quiero|pienso|necesito|hoy) (?:acabar|terminar) con (?:esto|todo)(?: \w+)?(?: hoy| ya| esta noche| de una vez| para siempre)\b`,
    { weight: 0.6 },
  ),
  pattern(
    'es.acabar-con-todo',
    S,
    String.raw`\b(?:acabar|terminar) con (?:mi vida|mi existencia|esto de una vez|todo de una vez|todo(?! (?:el|la|lo|los|las|eso|esto|mi|mis)\b))\b`,
  ),
  pattern(
    'es.sin-sentido',
    S,
    String.raw`\b(?:no tiene sentido|no le veo sentido|no le encuentro sentido|sin sentido|no tengo razon(?:es)?|no tengo motivos?|ninguna razon|no hay razon) (?:a |para |de )?(?:seguir )?(?:vivir|viviendo|la vida|mi vida|existir|estar viv[oa])\b`,
  ),
  pattern(
    'es.cansado-de-vivir',
    S,
    String.raw`\b(?:cansad[oa]s?|hart[oa]s?|me canse|me harte|fastidiad[oa]) de (?:vivir|la vida|existir|estar viv[oa]|mi vida|seguir viv[oa])\b`,
  ),
  pattern('es.irme-del-mundo', S, String.raw`\bir(?:me)? de este mundo\b|\bdejar este mundo\b`),
  pattern(
    'es.tirarme',
    S,
    String.raw`\b(?:tirar|aventar|lanzar|arrojar)(?:me|se)? (?:de|desde|del|por|al|a las|a la|frente a|enfrente de) (?:(?:un|el|la|una|los) )?(?:\w+ )?(?:puente|edificio|balcon|azotea|ventana|techo|piso|tren|metro|vacio|vias|rio|precipicio|acantilado|carro|camion|coche|auto)\b`,
  ),
  pattern(
    'es.usar-contra-mi',
    S,
    String.raw`\b(?:usarla|usarlo|usarlas|usarlos|usar(?: \w+)?) (?:contra|en) mi(?: mism[oa])?\b`,
  ),
  pattern(
    'es.como-morir',
    S,
    String.raw`\b(?:morir|matarme|suicidarme) (?:sin dolor|rapido|rapidamente|facil)\b|\b(?:como|forma|formas|manera|maneras|metodo|metodos) (?:de |para )?(?:matarme|suicidarme|quitarme la vida|morir sin dolor)\b`,
  ),
  pattern(
    'es.despedida',
    S,
    String.raw`\besta es mi despedida\b|\badios para siempre\b|\bme despido de todos\b`,
    { weight: 0.7 },
  ),
  pattern('es.carga', S, String.raw`\b(?:soy|me siento) una carga\b`, { weight: 0.6 }),
  pattern(
    'es.sin-esperanza',
    S,
    String.raw`\b(?:sin esperanza|no hay salida|no valgo nada|odio mi vida|me odio)\b`,
    { weight: 0.4 },
  ),
];
