import { detectCrisis } from '../../src/safety/crisisDetector';
import type { CrisisCategory } from '../../src/safety/crisisTypes';

/**
 * Phrasings written after the detector was first finished, never tuned against one by one.
 * First runs before the families were broadened: round 4 caught 17 of 25 crises with 1 false
 * alarm in 8; round 5 caught 13 of 20 with none in 10. They now pass and guard against regressions.
 */
const HELD_OUT_CRISES = [
  'i want to dye',
  'thinkn abt endin it tbh',
  'i wnt to kill myslf',
  'i hav no reason 2 live',
  'im literally going to off myself',
  'everybody wud be better w/o me honestly',
  'i pray every night that i dont wake up',
  'i took my whole months supply of lithium',
  "my sister keeps saying she's going to end her life",
  "i'm gonna drown myself",
  'the voices are telling me to hurt my mom',
  'he put his hands around my neck',
  "my girlfriend threatens to kill me when she's drunk",
  'im getting beat at home',
  'i scratch my skin until it bleeds',
  'i feel like cutting tonight',
  'ya no kiero bibir',
  'quisiera morirme ya',
  'me quiero matar, ya no puedo más',
  'mi novio me amenaza con un cuchillo',
  'me tomé como veinte pastillas de clonazepam',
  'tengo ganas de cortarme los brazos',
  'mi hijo dice que se quiere morir',
  'ya nadie me va a extrañar cuando me muera',
  'voy a matar a ese tipo',
  'i wrote letters to everyone i love and now im ready',
  'i just want everything to go black forever',
  'i think the world would keep spinning just fine without me',
  "i'm going to walk into the ocean tonight",
  'my mom says she wants to go to sleep and never wake up',
  'i carved words into my leg',
  'i took 15 of my klonopin',
  'i keep thinking about the gun in my dads closet',
  "my partner won't let me leave the apartment and took my phone",
  'he keeps saying he will hurt the kids if i leave',
  'im going to hurt him so bad he never walks again',
  'i feel like killing myself',
  'i cant keep pretending, i want to die',
  'necesito que alguien me ayude, me quiero morir',
  'ya no quiero despertar nunca más',
  'me corté muy profundo y no para de sangrar',
  'me tomé todo el frasco de paracetamol',
  'mi esposo me dijo que me va a matar si lo dejo',
  'quiero hacerle daño a mi ex',
  'mi amiga se está lastimando a propósito',
];
const HELD_OUT_NON_CRISES = [
  'i could just die, he finally texted me back!!',
  'these cramps are killing me',
  'my sister overdid it with the glitter lol',
  'how do I cut back on caffeine?',
  'me muero de ganas de verte',
  'este calor me va a matar',
  'el profe nos mató con el examen',
  'I shot my friend a message',
  'my fantasy team is dead last',
  "i'm dying to see the new marvel movie",
  'he killed it on the drums',
  'can IOP help with self-esteem?',
  "I'm so done with this weather",
  'mi hermano me mata de risa',
  'se me cortó la señal',
  'estoy muerta de sueño',
  'me voy a matar de risa con esta serie',
  'cuanto cuesta el programa?',
];

/**
 * Warning-sign families added after a fresh set (blind-b) was first run: holding on no longer,
 * insurance, belongings given away, last looks, a decision and a date, method research, being at a
 * drop, car exhaust and crashing, a rope already tied, checking out, the writer's funeral, stopping
 * feeling for good, a waste of space, a goodbye note someone else saw, pets handed over, "best for
 * everyone if I were gone", and the self-harm, overdose, harm and abuse phrasings around them. Each
 * line is a new phrasing of a family, not a sentence from that set.
 */
