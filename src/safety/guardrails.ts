import { normalizeForSafety } from './normalizeForSafety';

/** What a guardrail reply is about: a request the bot must decline, or a question about what it is. */
export type GuardrailKind = 'medical_advice' | 'human_check';

const DRUGS =
  '(?:zoloft|sertraline|prozac|fluoxetine|lexapro|escitalopram|celexa|citalopram|paxil|paroxetine|wellbutrin|bupropion|' +
  'effexor|venlafaxine|cymbalta|duloxetine|pristiq|trintellix|xanax|alprazolam|klonopin|clonazepam|ativan|lorazepam|' +
  'valium|diazepam|adderall|ritalin|vyvanse|concerta|strattera|lithium|lamictal|lamotrigine|depakote|seroquel|' +
  'quetiapine|abilify|aripiprazole|risperdal|risperidone|zyprexa|olanzapine|latuda|trazodone|buspirone|buspar|' +
  'hydroxyzine|vistaril|gabapentin|neurontin|suboxone|buprenorphine|naltrexone|vivitrol|methadone|ambien|zolpidem|' +
  'mirtazapine|remeron|prazosin|propranolol|ssris?|snris?|benzos|benzodiazepines?|antipsychotics?|antidepressants?|' +
  'antidepresivos?|mood stabilizers?|stimulants?|ansioliticos?|rivotril|tafil)';
const MEDS = `(?:${DRUGS}|meds|medication|medications|medicine|medicines|pills|prescription|dose|dosage)`;
const MEDS_ES = `(?:${DRUGS}|medicamentos?|medicinas?|pastillas?|pildoras?|dosis|tratamiento|receta)`;
const CONDITIONS =
  '(?:bipolar|depression|adhd|add|anxiety|ptsd|c ?ptsd|ocd|bpd|borderline|schizophrenia|psychosis|autism|' +
  'eating disorder|anorexia|bulimia|insomnia|panic disorder|personality disorder|disorder|mental illness|' +
  'aspergers?|dissociative|postpartum|seasonal affective|a panic attack|panic attacks|mania)';
const CONDITIONS_ES =
  '(?:depresion|ansiedad|bipolaridad|bipolar|trastorno|tdah|toc|esquizofrenia|estres postraumatico|tept|autismo|' +
  'anorexia|bulimia|psicosis|ataques de panico|insomnio)';

const HUMAN_CHECK: readonly RegExp[] = [
  /\bare you (?:a |an |just a |really a |even a )?(?:real|human|person|bot|robot|ai|machine|computer|chatbot|chat bot|live|actual|automated|program|artificial)\b/,
  /\b(?:am i|are we|is this|i am) (?:talking|speaking|chatting|texting|messaging) (?:to|with) (?:a |an )?(?:bot|robot|human|person|real|machine|computer|ai|live|actual|someone real)\b/,
  /\bis (?:this|that|it) (?:a |an |just a )?(?:bot|robot|real person|human|automated|ai|machine|chatbot|computer)\b/,
  /\b(?:is there|are there) (?:a |any )?(?:real |actual |live )?(?:person|people|human|humans) (?:there|on the other end|reading|behind this|answering)\b/,
  /\byou are (?:a |an |just a )?(?:bot|robot|ai|machine|computer|chatbot)\b/,
  /\b(?:talk|speak|chat) (?:to|with) (?:a |an )?(?:real |actual |live )?(?:person|human|agent|representative)\b/,
  /\bwho am i (?:talking|speaking|chatting) (?:to|with)\b/,
  /\beres (?:un |una )?(?:humano|humana|persona|robot|bot|real|maquina|ia|inteligencia artificial|programa|computadora|de verdad)\b/,
  /\b(?:estoy|estamos) (?:hablando|chateando|escribiendo|escribiendole) (?:con|a) (?:un |una )?(?:robot|bot|persona|humano|humana|maquina|computadora|ia|alguien real)\b/,
  /\b(?:hablar|platicar|hablo) con (?:una persona|un humano|alguien real|una persona real|un agente)\b/,
  /\bhay (?:alguien|una persona|un humano) (?:ahi|real|del otro lado)\b/,
];

