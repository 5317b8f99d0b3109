import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import {
  type HelpResource,
  helpResources,
  type RegionCode,
  regionCodes,
  resourcesCheckedOn,
} from "../../../core/safety/resources";
import { useAuth } from "../../app/auth";
import { browserRegion } from "../../app/browser-region";
import { formatLongDate } from "../../app/dates";
import { usePageTitle } from "../../app/page-title";
import { ChoiceGroup } from "../../components/choice-group";
import { currentLocale } from "../../i18n/setup";

/**
 * Help for a person in crisis, reachable from every page, signed in or not: emergency numbers first,
 * then lines for thoughts of suicide or self-harm, then for a controlling or abusive relationship, for
 * the chosen country. The details come from the reviewed list in src/core/safety/resources.ts.
 */
export function HelpPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { state } = useAuth();
  const [region, setRegion] = useState<RegionCode>(() => browserRegion());
  usePageTitle(t("help.title"));
  const local = helpResources.filter((r) => r.region === region);
  const sections: { id: string; title: string; resources: HelpResource[] }[] = [
    {
      id: "emergency",
      title: t("help.emergencyTitle"),
      resources: local.filter((r) => r.purposes.includes("emergency")),
    },
    {
      id: "crisis",
      title: t("help.crisisTitle"),
      resources: local.filter((r) => r.purposes.includes("crisis") && !r.purposes.includes("emergency")),
    },
    {
      id: "coercion",
      title: t("help.coercionTitle"),
      resources: local.filter((r) => r.purposes.includes("coercion") && !r.purposes.includes("emergency")),
    },
  ];

  return (
    <article className="help-page">
      <h1>{t("help.title")}</h1>
      <p className="page-intro">{t("help.intro")}</p>
      <p className="emergency-note">
        <strong>{t("help.emergency")}</strong>
      </p>
      <ChoiceGroup<RegionCode>
        legend={t("help.regionLegend")}
        options={regionCodes.map((code) => ({ value: code, label: t(`help.regions.${code}`) }))}
        value={region}
        onChange={setRegion}
      />
      {sections
        .filter((section) => section.resources.length > 0)
        .map((section) => (
          <section key={section.id} aria-labelledby={`help-${section.id}`}>
            <h2 id={`help-${section.id}`}>{section.title}</h2>
            {section.resources.map((resource) => (
              <article
                key={resource.id}
                className="card resource"
                aria-labelledby={`resource-${resource.id}`}
              >
                <h3 id={`resource-${resource.id}`}>{resource.name[locale]}</h3>
                <p>{resource.description[locale]}</p>
                <p className="small muted">{resource.availability[locale]}</p>
                <ul className="contact-list">
                  {resource.contacts.map((contact) => (
                    <li key={contact.href}>
                      <a className="button secondary" href={contact.href} rel="noreferrer">
                        {contact.kind === "phone"
                          ? t("help.call", { number: contact.display[locale] })
                          : contact.display[locale]}
                      </a>
                    </li>
                  ))}
                </ul>
              </article>
            ))}
          </section>
        ))}
      <p className="muted small">
        {t("help.checkedOn", { date: formatLongDate(resourcesCheckedOn, locale) })} {t("help.poiseNote")}
      </p>
      <p>
        <Link to={state.status === "signed-in" ? "/today" : "/"}>{t("help.backToPoise")}</Link>
      </p>
    </article>
  );
}
