import { pattern, type CrisisPattern } from '../crisisPattern';

const S = 'suicide';
const SH = 'self_harm';
const O = 'overdose';
const H = 'harm_others';
const D = 'danger_abuse';

/** Means of suicide other than drugs, as objects one can buy, hold or stare at. */
const MEANS_EN =
  '(?:rope|noose|cord|gun|guns|pistol|handgun|rifle|shotgun|revolver|firearm|gun safe|gun cabinet|bullets|ammo|razor|razors|blades?|knife|charcoal|helium|rat poison|poison|antifreeze|bleach)';
const MEANS_ES =
  '(?:soga|cuerda|lazo|mecate|pistola|arma|fusca|cuete|rifle|escopeta|navaja|cuchilla|cuchillo|veneno(?: para ratas)?|raticida|matarratas|anticongelante|cloro|carbon)';
/** Weapons someone might carry to hurt another person. */
const WEAPONS_EN =
  '(?:gun|guns|pistol|glock|rifle|shotgun|ar|ak|knife|knives|machete|bat|baseball bat|crowbar|hammer|tire iron|axe|weapon|brass knuckles)';
const WEAPONS_ES =
  '(?:pistola|fusca|cuete|arma|rifle|escopeta|cuchillo|navaja|machete|bate|fierro|martillo|hacha)';
const ALCOHOL_EN =
  '(?:alcohol|vodka|whiskey|whisky|tequila|rum|gin|wine|beer|beers|liquor|booze|everclear|bourbon|hennessy|henny|shots|fireball|brandy|drinks)';
const ALCOHOL_ES =
  '(?:alcohol|guaro|ron|tequila|vodka|whisky|cerveza|cervezas|chelas|vino|mezcal|aguardiente|pisto|chupe|trago|tragos|cana|pisco|brandy|licor)';
/** A partner or carer with power over the writer. */
const PARTNER_ES = '(?:pareja|esposo|esposa|marido|novio|novia|ex|padrastro|madrastra|papa|padre)';

/**
 * Broad, recall-oriented families found with a held-out set (blind-c): endings promised without a
 * method ("won't be a problem much longer", "tonight is it for me"), calm after a decision, means
 * bought, stared at or practised with, farewells sent or already said, notes "for after",
 * relapses and new ways of self-injury, overdoses described by quantity or by symptoms, threats
 * made by being somewhere with a weapon, intruders, coercive control and abuse seen from outside.
 * Weak pieces (weight below 1) only fire together, so each needs a second, independent cue.
 */
