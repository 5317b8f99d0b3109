import { useTranslation } from "react-i18next";
import { HIGH_CUT, rankRegions } from "../../../core/profile/region";
import { formatPercent, regionTexts } from "../../../core/profile/texts";
import { type Profile, type RegionId, regionIds } from "../../../core/profile/types";
import { BalanceMap } from "../../charts/balance-map";
import { ChartFrame } from "../../charts/chart-frame";
import { currentLocale } from "../../i18n/setup";

/** The balance map with the probability of each region, as a chart or as a table. */
export function BalanceMapSection({ profile }: { profile: Profile }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const reliance = profile.scales.find((s) => s.scale === "reliance")!;
  const distance = profile.scales.find((s) => s.scale === "distance")!;
  const names = regionNamesOf(profile);
  const ranked = rankRegions(profile.region.probabilities);
  const percent = (p: number) => formatPercent(p, locale);
  const round = (n: number) => Math.round(n);

  const probabilities = (
    <div className="region-probabilities">
      <h3>{t("results.regionsTitle")}</h3>
      <p className="small muted">{t("results.regionsIntro")}</p>
      <ul className="probability-list">
        {ranked.map((id) => (
          <li key={id} className={id === profile.region.id ? "is-top" : undefined}>
            <span className="probability-name">
              {names[id]}
              {id === profile.region.id ? <span className="muted"> ({t("results.mostLikely")})</span> : null}
            </span>
            <span className="probability-value">{percent(profile.region.probabilities[id])}</span>
            <svg
              className="probability-bar"
              viewBox="0 0 100 6"
              preserveAspectRatio="none"
              aria-hidden="true"
              focusable="false"
            >
              <rect x="0" y="0" width="100" height="6" rx="3" className="probability-track" />
              <rect
                x="0"
                y="0"
                width={Math.max(1, profile.region.probabilities[id] * 100)}
                height="6"
                rx="3"
                className="probability-fill"
              />
            </svg>
          </li>
        ))}
      </ul>
    </div>
  );

  return (
    <div className="map-section">
      <ChartFrame
        title={t("results.mapTitle")}
        intro={<p className="small">{t("results.mapIntro")}</p>}
        chart={
          <BalanceMap
            reliance={reliance}
            distance={distance}
            cut={50 + 10 * HIGH_CUT}
            regionNames={names}
            region={profile.region.id}
            title={t("results.mapTitle")}
            description={t("results.mapAlt", {
              reliance: round(reliance.tScore),
              distance: round(distance.tScore),
              region: profile.region.name,
              probability: percent(profile.region.probability),
            })}
            axisReliance={`${reliance.name} →`}
            axisDistance={`${distance.name} →`}
            youLabel={t("results.mapYou")}
          />
        }
        table={
          <table>
            <caption>{t("results.tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("results.columnMeasure")}</th>
                <th scope="col">{t("results.columnValue")}</th>
              </tr>
            </thead>
            <tbody>
              {[reliance, distance].map((scale) => (
                <tr key={scale.scale}>
                  <th scope="row">{scale.name}</th>
                  <td>
                    {t("results.tScore", { value: round(scale.tScore) })},{" "}
                    {t("results.band", { low: round(scale.tBand[0]), high: round(scale.tBand[1]) })}
                  </td>
                </tr>
              ))}
              {regionIds.map((id) => (
                <tr key={id}>
                  <th scope="row">{names[id]}</th>
                  <td>{percent(profile.region.probabilities[id])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
        footer={<p>{t("results.mapUncertainty")}</p>}
      />
      {probabilities}
    </div>
  );
}

/** Every region's name in the profile's language (the profile names only its top region). */
function regionNamesOf(profile: Profile): Record<RegionId, string> {
  return Object.fromEntries(regionIds.map((id) => [id, regionTexts[id].name[profile.locale]])) as Record<
    RegionId,
    string
  >;
}
