import { anyOf, gap } from "../rules/pattern-parts";
import type { SignalRule } from "../types";

// La crise dite par ce que l'on fait ou garde autour de soi, en français, par classes de mots plutôt
// que par phrases : donner ses affaires et régler ses papiers, ce qu'on laisse pour « après », un
// dernier message, punir son corps, se faire mal jusqu'à la marque, des moyens gardés à portée ou
// cherchés, une date choisie, le bord d'un quai ou d'un toit, l'envie de ne plus exister. Écrit après
// le deuxième tour indépendant (tour 9), qui a montré ces catégories manquées. La plupart pèsent 2
// (cœur) : un geste seul (« j'ai donné mon vélo à mon neveu ») ne suffit pas ; à côté d'un mot d'appui,
// d'un autre geste du même texte ou du modèle de mots, si.

const moyens = anyOf(
  "cachets",
  "comprimes",
  "medocs",
  "medicaments",
  "pilules",
  "lame",
  "lames",
  "rasoir",
  "ciseaux",
  "corde",
  "couteau",
  "couteaux",
  "fusil",
  "fusils",
  "flingue",
  "arme",
  "tuyau",
  "ceinture",
);
const possessifs = anyOf("ma", "mon", "mes", "tous mes", "toutes mes", "toute ma", "tout mon");

