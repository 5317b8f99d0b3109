import type { Locale } from "../locale";

/**
 * The words that decide how a match is read in context, per language: negation, who is speaking,
 * who acts, whether it is a film or the news, an accident. Every list is plain data, reviewed like
 * the rules themselves (see docs/design/safety-signals.md).
 */
export interface ContextCues {
  /** Single words that negate what follows ("not", "never"; "pas", "jamais"). */
  negations: ReadonlySet<string>;
  /** Words after which an earlier negation no longer reaches ("but", "and"; "mais", "et"). */
  negationStops: ReadonlySet<string>;
  /** Verbs whose own negation is a hedge, not a denial: "I don't know why I want to die". */
  hedgeVerbs: ReadonlySet<string>;
  /** Words that mark the writer: "i", "me", "my"; "je", "moi", "ma". */
  firstPerson: ReadonlySet<string>;
  /** First-person words that, inside a match, make the writer explicit ("kill myself"). */
  explicitSelf: ReadonlySet<string>;
  /** Pronouns and nouns for anyone else. */
  otherPerson: ReadonlySet<string>;
  /** Things that "die" or "are dead" in ordinary talk: a phone, a plant, a party. */
  things: ReadonlySet<string>;
  /** Subject pronouns that can introduce a quotation ("he said"). */
  speakers: ReadonlySet<string>;
  /** Words after "il" that make it impersonal ("il faut", "il y a"). */
  impersonalAfterIl: ReadonlySet<string>;
  /** Words for a partner or former partner. */
  partner: ReadonlySet<string>;
  /** People whose control is outside this detector's scope (a parent, a boss, a doctor) and circumstances ("visa"). */
  notPartner: ReadonlySet<string>;
  /** The circumstances and authorities among them, which may also come after the words ("until my visa comes"). */
  circumstances: ReadonlySet<string>;
  /** Words that frame what follows as a song, a film, a book or the news. */
  media: ReadonlySet<string>;
  /** Verbs of saying and thinking that attribute a quotation. */
  speechVerbs: ReadonlySet<string>;
  /** Words that make an injury an accident ("cooking", "fell"). */
  accident: ReadonlySet<string>;
  /** Words that make a quotation banter ("as a joke", "pour rire"). */
  jokes: ReadonlySet<string>;
  /** "if" and the word that makes it a mere possibility ("ever"). */
  hypothetical: { ifWords: ReadonlySet<string>; everWords: ReadonlySet<string> };
  /**
   * A crisis told as clearly over: a time long past ("used to", "years ago"), a word of it being over
   * ("proud", "behind me"), and no word of it coming back ("again", "relapsed"). Phrases of words.
   */
  resolvedPast: { past: readonly string[]; resolved: readonly string[]; recurring: readonly string[] };
}

const phrases = (text: string) =>
  text
    .split(/\s*\|\s*/)
    .map((p) => p.trim())
    .filter(Boolean);

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

const english: ContextCues = {
  negations: set("not never no nor neither without hardly"),
  negationStops: set(", | _q_ but and because so though although yet except or then cause while"),
  hedgeVerbs: set("sure know understand explain tell remember idea certain stop help quit"),
  firstPerson: set("i me my myself mine"),
  explicitSelf: set("i me my myself mine"),
  otherPerson: set(`he she they him her his hers them their theirs himself herself themselves you your yours
    yourself friend friends brother sister mum mom mother dad father parent parents son daughter kid kids
    child children cousin aunt uncle grandma grandpa grandmother grandfather nan colleague coworker boss
    neighbour neighbor roommate flatmate classmate student students patient client someone somebody
    people person guy girl boy man woman teen teenager singer actor actress celebrity character author
    writer rapper partner boyfriend girlfriend husband wife ex everyone everybody we us our`),
  things: set(`phone battery laptop computer plant plants flowers car engine conversation party vibe joke mood
    fish goldfish tree trees garden signal wifi bulb tv printer show series band trend app game hamster
    dog cat pet`),
  speakers: set(`i he she they we you partner boyfriend girlfriend husband wife ex friend mum mom dad
    mother father boss sister brother someone character singer`),
  impersonalAfterIl: set(""),
  partner: set("partner boyfriend girlfriend husband wife fiance fiancee spouse ex"),
  notPartner: set(`mum mom mother dad father parents parent boss manager teacher doctor landlord coach police
    officer policeman policewoman guard
    grandma grandpa brother sister son daughter kids kid children child visa permit contract therapist
    school company policy rules law`),
  circumstances: set(
    "visa permit contract doctor therapist school company policy rules law injury knee surgery",
  ),
  media: set(`song songs lyric lyrics film films movie movies show series episode book books novel poem
    character characters article articles news headline headlines documentary podcast video videos
    tiktok meme memes play game scene chapter tweet thread read rapper singer band album trailer report
    study word phrase track title titled`),
  speechVerbs: set(`said say says saying told tell tells telling wrote write writes writing texted text
    texts typed yelled yells screamed screams shouted shouts whispered whispers asked asks replied
    replies answered goes went sings sang sing thought think thinking repeat repeating repeated messaged
    posted warned like`),
  accident: set(`accidentally accident cooking chopping slicing peeling shaving kitchen gym lifting
    running playing football soccer rugby tennis training workout hiking skiing climbing fell falling
    slipped tripped dancing gardening laughing moving carrying opening paper nail stairs bike cycling
    sport oven stove iron kettle pan tray cupboard door corner shelf hob making baking frying ironing
    grilling boiling`),
  jokes: set("joke joking jokingly kidding laughed teasing banter"),
  hypothetical: { ifWords: set("if imagine suppose"), everWords: set("ever") },
  resolvedPast: {
    past: phrases(`used to | years ago | year ago | when i was | as a teenager | as a teen | as a kid | as a child |
      in my teens | in high school | at school | at uni | in college | in the past | back then | a long time ago |
      long ago | in my twenties`),
    resolved:
      phrases(`proud | grateful | glad | thankful | behind me | recovered | recovery | clean | healed |
      better now | still here | over it | survived | made it | doing well | doing better | much better | happy now |
      no longer | not anymore | never again | gone now | free | left him | left her | safe now | far away now |
      in a good place | how far i have come | so much better | i am okay now | i am fine now`),
    recurring:
      phrases(`again | back | relapse | relapsed | relapsing | lately | recently | returning | returned |
      these days | creeping`),
  },
};

