import type { SignalRule } from "../types";
import { anyOf, gap, optional } from "./pattern-parts";

// Words a partner is quoted as saying ("he said: 'I'll kill you'"). They are in the second person,
// so they get their own rules, run only on quotations whose speaker is the partner.

const soft = optional("just | really | fucking | swear | literally");

/** English words of a partner, read only inside a quotation the partner is said to have spoken. */
export const englishPartnerQuoteRules: SignalRule[] = [
  {
    id: "en.coercion.quoted-threat",
    signal: "coercion",
    locale: "en",
    pattern: anyOf(
      `${anyOf("i will", "i would", "i am going to", "i swear i will", "i swear i am going to")} ${soft}${anyOf("kill", "hurt", "destroy", "ruin", "find", "end", "beat", "hit")} you`,
      `if you (?:ever )?${anyOf("leave", "go", "tell", "call")} ${gap(3)}i ${anyOf("will", "would", "am going to")}`,
    ),
    example: 'He said: "I will kill you."',
  },
  {
    id: "en.coercion.quoted-control",
    signal: "coercion",
    locale: "en",
    pattern: anyOf(
      `you are not ${anyOf("going anywhere", "leaving", "allowed", "going out", "seeing")}`,
      `you ${anyOf("can not", "will not", "are not going to", "do not get to")} ${anyOf("see", "go out", "leave", "talk to", "have", "keep", "spend", "wear")}`,
      `${anyOf("give", "show", "hand")} me your ${anyOf("phone", "password", "passwords", "card", "bank card", "money", "keys")}`,
      `no one (?:else )?${anyOf("will", "would", "could")} ever ${anyOf("want", "love")} you`,
      `you are ${anyOf("worthless", "nothing", "useless", "pathetic", "disgusting", "stupid")}(?! (?:about|if|to)(?= ))`,
    ),
    example: 'She screamed "you\'re not going anywhere" and took my keys.',
  },
];

/** Les mots du partenaire, lus seulement dans une citation qu'on lui attribue. */
export const frenchPartnerQuoteRules: SignalRule[] = [
  {
    id: "fr.coercion.menace-citee",
    signal: "coercion",
    locale: "fr",
    pattern: anyOf(
      `je ${anyOf("vais", "va")} te ${anyOf("tuer", "frapper", "detruire", "retrouver", "faire payer", "le faire payer", "pourrir la vie", "faire du mal")}`,
      `je te ${anyOf("tuerai", "tuerais", "retrouverai", "detruirai", "ferai payer", "le ferai payer", "ferai du mal")}`,
      `si tu (?:me )?${anyOf("quittes", "pars", "parles", "le dis", "en parles")} ${gap(3)}je ${anyOf("te", "me")} ${anyOf("tue", "tuerai", "tuerais", "retrouverai", "suicide", "suiciderai")}`,
    ),
    example: "Il m'a dit : « Je vais te tuer. »",
  },
  {
    id: "fr.coercion.controle-cite",
    signal: "coercion",
    locale: "fr",
    pattern: anyOf(
      `tu (?:ne )?${anyOf("sors", "sortiras", "iras", "vas", "verras", "vois", "parles")} ${anyOf("pas", "plus", "nulle part", "jamais")}`,
      `tu (?:ne )?as ${anyOf("pas", "plus")} le droit de`,
      `${anyOf("donne", "passe", "montre")}(?: moi| me)? ton ${anyOf("telephone", "portable", "tel", "code", "mot de passe")}`,
      `personne (?:de autre )?(?:ne )?${anyOf("voudra", "voudrait")} (?:jamais )?de toi`,
      `tu ${anyOf("es", "etais")} ${anyOf("nulle", "nul", "folle", "une moins que rien", "rien", "bonne a rien", "une merde", "grosse")}`,
    ),
    example: "Il a hurlé « tu ne sors pas d'ici » en fermant la porte.",
  },
];