const WARNING_SIGN_FAMILIES: [string, CrisisCategory][] = [
  ["i've been holding on for so long and i can't hang on much longer", 'suicide'],
  ['not sure i can hold on anymore', 'suicide'],
  ['ya no puedo seguir aguantando', 'suicide'],
  ["they'd be better off with the insurance money than with me", 'suicide'],
  ['mi familia estaría mejor cobrando el seguro de vida', 'suicide'],
  ['i gave most of my things away to friends this week', 'suicide'],
  ['estoy regalando todas mis cosas', 'suicide'],
  ["this is the last sunrise i'm going to see", 'suicide'],
  ['hoy es mi último día en este mundo', 'suicide'],
  ['made up my mind. tomorrow night.', 'suicide'],
  ['ya me decidí. esta noche.', 'suicide'],
  ['everything is set now, just waiting for the right night', 'suicide'],
  ['googling how tall the overpass by my house is', 'suicide'],
  ['would a fall from the 8th floor kill someone', 'suicide'],
  ['estoy investigando cuántas pastillas son una dosis letal', 'overdose'],
  ['im standing on the overpass right now', 'suicide'],
  ['estoy otra vez en el puente pensando en saltar', 'suicide'],
  ['every time the subway comes i feel the pull to step off the platform', 'suicide'],
  ['i sat in the garage with the car running for an hour', 'suicide'],
  ['quiero encerrarme en la cochera con el carro prendido', 'suicide'],
  ['thinking about swerving into a semi on the highway', 'suicide'],
  ['quiero estrellar el carro contra un árbol', 'suicide'],
  ['the noose is ready', 'suicide'],
  ['i tied the rope to the ceiling fan', 'suicide'],
  ['ya tengo la soga amarrada en la viga', 'suicide'],
  ["think i'm gonna check out of this life early", 'suicide'],
  ['who would even come to my funeral', 'suicide'],
  ['nadie iría a mi velorio', 'suicide'],
  ['i want to stop hurting, forever', 'suicide'],
  ['quiero dejar de sentir para siempre', 'suicide'],
  ['im such a waste of oxygen, no one needs me', 'suicide'],
  ['soy un estorbo, nadie me necesita', 'suicide'],
  ["my brother's instagram post looks like a suicide note", 'suicide'],
  ['mi mamá publicó algo que parece una carta de despedida', 'suicide'],
  ["my best friend left a note saying it's not our fault and she loves us", 'suicide'],
  ["please find a good home for my dog, i won't be around", 'suicide'],
  ['cuiden a mis gatos, ya no voy a poder', 'suicide'],
  ['the best thing for my family would be if i was gone', 'suicide'],
  ['lo mejor para mis hijos sería que yo no existiera', 'suicide'],
  ['no quiero vivir otro año', 'suicide'],
  ['¿qué sentido tiene seguir viviendo?', 'suicide'],
  ['quisiera dormirme esta noche y no despertar', 'suicide'],
  ["i can't picture a future where i'm alive", 'suicide'],
  ['no me veo vivo el próximo año', 'suicide'],
  ['ando juntando mis pastillas para dormir', 'suicide'],
  ['i used my razor on my thighs again', 'self_harm'],
  ['me volví a cortar las piernas', 'self_harm'],
  ['me rasco hasta que me sale sangre', 'self_harm'],
  ['i crushed all my pills together and swallowed them', 'overdose'],
  ['i think i overdid it with my xanax', 'overdose'],
  ['me pasé de pastillas y me siento mareada', 'overdose'],
  ['mezclé mis pastillas con tequila', 'overdose'],
  ['i want to push my stepdad down the stairs', 'harm_others'],
  ['im bringing my dads gun tomorrow', 'harm_others'],
  ['les voy a hacer daño, ya llevo una navaja', 'harm_others'],
  ['my stepfather comes into my bed when mom is at work', 'danger_abuse'],
  ['he told me not to tell anyone or no one would believe me', 'danger_abuse'],
  ['mi primo me manosea cuando no hay nadie', 'danger_abuse'],
  ['un tipo me viene siguiendo desde el metro', 'danger_abuse'],
];
/** Everyday sentences that share words with those families. */
const WARNING_SIGN_LOOKALIKES = [
  'hold on, let me check my calendar',
  "i can't hold on to a job for more than a month",
  "we're collecting on the car insurance after the accident",
  'giving away my old clothes to goodwill',
  'i gave my stuff away before moving to Chicago',
  'that was the last time i will ever eat at that restaurant',
  "i've decided. i'm going to quit sugar",
  'how tall is the golden gate bridge?',
  'im at the bridge, where are you guys?',
  "i'm on the roof cleaning the gutters",
  'warmed up the car in the garage',
  'the carbon monoxide detector keeps beeping',
  'i have the rope tied to the boat',
  'im checking out of the hotel at 11',
  'planning my grandmas funeral is so hard',
  'i just want to stop feeling anxious before exams',
  'mi familia cobró el seguro del coche',
  'estoy en la azotea tendiendo la ropa',
  'me voy a aventar a cantar en el karaoke',
  'ya tengo todo listo para el viaje',
  "take care of my cat while i'm on vacation",
  'me lastimé la rodilla jugando futbol',
  'i think i took too many notes in class',
  'bring a knife to cut the cake',
  'un tipo me sigue en instagram',
  'my mom makes me do my homework before dinner',
  'my dad would kill me if he saw my grades',
  'my sister is going to murder me when she sees her sweater',
  'me toca lavar los platos',
  'she wrote a farewell message for her retirement',
  'tired of living paycheck to paycheck',
  'I wish I could disappear to a cabin for the weekend',
  'no quiero ver otro capítulo hoy',
  'prefiero morir que volver a ver esa película, jaja',
];

