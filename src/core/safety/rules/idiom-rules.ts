import type { IdiomRule } from "../types";
import { anyOf, gap } from "./pattern-parts";

// Figures of speech that borrow the words of a real signal. They are masked before any rule runs,
// so "I'm dying to see her" or "je meurs de rire" never reach a crisis rule. Each carries a
// sentence it must mask.

/** English idioms masked before the rules run. Each masks its own `example` (tested). */
export const englishIdioms: IdiomRule[] = [
  {
    id: "en.idiom.dying-to",
    locale: "en",
    pattern: `dying ${anyOf("to", "for")} [a-z]+`,
    example: "I'm dying to see her again.",
  },
  {
    id: "en.idiom.die-of",
    locale: "en",
    pattern: anyOf(
      `${anyOf("die", "dying", "died", "dies", "dead")} ${anyOf("of", "from", "with")} (?!an overdose|overdose|suicide|cancer)[a-z]+`,
      `${anyOf("die", "dying", "died", "dead")} ${anyOf("laughing", "of laughter", "inside")}`,
    ),
    example: "I nearly died of embarrassment.",
  },
  {
    id: "en.idiom.laughed-till-i-died",
    locale: "en",
    pattern: `${anyOf("laugh", "laughed", "laughing", "laughs", "laughter", "giggling", "cracking up")} ${gap(6)}${anyOf("die", "died", "dying", "dead")}`,
    example: "We laughed so hard we nearly died.",
  },
  {
    id: "en.idiom.death-of-me",
    locale: "en",
    pattern: `${anyOf("the death of me", "the end of me", "be my death")}`,
    example: "This traffic will be the death of me.",
  },
  {
    id: "en.idiom.thought-i-would-die",
    locale: "en",
    pattern: `${anyOf("thought", "felt like", "felt as if", "felt as though", "sure", "convinced", "scared", "afraid", "terrified")} (?:that )?i ${anyOf("was", "am", "were", "would", "might")} ${anyOf("going to die", "about to die", "die", "dying", "having a heart attack")}`,
    example: "During the panic attack I felt like I was going to die.",
  },
  {
    id: "en.idiom.dye-my-hair",
    locale: "en",
    pattern: `${anyOf("dying", "died", "die", "dye", "dyed")} ${anyOf("my", "her", "his", "their", "the", "our")} ${anyOf("hair", "roots", "beard", "clothes", "shirt", "shirts", "jeans", "eyebrows", "fabric", "wool", "eggs")}`,
    example: "I'm dying my hair blue tomorrow.",
  },
  {
    id: "en.idiom.death-as-a-name",
    locale: "en",
    pattern: `death ${anyOf("metal", "penalty", "toll", "rate", "rates", "star", "row", "sentence", "trap", "valley", "stare", "grip", "knell")}`,
    example: "We listened to death metal all night.",
  },
  {
    id: "en.idiom.cut-myself-some-slack",
    locale: "en",
    pattern: anyOf(
      `${anyOf("cut", "cutting", "cuts")} ${anyOf("myself", "me")} ${anyOf("some slack", "a break", "a piece", "a slice", "short")}`,
      `${anyOf("burn", "burned", "burnt", "burning")} myself out`,
      `${anyOf("overdose", "overdosed", "overdosing")} on ${anyOf("chocolate", "sugar", "caffeine", "coffee", "netflix", "tv", "telly", "series", "cake", "sweets", "candy", "junk food", "carbs", "pizza", "work", "meetings", "news", "social media", "memes")}`,
    ),
    example: "I'm learning to cut myself some slack.",
  },
  {
    id: "en.idiom.that-is-suicide",
    locale: "en",
    pattern: `${anyOf("it is", "that is", "it would be", "that would be", "it was", "that was", "be")} ${anyOf("pure ", "social ", "career ", "political ")}?suicide(?! ${anyOf("note", "notes", "letter")}(?= ))`,
    example: "Wearing heels on that hike would be suicide.",
  },
  {
    id: "en.idiom.kill-me-if-i-forget",
    locale: "en",
    pattern: `kill me if i ${anyOf("forget", "forgot", "miss", "missed", "am late", "was late", "spill", "break", "lose", "eat", "ate", "finish", "spoil", "scratch", "crash", "dent", "burn", "do not call", "do not text", "do not come", "do not tidy", "do not clean", "wake", "tell anyone about the surprise")}`,
    example: "She'll kill me if I forget our anniversary again.",
  },
  { id: "en.idiom.to-die-for", locale: "en", pattern: "to die for", example: "That cake was to die for." },
  {
    id: "en.idiom.killing-it",
    locale: "en",
    pattern: `${anyOf("killing", "killed", "kills", "kill")} it(?! all)`,
    example: "She is absolutely killing it at work.",
  },
  {
    id: "en.idiom.is-killing-me",
    locale: "en",
    pattern: `${anyOf("is", "are", "was", "were", "been", "keeps", "kept", "will be")} (?:really |literally |absolutely |slowly |so )?killing me`,
    example: "This project is killing me.",
  },
  {
    id: "en.idiom.kill-time",
    locale: "en",
    pattern: `${anyOf("kill", "killing", "killed")} ${anyOf("time", "the mood", "the vibe", "the lights", "the engine", "two birds", "the conversation", "some time", "an hour", "the hours", "the music")}`,
    example: "We played cards to kill time.",
  },
  {
    id: "en.idiom.kill-for",
    locale: "en",
    pattern: `${anyOf("would", "could")} kill for (?:a|an|some|the)`,
    example: "I'd kill for a nap right now.",
  },
  {
    id: "en.idiom.kill-me-now",
    locale: "en",
    pattern: "kill me now",
    example: "Another budget meeting, kill me now.",
  },
  {
    id: "en.idiom.so-tired-i-could-die",
    locale: "en",
    pattern: `${anyOf("so", "too")} [a-z]+ (?:that )?i could (?:just |literally )?die`,
    example: "I'm so tired I could die.",
  },
  {
    id: "en.idiom.dead-tired",
    locale: "en",
    pattern: `dead ${anyOf("tired", "on my feet", "beat", "serious", "set", "wrong", "right", "easy", "quiet", "boring", "last", "centre", "center", "end", "ahead", "silent", "asleep", "funny", "good", "cute", "gorgeous")}`,
    example: "I'm dead tired after that shift.",
  },
  {
    id: "en.idiom.to-death",
    locale: "en",
    pattern: `${anyOf("bored", "scared", "worried", "frightened", "terrified", "tickled", "sick", "tired", "freezing", "starving", "love", "loved", "loves", "laughed")} to death`,
    example: "I was bored to death in that lecture.",
  },
  {
    id: "en.idiom.rather-die-than",
    locale: "en",
    pattern: `${anyOf("rather", "sooner")} ${anyOf("die", "be dead")} than(?! ${anyOf("feel", "live", "keep", "go on", "go through", "live through", "be like", "wake up", "face", "carry on", "continue", "exist", "spend another", "another", "endure", "survive", "suffer", "do this", "be here", "be alive")}(?= ))`,
    example: "I'd rather die than sing in public.",
  },
  {
    id: "en.idiom.over-my-dead-body",
    locale: "en",
    pattern: "over my dead body",
    example: "A tattoo? Over my dead body.",
  },
  {
    id: "en.idiom.die-hard",
    locale: "en",
    pattern: anyOf("die hard", "die hards", "dying breed", "dying art", "dying battery"),
    example: "He's a die hard fan of that band.",
  },
  {
    id: "en.idiom.could-kill-myself-for",
    locale: "en",
    pattern: `${anyOf("could", "should")} (?:have )?(?:just )?kill(?:ed)? myself ${anyOf("for", "over")} ${anyOf("forgetting", "missing", "not", "saying", "losing", "being", "leaving", "that")}`,
    example: "I could kill myself for forgetting her birthday.",
  },
  {
    id: "en.idiom.killing-myself-working",
    locale: "en",
    pattern: `killing myself ${anyOf("to", "at work", "at the gym", "over", "trying", "working", "with work", "for this", "for that", "for them", "for him", "for her", "studying", "on this", "laughing")}`,
    example: "I've been killing myself at work for this promotion.",
  },
  {
    id: "en.idiom.suicide-as-adjective",
    locale: "en",
    pattern: `suicide ${anyOf("squad", "mission", "run", "runs", "door", "doors", "prevention", "awareness", "rate", "rates", "statistics", "bomber", "bombers", "bombing", "bomb", "drill", "drills", "sprint", "sprints", "pass", "blonde")}`,
    example: "This deadline is a suicide mission.",
  },
  {
    id: "en.idiom.hit-me-up",
    locale: "en",
    pattern: `${anyOf("hit", "hits")} me up`,
    example: "Hit me up when you land.",
  },
  {
    id: "en.idiom.beat-me-at",
    locale: "en",
    pattern: `${anyOf("beat", "beats", "beating")} me ${anyOf("at", "in", "to it", "to the")}`,
    example: "She beat me at chess again.",
  },
  {
    id: "en.idiom.pushed-me-to",
    locale: "en",
    pattern: `${anyOf("pushed", "pushes", "pushing", "push")} me ${anyOf("to", "into")} (?!the |a |my |his |her |against |down |over )[a-z]+`,
    example: "My partner pushed me to apply for the job.",
  },
  {
    id: "en.idiom.grabbed-me-a",
    locale: "en",
    pattern: `${anyOf("grabbed", "grabs", "grab", "threw", "throws")} me ${anyOf("a", "an", "some", "one")}(?! ${anyOf("glass", "plate", "bottle", "cup", "mug", "chair", "phone", "shoe", "punch", "slap", "look of")}(?= ))`,
    example: "He grabbed me a coffee on the way.",
  },
];