/** Les familles françaises de gestes, dans l'ordre de relecture. Chacune trouve son `example` (testé). */
export const frenchCrisisDeeds: SignalRule[] = [
  {
    id: "fr.crisis.evidence.donner-ses-affaires",
    signal: "crisis",
    locale: "fr",
    weight: 2,
    pattern: anyOf(
      `${anyOf("donne", "donnee", "donnes", "donnees", "file", "filee", "files", "refile", "refilee", "offert", "offerte", "offerts", "legue", "leguee", "distribue")} ${possessifs} [^ ,|]+(?: [^ ,|]+)? a`,
      `${anyOf("donnee", "donne", "donnes", "donnees", "filee", "file", "refile", "refilee")} a ${anyOf("mon", "ma", "mes")}`,
    ),
    anyone: true,
    example: "J'ai filé ma gratte à Léo.",
  },
  {
    id: "fr.crisis.evidence.affaires-reglees",
    signal: "crisis",
    locale: "fr",
    weight: 2,
    pattern: anyOf(
      `${anyOf("la ou je vais", "la ou je pars", "la ou je serai")}`,
      `${anyOf("en aurai", "en aurais", "aurai", "aurai plus")} ${anyOf("plus ", "pas ")}?besoin(?! ${anyOf("de", "avant", "pour", "ce", "cette", "demain")}(?= ))`,
      `${anyOf("avant de partir", "avant que je parte", "avant mon depart", "partir tranquille", "partir en paix", "quand je serai plus la", "quand je ne serai plus la", "apres moi")}(?! ${anyOf("en", "au", "a", "pour", "chez", "travailler", "bosser")}(?= ))`,
      `personne ${anyOf("aura", "ne aura", "ait", "ne ait", "devra", "ne devra")} a ${anyOf("se occuper", "gerer", "nettoyer", "ranger", "payer", "tout faire")}`,
      `${anyOf("tout est", "tout sera")} ${anyOf("regle", "en ordre", "range", "pret")}(?= ${anyOf(",", "\\|", ":")}(?= ))`,
      `qui ${anyOf("aura", "prendra", "recevra", "gardera", "recuperera", "heritera")} ${anyOf("quoi", "mon", "ma", "mes")}`,
      `${anyOf("papiers", "comptes", "codes")} ${anyOf("ranges", "regles", "en ordre", "notes")}`,
      `contrat ${anyOf("obseques", "deces")}`,
    ),
    anyone: true,
    negationInside: true,
    example: "Là où je vais j'en aurai pas besoin.",
  },
  {
    id: "fr.crisis.evidence.dernier-message-final",
    signal: "crisis",
    locale: "fr",
    weight: 3,
    pattern: `${anyOf("mon", "ma", "ce est mon", "ce est ma", "ce est la", "ce est le", "cher journal")} ?${anyOf("dernier", "derniere")} ${anyOf("check in", "checkin", "entree", "page", "message", "post")}(?= ${anyOf(",", "\\|", "sans doute", "surement", "ici", "alors")}(?= ))`,
    anyone: true,
    example: "Cher journal, je crois que c'est la dernière page.",
  },
  {
    id: "fr.crisis.evidence.dernier-message",
    signal: "crisis",
    locale: "fr",
    weight: 2,
    pattern: `${anyOf("dernier", "derniere", "derniers", "dernieres")} ${anyOf("check in", "checkin", "entree", "page", "message", "post", "mot", "mots", "lettre")}(?! ${anyOf("avant", "de la", "du", "de ce", "de cette", "de le", "jusque", "que je ai")}(?= ))`,
    anyone: true,
    example: "Cher journal, je crois que c'est la dernière page.",
  },
  {
    id: "fr.crisis.evidence.se-punir",
    signal: "crisis",
    locale: "fr",
    weight: 2,
    pattern: anyOf(
      `${anyOf("me punir", "me punis", "me punit", "me punissais", "je le punis", "je la punis", "punir mon corps", "ma punition")}(?! ${anyOf("avec un", "avec une", "avec des", "par un", "par une")}(?= ))`,
      `mon corps ${gap(2)}${anyOf("payer", "paie", "paye", "punis", "puni")}`,
      `${anyOf("merite", "meritais", "meriterais")} ${anyOf("rien", "pas de manger", "de souffrir", "de avoir mal", "la douleur", "mal", "de crever", "de me faire mal")}`,
      `${anyOf("ce etait", "ce est", "bien")} merite(?= ${anyOf(",", "\\|")}(?= ))`,
    ),
    negationInside: true,
    anyone: true,
    example: "Pour me punir j'ai rien mangé.",
  },
  {
    id: "fr.crisis.evidence.mal-jusque",
    signal: "crisis",
    locale: "fr",
    weight: 2,
    pattern: anyOf(
      `jusque ${anyOf("a", "aux", "au")} ${gap(4)}${anyOf("bleus", "bleu", "sang", "saigner", "saigne", "se taise", "taise", "plus penser", "plus rien sentir")}`,
      `je me ${anyOf("tape", "tapes", "frappe", "frappes", "gifle", "pince", "pinces", "griffe", "griffes", "cogne", "mords", "donne des claques", "donne des coups", "suis tape", "suis frappe", "suis frappee", "suis giflee", "suis fait vomir", "fais vomir")}`,
      `${anyOf("defonce", "frappe", "cogne", "tape", "explose")} ${gap(4)}${anyOf("au poing", "a coups de poing", "avec mon poing", "avec les poings")}`,
      `${anyOf("entailles", "entaille", "recoupee", "recoupe", "recoupes", "recoupees")}(?! ${anyOf("les", "le", "la", "mes", "un", "une", "des", "ses")}(?= ))`,
    ),
    accidentCheck: true,
    example: "Je me donne des claques, fort.",
  },
  {
    id: "fr.crisis.evidence.moyens-a-portee",
    signal: "crisis",
    locale: "fr",
    weight: 2,
    pattern: anyOf(
      `${anyOf("mis de cote", "mise de cote", "stocke", "stockes", "accumule", "economise", "recompte", "compte")} ${gap(3)}${moyens}`,
      `${moyens} ${gap(4)}${anyOf("dans le garage", "dans le buffet", "toujours dans", "je y pense")}`,
      `${anyOf("armoire a fusils", "armoire a fusil", "coffre a fusils", "le fusil de", "la carabine")}`,
      `${anyOf("recherche", "recherches", "cherche", "google", "googlise", "tape")} ${gap(4)}${anyOf("fait mal", "sans douleur", "indolore", "noyade", "dose mortelle", "mortel", "mortelle", "overdose")}`,
      `${anyOf("combien de", "combien il faut de")} ${gap(3)}${anyOf("pour ne plus", "pour pas", "avant de ne plus", "pour ne pas se reveiller", "pour ne pas me reveiller", "pour y passer")}`,
      `${anyOf("chronometre", "chronometree", "repere", "reperee")} ${gap(3)}${anyOf("soirs", "fois", "jours", "nuits")}`,
    ),
    anyone: true,
    example: "J'ai mis de côté des cachets depuis un mois.",
  },
  {
    id: "fr.crisis.evidence.moyens-pres-du-lit",
    signal: "crisis",
    locale: "fr",
    weight: 3,
    pattern: anyOf(
      `${anyOf("lame", "lames", "rasoir", "ciseaux", "corde", "couteau", "fusil", "flingue")} ${gap(4)}${anyOf("a cote de mon lit", "sous mon lit", "sous mon oreiller", "dans ma trousse", "pour quand ca va mal", "ce est pas pour", "pas pour la")}`,
      `${anyOf("poutre", "crochet", "branche", "rampe", "tuyau", "barre")} ${gap(4)}${anyOf("tiendrait mon poids", "tiendra mon poids", "supporterait mon poids", "supportera mon poids", "me tiendrait")}`,
    ),
    anyone: true,
    example: "Je sais quelle poutre du grenier tiendrait mon poids.",
  },
  {
    id: "fr.crisis.evidence.date-choisie",
    signal: "crisis",
    locale: "fr",
    weight: 2,
    pattern: `${anyOf("choisi", "choisie", "fixe", "fixee", "decide")} ${anyOf("le", "la", "une", "ma", "mon")} ${anyOf("date", "jour", "soir", "nuit", "[0-9]+")}(?! ${anyOf("pour", "de", "du", "avec")}(?= ))`,
    anyone: true,
    example: "J'ai choisi le 14.",
  },
  {
    id: "fr.crisis.evidence.au-bord",
    signal: "crisis",
    locale: "fr",
    weight: 2,
    pattern: anyOf(
      `${anyOf("tout au bord", "au bord du quai", "au bord de la voie", "au bord du toit", "au bord du pont", "dernier niveau", "dernier etage du parking", "sur le toit", "sur le parapet", "par dessus la rambarde", "passage a niveau")}`,
      `${anyOf("accoude", "accoudee", "penche", "penchee", "assis", "assise", "debout")} ${anyOf("au", "sur le")} ${anyOf("balcon", "pont", "parapet", "rebord")} ${gap(6)}${anyOf("a deux doigts", "presque", "la prochaine fois", "je ai pense", "facile")}`,
    ),
    anyone: true,
    example: "je me mets tout au bord et je compte les rames",
  },
  {
    id: "fr.crisis.evidence.ne-plus-exister",
    signal: "crisis",
    locale: "fr",
    weight: 3,
    pattern: anyOf(
      `${anyOf("creve", "crevee", "epuise", "epuisee", "fatigue", "fatiguee", "lasse", "las", "marre")} de ${anyOf("etre en vie", "exister", "etre la", "vivre")}`,
      `${anyOf("arreter de", "arrete de", "plus envie de", "cesser de")} ${anyOf("exister", "etre la", "etre en vie")}`,
      `personne ${anyOf("me pleurerait", "ne me pleurerait", "me regretterait", "ne me regretterait", "remarquerait", "ne remarquerait", "viendrait a mon enterrement")}`,
      `si je ${anyOf("disparais", "disparaissais", "partais", "etais plus la", "ne etais plus la", "etais plus", "mourais", "crevais")} ${gap(4)}${anyOf("qui", "personne", "mieux", "plus heureux", "plus heureuse", "rendrait compte", "remarquerait")}`,
      `a quoi ${anyOf("ca sert", "bon", "sert")} ${gap(2)}${anyOf("se lever", "me lever", "vivre", "continuer", "se reveiller", "me reveiller", "exister", "rester en vie")}`,
      `pourquoi ${anyOf("je suis", "suis je", "je suis encore", "je suis toujours")} ${anyOf("la", "encore la", "en vie", "toujours la", "encore en vie")}(?= ${anyOf(",", "\\|")}(?= ))`,
    ),
    negationInside: true,
    anyone: true,
    example: "crevé d'être en vie",
  },
  {
    id: "fr.crisis.evidence.baisser-les-bras",
    signal: "crisis",
    locale: "fr",
    weight: 1,
    pattern: anyOf(
      `${anyOf("je arrete", "je abandonne", "je lache tout", "ce est fini pour moi", "je en ai fini", "rien ne marche", "rien marche", "a deux doigts", "la prochaine fois peut etre", "peut etre la prochaine fois")}(?= ${anyOf(",", "\\|")}(?= ))`,
      `${anyOf("reveillee quand meme", "reveille quand meme", "ca a pas marche", "ca a rien fait")}`,
    ),
    anyone: true,
    example: "Rien marche. J'arrête.",
  },
];