/**
 * Broad families added after blind-c was first run (49% recall, 4 false alarms in 120): endings
 * promised without a method, calm after deciding, means bought, stared at or rigged, farewells
 * sent or said, notes "for after", affairs put in order, relapses and new self-injury methods,
 * overdoses by count, mixture or symptom, threats made by turning up armed, fire and shootings,
 * intruders, beatings, confinement, coercive control and abuse reported from outside. Each line is
 * a new phrasing of a family, not a sentence from blind-c.
 */
const RECALL_FAMILIES: [string, CrisisCategory][] = [
  ["soon i won't be a burden to my family any longer", 'suicide'],
  ['pronto ya no voy a ser un estorbo para nadie', 'suicide'],
  ['el viernes ya no voy a estar aquí', 'suicide'],
  ['this weekend is it for me', 'suicide'],
  ['hoy termino con todo', 'suicide'],
  ['ya no puedo más, hoy mismo me suicido', 'suicide'],
  ['weirdly at peace since i made up my mind', 'suicide'],
  ['me siento en paz desde que tomé la decisión', 'suicide'],
  ['ordered a noose online, and no, it is not for a costume', 'suicide'],
  ['i found the beam to tie the rope to', 'suicide'],
  ['i sit here staring at the pistol every night', 'suicide'],
  ['i have kept enough of my sleeping pills, waiting for my parents to leave', 'suicide'],
  ['how many stories would it take to be sure', 'suicide'],
  ['este es mi último mensaje, gracias por intentarlo', 'suicide'],
  ['there are notes for my kids in the nightstand, for when i am gone', 'suicide'],
  ['when something happens to me, know it was never your fault', 'suicide'],
  ['my cousin sent me a voice note saying goodbye and now she is not answering', 'suicide'],
  ['ya me despedí de todos, solo quería que alguien lo supiera', 'suicide'],
  ['wiped all my accounts and put my affairs in order this week', 'suicide'],
  ['no one would even realize if i disappeared', 'suicide'],
  ['slipped up again and burned my arm with a lighter', 'self_harm'],
  ['back to day zero, 90 days clean and i blew it', 'self_harm'],
  ['i pick at my scalp until it bleeds and i cant stop', 'self_harm'],
  ['i kicked the wall on purpose until my foot bled', 'self_harm'],
  ['i deserve to suffer so i skip meals', 'self_harm'],
  ['ya me tomé como treinta pastillas', 'overdose'],
  ['took a handful of my moms oxy', 'overdose'],
  ['i took extra xanax on purpose and now i feel like passing out', 'overdose'],
  ['mi hermano se metió heroína y no despierta', 'overdose'],
  ['i keep picturing strangling my stepdad and im afraid i will do it', 'harm_others'],
  ['i am going to burn down their house with them in it', 'harm_others'],
  ['mi primo dice que va a balacear la prepa', 'harm_others'],
  ['someone is trying to break into my apartment', 'danger_abuse'],
  ['mi padrastro me dio una paliza anoche', 'danger_abuse'],
  ['my boyfriend locks me in the bedroom when he leaves', 'danger_abuse'],
  ['my uncle sneaks into my room at night when my mom is at work', 'danger_abuse'],
  ['he says he will leak my nudes unless i send more', 'danger_abuse'],
];
const RECALL_FAMILY_LOOKALIKES = [
  'nobody noticed when i left the meeting early',
  'thanks for trying out the new group schedule',
  'i bought a rope for the tire swing',
  'this is my last message before the holidays, see you in january',
  'i wrote a will after my daughter was born, is that weird?',
  'ya me despedí de mi mamá en el aeropuerto',
  'mezclé el jugo con ron para la fiesta',
  'i took extra shifts at work this month',
  'he is yelling at the tv because his team lost',
  'mi mamá no me deja salir porque reprobé',
  'been free from self harm for two years and proud of it',
  'how can you tell if someone is thinking about suicide? asking for a training',
  'me di un golpe con la puerta del carro',
  'the kid has bruises from soccer practice',
];