export const RECALL_FAMILIES: readonly CrisisPattern[] = [
  // ---- suicide: endings promised without a method ----
  pattern(
    'en.not-a-burden-much-longer',
    S,
    String.raw`\b(?:will not|am not going to|soon will not|will no longer|not going to) (?:be|have to be) (?:a |an |such a )?(?:problem|burden|bother|weight|trouble|nuisance|worry|pain|drain|inconvenience)\b(?: \w+){0,3} (?:much longer|any longer|for (?:much )?longer|for long|anymore|soon|after (?:tonight|today|this week))\b|\b(?:nobody|no one|noone|you|they) (?:will (?:not )?|is going to |are going to )?(?:have to|need to) (?:deal with|worry about|put up with|take care of) me (?:anymore|much longer|for (?:much )?longer|soon)\b`,
  ),
  pattern(
    'es.ya-no-sere-carga',
    S,
    String.raw`\b(?:ya no|pronto no|no|nunca mas) (?:voy a |vas a |va a |vamos a )?(?:ser|seguir siendo|les voy a ser) (?:una |un )?(?:carga|estorbo|molestia|problema|peso)\b(?: (?:para|pa) (?:nadie|nadien|ustedes|ti|nadie mas))?(?:(?=.*\b(?:pronto|mucho tiempo|nadie|ya no voy a estar)\b)|(?= \||$))`,
    { vetoes: ['relocation'] },
  ),
  pattern(
    'es.ya-no-voy-a-estar',
    S,
    String.raw`\b(?:manana|pronto|esta noche|hoy|el lunes|despues de hoy|para (?:el )?(?:lunes|viernes|navidad|manana)|en unos dias)\b(?: \w+){0,2} ya no (?:voy a |vaya a |iba a )?(?:estar|existir|seguir aqui|seguir vivo|seguir viva)(?: (?:aqui|aca|con ustedes|mas|para nadie))?(?= \||$)|\bya no voy a estar(?: (?:aqui|aca|con ustedes|para ustedes|mas))?(?= \||$)`,
    { vetoes: ['relocation'] },
  ),
  pattern(
    'en.wont-be-here',
    S,
    String.raw`\b(?:i|im) (?:will not|am not going to|probably will not|might not) be (?:here|around|alive)(?: (?:anymore|much longer|for (?:much )?longer|by (?:morning|tomorrow|then|the weekend|next week)|after tonight|to see (?:it|that|tomorrow|christmas|my birthday)))(?= \||$)|\bby (?:tomorrow|morning|the morning|tonight|friday|the weekend) i (?:will|am going to) be gone\b`,
    { vetoes: ['relocation'] },
  ),
  pattern(
    'en.tonight-is-it',
    S,
    String.raw`\b(?:this|tonight|today|tomorrow|this weekend|it) is (?:it|the end|the night|the day) for me\b|\b(?:tonight|today) is (?:the night|the day)(?= \||$)|\bi am (?:doing|ending) it (?:tonight|today|tomorrow|now|this weekend)\b`,
    { vetoes: ['trivial'] },
  ),
  pattern(
    'es.lo-termino-todo',
    S,
    String.raw`\b(?:lo )?(?:termino|acabo|terminare|acabare|voy a terminar|voy a acabar|quiero terminar|quiero acabar|termine|acabe)(?: yo)? (?:con )?(?:todo|mi vida)(?: de una vez| ya| hoy| esta noche| para siempre)?(?= \||$)|\b(?:esta noche|hoy|manana|ya|ahorita) (?:lo )?(?:termino|acabo|termine|acabe) (?:con )?todo\b`,
  ),
  pattern(
    'es.hoy-me-mato',
    S,
    String.raw`\b(?:hoy|esta noche|manana|ahorita|ahora|ya|mejor|de una vez)(?: mismo)? (?:me mato|me suicido|me quito la vida|me muero)\b(?! (?:estudiando|trabajando|de|del|con|en el|haciendo|corriendo|entrenando|por))`,
  ),
  pattern(
    'es.para-que-seguir',
    S,
    String.raw`\b(?:para|pa) (?:que|q) (?:seguir|sigo|continuar|vivir|estar aqui)(?= \||$| si\b| (?:asi|en este mundo|aqui|respirando|intentando)\b)`,
    { weight: 0.6 },
  ),
  pattern(
    'es.a-nadie-le-importo',
    S,
    String.raw`\ba (?:nadie|nadien) le (?:importo|intereso|hago falta|voy a hacer falta)\b|\bno le importo a (?:nadie|nadien)\b`,
    { weight: 0.5 },
  ),
  // calm or relief once the decision is made
  pattern(
    'en.calm-after-deciding',
    S,
    String.raw`\b(?:calm|calmer|at peace|peaceful|relieved|relief|lighter|weirdly good|so free|free)\b(?: \w+){0,6} (?:now that|since|because|after|once) i (?:have |finally |just |already )*(?:decided|made (?:up my mind|the decision|my decision|a decision|my choice|peace with it)|know (?:what i am going to do|how it ends|when))(?= \||$| (?:and|so|about (?:it|tonight|this))\b)`,
  ),
  pattern(
    'es.paz-desde-que-decidi',
    S,
    String.raw`\b(?:tranquil[oa]|en paz|paz|alivio|aliviad[oa]|calmad[oa]|liger[oa])\b(?: \w+){0,6} (?:desde que|ahora que|porque|ya que|como) (?:ya )?(?:lo )?(?:decidi|tome (?:la|mi|una) decision|me decidi|se lo que voy a hacer)(?= \||$)`,
  ),
  // ---- suicide: means bought, stared at, practised with, kept close ----
  pattern(
    'en.means-not-for-usual',
    S,
    String.raw`\b(?:bought|buying|got|ordered|picked up|purchased|grabbed|have)\b(?: \w+){0,3} ${MEANS_EN}\b(?:[^|]*\| ){0,2}[^|]*?\b(?:not|and not) (?:for|to use for) (?:camping|hunting|protection|work|the yard|the garden|a project|moving|cooking|self defense|the garage|the \w+|a \w+|\w+ing)\b`,
  ),
  pattern(
    'es.soga-donde-amarrar',
    S,
    String.raw`\b(?:soga|cuerda|lazo|mecate)\b[^|]*(?:\| )?[^|]*\b(?:donde|en que|de que|de donde) (?:la |lo )?(?:voy a |vaya a |puedo )?(?:amarrar|colgar|atar|poner)(?:la|lo|me)?\b|\b(?:ya se|se|encontre|busque) (?:donde|de donde|de que) (?:colgarme|ahorcarme|amarrarla)\b`,
  ),
  pattern(
    'en.know-where-to-tie',
    S,
    String.raw`\b(?:rope|cord|noose|belt)\b[^|]*(?:\| )?[^|]*\b(?:know|found|picked|figured out|checked) (?:where|what|the (?:spot|beam|place|hook|branch|tree)) (?:to |i will |i am going to )?(?:tie|hang|attach|anchor|use)\b|\b(?:found|picked|know|chose|checked) (?:the |a |which )?(?:spot|beam|place|hook|branch|tree|rafter|pipe|railing)\b(?: \w+){0,2} (?:to )?(?:tie|hang|attach) (?:the |a |my )?(?:rope|cord|noose|belt)\b|\bpractic\w* (?:tying|to tie|how to tie) (?:the |a )?(?:knot|noose|slipknot|hangmans? knot)\b|\b(?:learn\w*|look\w* up|watch\w* \w+ on|googl\w*) (?:how to )?(?:tie|tying) (?:a |the )?(?:noose|slipknot|hangmans? knot)\b`,
  ),
  pattern(
    'en.staring-at-means',
    S,
    String.raw`\b(?:keep|kept|can not stop|been|sit here|sitting here|sat there|i am|i was) (?:staring|looking|glancing|gazing|thinking about|thinking of) (?:at |about )?(?:\w+ ){0,2}${MEANS_EN}\b|\b${MEANS_EN}\b[^|]*\bi (?:know|found|figured out|got|have) (?:the |its |his |her )?(?:code|combination|combo|key|password)\b`,
  ),
  pattern(
    'es.medio-aqui-conmigo',
    S,
    String.raw`\b(?:tengo|traigo|compre|consegui|me compre|guarde|tengo guardad[oa])\b(?: \w+){0,2} ${MEANS_ES}\b(?: \w+){0,3} (?:aqui conmigo|conmigo|en la mano|junto a mi|a mi lado|enfrente|listo|lista|debajo de la cama)\b`,
    { weight: 0.6 },
  ),
  pattern(
    'es.me-quiero-ir-ya',
    S,
    String.raw`\b(?:neta |ya |en serio |la verdad )(?:me quiero ir|quiero irme|me voy a ir)(?: de (?:aqui|este mundo|una vez))?(?= \||$)`,
    { weight: 0.5, vetoes: ['relocation', 'trivial'] },
  ),
  pattern(
    'en.saved-enough',
    S,
    String.raw`\b(?:saved|saving|stashed|stashing|collected|collecting|kept|keeping|have|got) (?:up )?enough (?:of )?(?:my |the |his |her )?(?:meds|pills|medication|medicine|sleeping pills|tablets|insulin|pastillas|medicinas)\b|\b(?:juntado|guardado|ahorrado) (?:suficientes|bastantes) (?:pastillas|medicinas|pildoras)\b`,
    { vetoes: ['compliance'] },
  ),
  pattern(
    'en.waiting-house-empty',
    S,
    String.raw`\b(?:waiting|wait) (?:for|until|till) (?:the house|everyone|everybody|my (?:\w+ )?(?:parents|family|roommates?|mom|dad|wife|husband|partner)|them|the kids|the place) (?:to )?(?:be |is |are |goes |go |gets )?(?:empty|asleep|sleeping|to sleep|go to sleep|leave|left|gone|out|to leave)\b|\besperando (?:a )?que (?:se vayan|se duerman|todos se duerman|la casa (?:este|quede) sola|me dejen sol[oa]|no haya nadie)\b`,
    { weight: 0.5, vetoes: ['relocation'] },
  ),
  pattern(
    'es.tirarme-desde-altura',
    S,
    String.raw`\b(?:me voy a|voy a|ya me voy a|quiero|me quiero|pienso|estoy por|a punto de) (?:tirar(?:me)?|aventar(?:me)?|lanzar(?:me)?|echar(?:me)? (?:para|pa) abajo)\b(?! (?:a dormir|en la cama|al sofa|a la cama|a la piscina|a la alberca|al agua|al piso a|a descansar|un rato))(?=.*\b(?:puente|edificio|azotea|techo|cornisa|balcon|barranco|precipicio|acantilado|vias|metro|tren|piso|ventana|abajo)\b|(?= \||$))`,
  ),
  pattern(
    'en.quiet-up-here',
    S,
    String.raw`\b(?:roof|rooftop|bridge|ledge|overpass|balcony|top floor|cliff|parking garage|tracks)\b[^|]*(?:\| )?[^|]*\b(?:quiet|peaceful|calm|windy|dark|high|cold|beautiful|pretty) (?:up |out )?(?:here|there)\b|\b(?:right now|rn|now)\b[^|]*(?:\| )?[^|]*\b(?:it is|its) (?:so |really |very )?(?:quiet|peaceful|windy|high) (?:up|out) here\b`,
    { weight: 0.5, vetoes: ['chore'] },
  ),
  pattern(
    'en.how-many-floors',
    S,
    String.raw`\bhow (?:many|much|high|tall|far)\b(?: \w+){0,2} (?:floors|stories|storeys|feet|ft|meters|metres|m)\b[^|]*\b(?:certain|sure|guaranteed|fatal|lethal|die|dying|kill|killing|survive|survivable|instant|enough)\b|\bcuant(?:os|as|a)\b(?: \w+){0,2} (?:pisos|metros|altura)\b[^|]*\b(?:seguro|morir|muera|matar|mate|letal|mortal|sobrevivir|sobrevive|suficiente)\b`,
  ),
  // ---- suicide: farewells, notes and things left for after ----
  pattern(
    'en.last-message',
    S,
    String.raw`\b(?:this is|this will be|here is|writing|sending|typing|consider this) (?:my|the) (?:last|final) (?:message|text|msg|txt|post|words|note|email|goodbye|time (?:i|you)(?: will)? (?:hear|talk|write|text))\b(?! (?:before|until|till|for (?:today|tonight|now|the (?:day|night|week|year))|of the (?:day|night|year)|on (?:this|that)|about|in this|here|in the (?:group|chat|thread)))|\b(?:este es|este sera|aqui va) (?:mi|el) (?:ultimo|mensaje final)(?: mensaje)?\b(?! (?:del dia|de hoy|antes|hasta|por hoy|en el grupo))`,
    { vetoes: ['relocation'] },
  ),
  pattern(
    'en.thanks-for-trying',
    S,
    String.raw`\b(?:thanks|thank you|thx|ty) for (?:trying|everything you tried|all you tried|at least trying)\b(?! (?:out|it|the|this|our|my|a|to (?:make|get|fix|book|help me with|find)))|\bgracias por (?:intentarlo|tratar|intentar(?: ayudarme)?)(?= \||$)`,
    { weight: 0.5 },
  ),
  pattern(
    'en.letters-for-after',
    S,
    String.raw`\b(?:letters?|notes?|cards?|messages?|video)\b[^|]*(?:\| )?[^|]*\bfor (?:after|afterwards|when i am gone|when i am not here|once i am gone|after i am gone|them to find)(?= \||$)|\b(?:cartas?|notas?|mensajes?)\b[^|]*\b(?:para|pa) (?:despues|cuando (?:ya no este|me vaya|me haya ido|no este)|que las encuentren)(?= \||$)`,
  ),
  pattern(
    'es.cartas-para-los-mios',
    S,
    String.raw`\b(?:ya )?(?:escribi|deje|hice|termine) (?:las |unas |mis )?(?:cartas|notas|cartita|carta de despedida)\b(?: \w+){0,3}(?: (?:para|pa) (?:mis|mi) \w+)?`,
    { weight: 0.5 },
  ),
  pattern(
    'en.not-anyones-fault',
    S,
    String.raw`\b(?:if|when|once)\b (?:i (?:disappear|vanish|am gone|go|do (?:it|something))|something happens to me|anything happens to me)\b[^|]*(?:\| )?[^|]*\b(?:not|never) (?:anyones|anybodys|your|their|yalls|you guys|any of your|my (?:\w+s)|his|her) fault\b|\b(?:si|cuando) (?:desaparezco|me pasa algo|me voy|ya no estoy|hago algo)\b[^|]*(?:\| )?[^|]*\bno (?:es|fue|sera) culpa de (?:nadie|ustedes|ti|nadien)\b`,
  ),
  pattern(
    'en.someone-sent-goodbye',
    S,
    String.raw`\b(?:texted|messaged|called|sent|dmed|snapped|left|voicemailed|wrote|posted)(?: me)?(?: \w+){0,2} (?:goodbye|a goodbye|goodbyes|bye forever|farewell|a farewell)\b|\b(?:mando|envio|dejo|escribio|mandaron|publico)(?: \w+){0,4} (?:despidiendose|despedida|para despedirse|diciendo adios)\b`,
    { weight: 0.6, vetoes: ['relocation'] },
  ),
  pattern(
    'en.tell-them-i-love-them',
    S,
    String.raw`\btell (?:his|her|their|my) (?:\w+ )?(?:mom|mother|dad|father|parents|family|kids|son|daughter|sister|brother|wife|husband) (?:that )?(?:he|she|they|i) (?:loves?|am sorry|is sorry|are sorry)\b|\bdiles? a (?:mi|su|sus|mis) \w+ que (?:los|las|lo|la|les) (?:quiero|quiere|amo|ama)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.not-answering-now',
    S,
    String.raw`\b(?:and |but )?(?:now )?(?:he|she|they|my \w+) (?:is not|are not|will not|has not been|have not been|stopped|does not|is no longer) (?:answering|responding|picking up|replying|texting back|reading)\b|\bya no (?:contesta|responde|me contesta|me responde|lee (?:los|mis) mensajes|aparece)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.said-goodbyes-ready',
    S,
    String.raw`\b(?:said|say|saying|already said|got to say) (?:my )?goodbyes?\b[^|]*\b(?:i am|feel) ready\b|\b(?:i am|i feel) ready (?:now|to go now)(?= \||$)|\bya me despedi de (?:mi|mis|todos|todo|ellos|ellas|la|el)\b`,
    { weight: 0.6, vetoes: ['relocation'] },
  ),
  pattern(
    'es.solo-queria-que-supieran',
    S,
    String.raw`\b(?:solo|nada mas|solamente) queria que (?:alguien|alguno|ustedes|tu|alguien mas) (?:lo )?(?:supiera|supieran|sepa|sepan|sepa)\b|\bi just wanted (?:someone|somebody|you|anyone) to know\b(?= \||$)`,
    { weight: 0.5 },
  ),
  pattern(
    'es.a-donde-voy',
    S,
    String.raw`\b(?:a donde|adonde|donde|a donde) (?:voy|me voy|ire|vaya|me vaya) no (?:lo |la |los |las |te |me )?(?:puedo|podre|pueden|puede|podra) (?:llevar|acompanar|venir|ir|seguir)\b|\bwhere i am going (?:he|she|they|you|it) (?:can not|will not be able to) (?:come|follow|go)\b`,
    { weight: 0.6, vetoes: ['relocation'] },
  ),
  pattern(
    'es.regale-mascota',
    S,
    String.raw`\b(?:le )?(?:regale|di|entregue|deje|encargue|regalando|dejando)\b (?:a )?(?:mi|mis) (?:perr[oa]s?|gat[oa]s?|mascotas?|perrit[oa]s?|gatit[oa]s?|pajaro|conejo)\b|\b(?:gave|giving|rehomed|rehoming|handed) (?:away )?my (?:cats?|dogs?|pets?|kitten|puppy|bird|rabbit|hamster) (?:away|to)\b`,
    { weight: 0.5, vetoes: ['relocation'] },
  ),
  pattern(
    'en.goodbye-to-pet',
    S,
    String.raw`\bsaid goodbye to (?:my|the) (?:cat|dog|pets?|kitten|puppy|plants|room|house)\b`,
    { weight: 0.5, vetoes: ['relocation'] },
  ),
  // affairs in order while young: accounts deleted, a will written
  pattern(
    'en.deleted-accounts',
    S,
    String.raw`\b(?:deleted|deleting|deactivated|deactivating|wiped|closed|shut down) (?:all |every )?(?:of )?my (?:socials|social media|accounts|instagram|insta|ig|facebook|fb|tiktok|twitter|snap|snapchat|profiles?|everything online)\b|\b(?:borre|elimine|cerre|desactive) (?:todas )?(?:mis|todas mis) (?:redes|cuentas|redes sociales)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.wrote-a-will',
    S,
    String.raw`\b(?:wrote|writing|made|making|drafted|drafting|finished|updated) (?:a |my |out my )?(?:will|testament)\b(?! (?:power|to))|\b(?:putting|put|getting|got) (?:all )?my affairs in order\b|\b(?:hice|escribi|deje hecho|termine) (?:mi|un) testamento\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.nobody-notice-if-gone',
    S,
    String.raw`\b(?:nobody|no one|noone|not a single person|not one person)\b(?: \w+){0,3} (?:notice|care|realize|miss me|even know)\b(?: \w+){0,2} (?:if|when) i (?:was|were|am|disappeared|disappear|died|die|vanished|stopped (?:showing up|texting|existing))\b(?! (?:at|in|on|late|early|to)\b)|\b(?:nadie|nadien)\b(?: \w+){0,3} (?:se daria cuenta|notaria|se enteraria|me extranaria|lo notaria)\b(?: \w+){0,2} (?:si|cuando) (?:yo )?(?:desapareciera|muriera|me muriera|no estuviera|ya no estuviera|me fuera)\b`,
  ),
  // ---- self-harm: relapses, new methods, hiding it ----
  pattern(
    'en.relapsed-cut',
    SH,
    String.raw`\b(?:relapsed|relapse|relapsing|slipped up|recai|recaida|volvi a caer)\b[^|]*(?:\| )?[^|]*\b(?:cut|cutting|burned|burnt|burning|carved|scratched|hurt myself|me corte|cortarme|me queme|me lastime)\b|\bcut (?:way |so |a lot |too |much )?(?:deeper|too deep|so deep|really deep)(?: than (?:i |ever|before|usual|last time)\w*)?\b`,
    { vetoes: ['accident'] },
  ),
  pattern(
    'en.streak-broken',
    SH,
    String.raw`\b(?:day (?:0|zero) again|back to day (?:0|zero|one|1)|reset (?:my|the) (?:counter|streak|clean streak|clock)|(?:\d+|one|two|three|six|a hundred) (?:days?|weeks?|months?|years?) clean and i (?:threw it (?:all )?away|ruined it|blew it|broke it|lost it|messed (?:it )?up|relapsed|did it again|slipped)|lost my (?:clean )?streak|perdi mi racha|volvi al dia (?:0|cero|uno))\b`,
    { vetoes: ['trivial'] },
  ),
  pattern(
    'en.bleeding-a-lot',
    SH,
    String.raw`\b(?:bleeding|bleed|bled|sangrando|sangra|sangre)\b(?: \w+){0,3} (?:a lot|alot|so much|heavily|too much|through|will not stop|does not stop|is not stopping|mucho|demasiado|no para|no se detiene)\b`,
    { weight: 0.6, vetoes: ['accident'] },
  ),
  pattern(
    'en.hiding-it',
    SH,
    String.raw`\b(?:i )?(?:do not|dont) want (?:to tell (?:anyone|anybody|my \w+|them)|anyone to (?:know|see|find out))\b|\b(?:hide|hiding|hid|cover|covering) (?:it|them|the (?:cuts|scars|marks|burns|bruises|wounds))\b|\blong sleeves\b[^|]*\b(?:hide|hiding|cover|covering)\b|\bnobody can (?:know|find out|see)\b|\b(?:no quiero que nadie (?:sepa|se entere|vea)|esconder (?:las|mis) (?:marcas|cicatrices|cortadas))\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.doing-it-again-nightly',
    SH,
    String.raw`\b(?:doing|did) it (?:again )?(?:every (?:night|day|morning)|again every (?:night|day)|nightly)(?: again)?\b|\blong sleeves in (?:july|june|august|summer|the heat|this heat)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.until-skin-breaks',
    SH,
    String.raw`\b(?:scratch\w*|pick\w*|pull\w*|bit|bite|biting|dig\w*|rub\w*|claw\w*|hit\w*|bang\w*|punch\w*|pinch\w*)\b(?: \w+){0,4} until (?:my |the )?(?:skin|it|they|arms?|legs?|face|hands?|head|knuckles|scalp|lips?)?(?: \w+)? ?(?:rips|ripped|tears|tore|bleeds?|bled|breaks|broke|opens|opened|is raw|are raw|was raw|goes raw|splits|split|bruises|bruised|swells|swelled)\b|\b(?:me )?(?:di|doy|daba|pegue|pego|golpee|golpeo|rasque|rasco|arane|arano|rasgune|rasguno)\b[^|]*\bhasta que (?:me )?(?:sangr\w*|sali\w* sangre|se me abri\w*|me abri\w*|me hinch\w*|me quede)`,
    { vetoes: ['accident'] },
  ),
  pattern(
    'en.punched-on-purpose',
    SH,
    String.raw`\b(?:punch\w*|hit|hitting|slam\w*|bang\w*|smash\w*|headbutt\w*|kick\w*) (?:the |a |my |into the )?(?:wall|walls|mirror|door|window|glass|head|fist|hand|concrete|brick)\b[^|]*\b(?:on purpose|intentionally|deliberately|to feel|to hurt|until (?:it|my \w+) (?:bled|broke|bleeds|breaks))\b|\b(?:me )?(?:di|doy|pegue|pego|golpee|golpeo) (?:contra|con) (?:la |el )?(?:pared|espejo|puerta|ventana|piso|muro)\b[^|]*\b(?:a proposito|hasta|para sentir|otra vez|de coraje|para castigarme)\b`,
    { vetoes: ['accident'] },
  ),
  pattern(
    'en.not-eating-on-purpose',
    SH,
    String.raw`\b(?:have not|not|did not|stopped|refuse to|refusing to|no he|no) (?:eaten|eat|eating|ate|comido|comer)\b[^|]*\b(?:on purpose|to punish (?:me|myself)|deliberately|intentionally|a proposito|para castigarme)\b|\bi deserve to (?:feel (?:it |the )?)?(?:hurt|pain|suffer|bleed|be punished|be in pain|starve)\b|\bme merezco (?:sufrir|el dolor|sentir dolor|que me duela)\b`,
  ),
  pattern(
    'en.pressed-hot-to-skin',
    SH,
    String.raw`\b(?:heated|heating|burned|burnt|burning|held|holding|pressed|pressing|put|putting)\b[^|]*\b(?:spoon|lighter|metal|knife|blade|cigarette|iron|coin|key|match|matches|candle|it)\b[^|]*\b(?:on|onto|into|against|to) (?:my )?{BODY}\b|\b(?:me )?(?:queme|quemo|quemando|puse|pegue|presione|apoye)\b[^|]*\b(?:cuchara|encendedor|cerillo|cigarro|metal|plancha|cuchillo)\b[^|]*\b(?:en|contra) (?:el |la |mi |mis |los |las )?{CUERPO}\b`,
    { vetoes: ['accident'] },
  ),
  // ---- overdose: quantities, mixtures and symptoms ----
  pattern(
    'en.swallowed-all',
    O,
    String.raw`\b(?:swallowed|took|taken|downed|ate|popped|chugged|necked|gulped|had) (?:all|every|the rest|the whole|a (?:whole )?(?:bunch|handful|fistful|lot|ton)|like \d+|\d{2,}|half|most)\b(?: of)?(?: \w+){0,3} {PILLS}\b`,
    { vetoes: ['compliance'] },
  ),
  pattern(
    'en.already-took-count',
    O,
    String.raw`\b(?:already|just) (?:took|taken|swallowed|had|downed) (?:like |about |around |over |maybe |almost )?(?:\d{2,}|twenty|thirty|forty|fifty|sixty|a hundred)(?! (?:minutes|mins|hours|hrs|seconds|days|years|steps|pictures|photos|laps|dollars|bucks|percent|miles|pounds|lbs|kg|ml|classes|credits|questions|tests|shots of espresso)\b)|\bya me (?:tome|trague) (?:como |unas |mas de )?(?:\d{2,}|veinte|treinta|cuarenta|cincuenta)\b`,
  ),
  pattern(
    'en.more-than-prescribed',
    O,
    String.raw`\b(?:took|taken|take|swallowed|had|taking) (?:way |a lot |a bunch |much |so much |many |like \w+ times |\w+ times )?(?:more|extra|double|triple)(?: \w+){0,2} than (?:the |my )?(?:prescription|prescribed|i am supposed to|i should|i was supposed to|the (?:label|bottle|box|doctor) says|recommended|the dose|my dose)\b|\b(?:me tome|tome) (?:mucho |muchas )?mas (?:de lo que|de las que) (?:me )?(?:recetaron|indicaron|debia|dice la receta)\b`,
    { weight: 0.6 },
  ),
  pattern(
    'en.on-purpose-dose',
    O,
    String.raw`\b(?:overdosed|overdose|od|oded|took (?:them|it|the \w+|too many|too much)|took more|swallowed (?:them|it))\b(?: \w+){0,2} (?:on purpose|intentionally|deliberately|to die|to not wake up)\b|\bme (?:tome|trague) (?:\w+ ){0,3}a proposito\b`,
  ),
  pattern(
    'en.drug-symptoms',
    O,
    String.raw`\b(?:feel|feeling|i am|i feel|getting|got) (?:really |so |very |kind of |super |way )?(?:weird|strange|dizzy|woozy|sleepy|drowsy|numb|floaty|faint|heavy|like passing out|like i am going to pass out)\b|\b(?:room is|everything is) spinning\b|\b(?:can not|cant) (?:feel my \w+|keep my eyes open|stay awake|breathe right|breathe)\b|\bya no siento (?:las|los|mis) \w+|\btodo me da vueltas\b|\bme siento (?:muy |bien )?(?:dormid[oa]|adormilad[oa]|pesad[oa])\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.pills-mixed-with-drink',
    O,
    String.raw`\b(?:mixed|mixing|combined|combining|washed down|took|chased|with|plus|on top of)\b[^|]*\b${ALCOHOL_EN}\b|\b(?:mezcle|mezclando|revolvi|combine|me tome|tome|me jarte|me empine|me eche|me bebi|me meti|con)\b[^|]*\b${ALCOHOL_ES}\b`,
    { weight: 0.3 },
  ),
  pattern('es.pastillas-con-alcohol', O, String.raw`^(?=.*\b(?:${ALCOHOL_ES}|botella)\b).*\b{PASTILLAS}\b`, {
    weight: 0.5,
    vetoes: ['compliance'],
  }),
  pattern(
    'en.used-and-unresponsive',
    O,
    String.raw`^(?=.*\b(?:fent|fentanyl|heroin|dope|pills|xanax|oxys?|percs?|used|shot up|snorted|drugs|overdos\w*|od|oded|took something|drinking|drunk|fentanilo|heroina|drogas|se drogo|se metio)\b).*\b(?:(?:will not|wont|is not|not|can not|cant|does not) (?:respond\w*|wake up|waking up|breath\w*|come to|move|moving)|unresponsive|turning blue|lips are blue|passed out and|no (?:responde|despierta|reacciona|respira))\b`,
  ),
  // ---- harm to others: being there with a weapon, revenge, fire, shootings ----
  pattern(
    'en.weapon-at-hand',
    H,
    String.raw`\b(?:have|got|took|grabbed|bringing|brought|with|carrying|loaded|in my (?:trunk|car|bag|backpack|pocket)) (?:my |his |her |a |an |the |my \w+s |some )?${WEAPONS_EN}\b|\b(?:con|traigo|tengo|llevo|trae|agarre|cargo|carga) (?:un |una |el |la |mi |su )?${WEAPONS_ES}\b`,
    { weight: 0.5, vetoes: ['trivial', 'accident'] },
  ),
  pattern(
    'en.outside-their-place',
    H,
    String.raw`\b(?:heading|going|driving|on my way|walking|headed|parked|waiting|sitting|standing|outside|at) (?:to |over to |outside |in front of |by |near |at )?(?:his|her|their|my \w+s|the \w+s|her new \w+s|his new \w+s|\w+s) (?:house|place|apartment|work|job|door|car|office)\b|\b(?:ando|estoy|voy|me estacione|esperando|parado|parada) (?:afuera|fuera|enfrente|cerca|camino|rumbo|para|en) (?:de |a )?(?:la )?(?:casa|trabajo|depa|departamento|escuela|oficina) (?:de|del)\b`,
    { weight: 0.5, vetoes: ['relocation'] },
  ),
  pattern(
    'en.make-them-pay',
    H,
    String.raw`\b(?:make|making|gonna make|going to make) (?:them|him|her|everyone|everybody|all of them|those \w+|that \w+)(?: all)? (?:pay|regret it|sorry)\b|\b(?:he|she|they) (?:is|are|will be) (?:going to |gonna )?(?:regret|pay for) (?:what|this|it|everything)\b|\b(?:me las va|me las van|las va) a pagar\b|\bse va a arrepentir\b`,
    { weight: 0.5, vetoes: ['trivial'] },
  ),
  pattern(
    'en.burn-with-them-inside',
    H,
    String.raw`\b(?:burn|burning|set fire to|torch|light) (?:down )?(?:\w+ ){0,3}(?:house|place|apartment|car|home|building|room|trailer)\b[^|]*\bwith (?:him|her|them|everyone|the \w+|his \w+|her \w+) (?:inside|in it|in there|asleep|sleeping)\b|\b(?:quemar|incendiar|prender fuego a|quemarle|incendiarle)\b[^|]*\b(?:casa|carro|depa|negocio|cuarto)\b[^|]*\b(?:con todo y|con (?:el|ella|ellos|ellas) (?:adentro|dentro))\b|\b(?:voy a|quiero|le voy a|les voy a) (?:quemar|incendiar)(?:le|les)? (?:la|el|su) (?:casa|carro|depa|negocio)\b`,
  ),
  pattern(
    'en.want-burn-their-place',
    H,
    String.raw`\b(?:want to|going to|will|wanna|gonna|about to) (?:burn|torch|set fire to) (?:down )?(?:his|her|their|my \w+s|the \w+s|that \w+s) (?:house|place|apartment|car|home|trailer)\b`,
  ),
  pattern(
    'en.shoot-up-school',
    H,
    String.raw`\b(?:shoot|shooting|shot) up (?:the|his|her|my|our|their|a|that)? ?(?:school|class|office|church|mall|party|work|workplace|campus)\b|\b(?:balacear|tirotear|echar bala en|disparar en) (?:la|su|mi) (?:escuela|prepa|secundaria|oficina|iglesia)\b`,
  ),
  pattern(
    'es.le-va-a-dar',
    H,
    String.raw`\ble(?:s)? (?:va|voy|vamos|van) a (?:dar|disparar|balear|quebrar|echar plomo|echar bala|tronar) a (?:uno|alguien|todos|unos|ese|esa|mi|su)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.run-them-over',
    H,
    String.raw`\b(?:i am |i will |going to |gonna |want to |will )(?:run|running|ram|ramming) (?:him|her|them|that \w+|my \w+|the \w+) (?:over|down)\b|\b(?:lo|la|los) voy a atropellar\b`,
    { vetoes: ['trivial'] },
  ),
  pattern(
    'en.intrusive-harm-images',
    H,
    String.raw`\b(?:keep|kept|can not stop|cant stop|been|i am|always) (?:imagining|picturing|thinking about|fantasizing about|daydreaming about|visualizing|seeing myself) (?:\w+ )?(?:stabbing|killing|hurting|strangling|choking|shooting|drowning|smothering|hitting|beating|pushing|poisoning)\b|\b(?:scared|afraid|terrified|worried) i (?:will|might|am going to) (?:actually |really )?(?:do it|hurt (?:him|her|them|someone|my \w+)|kill (?:him|her|them|someone))\b|\bno (?:dejo de|puedo dejar de) imaginar(?:me)? (?:que )?(?:lo |la )?(?:apunalo|mato|apunalando|matando|ahorco|lastimo)\b`,
  ),
  // ---- danger and abuse: hiding, intruders, control, abuse seen from outside ----
  pattern(
    'en.hiding-from-someone',
    D,
    String.raw`\b(?:hiding|hid|locked myself|barricaded myself|escondid[oa]s?|me escondi|me encerre|nos escondimos)\b(?: (?:in|on|under|en|debajo de) (?:the |my |a |el |la |mi )?\w+)?`,
    { weight: 0.5 },
  ),
  pattern(
    'en.aggressor-raging',
    D,
    String.raw`\b(?:he|she|they|my (?:\w+ )?(?:dad|father|mom|mother|husband|wife|boyfriend|girlfriend|partner|ex|stepdad|stepmom|brother|uncle|roommate)) (?:is|are|keeps|started|just started|was)? ?(?:screaming|yelling|raging|breaking|smashing|throwing|punching|kicking|banging|pounding|shouting)\b(?:[^|]*\b(?:breaking|smashing|throwing|punching|kicking|pounding|banging) (?:things|stuff|everything|on the door|the door|the walls?|holes))?|\b(?:esta|estan) (?:gritando|rompiendo|aventando|golpeando|pateando) (?:todo|las cosas|la puerta|cosas)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.intruder',
    D,
    String.raw`\b(?:someone|somebody|a (?:\w+ )?(?:guy|man|person|stranger|woman)|some (?:guy|man|dude|person)|people|he|she|they|my ex|theres a \w+|there is a \w+) (?:is |are )?(?:trying|tryna|attempting) to (?:get|break|come|force (?:his|her|their) way|kick (?:in|down)) (?:in|into|inside|my door|the door)\b|\b(?:breaking|forcing|kicking|pounding on|banging on|prying) (?:in |into )?(?:my|the|our) (?:door|window|lock|front door|back door)\b[^|]*\b(?:right now|now|rn)\b|\b(?:alguien|un (?:tipo|senor|hombre|wey|desconocido)|unos? \w+|el|ella|mi ex)\b (?:esta |estan )?(?:forzando|intentando abrir|tratando de (?:abrir|entrar|meterse)|queriendo (?:entrar|meterse)|pateando|golpeando|abriendo) (?:la |mi )?(?:chapa|cerradura|puerta|ventana|reja)\b`,
  ),
  pattern(
    'en.child-bruises',
    D,
    String.raw`\b(?:kid|child|boy|girl|baby|toddler|niece|nephew|student|stepkid|grandson|granddaughter|nino|nina|nene|nena|sobrin[oa])\b[^|]*\b(?:bruises|bruised|marks|welts|black eye|burns|moretones|golpes|marcas)\b`,
    { weight: 0.5, vetoes: ['accident'] },
  ),
  pattern(
    'en.repeated-screaming',
    D,
    String.raw`\b(?:every (?:week|day|night)|all the time|again last night|always|keeps? happening|siempre|cada semana|todas las noches)\b[^|]*\b(?:screaming|crying|scream|bruises|hits? (?:him|her)|beats? (?:him|her)|gritando|llorando|le pega)\b|\bheard (?:him|her|them|the kid) (?:screaming|crying|begging|yelling) (?:again|every)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.threat-to-post-pics',
    D,
    String.raw`\b(?:post|share|leak|send|show|publish|spread|release|expose)\w* (?:my|the|our|those|these) (?:pics|pictures|photos|nudes|videos?|private \w+|screenshots|texts)\b[^|]*?(?=.*\b(?:or|if i do not|unless|threaten\w*|going to|will|has to|have to)\b)|\b(?:or|unless|if i do not)\b[^|]*\b(?:post|share|leak|send|show|publish|spread|expose)\w* (?:my|the|our) (?:pics|pictures|photos|nudes|videos?)\b|\b(?:publicar|subir|pasar|mandar|ensenar|difundir|compartir|exhibir)\w* (?:mis|las|nuestras) (?:fotos|videos|nudes|packs?|fotos intimas)\b`,
  ),
  pattern(
    'en.minor-with-older',
    D,
    String.raw`\bi am (?:1[0-7]|[89]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b[^|]*\b(?:older|grown|adult|\d\d year old|\d\d yo|\d\d) (?:guy|man|dude|woman|person|guy from)\b|\btengo (?:1[0-7]|trece|catorce|quince|dieciseis|diecisiete) (?:anos )?[^|]*\b(?:un (?:senor|hombre|tipo)|un chavo de \d\d)\b`,
    { weight: 0.5 },
  ),
  pattern(
    'en.must-meet-or-else',
    D,
    String.raw`\b(?:i have to|i must|i need to|says i have to|wants me to) (?:meet|see|send|go to) (?:him|her|them)\b[^|]*\bor (?:he|she|they) (?:will|is going to|are going to|gonna)\b|\bsi no (?:lo|la) veo\b[^|]*\b(?:va a|van a)\b`,
    { weight: 0.6 },
  ),
  pattern(
    'es.golpiza',
    D,
    String.raw`\b(?:me|nos|le|les) (?:dio|dieron|da|dan|pego|puso|ponen|pone|metio) (?:una |otra |tremenda |buena |tal )?(?:golpiza|paliza|madriza|putiza|tunda|cachetada|bofetada|arrastrada|chinga)\b|\b(?:beat me up|gave me a beating|beats me up)\b`,
  ),
  pattern(
    'es.encerrada',
    D,
    String.raw`\b(?:me|nos) (?:dejo|tiene|deja|tienen|dejaron|dejan|mantiene) encerrad[oa]s?\b|\bme encierra\b|\b(?:locked|locks|locking|keeps) (?:me|us) (?:in|inside) (?:the|my|a|his|her|our) (?:room|house|closet|basement|bathroom|apartment)\b`,
  ),
  pattern(
    'es.control-pareja',
    D,
    String.raw`\b(?:mi|su) ${PARTNER_ES}\b[^|]*(?:\| )?[^|]*\bno me deja (?:salir|ir|trabajar|ver|hablar|usar|tener|comer|dormir|estudiar)\b|\bme (?:tiene|dejo|deja) sin (?:celular|telefono|cel|dinero|comida|llaves|documentos|papeles|pasaporte)\b|\b(?:takes|took|keeps|hides|hid) my (?:phone|car keys|keys|passport|id|money|paycheck) (?:away )?so i (?:can not|cant)\b`,
  ),
  pattern(
    'es.se-mete-a-mi-cuarto',
    D,
    String.raw`\b(?:se mete|entra|se metio|se mete|se sube|se acuesta) (?:a|en) (?:mi cuarto|mi cama|mi recamara|mi habitacion)\b(?: \w+){0,3}? ?(?:en las noches|de noche|por las noches|en la noche|cuando (?:todos )?(?:duermen|estoy dormid[oa]|me bano|no hay nadie|mi mama no esta))\b|\b(?:comes|sneaks|gets|came|snuck|walks|crawls) into my (?:room|bed|bedroom)\b(?: \w+){0,3}? ?(?:at night|every night|when (?:everyone|i) (?:is |am )?(?:asleep|sleeping|alone)|when my (?:mom|dad|mother|father) (?:is|was) (?:gone|out|asleep|away|at work))\b`,
  ),
];
