import { useTranslation } from "react-i18next";
import type { PracticeView } from "../../api/practices";

/**
 * Why a practice helps, how to do it (with its ladder, if any) and the question to reflect on. With
 * `foldSteps`, the steps wait behind a "How to do it" fold so three cards can be read at a glance.
 */
export function PracticeDetails({
  practice,
  headingLevel,
  foldSteps = false,
}: {
  practice: PracticeView;
  headingLevel: 3 | 4;
  foldSteps?: boolean;
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const how = (
    <>
      <ol className="practice-steps">
        {practice.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {practice.rungs ? (
        <>
          <p className="practice-rungs-title">{t("practices.rungsTitle")}</p>
          <ol className="practice-rungs">
            {practice.rungs.map((rung) => (
              <li key={rung}>{rung}</li>
            ))}
          </ol>
        </>
      ) : null}
    </>
  );
  return (
    <div className="practice-details">
      <Heading className="practice-subtitle">{t("practices.whyTitle")}</Heading>
      <p>{practice.why}</p>
      {foldSteps ? (
        <details className="fold practice-how">
          <summary>{t("practices.howTitle")}</summary>
          <div className="fold-body">{how}</div>
        </details>
      ) : (
        <>
          <Heading className="practice-subtitle">{t("practices.howTitle")}</Heading>
          {how}
        </>
      )}
      <Heading className="practice-subtitle">{t("practices.reflectionTitle")}</Heading>
      <p className="practice-question">{practice.reflection}</p>
    </div>
  );
}