/** Expressions françaises masquées avant les règles ; chacune masque son `example` (testé). */
export const frenchIdioms: IdiomRule[] = [
  {
    id: "fr.idiom.mourir-de",
    locale: "fr",
    pattern: `${anyOf("mourir", "meurs", "meurt", "meurent", "mourait", "mourais", "mourrai", "mourrais", "mourra", "mort", "morte", "morts", "mortes", "crever", "creve", "creves", "crevais", "crevait", "crevee", "crevera")} de (?!chagrin|tristesse|overdose|le suicide|etre en vie|etre la|exister|vivre|la vie)[a-z]+`,
    example: "Je meurs de rire devant cette vidéo.",
  },
  {
    id: "fr.idiom.a-mourir",
    locale: "fr",
    pattern: anyOf(
      `${anyOf("triste", "tristes", "ennuyeux", "ennuyeuse", "beau", "belle", "bete", "simple", "chiant", "chiante", "drole", "fatigant", "fatigante", "mignon", "mignonne", "bon", "bonne", "lent", "lente", "long", "longue", "froid", "chaud", "fort", "jolie", "joli", "nul", "nulle")} a mourir`,
      "a en mourir",
      `${anyOf("ennuie", "ennuyais", "ennuyait", "ennuyee", "ennuye", "etait", "est", "sont", "etaient", "serait")} a mourir`,
      "a mort(?! (?:de|du|des)(?= ))",
    ),
    example: "Ce film était triste à mourir.",
  },
  {
    id: "fr.idiom.ca-me-tue",
    locale: "fr",
    pattern: `${anyOf("ca", "cela", "tu", "vous", "ce truc", "ce boulot", "ce travail", "ce projet", "ces gamins", "les enfants", "ce rhume", "cette chaleur", "cette semaine", "ce livre", "cette serie")} ${anyOf("me", "va me", "vont me", "vas me", "allez me")} ${anyOf("tue", "tues", "tuez", "tuent", "tuer", "achever")}`,
    example: "Ce projet me tue.",
  },
  {
    id: "fr.idiom.se-tuer-a",
    locale: "fr",
    pattern: `${anyOf("me", "se", "te")} ${anyOf("tue", "tuer", "tuais", "tuait", "suis tue", "suis tuee", "tues", "tuent")} ${anyOf("a", "au", "aux")} [a-z]+`,
    example: "Je me tue à lui répéter de ranger ses affaires.",
  },
  {
    id: "fr.idiom.tuer-le-temps",
    locale: "fr",
    pattern: `${anyOf("tuer", "tue", "tuait")} ${anyOf("le temps", "dans le oeuf", "le game", "le match", "le suspense", "le amour")}`,
    example: "On a joué aux cartes pour tuer le temps.",
  },
  {
    id: "fr.idiom.reve-que-je-mourais",
    locale: "fr",
    pattern: `${anyOf("reve", "revais", "cauchemar", "cauchemars", "songe")} ${anyOf("que", "ou")} ${anyOf("je", "on")} ${gap(2)}${anyOf("mourais", "mourrais", "etais morte?", "meurs", "mourir", "mourrai")}`,
    example: "J'ai rêvé que je mourais et je me suis réveillée en riant.",
  },
  {
    id: "fr.idiom.c-est-mort",
    locale: "fr",
    pattern: anyOf(
      `(?<!(?:sortie|issue|solution|option|echappatoire|seule chose|reponse) )${anyOf("ce est", "ca est", "cest")} ${anyOf("mort", "la mort", "mortel")}`,
      `${anyOf("ce est", "ce serait", "ce etait", "ca serait", "ca serait du")} ${anyOf("du ", "un ")}?suicide`,
      `${anyOf("plan", "projet", "idee", "mission", "choix", "strategie", "pari", "course")} ${gap(2)}suicidaire`,
      `overdose de ${anyOf("chocolat", "sucre", "cafe", "series", "netflix", "boulot", "travail", "reunions", "bonbons", "gateaux", "infos", "reseaux")}`,
    ),
    example: "Pour le concert c'est mort, il n'y a plus de places.",
  },
  {
    id: "fr.idiom.me-tuer-si-j-oublie",
    locale: "fr",
    pattern: `me tuer ${anyOf("si je", "si je ne")} ${anyOf("oublie", "rate", "suis en retard", "arrive en retard", "casse", "perds", "mange", "finis", "abime", "raye", "rentre tard", "appelle pas", "range pas")}`,
    example: "Ma copine va me tuer si j'oublie encore notre anniversaire.",
  },
  {
    id: "fr.idiom.plus-mort-que-vif",
    locale: "fr",
    pattern: anyOf(
      "plus mort que vif",
      "plus morte que vive",
      "la mort dans le ame",
      "mort de rire",
      "mdr",
      "ptdr",
    ),
    example: "Je suis rentrée plus morte que vive.",
  },
  {
    id: "fr.idiom.sous-terre",
    locale: "fr",
    pattern: `${anyOf("disparaitre", "rentrer", "me cacher", "cacher")} sous terre`,
    example: "J'avais envie de disparaître sous terre.",
  },
  {
    id: "fr.idiom.en-finir-avec-une-tache",
    locale: "fr",
    pattern: anyOf(
      `${anyOf("hate", "presse", "pressee", "pressees", "presses")} de en finir`,
      `en finir avec ${anyOf("ce", "cette", "ces", "le", "les", "mon", "mes", "un", "une", "son", "ses", "cet", "sa", "la(?! vie)", "ma(?! vie)")} [a-z]+`,
    ),
    example: "J'ai hâte d'en finir avec ces examens.",
  },
  {
    id: "fr.idiom.se-couper-du-monde",
    locale: "fr",
    pattern: `me ${anyOf("suis ")}?${anyOf("couper", "coupe", "coupee", "coupes", "coupais")} ${anyOf("du monde", "de tout", "des autres", "de mes amis", "de mes amies", "de mes proches", "de les reseaux", "des reseaux")}`,
    example: "Je me coupe du monde ce week-end pour me reposer.",
  },
  {
    id: "fr.idiom.plutot-mourir-que",
    locale: "fr",
    pattern: `${anyOf("prefere", "prefererais", "plutot", "aimerais mieux")} ${anyOf("mourir", "crever")} ${anyOf("que", "plutot que")}(?! ${anyOf("de ")}?${anyOf("revivre", "vivre", "continuer", "supporter", "endurer", "subir", "passer encore", "passer une autre", "recommencer", "affronter", "me reveiller", "survivre", "tenir", "encore", "rester en vie")}(?= ))`,
    example: "Je préférerais mourir que de chanter devant eux.",
  },
  {
    id: "fr.idiom.pousse-a",
    locale: "fr",
    pattern: `me ${anyOf("pousse", "poussait", "a pousse", "a poussee", "poussent")} a (?!terre|le |la |les |travers|coucher|avoir|faire|des |lui |bout)[a-z]+`,
    example: "Mon copain me pousse à postuler pour ce poste.",
  },
  {
    id: "fr.idiom.tape-sur-les-nerfs",
    locale: "fr",
    pattern: `${anyOf("tape", "tapait", "tapent")} sur ${anyOf("les nerfs", "le systeme", "le haricot")}`,
    example: "Il me tape sur les nerfs ce matin.",
  },
  {
    id: "fr.idiom.bat-aux-jeux",
    locale: "fr",
    pattern: `${anyOf("bat", "battait", "a battu", "a battue", "bats")} (?:toujours |encore |souvent |tout le temps )?${anyOf("a", "au", "aux")} (?!coups)[a-z]+`,
    example: "Il me bat toujours aux échecs.",
  },
  {
    id: "fr.idiom.prevention-du-suicide",
    locale: "fr",
    pattern: anyOf(
      `${anyOf("prevention", "prevenir", "lutte contre")} ${anyOf("du", "de le", "le")} suicide`,
      "mission suicide",
      "suicide commercial",
    ),
    example: "Il y avait une conférence sur la prévention du suicide au travail.",
  },
];
