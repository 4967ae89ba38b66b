import type { CrisisCategory, CrisisSubject } from './crisisTypes';

/**
 * Message-level contexts that cancel a match: an accident ("cut myself shaving"), taking
 * medication as prescribed, an everyday exaggeration ("mom will kill me over my grades"), a move,
 * trip or donation ("leaving for good, moving to Denver"), a chore at a height ("up on the roof
 * fixing the gutter"), an ordinary goodbye ("thanks for everything, see you next week", a
 * graduation, quitting a forum) or an outdoor pastime that explains a rope or a gun ("going
 * hunting").
 */
export type VetoKind =
  'accident' | 'compliance' | 'trivial' | 'relocation' | 'chore' | 'ordinaryGoodbye' | 'pastime';

/** One phrasing family, matched against text produced by `normalizeForSafety`. */
export interface CrisisPattern {
  id: string;
  category: CrisisCategory;
  /** 1 is enough on its own; weaker cues only fire when they add up to 1 in one category. */
  weight: number;
  regex: RegExp;
  /** Names a topic rather than a state, so an information question about it does not fire. */
  topic: boolean;
  vetoes: readonly VetoKind[];
  /** Fixed subject; when absent it is inferred from the pronouns around the match. */
  subject?: CrisisSubject;
}

interface PatternOptions {
  weight?: number;
  topic?: boolean;
  vetoes?: readonly VetoKind[];
  subject?: CrisisSubject;
}

/** Shared alternations, spliced into pattern sources as {NAME}. */
const FRAGMENTS: Readonly<Record<string, string>> = {
  SELF: '(?:myself|my self)',
  OTHER_SELF: '(?:himself|herself|themselves|themself)',
  REL:
    '(?:husband|wife|boyfriend|girlfriend|bf|gf|partner|ex|fiance|dad|father|stepdad|stepfather|mom|mother|mum|' +
    'stepmom|stepmother|brother|sister|uncle|aunt|cousin|grandpa|grandfather|grandma|grandmother|son|daughter|' +
    'parents?|family|boss|coach|teacher|roommate|neighbou?r|caregiver|guardian|babysitter|pastor|priest)',
  PEOPLE:
    '(?:him|her|them|you|someone|somebody|anyone|anybody|everyone|everybody|people|others|' +
    'my (?:\\w+ )?(?:step ?|half ?)?(?:husband|wife|boyfriend|girlfriend|partner|ex|mom|mother|dad|father|stepdad|stepmom|' +
    'brother|sister|son|daughter|kids?|children|baby|babies|newborn|family|boss|coworker|roommate|' +
    'neighbou?r|teacher|classmates?|friends?|uncle|aunt|cousin|grandma|grandpa|parents?)|' +
    '(?:that|this|the|those|these|all the|all those) (?:guy|girl|woman|man|dude|kid|baby|newborn|infant|toddler|teacher|boss|neighbou?r|person|bitch|bastard|asshole|' +
    'people|kids|students|teachers|bullies|guys|girls|men|women|classmates|coworkers))',
  PILLS:
    '(?:pills?|meds|medications?|medicines?|tablets?|capsules?|tylenol|advil|ibuprofen|aspirin|acetaminophen|' +
    'paracetamol|xanax|benadryl|antidepressants|painkillers|pain killers|oxys?|oxycodone|percs?|percocets?|' +
    'adderall|klonopin|ativan|valium|seroquel|insulin|lithium|trazodone|ambien|melatonin|zoloft|prozac|' +
    'lexapro|wellbutrin|gabapentin|benzos|opioids|fentanyl|heroin|nyquil|sertraline|fluoxetine|citalopram|' +
    'escitalopram|paroxetine|venlafaxine|effexor|duloxetine|cymbalta|bupropion|quetiapine|olanzapine|' +
    'risperidone|abilify|lamotrigine|lamictal|clonazepam|lorazepam|diazepam|alprazolam|zolpidem|hydroxyzine|' +
    'propranolol|amitriptyline|mirtazapine|remeron|tramadol|codeine|morphine|hydrocodone|vicodin|methadone|' +
    'naproxen|aleve|motrin|diphenhydramine|sleeping pills|sleep aids|buspirone|topiramate|depakote|xans)',
  PASTILLAS:
    '(?:pastillas|pildoras|medicinas|medicamentos|tabletas|capsulas|clonazepam|alprazolam|somniferos|' +
    'paracetamol|ibuprofeno|rivotril|antidepresivos|calmantes|aspirinas|sertralina|fluoxetina|quetiapina|' +
    'lorazepam|diazepam|tramadol|tafil|valium|xanax|pildoras para dormir|pastillas para dormir)',
  END: '(?= \\||$)',
  /** Body parts where self-injury is usual. */
  BODY: '(?:wrists?|arms?|forearms?|legs?|thighs?|skin|stomach|belly|hips?|chest|ankles?|calf|calves|shoulders?|sides?|body|veins)',
  CUERPO:
    '(?:brazos?|antebrazos?|munecas?|piernas?|muslos?|piel|panza|abdomen|estomago|caderas?|venas?|pecho|tobillos?|hombros?|cuerpo)',
};

/** Compiles a pattern family; `{NAME}` placeholders are expanded from the shared fragments. */
export function pattern(
  id: string,
  category: CrisisCategory,
  source: string,
  options: PatternOptions = {},
): CrisisPattern {
  const expanded = source.replace(/\{([A-Z_]+)\}/g, (_, name: string) => {
    const fragment = FRAGMENTS[name];
    if (fragment === undefined) throw new Error(`crisis pattern ${id}: unknown fragment {${name}}`);
    return fragment;
  });
  return {
    id,
    category,
    weight: options.weight ?? 1,
    regex: new RegExp(expanded),
    topic: options.topic ?? false,
    vetoes: options.vetoes ?? [],
    subject: options.subject,
  };
}
