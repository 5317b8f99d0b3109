import type { SignalRule } from "../types";
import { anyOf, gap, optional } from "./pattern-parts";

// Signes de crise en français (texte sans accents, élisions développées : « j'ai » -> « je ai »,
// « d'en finir » -> « de en finir »). La négation, les tiers, les médias et les citations sont
// jugés ensuite (context-cues.ts) ; une règle ne nomme que la tournure.

const soft = optional(
  "juste | vraiment | tellement | simplement | parfois | souvent | encore | toujours | deja | presque | carrement | franchement | meme | bien | trop | si | tout | seulement | grave | limite | un peu | sincerement | serieusement | de plus en plus",
);
/** « en finir » seulement quand la suite dit la vie, tout, ou maintenant (pas « en finir avec ce dossier »). */
const endIt = `en finir(?= (?:,|\\||avec (?:la vie|ma vie|tout|moi|cette vie|la souffrance|mes jours)|une bonne fois|pour de bon|ce soir|maintenant|definitivement|aujourd hui|demain|bientot)(?= ))`;
const toDie = anyOf(
  "mourir",
  "crever",
  "me tuer",
  "me suicider",
  "me foutre en le air",
  "mettre fin a (?:mes jours|ma vie|tout)",
  "disparaitre (?:pour toujours|a jamais|pour de bon|definitivement)",
  "ne plus (?:exister|etre la|me reveiller|vivre|etre en vie)",
  "plus (?:exister|me reveiller|etre en vie)",
  "ne jamais me reveiller",
  "partir pour de bon",
  "dormir pour toujours",
  "etre mort",
  "etre morte",
  "ne jamais etre nee?",
  "ne jamais avoir existe",
  endIt,
);
const pills = anyOf(
  "cachets",
  "medicaments",
  "comprimes",
  "somniferes",
  "pilules",
  "medocs",
  "anxiolytiques",
  "antidepresseurs",
  "doliprane",
  "paracetamol",
);
/** Après « vivre » : un lieu, une compagnie ou une manière, ce n'est plus la vie elle-même. */
const notAPlace =
  "(?! (?:ici|a|au|aux|avec|dans|en|comme|chez|la bas|seul|seule|ensemble|sans|sous|pres|loin|ce|cette|le|la|les|mon|ma|mes|quand|pour|demain|sur)(?= ))";