const MEDICAL_ADVICE: readonly RegExp[] = [
  // diagnosis
  new RegExp(
    String.raw`\b(?:do|could|might|can) i (?:have|be having|possibly have|actually have) (?:a |an )?(?:\w+ ){0,2}${CONDITIONS}\b`,
  ),
  /\b(?:am i|could i be|might i be|do you think i am|do you think i might be) (?:\w+ ){0,2}(?:bipolar|depressed|autistic|schizophrenic|psychotic|anorexic|bulimic|ocd|adhd|borderline|narcissistic|a narcissist|manic|mentally ill|an addict|addicted|an alcoholic|alcoholic)\b/,
  new RegExp(
    String.raw`\b(?:do you think i (?:have|might have)|how do i know if i (?:have|am)|does (?:this|that|it) sound like|is (?:this|it|that)) (?:\w+ ){0,2}${CONDITIONS}\b`,
  ),
  /\b(?:diagnose|diagnosis for|evaluate) me\b|\bcan you diagnose\b/,
  new RegExp(
    String.raw`\b(?:tengo|tendre|sera que tengo|crees que tengo|puede que tenga|podria tener|como se si tengo) (?:\w+ ){0,2}${CONDITIONS_ES}\b`,
  ),
  /\b(?:soy|sere|estoy) (?:bipolar|autista|esquizofrenic[oa]|depresiv[oa]|deprimid[oa]|anorexic[oa]|adict[oa]|alcoholic[oa])\b/,
  /\bdiagnosticame\b|\b(?:me puedes|puedes) diagnosticar\b/,
  // medication
  new RegExp(
    String.raw`\b(?:should|can|could|do i need to|is it (?:ok|okay|safe|bad|fine|dangerous) to|would it be (?:ok|okay|safe) to|what if i|how do i|when (?:can|should) i) (?:i )?(?:stop|quit|start|take|skip|miss|double|increase|decrease|lower|reduce|up|raise|change|switch|come off|get off|wean off|taper|mix|combine|drink|cut|split|crush|keep taking)\b(?: \w+){0,5} ${MEDS}\b`,
  ),
  new RegExp(
    String.raw`\b(?:what|which|how much|how many|right|normal|max|maximum|starting) (?:\w+ ){0,2}(?:dose|dosage|mg|milligrams)\b|\bhow (?:much|many) (?:\w+ ){0,2}${DRUGS}\b`,
  ),
  new RegExp(
    String.raw`\b(?:dose|dosage|side effects?|interactions?|withdrawal|mg) (?:of|for|from|on|with) (?:\w+ ){0,2}${MEDS}\b`,
  ),
  /\b(?:can you |could you )?prescribe\b|\bprescribe me\b/,
  new RegExp(
    String.raw`\b(?:debo|puedo|deberia|es (?:malo|peligroso|seguro)|esta bien|que pasa si|cuando puedo) (?:\w+ ){0,2}(?:dejar|tomar|suspender|aumentar|subir|bajar|cambiar|mezclar|combinar|saltarme|duplicar|quitarme)(?: \w+){0,5} ${MEDS_ES}\b`,
  ),
  /\b(?:que|cual|cuanta|cuantas|cuantos) (?:\w+ ){0,2}(?:dosis|mg|miligramos)\b|\bdosis de\b|\befectos secundarios\b/,
  // therapy
  /\b(?:be|act as|act like|pretend to be|become|work as) my (?:therapist|counselor|counsellor|psychologist|psychiatrist|doctor|shrink|psychotherapist)\b/,
  /\b(?:can|could|will|would) you (?:please )?(?:do therapy|give me therapy|counsel me|treat me|treat my|therapize me|provide therapy|do a therapy session)\b/,
  /\b(?:help|helping) me (?:process|work through|heal from|get over|recover from|unpack) (?:my |the |all my )?(?:\w+ )?(?:trauma|abuse|grief|ptsd|childhood|past|breakup|loss|assault)\b/,
  /\b(?:talk|walk) me through my (?:trauma|feelings|past|abuse|grief)\b|\banaly[sz]e (?:me|my (?:dreams|personality|childhood|behavior|behaviour))\b/,
  /\b(?:treat|cure|fix) my (?:depression|anxiety|ptsd|bipolar|ocd|adhd|trauma|addiction|mental (?:health|illness))\b/,
  /\b(?:se|seas|puedes ser|quiero que seas|actua como|hazte pasar por) mi (?:terapeuta|psicologo|psicologa|psiquiatra|consejero|consejera|doctor|doctora)\b/,
  /\b(?:ayudame|me ayudas|puedes ayudarme|me puedes ayudar) a (?:procesar|superar|sanar|trabajar|entender) (?:mi |el |mis |los )?(?:\w+ )?(?:trauma|traumas|duelo|pasado|abuso|infancia|ruptura|perdida)\b/,
  /\b(?:dame|hazme|puedes darme|puedes hacerme|me das|me haces) (?:una )?(?:terapia|sesion de terapia|consulta)\b/,
  /\b(?:curame|tratame|cura|trata) (?:mi )?(?:depresion|ansiedad|trauma)\b/,
];

/** A specific drug named in a question: even "what is zoloft?" is for a pharmacist. */
const DRUG_MENTION = new RegExp(String.raw`\b${DRUGS}\b`);
/** Spanish states a condition the same way it asks about one; only a question asks for a diagnosis. */
const SPANISH_STATEMENT_RISK = /\b(?:tengo|soy|estoy)\b/;

/**
 * Classifies a message the bot must not answer as-is: requests for a diagnosis, medication
 * advice or therapy (`medical_advice`), or a question about whether it is a person
 * (`human_check`). General questions ("what is CBT?", "what's an IOP") return null.
 */
export function classifyGuardrail(text: string): GuardrailKind | null {
  const normalized = normalizeForSafety(text);
  if (HUMAN_CHECK.some((r) => r.test(normalized))) return 'human_check';
  const isQuestion =
    /[?¿]/.test(text) ||
    /^(?:what|how|is|are|can|could|should|do|does|que|como|cual|puedo|debo)\b/.test(normalized);
  if (MEDICAL_ADVICE.some((r) => r.test(normalized))) {
    // "tengo depresión y busco un programa" is a disclosure, not a request for a diagnosis.
    const statementOnly =
      !isQuestion &&
      SPANISH_STATEMENT_RISK.test(normalized) &&
      !/\b(?:crees|sera|puede que|podria|como se)\b/.test(normalized);
    if (!statementOnly) return 'medical_advice';
  }
  if (isQuestion && DRUG_MENTION.test(normalized)) return 'medical_advice';
  return null;
}
