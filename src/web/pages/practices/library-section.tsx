import { useTranslation } from "react-i18next";
import type { ScaleId } from "../../../core/inventory/types";
import type { PracticeView } from "../../api/practices";
import { PracticeDetails } from "./practice-details";

const groups: {
  scale: ScaleId;
  key: "groupReliance" | "groupDistance" | "groupSelfTrust" | "groupConnection";
}[] = [
  { scale: "reliance", key: "groupReliance" },
  { scale: "distance", key: "groupDistance" },
  { scale: "self-trust", key: "groupSelfTrust" },
  { scale: "connection", key: "groupConnection" },
];

/** Every practice of the library, grouped by the scale of its main facet, each folded until opened. */
export function LibrarySection({ library, plannedIds }: { library: PracticeView[]; plannedIds: string[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="library-title">
      <h2 id="library-title">{t("practices.libraryTitle")}</h2>
      <p className="small muted">{t("practices.libraryIntro")}</p>
      <div className="library-groups">
        {groups.map((group) => (
          <div key={group.scale} className="library-group">
            <h3>{t(`practices.${group.key}`)}</h3>
            {library
              .filter((practice) => practice.scale === group.scale)
              .map((practice) => (
                <details key={practice.id} className="fold library-practice">
                  <summary>
                    <span>
                      {practice.title}
                      {plannedIds.includes(practice.id) ? (
                        <span className="planned-tag"> · {t("practices.inYourWeek")}</span>
                      ) : null}
                    </span>
                  </summary>
                  <div className="fold-body">
                    <p className="small muted">
                      {t("practices.minutes", { count: practice.minutes })} ·{" "}
                      {t("practices.worksOn", { facets: practice.facets.map((f) => f.name).join(", ") })}
                    </p>
                    <PracticeDetails practice={practice} headingLevel={4} />
                  </div>
                </details>
              ))}
          </div>
        ))}
      </div>
    </section>
  );
}