/**
 * Families added after held-out set D was first run (62% recall, 4 false alarms in 100): timing
 * attached to an ending ("ending it after…"), plans that no longer matter, a burden that will not
 * last, farewell acts (goodbyes said, parting thanks and care, letters left where they will be
 * found, a last post "ever", affairs and debts settled), a wish to be hit by a vehicle, a crash made
 * to look accidental, means kept in the car and somewhere quiet to go, heights scouted or asked
 * about with an evasive reason, self-injury wounds deeper than meant or still bleeding, tools
 * fetched, broken self-harm streaks, double doses of a named medicine on purpose, pills lined up
 * and counted, threats conditioned on one more provocation, being on the way armed, a target's
 * workplace known, intrusive thoughts of hurting one's baby and children left in danger. Each line
 * is a new phrasing of a family, not a sentence from blind-d.
 */
const INTENT_AND_ACT_FAMILIES: [string, CrisisCategory][] = [
  ["i'm ending it once the kids are asleep", 'suicide'],
  ['gonna end it right after the funeral', 'suicide'],
  ['acabo con todo saliendo del trabajo, ya lo decidí', 'suicide'],
  ["tomorrow's the night. i've made my peace with it", 'suicide'],
  ["don't bother signing me up for next semester, i won't be around", 'suicide'],
  ['no tiene caso hacer planes. ya no voy a estar', 'suicide'],
  ["i know i've been a weight on everyone, won't be one much longer", 'suicide'],
  ['perdónenme por todo. ya no les voy a causar problemas', 'suicide'],
  ['honestly dont know why i still wake up. i cant keep going', 'suicide'],
  ["it's my last exit and i'm tired of fighting to survive", 'suicide'],
  ['la única salida que veo es irme. ya me cansé de luchar', 'suicide'],
  ['the last time i backed out. but not this time', 'suicide'],
  ['i keep hoping a drunk driver runs me over', 'suicide'],
  ['ojalá me atropelle un camión camino a la escuela', 'suicide'],
  ['if i swerve into the barrier it will look like an accident, right?', 'suicide'],
  ['quiero chocar el carro y que parezca accidente', 'suicide'],
  ['the gun is in my glovebox. gonna drive somewhere nobody will find me', 'suicide'],
  ['la soga está en la cajuela, solo quiero manejar a algún lugar apartado', 'suicide'],
  ['been casing the parking garage on 5th street all week', 'suicide'],
  ['which is the highest overpass around here? no reason in particular', 'suicide'],
  ['cuál es la manera menos dolorosa de irme', 'suicide'],
  ['said goodbye to all my cousins today. thanks for everything, take care of each other', 'suicide'],
  ['gracias por todo. cuiden mucho a mis hermanitos', 'suicide'],
  ["my coworker's story says it's her final video ever and she won't pick up", 'suicide'],
  ["left notes for each of my kids. they're under my pillow", 'suicide'],
  ['paid back everyone i owed and my will is signed. nothing left to do', 'suicide'],
  ['ya dejé todo en orden y pagué mis deudas', 'suicide'],
  ['cut deeper than usual on my forearm and it keeps bleeding', 'self_harm'],
  ['me corté más hondo de lo que quería y no para de sangrar', 'self_harm'],
  ['i just need to feel something. getting the blade from my drawer', 'self_harm'],
  ['broke my sh free streak last night after 60 days', 'self_harm'],
  ['rompí mi racha sin cortarme', 'self_harm'],
  ['swallowed triple my seroquel on purpose', 'overdose'],
  ['me tomé el doble de mi litio a propósito para no despertar', 'overdose'],
  ["i poured out all my sleeping pills on the bed and i'm counting them", 'overdose'],
  ["if he texts my girlfriend one more time i'm bringing my dads piece to school", 'harm_others'],
  ['voy rumbo a su casa con el bate, se las va a ver conmigo', 'harm_others'],
  ['ya sé dónde vive y le voy a hacer pagar lo que me hizo', 'harm_others'],
  ["i'll make every teacher at that school regret it", 'harm_others'],
  ["i get thoughts of smothering my newborn and i'm so scared", 'harm_others'],
  ['pienso en ahogar a mi bebé cuando no para de llorar', 'harm_others'],
  ['the little boy next door was left outside in the snow again and his parents are drunk', 'danger_abuse'],
  ['la niña de enfrente está golpeada y no le dan de comer', 'danger_abuse'],
];
/** Everyday sentences that share words with those families. */
const INTENT_AND_ACT_LOOKALIKES = [
  "we're ending it with a potluck after the last session",
  "i'm ending my lease after the semester",
  'doing it after class, the laundry i mean',
  "tonight's the night, concert time!!",
  "i'm weirdly calm about my exam",
  'no point making plans till i know my schedule',
  "i won't be around next week, i'm on vacation",
  'sorry for being a bother, can you resend the link?',
  'why do i keep waking up at 4am',
  'the only way out of the parking lot is through the back',
  "i'm done fighting with my sister about chores",
  "not this time, i'm bringing an umbrella",
  'i hope the bus gets here soon',
  'the crash looked like an accident but the police are investigating',
  'the rope is in my car for the tent',
  'scouting the bridge for our wedding photos',
  "what's the tallest building in the world?",
  'cuál es la forma menos dolorosa de depilarse',
  'said goodbye to my classmates at graduation',
  'thanks for everything, see you next week!',
  'take care of yourself, get some rest',
  "i wrote thank you notes for my teachers, they're in my backpack",
  'paid off my credit cards this month, finally!',
  "my will is done, the lawyer says we're all set for the baby",
  'the cut on my finger keeps bleeding, i sliced it cooking',
  'i need to feel something other than tired, maybe a hike',
  'grab the razor, i need to shave before the wedding',
  'i took double my vitamin d like the doctor said',
  'lined up my pills in the weekly pill box',
  "if he says one more thing about my haircut i'm going to scream",
  "i'm bringing something to the party, maybe chips",
  'voy para su casa a dejarle un pastel',
  "i picture my baby's first birthday party all the time",
  'the kids were locked out of the house for ten minutes, silly me',
  'my parents were drunk at the wedding lol',
  'this is my last post ever on this forum, moving to discord',
  "the gun is in the truck, we're going hunting somewhere remote",
  'i think i need stitches, fell off my bike',
  "what's the least painful way to get a tattoo",
  "if she calls me one more time i'm going to block her",
  "i'm done fighting the insurance company",
  'the only exit is blocked by boxes',
  'gracias por todo, nos vemos el martes',
  'thy will be done',
  "tonight's the night! first date",
  'is it normal to feel numb after a breakup?',
  "i'm ending it after three years together, he cheated",
  'lo termino después de comer',
  "i hope the plane doesn't crash lol",
  "i hope the car doesn't hit anything on the ice",
  'ojalá que pegue la canción nueva',
  'broke my clean streak on sugar today',
  'i picture dropping my kids off at school on their first day',
  'thinking about throwing my daughter a surprise party',
  'lo hago saliendo del trabajo, la tarea',
];
/** Information questions about self-harm as a topic, and past self-harm the writer says is over. */
const TOPIC_AND_RECOVERY = [
  'how do i talk to my son about suicide after his classmate died',
  'cómo le hablo a mi hija sobre el suicidio',
  'i used to cut years ago but i have been fine for a long time now',
  'my doctor asked if i ever thought about hurting myself and i said no',
  "i used to self harm in high school and now i'm doing well",
  'what are the warning signs of an overdose?',
];

