import type { insightsEn } from "./insights-en";

/** Textes français de la page Tendances (branchés dans fr.ts sous `insights`). */
export const insightsFr: { [K in keyof typeof insightsEn]: string } = {
  title: "Tendances",
  intro:
    "Ce qui se dessine dans vos propres points du jour, dit seulement quand les chiffres le permettent. Ce sont des constats sur vos journées, pas des explications ni des conseils.",
  windowLegend: "Période",
  window30: "30 jours",
  window90: "90 jours",
  window365: "Un an",
  weekTitle: "Votre semaine",
  standsOutTitle: "Ce qui ressort",
  basedOn_one: "Sur {{count}} jour",
  basedOn_other: "Sur {{count}} jours",
  likelyRange: "fourchette probable de {{low}} à {{high}}",
  unitPoints: "points",
  unitPercentPoints: "points de pourcentage",
  noCheckins:
    "Aucun point du jour sur les {{days}} derniers jours pour l’instant. Les tendances apparaissent après quelques semaines.",
  checkInLink: "Faire le point du jour",
  notEnoughTitle: "Pas encore assez de jours",
  notEnoughSoonest_one:
    "Rien ne peut encore être comparé. La comparaison la plus proche demande encore {{count}} jour (ou évaluation) avant de pouvoir dire quoi que ce soit.",
  notEnoughSoonest_other:
    "Rien ne peut encore être comparé. La comparaison la plus proche demande encore {{count}} jours (ou évaluations) avant de pouvoir dire quoi que ce soit.",
  nothingClear:
    "Rien ne ressort nettement sur ces jours. C’est aussi une réponse : aucune différence n’était assez grande pour se distinguer du hasard.",
  waitingTitle: "Comparaisons qui attendent d’autres jours",
  needWeeks:
    "Cette semaine et la précédente : il faut au moins 4 jours notés dans chacune ({{thisWeek}} cette semaine, {{lastWeek}} la semaine dernière), soit encore {{more}}.",
  needTrigger:
    "« {{name}} » a été noté {{days}} jours ; une comparaison demande encore {{more}} jours de ce type et {{moreCalm}} jours sans déclencheur.",
  needCompany:
    "Jours « {{name}} » ({{days}} pour l’instant) : une comparaison demande encore {{more}} jours de ce type et {{moreOther}} autres jours où l’entourage est noté.",
  needStrategy: "« {{name}} » a été évalué {{uses}} fois ; il faut encore {{more}} évaluations.",
  unclear_one: "{{count}} comparaison avait assez de jours, sans différence nette.",
  unclear_other: "{{count}} comparaisons avaient assez de jours, sans différence nette.",
  method:
    "Poise a fait ici {{count}} comparaisons. Un constat n’apparaît que s’il tient encore en les prenant toutes en compte, si bien que des hauts et des bas dus au hasard n’ont presque aucune chance d’être signalés (5 % au plus pour toute la page).",
  trendsTitle: "Évolution",
  trendsIntro:
    "Chaque point est une journée. Le trait plein suit la moyenne sur 7 jours, le trait pointillé la moyenne sur 30 jours.",
  legendDay: "une journée",
  legend7: "moyenne sur 7 jours",
  legend30: "moyenne sur 30 jours",
  trendAlt:
    "{{metric}} sur {{days}} jours, {{count}} jours notés. 7 derniers jours : {{last7}}. 30 derniers jours : {{last30}}.",
  notNoted: "pas assez de jours",
  columnDate: "Date",
  columnDay: "Ce jour-là",
  column7: "Moyenne sur 7 jours",
  column30: "Moyenne sur 30 jours",
  detailsTitle: "Toutes les comparaisons",
  detailsIntro: "Chaque comparaison faite sur ces jours, y compris celles sans différence nette.",
  triggersCaption: "L’humeur les jours avec chaque déclencheur, comparée aux jours sans",
  strategiesCaption: "Comment vous vous sentiez après ce que vous avez essayé",
  companyCaption: "L’humeur selon l’entourage de la journée, comparée aux autres jours",
  columnTrigger: "Déclencheur",
  columnStrategy: "Ce que vous avez essayé",
  columnCompany: "Entourage",
  columnDays: "Jours",
  columnDifference: "Écart d’humeur",
  columnUses: "Fois",
  columnOutcome: "Mieux / pareil / moins bien",
  columnStatus: "Statut",
  statusShown: "ressort",
  statusNotClear: "pas de différence nette",
  statusTooLittle: "il faut plus de jours",
  statusNoVariation: "aucune variation",
  feelingsTitle: "Les ressentis que vous nommez le plus",
  feelingDays_one: "{{label}} ({{count}} jour)",
  feelingDays_other: "{{label}} ({{count}} jours)",
  loadError: "Les tendances n’ont pas pu être chargées. Vos points du jour sont en sécurité ; réessayez.",
};
