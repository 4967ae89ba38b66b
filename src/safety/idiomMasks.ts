/**
 * Figures of speech that contain crisis words ("dying to know", "me muero de risa") are blanked
 * out of the normalised text before patterns run. Masking a span, rather than vetoing the whole
 * message, keeps recall: "this traffic is killing me and I want to die" still fires on the
 * second clause.
 */
const IDIOMS: readonly RegExp[] = [
  // dying / dead in the sense of "very"
  /\bdying (?:to|for) \w+/g,
  /\b(?:die|died|dying|dead|could die|just die)(?: of| from)? (?:laughing|laughter)\b/g,
  /\b(?:die|died|dying|dead|death)(?: of| from) (?:\w+ )?(?:embarrassment|shame|boredom|cringe|cuteness|hunger|thirst|heat|curiosity|jealousy|envy|excitement|happiness|suspense|exhaustion|fatigue|nerves|old age|natural causes)\b/g,
  /\bdie (?:my|your|her|his|their|the) (?:\w+ )?(?:hair|clothes|shirt|jeans|shoes|eggs|fabric|beard|eyebrows|roots)\b/g,
  // "a cake to die for", but not "i deserve to die for what i did" or "i want to die for real"
  /(?<!\b(?:want|wants|wanted|wanna|deserve|deserves|deserved|need|ready|wish|going|planning|plan|like|time for me|trying|tried|hope|hoping) )\bto die for\b/g,
  // killing / shooting in harmless senses
  /\bkil+(?:ing|ed)? (?:my ?self|myself) (?:studying|working|at work|at the gym|in the gym|over (?:this|that|a|the) (?:project|job|class|essay|assignment|test|exam)|for (?:this|that) (?:test|exam|job|project|class|grade))\b/g,
  /\bshoot(?:ing)? (?:myself|me) in the foot\b|\bshot myself in the foot\b/g,
  /\bdelet(?:e|ing) (?:myself|my ?self) from\b/g,
  /\bshoot(?:ing)? (?:him|her|them|you|me|us|my \w+)? ?(?:a |an |over (?:a |an )?|the )?(?:quick )?(?:email|text|message|dm|line|note|msg|txt|pic|photo|video|invite|link|reply)s?\b/g,
  // hitting / pushing / following in harmless senses
  /\bhit(?:s|ting)? (?:me|us|him|her|them) up\b/g,
  /\bhit(?:s|ting)? on (?:me|us|him|her|them)\b/g,
  /\bhit(?:s|ting)? (?:me|us) with (?:the|a|an|some|that|this|his|her|those|their) (?:\w+ )?(?:advice|news|question|joke|truth|idea|song|beat|line|fact|reality|story|tea|info|details|update|pillow|snowball|water balloon|nerf)\b/g,
  /\bpush(?:es|ed|ing)? (?:me|us) to (?:be|do|study|work|try|improve|succeed|go|get|keep|eat|take)\b/g,
  /\bfollow(?:s|ed|ing)? (?:me|us) (?:back )?on (?:instagram|insta|ig|twitter|x|tiktok|social|snap|snapchat|fb|facebook|here|youtube|twitch)\b/g,
  /\bbeat(?:s|en)? (?:me|us|him|her|them) (?:at|in) (?:chess|cards|checkers|poker|tennis|basketball|a race|the race|a game|the game|every game|fifa|mario kart|arm wrestling|\w+ games?)\b/g,
  // ...unless it is wished for: "I hope I get hit by a bus"
  /(?<!\b(?:hope|hoping|wish|wishing|pray|praying|want|wanting|ojala)\b(?: \w+){0,3} )\bhit by (?:a|the) (?:car|ball|truck|bus|bike|wave|pitch|baseball|softball)\b/g,
  // killing it as succeeding: "she'll kill her presentation"
  /\bkil+(?:s|ed|ing)? (?:her|his|their|my|your|our|the|this|that) (?:\w+ )?(?:presentation|interview|exam|test|audition|performance|speech|set|show|solo|recital|routine|pitch|essay|finals?|game|match|race|workout|look|outfit|dance|debate|paper|project)\b/g,
  // overdosing on something harmless
  /\b(?:overdos\w*|od) on (?!(?:purpose|accident|my|his|her|their|the|some|pills|meds|medication|drugs|heroin|fentanyl|opioids|percs?|xanax|oxy\w*|tylenol|advil|insulin|sleeping|pain|antidepressants|coke|cocaine|meth|benzos|[a-z]*pam|[a-z]*done)\b)\w+/g,
  /\bsobredosis de (?!(?:pastillas|medicamentos|medicinas|drogas|heroina|fentanilo|opioides|pildoras|insulina|clonazepam|alprazolam|somniferos|paracetamol|tylenol|cocaina|calmantes)\b)\w+/g,
  // a trainer's question about warning signs in others: "signs someone might be thinking about suicide"
  /\b(?:signs|warning signs|how to tell|how (?:do|can) (?:you|i|we) (?:tell|know)|know if|tell if)(?: that)? (?:someone|somebody|a person|people|a loved one|a student|a coworker|an employee) (?:might|may|could|is|are)? ?(?:be )?(?:thinking (?:about|of)|considering|contemplating|planning) suicide\b/g,
  // a recovery milestone: "free from self harm for 18 months", "antes me cortaba pero ya llevo 4 años sin hacerlo"
  /\b(?:free (?:from|of)|clean (?:from|of)) (?:self harm\w*|cutting|sh)\b(?= for (?:\d+|a|an|over|almost|nearly|about|two|three|six) \w+)/g,
  /\b(?:antes|hace (?:\w+ )?(?:anos|meses|tiempo)|de (?:adolescente|joven|nina|nino|chica|chico)|en la (?:prepa|secundaria)) me (?:cortaba|lastimaba|hacia dano|autolesionaba)\b(?= (?:\| )?(?:pero )?(?:ya )?(?:llevo|tengo|van|voy|estoy|he estado) [^|]*\b(?:sin (?:hacerlo|cortarme|lastimarme)|bien|estable|tranquil[oa]|recuperad[oa])\b)/g,
  // the same, in English: "i used to cut years ago but i have been fine for a long time now"
  /\b(?:i )?used to (?:cut|self harm|hurt myself|burn myself|harm myself)(?: myself)?(?: (?:years|months|a long time) ago| in (?:high school|middle school|college|my teens))?(?= (?:\| )?(?:but |and )?(?:now )?(?:i )?(?:have been|am|have stayed|stayed|been) (?:fine|okay|ok|good|clean|free|stable|safe|doing (?:well|good|fine|better))\b)/g,
  // a screening question the writer reports answering no: "my doctor asked if i had thoughts of hurting
  // myself and i said no"; a "but" or "lied" afterwards keeps it
  /\b(?:asked|asks|ask|asking) (?:me )?(?:if|whether) i (?:\w+ ){0,4}(?:hurting|harming|killing|cutting|hurt|harm|kill|cut|suicide|suicidal)(?: myself)?\b(?= (?:\| )?(?:and )?i (?:said|answered|told (?:her|him|them)|honestly said) no\b(?!.*\b(?:but|lied|lie|lying|not true)\b))|\bme pregunt(?:o|aron) si (?:\w+ ){0,4}(?:hacerme dano|lastimarme|matarme|suicidarme|cortarme|suicidio)\b(?= (?:\| )?y (?:le |les )?(?:dije|conteste) que no\b(?!.*\b(?:pero|menti|mentira)\b))/g,
  // safety in the ordinary sense
  /\bnot safe (?:to|for) (?:drive|eat|drink|swim|use|walk|travel|go out|take|leave the car)\b/g,
  // a field or service named after a crisis: "suicide prevention", "overdose awareness"
  /\b(?:suicide|overdose|self harm|suicidio|sobredosis|autolesiones) (?:prevention|awareness|training|research|education|statistics|month|walk|programs?|course|class|unit|counselors?|prevencion|concientizacion|capacitacion|programas?)\b/g,
  /\b(?:prevention|awareness|prevencion|concientizacion|capacitacion) (?:of |de |del |de la )?(?:suicide|overdoses?|self harm|suicidio|sobredosis|autolesiones)\b/g,
  // a denial the writer backs with reassurance: "no estoy pensando en hacerme daño, solo estoy estresada"
  /\b(?:not|never|no|nunca)\b(?: (?!(?:sure|know|promise|if|seguro|segura|prometo|si)\b)\w+){0,4}? (?:hurt(?:ing)? myself|harm(?:ing)? myself|kill(?:ing)? myself|cut(?:ting)? myself|hacerme dano|lastimarme|matarme|suicidarme|cortarme)\b(?= (?:\| )?(?:(?:i am |i |i was |estoy |yo )?(?:just|only|solo|solamente|nada mas|simplemente)\b|(?:i am|estoy|me siento) (?:ok|okay|fine|safe|bien|a salvo)\b))/g,
  // explicit denials; other phrases in the same message still count
  /\b(?:not|never|no longer|never been|not feeling|not really) suicidal\b|\bno suicidal (?:thoughts|ideation|feelings)\b/g,
  /\bno (?:soy|estoy|me siento) suicida\b|\bno tengo pensamientos suicidas\b/g,
  // a parent or boss who "would kill me if she saw this": dread of being found out, not a threat.
  // Partners are left out, and so is any hint of real danger in the same sentence.
  /\b(?:my |the )?(?:boss|manager|supervisor|mom|mum|mother|mama|dad|father|parents|teacher|professor|coach|sister|brother|grandma|grandpa|grandmother|grandfather|aunt|uncle|friends?|roommate|landlord|he|she|they)(?: \w+){0,2} (?:will|would|is going to|are going to|is gonna|gonna|going to|might) (?:literally |actually |totally |so |seriously )?(?:kill|murder|strangle|skin) (?:me|us)(?: \w+){0,3} (?:if|when|once) (?:he|she|they|i|we) (?:\w+ )?(?:sees?|saw|finds? out|found out|knows?|knew|hears?|heard|notices?|noticed|catches|caught|sees)\b(?![^|]*\b(?:gay|lesbian|trans|bisexual|queer|pregnant|drunk|high|hits?|beats?|abus\w*|again|told you|talking to you)\b)/g,
  // Spanish: morir/matar as exaggeration
  /\b(?:me |te |se |nos )?(?:muero|muere|morimos|muri\w*|muerto|muerta|muertos|muertas|morir\w*|mori|murio|muriendo)(?: de| del| por)(?: la| el| los| las)? (?:risa|hambre|sueno|verguenza|ganas|calor|frio|sed|cansancio|aburrimiento|nervios|amor|envidia|celos|ternura|miedo|susto|pena ajena|curiosidad|emocion|antojo|flojera|ansias|gusto|alegria|la risa)\b/g,
  /\b(?:me |te |se )?muero por (?:verte|ver|ir|saber|probar|conocer|comer|que)\b/g,
  /\bpara morirse\b|\bde muerte\b/g,
  /\bmat\w* (?:estudiando|trabajando|entrenando|haciendo ejercicio|corriendo|en el gym|en el gimnasio|de risa|el tiempo)\b/g,
  /\bmatar(?:ia|ias|iamos)? por (?:un|una|unos|unas)\b/g,
  /\b(?:me|nos) (?:va|van|esta|estan) (?:a )?mata(?:r|ndo) con (?:tant[oa]s?|su|sus|este|esta|estos|estas|tanta) \w+/g,
  // a thing, not a person, "will kill me": este calor, el examen, la espera
  /\b(?:este|esta|estos|estas|el|la|los|las|ese|esa) (?!(?:esposo|esposa|marido|novio|novia|pareja|papa|padre|mama|madre|padrastro|madrastra|hermano|hermana|tio|tia|ex|jefe|jefa|vecino|vecina|hijo|hija|primo|prima|abuelo|abuela|suegro|suegra|senor|tipo|hombre|mujer)\b)\w+ (?:me|nos) (?:va|van) a matar\b/g,
  // Spanish: cortar / pegar / despertar / vivir in everyday senses
  // "cortar" with anything but skin as its object: hair, nails, the call, the connection
  /\b(?:(?:me |te |se |le |nos )(?:\w+ ){0,2}cort\w*|cortarme|cortarse) (?:el|la|los|las|mi|mis|un|una|unos|unas) (?!(?:brazos?|piernas?|munecas?|venas?|piel|muslos?|abdomen|panza|estomago|cuerpo|cara|manos?|cuello)\b)\w+/g,
  /\b(?:me |se me )?peg(?:o|a|aron) (?:un susto|la gripe|el resfriado|el covid|el virus|la tos|el sol|un grito|la cancion|el chicle)\b|\bel sol me pega\b|\bse me pego\b/g,
  /\bdespertar(?:me)? (?:temprano|tan temprano|a las|para ir|para trabajar|manana temprano)\b/g,
  /\bvivir (?:en|cerca|lejos|aqui|alla|con (?:mis|mi|el|ella|ellos|roommates|companer\w+))\b/g,
  /\bcansad[oa]s? de vivir (?:en|con|aqui|cerca|al dia|de quincena|con deudas|endeudad\w*|pagando|rentando|de renta|de prestado)\b/g,
  /\b(?:tired|sick) of living (?:paycheck|pay check|check to check|in debt|on (?:a|the|my) \w+|off|out of|under|with|alone|in|at|here|there)\b/g,
  /\bno me siento segur[ao] (?:manejando|conduciendo|caminando|en la nieve|en la carretera|de noche)\b/g,
];

/** Replaces idiomatic spans with "_" so patterns cannot match across or inside them. */
export function maskIdioms(normalized: string): string {
  let s = normalized;
  for (const idiom of IDIOMS) s = s.replace(idiom, '_');
  return s;
}