describe('detectCrisis', () => {
  it.each<[string, CrisisCategory]>([
    ['suicde is all i think about', 'suicide'],
    ['i want to kil myself', 'suicide'],
    ['quiero suicidarme', 'suicide'],
    ['quiero matarme', 'suicide'],
    ['kms', 'suicide'],
    ['thinking about unaliving', 'suicide'],
    ['sewerslide tonight maybe', 'suicide'],
    ['i just want to end it all', 'suicide'],
    ["I don't want to wake up", 'suicide'],
    ['everyone would be better off without me', 'suicide'],
    ['no quiero despertar', 'suicide'],
    ['ya no quiero vivir', 'suicide'],
    ['I want to disappear forever', 'suicide'],
    ['my friend wants to kill herself', 'suicide'],
    ['mi hijo se quiere matar', 'suicide'],
    ['cutting myself again', 'self_harm'],
    ['me corto', 'self_harm'],
    ['took a whole bottle of pills', 'overdose'],
    ["I OD'd", 'overdose'],
    ['me tomé todas las pastillas', 'overdose'],
    ["I'm going to kill him", 'harm_others'],
    ['voy a matar a mi vecino', 'harm_others'],
    ['he is hitting me', 'danger_abuse'],
    ["I'm not safe at home", 'danger_abuse'],
    ['me está pegando', 'danger_abuse'],
    ['someone is threatening me', 'danger_abuse'],
  ])('fires on %j as %s', (text, category) => {
    const result = detectCrisis(text);
    expect(result.isCrisis).toBe(true);
    expect(result.categories).toContain(category);
  });

  it.each([
    'this traffic is killing me',
    'dying to know',
    'killing time',
    'me corté el pelo',
    'I could kill for a coffee',
    'this joke killed me',
    'drop-dead gorgeous',
    'deadline is killing me',
    'me muero de risa',
    'me mata el calor',
    'what is DBT',
    'is IOP for suicidal people?',
    'do you treat people who self-harm?',
  ])('does not fire on the figure of speech or information question %j', (text) => {
    expect(detectCrisis(text)).toEqual({ isCrisis: false, categories: [] });
  });

  it('catches every held-out crisis phrasing', () => {
    expect(HELD_OUT_CRISES.filter((t) => !detectCrisis(t).isCrisis)).toEqual([]);
  });

  it('keeps false alarms on held-out figures of speech within 3%', () => {
    const alarms = HELD_OUT_NON_CRISES.filter((t) => detectCrisis(t).isCrisis);
    expect(alarms.length / HELD_OUT_NON_CRISES.length).toBeLessThanOrEqual(0.03);
  });

  it.each(WARNING_SIGN_FAMILIES)('fires on the warning-sign phrasing %j as %s', (text, category) => {
    const result = detectCrisis(text);
    expect(result.isCrisis).toBe(true);
    expect(result.categories).toContain(category);
  });

  it('does not fire on everyday sentences that share words with the warning-sign families', () => {
    expect(WARNING_SIGN_LOOKALIKES.filter((t) => detectCrisis(t).isCrisis)).toEqual([]);
  });

  it.each(RECALL_FAMILIES)('fires on the recall-family phrasing %j as %s', (text, category) => {
    const result = detectCrisis(text);
    expect(result.isCrisis).toBe(true);
    expect(result.categories).toContain(category);
  });

  it('does not fire on everyday sentences that share words with the recall families', () => {
    expect(RECALL_FAMILY_LOOKALIKES.filter((t) => detectCrisis(t).isCrisis)).toEqual([]);
  });

  it.each(INTENT_AND_ACT_FAMILIES)('fires on the intent-and-act phrasing %j as %s', (text, category) => {
    const result = detectCrisis(text);
    expect(result.isCrisis).toBe(true);
    expect(result.categories).toContain(category);
  });

  it('does not fire on everyday sentences that share words with the intent-and-act families', () => {
    expect(INTENT_AND_ACT_LOOKALIKES.filter((t) => detectCrisis(t).isCrisis)).toEqual([]);
  });

  it('does not fire on topic questions or on past self-harm the writer says is over', () => {
    expect(TOPIC_AND_RECOVERY.filter((t) => detectCrisis(t).isCrisis)).toEqual([]);
  });

  it('keeps firing when a topic question or a recovery statement carries something current', () => {
    expect(detectCrisis('how do i talk to my son about suicide? he says he wants to die').isCrisis).toBe(
      true,
    );
    expect(detectCrisis('i used to cut but i have been fine, until tonight i cut again').isCrisis).toBe(true);
    expect(detectCrisis('my therapist asked if i was hurting myself and i said no but i lied').isCrisis).toBe(
      true,
    );
    expect(detectCrisis('hace años me cortaba y ahora volví a cortarme').isCrisis).toBe(true);
  });

  it('keeps firing when the everyday reading is ruled out by the rest of the sentence', () => {
    expect(detectCrisis('i deserve to die for what i did').isCrisis).toBe(true);
    expect(detectCrisis('my dad will kill me if he finds out, he hits me when he is drunk').isCrisis).toBe(
      true,
    );
    expect(detectCrisis('prefiero morir que seguir viviendo así').isCrisis).toBe(true);
    expect(detectCrisis("i'm at the bridge again").isCrisis).toBe(true);
  });

  it('still fires when an idiom and a real crisis share a message', () => {
    expect(detectCrisis('this traffic is killing me and honestly i want to die').isCrisis).toBe(true);
    expect(detectCrisis('me muero de risa pero en serio me quiero matar').isCrisis).toBe(true);
  });

  it('fires on an information question once it discloses something personal', () => {
    expect(detectCrisis('is IOP for suicidal people? i have been suicidal for weeks').isCrisis).toBe(true);
    expect(detectCrisis('do you treat people who self-harm? my daughter does').isCrisis).toBe(true);
    expect(detectCrisis('¿cuáles son los síntomas de una sobredosis?').isCrisis).toBe(false);
  });

  it('lets an explicit denial stand unless something else in the message fires', () => {
    expect(detectCrisis("i'm not suicidal, just stressed about school").isCrisis).toBe(false);
    expect(detectCrisis("i'm not suicidal but i want to die").isCrisis).toBe(true);
    // A denial backed by reassurance is masked too; only the denied span is blanked.
    expect(detectCrisis("i'm not going to hurt myself, i just need to talk").isCrisis).toBe(false);
    expect(detectCrisis("i'm not going to hurt myself, i just want to die").isCrisis).toBe(true);
  });

  it('tells a message about someone else from one about the writer', () => {
    expect(detectCrisis('my brother keeps saying he wants to die').subject).toBe('other');
    expect(detectCrisis('mi amiga dice que se quiere suicidar').subject).toBe('other');
    expect(detectCrisis('i want to die').subject).toBe('self');
    expect(detectCrisis('quiero morirme').subject).toBe('self');
  });

  it('reports every category a message carries, most urgent first', () => {
    const result = detectCrisis("i'm going to take all my pills tonight and end it");
    expect(result.categories).toEqual(['overdose', 'suicide']);
  });

  it('needs weak signals to add up before it fires', () => {
    expect(detectCrisis('i feel hopeless').isCrisis).toBe(false);
    expect(detectCrisis("i can't do this anymore, i just want it all to stop forever").isCrisis).toBe(true);
  });

  it('handles empty, punctuation-only and very long input', () => {
    expect(detectCrisis('').isCrisis).toBe(false);
    expect(detectCrisis('?!...,,;').isCrisis).toBe(false);
    expect(
      detectCrisis(`${'I went to group today and it helped. '.repeat(80)}I want to kill myself.`).isCrisis,
    ).toBe(true);
    const essay = 'I went to group today and it helped. '.repeat(400);
    expect(detectCrisis(`${essay}I want to kill myself.`).isCrisis).toBe(true);
    expect(detectCrisis(`I want to kill myself. ${essay}`).isCrisis).toBe(true);
  });

  it('stays well under a millisecond per typical message', () => {
    const texts = [...HELD_OUT_CRISES, ...HELD_OUT_NON_CRISES];
    for (const t of texts) detectCrisis(t);
    // The fastest of several rounds: other test files share the CPU, and a busy neighbour should
    // not decide this test.
    let meanMicros = Infinity;
    for (let round = 0; round < 10; round++) {
      const start = process.hrtime.bigint();
      for (const t of texts) detectCrisis(t);
      meanMicros = Math.min(meanMicros, Number(process.hrtime.bigint() - start) / 1000 / texts.length);
    }
    expect(meanMicros).toBeLessThan(1000);
  });
});
