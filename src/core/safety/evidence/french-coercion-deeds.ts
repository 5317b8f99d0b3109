import { anyOf, gap } from "../rules/pattern-parts";
import type { SignalRule } from "../types";

// Le contrôle coercitif dit par ce qu'on fait subir à la personne, en français, par classes d'actes
// plutôt que par phrases : menaces liées au départ ou à la plainte (les enfants, un animal, la honte),
// travail interdit, coupé·e des siens, moqueries devant les autres, guetter l'humeur de l'autre, affaires
// détruites, choses retenues jusqu'à des excuses, punitions et « argent de poche », jamais seul·e,
// preuves exigées, traceurs, un ex qui trouve la nouvelle adresse, pincements cachés, salaire versé sur
// le compte de l'autre, un rapport après un non, tenues validées. Écrit après le deuxième tour
// indépendant (tour 9). Les actes pèsent 2 (cœur) : avec un·e partenaire nommé·e (« il », 1), le seuil
// est atteint.

const enfants = anyOf(
  "les enfants",
  "les gosses",
  "mes enfants",
  "mes gosses",
  "nos enfants",
  "mon fils",
  "ma fille",
  "le bebe",
);

/** Les familles françaises d'actes coercitifs, dans l'ordre de relecture. Chacune trouve son `example` (testé). */
export const frenchCoercionDeeds: SignalRule[] = [
  {
    id: "fr.coercion.evidence.menace-si-je-pars",
    signal: "coercion",
    locale: "fr",
    weight: 2,
    pattern: anyOf(
      `si ${anyOf("je", "tu")} ${gap(2)}${anyOf("porte plainte", "pars", "quitte", "le quitte", "la quitte", "parle", "vas", "fais pas ce", "ne fais pas ce", "trompes", "me trompes")} ${gap(6)}${anyOf("il", "elle", "je te", "tout le monde", "les enfants", "tu verras")}`,
      `${anyOf("pour que", "que")} ${gap(1)}${anyOf(enfants, "tout le monde", "ma famille")} ${anyOf("me detestent", "me deteste", "me haissent", "se retournent", "sachent", "voient", "verra")}`,
      `${anyOf("le chien", "le chat", "mon chien", "mon chat", "les animaux")} ${gap(1)}${anyOf("je me en occupe", "il se en occupe", "elle se en occupe", "va y passer", "il le tue", "elle le tue")}`,
      `${anyOf("repartir", "partir", "retourner", "se barrer", "disparaitre")} ${gap(4)}avec ${anyOf("eux", enfants)}`,
      `${anyOf("tout le monde verra", "tout le monde saura", "montrer les photos", "publier les photos", "envoyer les photos")}`,
    ),
    partnerActs: true,
    example: "Si je porte plainte il s'arrangera pour que les enfants me détestent.",
  },
  {
    id: "fr.coercion.evidence.travail-interdit",
    signal: "coercion",
    locale: "fr",
    weight: 2,
    pattern: anyOf(
      `${anyOf("veut pas", "veut plus", "ne veut pas", "refuse")} que je ${anyOf("retravaille", "travaille", "bosse", "reprenne", "sorte", "voie", "parle")}`,
      `ta place ${anyOf("ce est", "est")}`,
      `${anyOf("interdit", "interdite", "interdits", "defend")} ${gap(2)}${anyOf("de", "le", "la", "les", "me")}`,
      `me ${anyOf("monter", "monte", "montent", "retourner")} contre ${anyOf("lui", "elle")}`,
    ),
    partnerActs: true,
    example: "Il veut pas que je retravaille.",
  },
  {
    id: "fr.coercion.evidence.coupee-des-miens",
    signal: "coercion",
    locale: "fr",
    weight: 2,
    pattern: anyOf(
      `${anyOf("voit plus que", "voit que", "voyons plus que", "voyons que", "voit jamais que")} ${anyOf("sa", "ses")} ${anyOf("famille", "amis", "potes", "parents")}`,
      `${anyOf("met la zizanie", "mauvaise influence", "mauvaises influences", "toxique pour moi")}`,
    ),
    example: "On voit plus que sa famille.",
  },
  {
    id: "fr.coercion.evidence.pas-vu-les-miens",
    signal: "coercion",
    locale: "fr",
    weight: 1,
    pattern: anyOf(
      `${anyOf("que je le ai pas vue", "que je le ai pas vu", "que je les ai pas vus", "sans voir", "pas vu ma", "pas vu mon", "pas vu mes")}`,
      `devant ${anyOf("les enfants", "les gosses", "tout le monde", "ses amis", "ses potes", "mes amis", "ma famille", "les invites")}`,
      `avant de ${anyOf("parler", "dire quoi que ce soit", "ouvrir la bouche", "rentrer", "repondre")}`,
    ),
    negationInside: true,
    example: "Ma meilleure amie, huit mois que je l'ai pas vue.",
  },
  {
    id: "fr.coercion.evidence.moqueries",
    signal: "coercion",
    locale: "fr",
    weight: 2,
    // Un mot entre guillemets avant « sur mon » (ses « blagues » sur mon accent) est lu comme citation : _q_.
    pattern: `${anyOf("piques", "rabaisse", "humilie", "_q_")} ${gap(1)}${anyOf("sur", "de")} ${anyOf("mon", "ma", "mes", "moi")}`,
    example: "Ses « blagues » sur mon accent, c'est à tous les repas.",
  },
  {
    id: "fr.coercion.evidence.guetter-son-humeur",
    signal: "coercion",
    locale: "fr",
    weight: 2,
    pattern: anyOf(
      `${anyOf("check", "checke", "verifie", "guette", "surveille", "observe", "teste", "jauge")} ${anyOf("son", "sa")} ${anyOf("humeur", "tete", "ton", "visage")}`,
      `${anyOf("sur des oeufs", "marcher sur des oeufs")}`,
      `peur de ${anyOf("sa tete", "sa reaction", "ce que il", "ce que elle")}`,
    ),
    example: "avant de parler je check son humeur",
  },
  {
    id: "fr.coercion.evidence.affaires-detruites",
    signal: "coercion",
    locale: "fr",
    weight: 2,
    pattern: `${anyOf("explose", "casse", "cassé", "detruit", "dechire", "decoupe", "brule", "jete", "fracasse", "defonce", "efface")} ${anyOf("mon", "ma", "mes", "tous mes", "toutes mes")} ${anyOf("ordi", "ordinateur", "telephone", "portable", "tel", "robe", "robes", "vetements", "fringues", "affaires", "lunettes", "guitare", "livres", "photos", "cles", "passeport", "contacts", "tableaux")}`,
    partnerActs: true,
    example: "Il a explosé mon ordi.",
  },
  {
    id: "fr.coercion.evidence.retenu-jusque",
    signal: "coercion",
    locale: "fr",
    weight: 2,
    pattern: anyOf(
      `${anyOf("change", "changé", "cache", "garde", "prend", "pris", "confisque")} ${gap(2)}${anyOf("code wifi", "mot de passe", "cles", "cle", "passeport", "telephone", "carte", "carte bancaire")} ${gap(6)}${anyOf("tant que", "jusque a ce que", "sauf si")}`,
      `tant que je ${gap(2)}${anyOf("excusee", "excuse", "excuse pas", "suis pas excusee", "demande pardon", "supplie")}`,
      `${anyOf("ferme a double tour", "me enferme", "me enfermait", "me a enfermee", "me a enferme", "enfermee dehors", "ferme a cle")}`,
      `${anyOf("se plante", "se met", "se poste", "reste")} devant la porte`,
      `${anyOf("pas de cle", "pas les cles", "pas la cle")} ${gap(1)}de ${anyOf("chez moi", "la maison", "le appart", "notre")}`,
      `peux pas sortir de ${anyOf("la piece", "la chambre", "la maison", "le appart")}`,
    ),
    partnerActs: true,
    example: "Greg a changé le code wifi et le donne pas tant que je me suis pas excusée.",
  },
  {
    id: "fr.coercion.evidence.punitions",
    signal: "coercion",
    locale: "fr",
    weight: 2,
    pattern: anyOf(
      `me ${anyOf("fait", "faisait", "oblige a", "force a")} ${anyOf("dormir par terre", "dormir dans la voiture", "dormir dehors", "dormir sur le canape", "me mettre a genoux", "supplier", "manger seule", "manger seul")}`,
      `${anyOf("argent de poche", "le argent de poche")}`,
      `quand je ${anyOf("ai ete sage", "suis sage", "lui manque de respect", "reponds")}`,
    ),
    example: "Elle me fait dormir par terre quand je lui manque de respect.",
  },
  {
    id: "fr.coercion.evidence.jamais-seule",
    signal: "coercion",
    locale: "fr",
    weight: 2,
    pattern: anyOf(
      `${anyOf("jamais sortie", "jamais sorti", "plus sortie", "plus sorti", "pas sortie", "pas sorti", "jamais allee", "jamais alle", "nulle part")} ${gap(1)}${anyOf("seule", "seul", "sans lui", "sans elle", "toute seule", "tout seul")}`,
      `${anyOf("dois lui", "devais lui", "faut que je lui", "me fait lui", "me oblige a lui", "exige que je lui", "dois", "me fait")} ${anyOf("envoyer", "envoie", "montrer", "montre")} ${anyOf("une photo", "des photos", "une preuve", "ma position", "un selfie", "une video")}`,
      `${anyOf("vient avec moi", "me accompagne")} ${gap(3)}${anyOf("pour me aider", "partout", "_q_")}`,
    ),
    negationInside: true,
    example: "Ça fait un an que je suis jamais sortie seule.",
  },
  {
    id: "fr.coercion.evidence.traque",
    signal: "coercion",
    locale: "fr",
    weight: 2,
    pattern: anyOf(
      `${anyOf("balise", "balise gps", "traceur", "airtag", "mouchard")} ${gap(2)}${anyOf("sous mon", "sous ma", "dans mon", "dans ma", "sur mon", "sur ma")}`,
      "logiciel espion",
      `${anyOf("trouve", "retrouve", "a", "connait", "eu")} ma nouvelle ${anyOf("adresse", "adresse mail", "appart")}`,
      `${anyOf("fleurs", "roses", "mots", "cadeaux", "lettres")} ${gap(1)}${anyOf("devant la porte", "devant ma porte", "sur le paillasson", "sur ma voiture", "dans ma boite")}`,
    ),
    partnerActs: true,
    example: "Une balise GPS scotchée sous mon siège auto.",
  },
  {
    id: "fr.coercion.evidence.coups-caches",
    signal: "coercion",
    locale: "fr",
    weight: 2,
    pattern: `${anyOf("me pince", "me pincait", "me a pince", "me a pincee", "me tord", "me a tordu", "me serre", "me attrape", "me a attrapee", "me a attrape", "me enfonce ses ongles")} ${anyOf("la", "le", "les")} ${anyOf("cuisse", "jambe", "bras", "poignet", "main", "cou")}`,
    partnerActs: true,
    example: "Elle me pince la cuisse sous la table.",
  },
  {
    id: "fr.coercion.evidence.argent-pris",
    signal: "coercion",
    locale: "fr",
    weight: 2,
    pattern: anyOf(
      `${anyOf("pas de compte", "aucun compte", "pas de carte")} ${anyOf("a mon nom", "a moi")}`,
      `${anyOf("mon salaire", "ma paie", "ma paye", "mes allocations", "tout mon salaire")} ${gap(3)}${anyOf("sur le sien", "sur son compte", "a lui", "a elle")}`,
    ),
    example: "Pas de compte à mon nom. Mon salaire tombe sur le sien.",
  },
  {
    id: "fr.coercion.evidence.apres-un-non",
    signal: "coercion",
    locale: "fr",
    weight: 3,
    pattern: `${anyOf("dit non", "dit stop", "dit que je voulais pas", "dormais")} ${gap(7)}${anyOf("fait quand meme", "a continue", "continue quand meme", "a pas arrete", "a rien voulu savoir")}`,
    anyone: true,
    example: "J'ai dit non ce soir et il l'a fait quand même.",
  },
  {
    id: "fr.coercion.evidence.tenue-validee",
    signal: "coercion",
    locale: "fr",
    weight: 2,
    pattern: anyOf(
      `${anyOf("valide", "approuve", "choisit", "autorise")} ${anyOf("ma robe", "ma tenue", "mes tenues", "mes vetements", "ce que je porte")}`,
      `${anyOf("tenues", "robes")} avant que ${anyOf("il", "elle")}`,
    ),
    example: "Trois tenues avant qu'il valide ma robe ce soir.",
  },
];