export const frenchCrisisRules: SignalRule[] = [
  {
    id: "fr.crisis.envie-de-mourir",
    signal: "crisis",
    locale: "fr",
    pattern: `${anyOf("envie", "besoin", "desir", "gout", "tentation")} de ${soft}${toDie}`,
    example: "Ce soir j'ai juste envie de mourir.",
  },
  {
    id: "fr.crisis.veux-mourir",
    signal: "crisis",
    locale: "fr",
    pattern: `${anyOf("veux", "voudrais", "voulais", "aimerais", "aimerai", "prefererais", "souhaite", "souhaiterais", "souhaitais", "reve de", "revais de")} ${soft}${toDie}`,
    example: "Je veux mourir, je n'en peux plus.",
  },
  {
    id: "fr.crisis.vais-me-tuer",
    signal: "crisis",
    locale: "fr",
    pattern: `${anyOf("vais", "va", "allais", "irai", "compte", "pense", "ai decide de", "suis prete a", "suis pret a")} ${soft}${anyOf("me tuer", "me suicider", endIt, "me foutre en le air", "mettre fin a (?:mes jours|ma vie)", "passer a le acte")}`,
    example: "Je crois que je vais me tuer.",
  },
  {
    id: "fr.crisis.me-tuer",
    signal: "crisis",
    locale: "fr",
    pattern: anyOf(
      "me tuer",
      "me suicider",
      "me suis suicidee?",
      "me foutre en le air",
      "me fous en le air",
      "mettre fin a mes jours",
      "mettre fin a ma vie",
      "mettre un terme a (?:ma vie|mes jours)",
      "me pendre",
      "me jeter (?:sous|du|de le|de la|par|dans|depuis)",
      "me defenestrer",
      "me noyer",
      "me tirer une balle",
      "me ouvrir les veines",
      "me couper les veines",
      "me trancher les veines",
      "me taillader",
      "me mutiler",
      "me laisser mourir",
      `me ${anyOf("faire", "fais", "suis fait", "suis faite", "ferai", "ferais", "refaire")} (?:du|de le) mal`,
      "me blesser (?:expres|volontairement)",
    ),
    example: "J'ai pensé à me jeter sous un train.",
  },
  {
    id: "fr.crisis.suicide",
    signal: "crisis",
    locale: "fr",
    pattern: anyOf(
      `(?<! (?:un|le|son|sa|leur|ses|leurs) )${anyOf("suicide", "suicider", "suicidaire", "suicidaires", "suicidee", "suicides")}`,
      `${anyOf("idees", "idee", "pensees", "pensee")} ${anyOf("noires", "noire", "suicidaires", "de mort", "sombres")}`,
    ),
    example: "J'ai des idées noires depuis quelques jours.",
  },
  {
    id: "fr.crisis.scarification",
    signal: "crisis",
    locale: "fr",
    pattern: anyOf(
      anyOf(
        "scarifier",
        "scarifie",
        "scarifiee",
        "scarifiais",
        "scarification",
        "scarifications",
        "scarifications",
      ),
      anyOf("automutilation", "automutile", "automutilee", "auto mutilation", "mutilation"),
      `me ${anyOf("couper", "coupe", "coupais", "suis coupe", "suis coupee", "suis encore coupe", "suis encore coupee", "suis recoupee?")}(?= (?:,|\\||encore|les bras|le bras|les poignets|le poignet|les cuisses|la peau|expres|volontairement|a nouveau|de nouveau|pour)(?= ))`,
      `me ${anyOf("bruler", "brule", "brulais", "suis brule", "suis brulee")}(?= (?:,|\\||encore|expres|volontairement|a nouveau|avec une cigarette|avec un briquet)(?= ))`,
      `${anyOf("envie", "besoin", "pulsion", "pulsions")} de me ${anyOf("couper", "bruler", "blesser", "faire du mal", "faire de le mal", "scarifier", "frapper", "griffer")}`,
    ),
    accidentCheck: true,
    example: "Je me suis encore scarifiée hier soir.",
  },
  {
    id: "fr.crisis.plus-envie-de-vivre",
    signal: "crisis",
    locale: "fr",
    pattern: anyOf(
      `${anyOf("plus", "pas", "aucune", "jamais", "moins en moins", "plus aucune")} ${anyOf("envie", "le gout", "la force", "la moindre envie", "le courage", "le desir")} (?:de |a )?${anyOf("vivre", "continuer a vivre", "rester en vie", "etre en vie", "exister", "me reveiller", "continuer", "me battre")}${notAPlace}`,
      `${anyOf("veux", "voulais", "voudrais", "souhaite", "peux")} ${anyOf("plus", "pas")} ${soft}${anyOf("vivre", "exister", "etre la", "etre en vie", "rester en vie", "continuer a vivre")}${notAPlace}`,
      `${anyOf("veux", "voulais", "voudrais")} plus ${soft}me reveiller`,
    ),
    negationInside: true,
    example: "Je n'ai plus envie de vivre.",
  },
  {
    id: "fr.crisis.aucune-raison-de-vivre",
    signal: "crisis",
    locale: "fr",
    pattern: anyOf(
      `${anyOf("aucune", "pas de", "plus de", "plus aucune", "aucun", "pas une", "pas la moindre", "plus aucun")} ${anyOf("raison", "sens", "interet", "but", "espoir")} (?:de |a )${anyOf("vivre", "continuer", "exister", "rester", "me lever", "me battre")}${notAPlace}`,
      `vie (?:ne )?${anyOf("a", "vaut", "valait", "avait")} ${anyOf("plus", "pas", "aucun", "aucune", "plus aucun", "plus aucune")}(?: de)? ${anyOf("sens", "le coup", "la peine", "interet", "valeur")}`,
      `a quoi ${anyOf("bon", "sert de", "ca sert de")} ${anyOf("vivre", "continuer", "exister", "me lever le matin", "rester en vie")}${notAPlace}`,
      `${anyOf("rien", "plus rien", "personne")} ne me ${anyOf("retient", "rattache", "retient plus", "rattache plus")}(?: ici| a la vie| en vie)?`,
    ),
    negationInside: true,
    example: "Ma vie n'a plus aucun sens.",
  },
  {
    id: "fr.crisis.marre-de-vivre",
    signal: "crisis",
    locale: "fr",
    pattern: `${anyOf("marre", "assez", "fatigue", "fatiguee", "lasse", "las", "epuise", "epuisee", "usee", "use", "degoutee?")} de ${anyOf("vivre", "la vie", "exister", "etre en vie", "etre vivante?", "me reveiller chaque matin")}(?! (?:de|parisienne|en|a|au|professionnelle|quotidienne|ici|la bas|comme|avec|dans|chez|sans)(?= ))`,
    example: "J'en ai marre de vivre.",
  },
  {
    id: "fr.crisis.mieux-sans-moi",
    signal: "crisis",
    locale: "fr",
    pattern: anyOf(
      "mieux sans moi",
      `${anyOf("personne", "nul")} ne ${gap(2)}${anyOf("remarquerait", "regretterait", "verrait", "pleurerait", "remarquera", "regrettera", "rendrait compte", "soucierait", "ferait attention", "manquerait")}(?: de)? ${anyOf("ma mort", "ma disparition", "si je (?:mourais|partais|disparaissais|etais morte?|me tuais|ne etais plus la)", "quand je (?:serai morte?|ne serai plus la)")}`,
      `${anyOf("un poids", "un fardeau", "une charge")} pour ${anyOf("tout le monde", "tous", "ma famille", "mes proches", "les autres", "tout mon entourage", "mes enfants")}`,
    ),
    example: "Tout le monde serait mieux sans moi.",
  },
  {
    id: "fr.crisis.moyens",
    signal: "crisis",
    locale: "fr",
    pattern: anyOf(
      `${anyOf("avale", "avaler", "pris", "prendre", "prends", "prenais", "vider", "vide")} ${anyOf("toute la boite", "toute la plaquette", "tout le tube", "tout le flacon", "toute ma boite", "tous mes", "tous les", "toutes mes", "toutes les", "une boite de", "une plaquette de", "trop de", "plein de", "tout un tube de")} (?:de )?${pills}`,
      `${anyOf("stocke", "stocker", "stockais", "garde", "garder", "mets de cote", "mis de cote", "accumule", "accumuler", "compte", "compter", "ai compte")} (?:tous |toutes )?(?:mes |des |les )?${pills}`,
      anyOf("overdose", "surdose"),
      `${anyOf("sauter", "me jeter", "me lancer", "sauterai", "saute")} ${anyOf("du", "de le", "de un", "de une", "de la", "depuis le", "depuis un", "par la", "sous (?:un|le|une|la)")} ${anyOf("pont", "toit", "balcon", "fenetre", "train", "metro", "immeuble", "falaise", "voiture", "camion", "rer", "tram", "haut")}`,
      `${anyOf("lettre", "lettres", "mot", "mots")} de adieu`,
      `${anyOf("acheter", "achete", "trouve", "prepare")} une corde`,
    ),
    example: "J'ai stocké des cachets au cas où.",
  },
  {
    id: "fr.crisis.plus-la",
    signal: "crisis",
    locale: "fr",
    pattern: anyOf(
      `${anyOf("serai", "serais")} ${soft}(?:bientot )?plus la ${anyOf("pour (?:tres )?longtemps", "demain", "bientot", "a noel", "le mois prochain", "la semaine prochaine")}`,
      "plus la pour (?:tres )?longtemps",
    ),
    negationInside: true,
    example: "Je ne serai plus là pour très longtemps.",
  },
  {
    id: "fr.crisis.ne-peux-plus-continuer",
    signal: "crisis",
    locale: "fr",
    pattern: `je (?:ne )?${anyOf("peux", "pourrai", "arrive", "tiens")} ${anyOf("plus", "pas")} (?:a )?${anyOf("continuer", "tenir", "survivre", "supporter la vie", "supporter de vivre", "le coup")}(?! (?:ce|cette|le|la|les|a|avec|sur|dans|mon|ma|mes|comme|longtemps|sans|au|jusque|debout|en place|parole|un|une|des|ici|cet)(?= ))`,
    negationInside: true,
    example: "Je ne peux plus continuer.",
  },
  {
    id: "fr.crisis.disparaitre",
    signal: "crisis",
    locale: "fr",
    pattern: anyOf(
      `disparaitre ${anyOf("pour toujours", "a jamais", "pour de bon", "de ce monde", "de la surface de la terre", "definitivement")}`,
      `${anyOf("arreter", "cesser")} de ${anyOf("vivre", "exister")}${notAPlace}`,
    ),
    example: "J'aimerais disparaître pour toujours.",
  },
  {
    id: "fr.crisis.penser-a-mourir",
    signal: "crisis",
    locale: "fr",
    pattern: `${anyOf("pense", "pensais", "penser", "songe", "songer", "songeais", "reve", "revais", "rever", "obsede", "obsedee", "fantasme")} ${soft}${anyOf("a", "au", "de")} ${anyOf("mourir", "ma mort", "me tuer", "me suicider", "en finir", "disparaitre", "mettre fin a mes jours", "la mort(?! (?:de|du|des|d)(?= ))", "mon enterrement")}`,
    example: "Je pense à la mort tout le temps.",
  },
  {
    id: "fr.crisis.chercher-comment",
    signal: "crisis",
    locale: "fr",
    pattern: `${anyOf("cherche", "cherchais", "recherche", "google", "regarde", "regardais", "lu")} ${anyOf("comment", "des moyens de", "des facons de", "un moyen de", "la meilleure facon de", "des methodes pour")} ${anyOf("mourir", "me tuer", "me suicider", "en finir", "mettre fin a mes jours", "mourir sans souffrir")}`,
    example: "J'ai cherché comment mourir sans souffrir.",
  },
];
