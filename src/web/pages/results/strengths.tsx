import { useTranslation } from "react-i18next";
import type { ProfileStrength } from "../../../core/profile/types";

/** Self-trust and Connection, read as strengths to build on. */
export function Strengths({ strengths }: { strengths: ProfileStrength[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="strengths-title" className="strengths">
      <h2 id="strengths-title">{t("results.strengthsTitle")}</h2>
      <div className="card-grid">
        {strengths.map((strength) => (
          <article key={strength.scale} className="card">
            <h3>
              {strength.name} <span className="level-tag">{strength.levelName}</span>
            </h3>
            <p>{strength.reading}</p>
            {strength.caution ? <p className="small muted">{strength.caution}</p> : null}
          </article>
        ))}
      </div>
    </section>
  );
}
