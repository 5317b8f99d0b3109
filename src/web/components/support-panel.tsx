import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { SafetySupport } from "../../core/safety/support-for";

/**
 * Help shown at once when something a person wrote suggests crisis or a controlling relationship:
 * warm words, then the lines of their region (emergency first) as links they can call or open, and the
 * note that nobody was alerted. Focus moves to its heading so a screen reader reads it first.
 */
export function SupportPanel({ support }: { support: SafetySupport }) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="support-panel" aria-labelledby={id}>
      <h2 id={id} ref={heading} tabIndex={-1}>
        {support.title}
      </h2>
      {support.message.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <ul className="support-resources">
        {support.resources.map((resource) => (
          <li key={resource.id}>
            <h3>{resource.name}</h3>
            <p>{resource.description}</p>
            <p className="small muted">{resource.availability}</p>
            <ul className="contact-list">
              {resource.contacts.map((contact) => (
                <li key={contact.href}>
                  <a className="button secondary" href={contact.href} rel="noreferrer">
                    {contact.kind === "phone" ? t("help.call", { number: contact.label }) : contact.label}
                  </a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <p className="small muted">{support.note}</p>
      <p>
        <Link to="/help">{t("layout.crisisLink")}</Link>
      </p>
    </section>
  );
}
