import { type FormEvent, type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { answerOptions, inventory } from "../../../core/inventory/index";
import { ApiError } from "../../api/client";
import { assessments } from "../../api/endpoints";
import type { AssessmentState } from "../../api/types";
import { usePageTitle } from "../../app/page-title";
import { FormStatus } from "../../components/form-status";
import { LikertScale, type LikertScaleHandle } from "../../components/likert-scale";
import { useApiErrors } from "../../components/use-api-error";
import { currentLocale } from "../../i18n/setup";
import { CheckProgress } from "./check-progress";

const itemsById = new Map(inventory.items.map((item) => [item.id, item]));

/**
 * One statement at a time. The server keeps the answers (so a check resumes anywhere, even on another
 * device); Back shows an earlier statement with its answer, answering it again changes that answer on
 * the server, and the check then moves forward through the later ones again.
 */
export function CheckRunPage() {
  const { id = "" } = useParams();
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const navigate = useNavigate();
  const location = useLocation();
  usePageTitle(t("check.title"));

  const [server, setServer] = useState<AssessmentState | null>(() => {
    const passed = location.state as AssessmentState | null;
    return passed?.id === id ? passed : null;
  });
  /** Index into the answers while reviewing an earlier statement; null on the newest unanswered one. */
  const [reviewing, setReviewing] = useState<number | null>(null);
  const [value, setValue] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);
  const [notFound, setNotFound] = useState(false);
  const [focusRound, setFocusRound] = useState(0);
  const { errors, show, clear } = useApiErrors();
  const scale = useRef<LikertScaleHandle>(null);

  const finish = useCallback(
    (state: AssessmentState) => navigate(`/results/${state.id}`, { replace: true }),
    [navigate],
  );

  // Resume: fetch the check when it was not handed over by the start page.
  useEffect(() => {
    if (server) return;
    const controller = new AbortController();
    assessments
      .get(id, locale, controller.signal)
      .then((state) => (state.status === "finished" ? finish(state) : setServer(state)))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && (error.status === 404 || error.status === 400)) setNotFound(true);
        else show(error);
      });
    return () => controller.abort();
  }, [id, locale, server, finish, show]);

  const answers = server?.answers ?? [];
  const shownId = reviewing !== null ? (answers[reviewing]?.itemId ?? null) : (server?.item?.id ?? null);
  const earlier = reviewing !== null ? (answers[reviewing]?.value ?? null) : null;

  // A new statement: preselect its earlier answer (if any) and put focus on the answers.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the statement changes, not its answer.
  useEffect(() => {
    if (!shownId) return;
    setValue(earlier);
    setMissing(false);
    setFocusRound((round) => round + 1);
  }, [shownId, reviewing]);

  // Focus moves once the new statement and its answer are on screen (after that render commits).
  useEffect(() => {
    if (focusRound > 0) scale.current?.focus();
  }, [focusRound]);

  // Number keys 1–5 choose an answer from anywhere on the page.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLInputElement | null;
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) && target.type !== "radio") return;
      const position = Number(event.key);
      if (Number.isInteger(position) && position >= 1 && position <= 5) {
        event.preventDefault();
        scale.current?.choose(position);
        setMissing(false);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (!shownId || busy) return;
    if (value === null) {
      setMissing(true);
      scale.current?.focus();
      return;
    }
    clear();
    setBusy(true);
    try {
      const next = await assessments.answer(id, shownId, value, locale);
      setServer(next);
      if (next.status === "finished") {
        finish(next);
        return;
      }
      if (reviewing !== null) setReviewing(reviewing + 1 < next.answers.length ? reviewing + 1 : null);
    } catch (error) {
      show(error);
    } finally {
      setBusy(false);
    }
  }

  function back() {
    if (busy) return;
    const target = reviewing !== null ? reviewing - 1 : answers.length - 1;
    if (target >= 0) {
      clear();
      setReviewing(target);
    }
  }

  const onFormKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === "Enter" && (event.target as HTMLInputElement).type === "radio") {
      event.preventDefault();
      void submit();
    }
  };

  // The five answers and the statement come from the inventory in the current language, so switching
  // language mid-check shows the same statement in the other language.
  const options = useMemo(
    () => answerOptions.map((label, index) => ({ value: index + 1, label: label[locale] })),
    [locale],
  );
  const statement = shownId
    ? (itemsById.get(shownId)?.text[locale] ??
      (reviewing !== null ? answers[reviewing]?.text : server?.item?.text) ??
      shownId)
    : "";

  if (notFound) {
    return (
      <div>
        <h1>{t("check.title")}</h1>
        <p>{t("check.notFound")}</p>
        <Link className="button" to="/check">
          {t("check.begin")}
        </Link>
      </div>
    );
  }

  const number = reviewing !== null ? reviewing + 1 : answers.length + 1;
  const canGoBack = reviewing !== null ? reviewing > 0 : answers.length > 0;

  return (
    <div className="check-run">
      <h1 className="check-title">{t("check.title")}</h1>
      {server ? <CheckProgress mode={server.mode} progress={server.progress} /> : null}
      {errors.form ? <FormStatus kind="error">{errors.form}</FormStatus> : null}
      {shownId ? (
        <form onSubmit={submit} onKeyDown={onFormKeyDown} className="check-form" noValidate>
          <p className="statement-number">{t("check.statementNumber", { number })}</p>
          <LikertScale
            ref={scale}
            statement={statement}
            question={t("check.answersLegend")}
            options={options}
            value={value}
            onChange={(v) => {
              setValue(v);
              setMissing(false);
            }}
            describedBy={missing ? "statement-missing" : undefined}
          />
          {missing ? (
            <p className="field-error" id="statement-missing" role="alert">
              {t("check.chooseFirst")}
            </p>
          ) : null}
          <div className="check-actions">
            {canGoBack ? (
              <button type="button" className="button quiet" onClick={back} aria-disabled={busy}>
                <span aria-hidden="true">← </span>
                {t("check.back")}
              </button>
            ) : (
              <span />
            )}
            <button type="submit" className="button" aria-disabled={busy}>
              {busy ? t("common.saving") : t("check.next")}
              <span aria-hidden="true"> →</span>
            </button>
          </div>
          <p className="muted small">{t("check.keyboardHint")}</p>
          <p className="muted small">{t("check.leaveNote")}</p>
        </form>
      ) : errors.form ? null : (
        <p role="status" className="muted">
          {server?.status === "finished" ? t("check.finishing") : t("common.loading")}
        </p>
      )}
    </div>
  );
}
