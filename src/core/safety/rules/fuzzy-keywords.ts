import type { Locale } from "../../locale";

// The reviewed key words a misspelt token may be read as ("sucidal" -> "suicidal", "mourrir" ->
// "mourir"). Only distinctive words are listed: a common word here could swallow its neighbours.
// Words under six letters are matched only with letters doubled or repeated ("diee", "tuerr").

const english = `suicide suicidal suicidality suicides myself anymore overdose overdosed overdosing
  threatened threatens threatening threaten strangled strangles strangling strangle controlling controls
  controlled permission eggshells terrified frightened petrified forbidden forbids forbade monitors
  monitoring location passwords password boyfriend girlfriend husband partner fiance fiancee worthless
  bruises punched punches slapped slapping choked choking kicked kicking pushed shoved living alive
  disappear forever existing harming cutting wrists painkillers medication medications tablets pills
  pointless meaningless hopeless burden everyone everybody anyone anybody kill killing killed kills die
  dying dead wanted hurting hurt harm tired isolates isolated isolating humiliates humiliated
  gaslights gaslighting stalking stalked tracking tracks tracked installed tracker spyware raped
  assaulted pressured pressures forced allowed anymore funeral noose stockpiling swallowed hanging
  belittles belittled confiscated smashed screams screamed
  googling goodbye funeral hopeless razor blades bleeding scratched scratching grabbed dragged humiliates
  isolating stalking terrified disappear forever paracetamol overdosed worthless pointless existing
  threatening strangling jealousy`;

const french = `suicider suicide suicidaire suicidaires suicidee mourir crever envie vivre disparaitre finir
  tuer jamais reveiller medicaments cachets comprimes somniferes scarifier scarifiee scarification
  automutilation frappe frapper frappee giflee gifle etrangle etranglee menace menacee menacer
  interdit interdire empeche telephone portable messages argent salaire permission autorisation
  surveille geolocalise copain copine conjoint conjointe compagnon mari peur terrifiee controle
  controlant possessif enferme enfermee insulte insultes rabaisse violee forcee obligee oblige exister
  raison continuer supporter fardeau overdose pendre defenestrer veines existe envie personne
  remarquerait regretterait disparition reveiller adieux desespoir desesperee somniferes scarifie frappee
  menacee surveille etranglee harcele humilie humiliee obligee empeche enferme isole fouille fardeau
  supplie interdiction`;

const split = (words: string) => words.split(/\s+/).filter(Boolean);
const englishKeywords = split(english);
const frenchKeywords = split(french);

/** The reviewed key words of a language. O(1). */
export function fuzzyKeywords(locale: Locale): readonly string[] {
  return locale === "fr" ? frenchKeywords : englishKeywords;
}
