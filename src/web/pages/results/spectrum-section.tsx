import { useTranslation } from "react-i18next";
import { SPECTRUM_SEGMENTS } from "../../../core/profile/spectrum";
import { formatPercent, spectrumTexts } from "../../../core/profile/texts";
import { type Profile, spectrumReadings } from "../../../core/profile/types";
import { ChartFrame } from "../../charts/chart-frame";
import { SpectrumLine } from "../../charts/spectrum-line";
import { currentLocale } from "../../i18n/setup";

/**
 * The one-line spectrum: the simple view for people who want a single line. It reads the same
 * posteriors and cut as the balance map (src/core/profile/spectrum.ts), so the two always agree.
 */
export function SpectrumSection({ profile }: { profile: Profile }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { spectrum } = profile;
  const percent = (p: number) => formatPercent(p, locale);
  const [left, middle, right] = spectrum.labels;
  const altValues = {
    left,
    middle,
    right,
    zone: spectrum.label,
    probability: percent(spectrum.probabilities[spectrum.reading]),
  };
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
          middle={SPECTRUM_SEGMENTS.balanced}
          showsDot={spectrum.showsDot}
          labels={spectrum.labels}
          title={t("results.spectrumTitle")}
          description={t(spectrum.showsDot ? "results.spectrumAlt" : "results.spectrumAltBoth", altValues)}
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
            {spectrumReadings.map((reading) => (
              <tr key={reading} className={reading === spectrum.reading ? "is-top" : undefined}>
                <th scope="row">
                  {reading === "pulled-both-ways"
                    ? t("results.spectrumBothRow", { name: spectrumTexts.labels[reading][profile.locale] })
                    : spectrumTexts.labels[reading][profile.locale]}
                </th>
                <td>{percent(spectrum.probabilities[reading])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
      footer={<p>{t(spectrum.showsDot ? "results.spectrumRange" : "results.spectrumRangeBoth")}</p>}
    />
  );
}
