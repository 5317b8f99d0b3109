import { useTranslation } from "react-i18next";
import { SPECTRUM_HALF_WIDTH, SPECTRUM_REACH } from "../../../core/profile/spectrum";
import { formatPercent } from "../../../core/profile/texts";
import { type Profile, spectrumZones } from "../../../core/profile/types";
import { ChartFrame } from "../../charts/chart-frame";
import { SpectrumLine } from "../../charts/spectrum-line";
import { currentLocale } from "../../i18n/setup";

// The balanced zone on the line, from the core's own constants (difference ±w mapped like positions).
const middle: [number, number] = [
  0.5 - SPECTRUM_HALF_WIDTH / (2 * SPECTRUM_REACH),
  0.5 + SPECTRUM_HALF_WIDTH / (2 * SPECTRUM_REACH),
];

/** The one-line spectrum: the simple view for people who want a single line. */
export function SpectrumSection({ profile }: { profile: Profile }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { spectrum } = profile;
  const percent = (p: number) => formatPercent(p, locale);
  return (
    <ChartFrame
      title={t("results.spectrumTitle")}
      intro={
        <>
          <p>{spectrum.summary}</p>
          {spectrum.note ? <p className="small">{spectrum.note}</p> : null}
        </>
      }
      chart={
        <SpectrumLine
          position={spectrum.position}
          interval={spectrum.positionInterval}
          middle={middle}
          labels={spectrum.labels}
          title={t("results.spectrumTitle")}
          description={t("results.spectrumAlt", {
            left: spectrum.labels[0],
            middle: spectrum.labels[1],
            right: spectrum.labels[2],
            zone: spectrum.label,
            probability: percent(spectrum.probabilities[spectrum.zone]),
          })}
        />
      }
      table={
        <table>
          <caption>{t("results.spectrumTable")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("results.columnZone")}</th>
              <th scope="col">{t("results.columnProbability")}</th>
            </tr>
          </thead>
          <tbody>
            {spectrumZones.map((zone, index) => (
              <tr key={zone}>
                <th scope="row">{spectrum.labels[index]}</th>
                <td>{percent(spectrum.probabilities[zone])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
      footer={<p>{t("results.spectrumRange")}</p>}
    />
  );
}