const french: ContextCues = {
  negations: set("pas jamais plus ni aucun aucune rien sans non"),
  negationStops: set(", | _q_ mais et car parce donc puis ou alors pourtant sauf quand"),
  hedgeVerbs: set(
    "sais sait savais comprends comprend explique sure sur certain certaine arrete arretais cesse",
  ),
  firstPerson: set("je me moi mon ma mes"),
  explicitSelf: set("je moi ma mes mon"),
  otherPerson: set(`il elle ils elles lui leur leurs son sa ses se tu te toi vous ton ta tes votre vos ami
    amie amis amies pote potes copain copine frere soeur mere pere maman papa parents fils fille enfant
    enfants cousin cousine tante oncle collegue patron patronne chef cheffe voisin voisine coloc
    quelqu gens homme femme garcon mec meuf chanteur chanteuse acteur actrice personnage auteur
    rappeur mari conjoint conjointe compagnon compagne partenaire ex nous notre nos on`),
  things: set(`telephone portable batterie ordi ordinateur plante plantes fleurs voiture moteur conversation
    soiree ambiance blague poisson arbre arbres jardin wifi ampoule tele imprimante serie jeu appli chien
    chat animal`),
  speakers: set(`je il elle ils elles on tu vous nous copain copine mari femme conjoint conjointe
    compagnon compagne partenaire ex mec ami amie mere pere maman papa chef personnage chanteur
    chanteuse`),
  impersonalAfterIl: set("faut y fait pleut reste semble parait suffit vaut arrive manque est"),
  partner: set(
    "copain copine mari femme conjoint conjointe compagnon compagne partenaire ex mec meuf cheri cherie fiance fiancee epoux epouse",
  ),
  notPartner:
    set(`mere pere maman papa parents patron patronne chef cheffe responsable manager superieur superieure directeur directrice policier policiere gendarme vigile agent prof professeur medecin
    docteur proprio proprietaire coach frere soeur fils fille enfants enfant visa contrat ecole
    entreprise reglement loi psy`),
  circumstances: set(
    "visa contrat medecin docteur psy ecole entreprise reglement loi blessure genou operation",
  ),
  media: set(`chanson chansons paroles film films serie series episode livre livres roman poeme
    personnage personnages article articles infos info actualite actualites documentaire podcast video
    videos tiktok citation piece jeu scene chapitre tweet emission reportage lu chanteur
    chanteuse rappeur album etude mot expression titre groupe morceau`),
  speechVerbs: set(`dit dis disait dire ecrit ecris ecrire crie criait hurle hurlait repete repetait
    murmure demande repond pense pensais chante envoye texte menace lance balance fait poste publie
    partage`),
  accident: set(`accident cuisinant cuisine coupant epluchant rasant bricolant jardinant tombant tombe
    tombee glisse glissant sport foot football entrainement muscu course courant ski escalade riant
    papier ouvrant velo escaliers placard porte table meuble etagere four bouilloire`),
  jokes: set("blague blagues rire rigoler rigolait ri plaisanter plaisantait plaisanterie"),
  hypothetical: { ifWords: set("si imagine imaginons"), everWords: set("jamais") },
  resolvedPast: {
    past: phrases(`il y a des annees | il y a longtemps | il y a dix ans | il y a deux ans | il y a trois ans |
      quand je etais | au lycee | au college | a la fac | ado | adolescente | adolescent | plus jeune | autrefois |
      a une epoque | a le epoque | dans le passe | jadis | pendant des annees`),
    resolved:
      phrases(`fiere | fier | heureuse | heureux | reconnaissante | reconnaissant | derriere moi | guerie |
      gueri | sortie de | sorti de | va mieux | vais mieux | encore la | soulagee | soulage | plus jamais | ca fait |
      survecu | tiree de la | tire de la | libre | je le ai quitte | je la ai quittee | ce est fini | je vais bien |
      ca va mieux | loin derriere`),
    recurring:
      phrases(`recommence | recommencer | revient | reviennent | revenu | revenue | revenues | rechute |
      rechuter | ces temps | depuis peu | de nouveau | a nouveau | encore une fois`),
  },
};

/** The context cues of a language. O(1). */
export function contextCues(locale: Locale): ContextCues {
  return locale === "fr" ? french : english;
}
