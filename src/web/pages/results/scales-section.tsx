import { useTranslation } from "react-i18next";
import type { Profile } from "../../../core/profile/types";
import { ChartFrame } from "../../charts/chart-frame";
import { ScaleBands } from "../../charts/scale-bands";

/** The four scales as T-scores with their uncertainty bands. */
export function ScalesSection({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const round = (n: number) => Math.round(n);
  const describe = profile.scales
    .map(
      (scale) =>
        `${scale.name}: ${t("results.tScore", { value: round(scale.tScore) })}, ${t("results.band", {
          low: round(scale.tBand[0]),
          high: round(scale.tBand[1]),
        })}`,
    )
    .join(". ");
  return (
    <ChartFrame
      title={t("results.scalesTitle")}
      intro={<p className="small">{t("results.scalesIntro")}</p>}
      chart={
        <ScaleBands
          rows={profile.scales.map((scale) => ({
            name: scale.name,
            tScore: scale.tScore,
            tBand: scale.tBand,
          }))}
          title={t("results.scalesTitle")}
          description={`${t("results.scalesAlt")} ${describe}.`}
        />
      }
      table={
        <table>
          <caption>{t("results.scalesTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("results.columnScale")}</th>
              <th scope="col">{t("results.columnTScore")}</th>
              <th scope="col">{t("results.columnBand")}</th>
              <th scope="col">{t("results.columnAnswered")}</th>
            </tr>
          </thead>
          <tbody>
            {profile.scales.map((scale) => (
              <tr key={scale.scale}>
                <th scope="row">{scale.name}</th>
                <td>{round(scale.tScore)}</td>
                <td>
                  {round(scale.tBand[0])}–{round(scale.tBand[1])}
                </td>
                <td>{scale.answered}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
