import type { CueName } from './cueTags';
import { wordList } from './cueWordList';

/**
 * Spanish words and phrases by cue class, accents folded as `normalizeForSafety` leaves them.
 * Clitics are split off before lookup ("morirme" arrives as "me morir", "hacerme daño" as
 * "me hacer dano"), so verbs are listed bare and pronouns carry the person.
 */
export const SPANISH_CUES: Readonly<Partial<Record<CueName, string>>> = {
  self: 'yo, mi, mis, conmigo',
  selfObject: 'me, mi mismo, mi misma',
  other: `ella, ellos, ellas, amigo, amiga, amigos, amigas, hijo, hija, hijos, hermano, hermana,
    novio, novia, esposo, esposa, marido, pareja, mama, papa, madre, padre, primo, prima, tio, tia,
    abuelo, abuela, companero, companera`,
  otherObject: 'se',
  want: `deberia, debo, esperando, quiero, quiere, quieren, queria, quisiera, quise, deseo, desea, ganas de, pienso en,
    pensando en, pensado en, pense en, planeo, planea, planeando, necesito, merezco, merece, mereces,
    ojala, prefiero, prefiere, preferiria, gustaria, decidi, intente`,
  will: 'voy a, va a, vas a, vamos a, van a, a punto de',
  not: 'no, nunca, jamas, ya no',
  dieWish: 'muera, mueras, muriera, muriese, muriendome',
  die: `morir, muero, muere, fallecer, dejar de existir,
    dejar de vivir`,
  dead: `muerto, muerta, muertos, muertas, desaparezco, desaparezca, desapareciera, ya no este,
    ya no estoy, ya no estuviera, no estuviera, no este`,
  be: 'estar, estuviera, estaria, ser, fuera, seria, soy, es',
  exist: `vivir, viviendo, viviera, viviese, existir, existiendo, existo, existiera, existiese,
    despertar, despierte, despertara, despertase, amanecer, respirar, estar aqui, seguir aqui,
    seguir viviendo, seguir existiendo, seguir con vida, estar vivo, estar viva, seguir vivo,
    seguir viva, estar en este mundo, sigo aqui, sigo vivo, sigo viva, todavia aqui, todavia estoy aqui`,
  forever: `para siempre, de una vez, de una vez por todas, nunca mas, de este mundo, sin volver,
    y no volver, y no regresar, y ya no volver, y ya no regresar, y no despertar, y ya no despertar`,
  injure: `cortar, corto, corte, cortaba, cortando, quemar, quemo, queme, quemaba, quemando, rasgunar,
    rasgune, rasgunando, rajar, rajo, raje`,
  hurt: `lastimar, lastimo, lastime, lastimaba, lastimando, hacer dano, hago dano, hice dano, golpear,
    golpeo, golpee`,
  body: `brazo, brazos, muneca, munecas, pierna, piernas, muslo, muslos, piel, panza, abdomen,
    estomago, antebrazo, antebrazos, vena, venas, cadera`,
  wound: 'cortes, cortadas, cicatrices, quemaduras, heridas, rasgunos',
  noReason: `no vale la pena, no tiene sentido, sin sentido, no le veo sentido, no le encuentro sentido,
    no tengo razones, no tengo razon, no tengo motivos, no tengo por que, ninguna razon,
    ningun motivo, no hay razon, no hay motivo, no hay por que, de que sirve, de que me sirve`,
  whatFor: 'para que',
  tiredOf: `cansado, cansada, cansados, cansadas, harto, harta, hartos, hartas, agotado, agotada,
    me canse, me harte, fastidiado, fastidiada`,
  life: 'vida',
  better: 'mejor, mas facil, mas sencillo',
  relieved:
    'aliviados, aliviado, aliviada, alivio, un alivio, en paz, tranquilos, tranquila, tranquilo, felices',
  nobody: 'nadie',
  miss: `echar de menos, echaria de menos, daria cuenta, darian cuenta, dara cuenta, encuentre, encuentren,
    busque, busquen, buscaria`,
  ifWhen: 'si, cuando, despues de que, una vez que, hasta que',
  place: 'en, con, cerca, alla, alli, aca, temprano, tarde, a, para, por, lejos, de, del',
  means: `soga, cuerda, pistola, arma, navaja, cuchilla, cuchillas, cuchillo, puente, azotea, vias,
    cloro, veneno, cornisa, barranco, precipicio`,
  pills: 'pastilla, pastillas, pildoras, medicinas, medicamentos, tabletas, capsulas',
  hoard: `juntando, juntado, acumulando, acumulado, ahorrando, escondiendo, guardando todas, listas, listos,
    preparadas, preparados`,
  acquire: 'compre, compro, comprando, consegui, cargue',
  own: 'tengo, tiene, tenia',
  holding: 'sosteniendo, en la mano, en mis manos, mirando fijamente',
  farewell: 'adios, despedida, despedir, despido, despedi, despidiendo, hasta nunca, hasta siempre',
  letter: 'carta, cartas, nota, notas, mensaje, video',
  write: 'escribi, escribiendo, escrito, escribir, deje',
  thanks: 'gracias por todo, gracias por intentar, gracias por estar, gracias por tanto',
  loveYou: 'los quiero a todos, los quiero mucho, los amo, las quiero, los quiero',
  itsTime:
    'lista para irme, listo para irme, es hora, ya es hora, llego la hora, llego el momento, es el momento',
  vanish: 'desaparecer, esfumarme, esfumarse',
  leave: 'ir, voy, me voy, fui, irme, dormir, descansar, apagar',
  giveUp: 'me rindo, me rendi, rendir, rendirme',
  accident: 'atropelle, atropellen, atropella, atropellara, atropellaran',
  unresponsive: `no respira, no esta respirando, no despierta, no reacciona, no responde, se puso morado,
    se esta poniendo morado, labios morados, no lo puedo despertar, no la puedo despertar`,
  now: 'hoy, ahora, esta noche, pronto, manana, este fin de semana, ya mismo',
  deathNoun: 'muerte, mi muerte, la muerte',
  alcohol: 'alcohol, vino, cerveza, cervezas, tequila, licor, mezcal, ron, vodka, whisky, caguama',
  seeYou: 'nos vemos, hasta manana, hasta luego, hasta pronto, la proxima semana, te veo, los veo',
  apology: 'perdonenme, perdoname, perdon por todo, lo siento por todo, perdonen todo',
  reason: 'razon, razones, motivo, motivos, sentido, proposito',
  why: 'por que',
  than: `antes que, que volver, que ir, que ver, que tener, que hacer, que comer, que trabajar, que estudiar,
    que escuchar, que pagar, que salir, que usar`,
  everyone: 'todos, todas, todo el mundo, ustedes',
};

/** Stems whose every conjugation means missing or noticing ("extrañaría", "importaría"). */
export const SPANISH_MISS_STEMS = wordList('extran, importa, notar, notaria, llorar, lloraria');

/** Continuing-words that only mean "going on living" at the end of a sentence ("ya no quiero seguir"). */
export const SPANISH_EXIST_IF_FINAL = wordList(
  'seguir, sigo, seguir adelante, continuar, aguantar, seguir luchando, luchar',
);

/** Ending-words that only mean "it all ending" when nothing but an ending follows. */
export const SPANISH_OVER_IF_FINAL = wordList(
  'acabar, acabe, acaben, terminar, termine, terminen, se acabe, se termine',
);
