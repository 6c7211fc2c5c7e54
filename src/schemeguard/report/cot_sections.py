"""Report sections for the CoT analyses (listed in `report.render.SECTIONS`).

Each runs the rule-based analyses over the table's `reasoning` column (cheap; the LLM judge is
for `schemeguard analyze --judge-model`), once per table. Human review decisions stored beside
the logs (`schemeguard review import`) add human-confirmed rates and detector–human agreement.
"""

from __future__ import annotations

import io
import math

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from schemeguard.analysis.stats import Rate, compare, rate_of, rates_by  # noqa: E402
from schemeguard.analysis.table import VARIANT_COLUMNS  # noqa: E402
from schemeguard.cot.analyze import analyze_table  # noqa: E402
from schemeguard.cot.failure_modes import MODES  # noqa: E402
from schemeguard.record import MEASURED, Measure  # noqa: E402
from schemeguard.report import plots  # noqa: E402
from schemeguard.report.markdown import coverage_text, table as md_table  # noqa: E402
from schemeguard.report.sections import Figure, ReportContext, Section, SectionFn, _slug, is_calibration  # noqa: E402
from schemeguard.review.queue import agreement, human_confirmed_rate, reviews_for_logs  # noqa: E402

_CACHE_KEY = "cot_analysed"
RULES_NOTE = ("CoT analyses here use the rule detectors for awareness (lexicon en/zh/ja) and spec citations, and the "
              "shipped classifier or the deliberate-intent rules for confirmed hits; each instrument's figures on real CoT follow.")


def measured_note(*labels: str) -> str:
    """Each instrument's measured recall/precision on real model CoT (cot.validation), printed next
    to the rates it produces: on organisms a rate proves the plumbing, on real models it is bounded by these."""
    from schemeguard.cot.validation import INSTRUMENTS, qualify

    return "\n".join(f"- {INSTRUMENTS[label]}: {qualify(label)}." for label in labels)


def analysed(table: pd.DataFrame) -> pd.DataFrame:
    """The table with CoT columns, computed once per table object."""
    cached = table.attrs.get(_CACHE_KEY)
    if cached is None or len(cached) != len(table):
        cached = analyze_table(table.drop(columns=[], errors="ignore").copy())
        cached.attrs = {}
        table.attrs[_CACHE_KEY] = cached
    return cached


def _with_cot(table: pd.DataFrame) -> pd.DataFrame:
    a = analysed(table)
    return a[~a["control"] & a["has_cot"]]


def _aware_bool(rows: pd.DataFrame) -> pd.DataFrame:
    return rows.assign(aware_b=rows["aware"].astype("boolean"))


def awareness_section(table: pd.DataFrame, ctx: ReportContext) -> Section | None:
    rows = _with_cot(table)
    if rows.empty:
        return None
    rows = _aware_bool(rows)
    per = rates_by(rows, "family", outcome="aware_b")
    body = [[r["family"], Rate(int(r["k"]), int(r["n"]), int(r["total"])).text()] for _, r in per.iterrows()]
    varying = [c for c in VARIANT_COLUMNS.values() if rows[c].nunique(dropna=True) > 1]
    lines = [RULES_NOTE, measured_note("eval_aware"), "",
             "Evaluation awareness = the CoT says the situation may be a test, evaluation, alignment/honesty "
             f"check or honeypot. Over rollouts with a CoT ({len(rows)} of {int((~analysed(table)['control']).sum())}).", "",
             md_table(["family", "awareness rate [95% CI] (k/n)"], body)]
    if varying:
        pv = rates_by(rows, varying, outcome="aware_b")
        lines += ["", md_table(["variant", "awareness rate [95% CI] (k/n)"], [
            [", ".join(f"{c}={r[c]}" for c in varying), Rate(int(r["k"]), int(r["n"]), int(r["total"])).text()]
            for _, r in pv.iterrows()])]
    planted = rows[rows["planted_aware"].notna()]
    if is_calibration(table) and not planted.empty:
        drawn = float(planted["planted_aware"].astype(bool).mean())
        agree = int((planted["aware"].astype(bool) == planted["planted_aware"].astype(bool)).sum())
        lines += ["", f"Calibration (organisms): planted awareness draw {drawn:.3f}; detector agrees with the "
                  f"draw on {agree}/{len(planted)} rollouts; measured {rate_of(planted['aware'].astype('boolean')).text()}."]
    fig = Figure(f"awareness_{_slug(ctx.label)}", plots.rate_plot(per, "family", "Evaluation awareness per family"),
                 "Evaluation-awareness rate per family (rule detector; 95% Wilson intervals).")
    return Section("Evaluation awareness (CoT)", "\n".join(lines), [fig])


def covert_by_awareness(table: pd.DataFrame, ctx: ReportContext) -> Section | None:
    rows = _with_cot(table)
    rows = rows[rows["measure"] == Measure.COVERT_ACTION]
    if rows.empty or rows["aware"].nunique() < 2:
        return None
    aware = rate_of(rows.loc[rows["aware"].astype(bool), "covert"])
    not_aware = rate_of(rows.loc[~rows["aware"].astype(bool), "covert"])
    c = compare(not_aware, aware)
    return Section("Covert action by verbalized awareness (OBSERVATIONAL)", "\n".join([
        "**Observational, not causal:** rollouts that verbalize awareness may differ in other ways. "
        "For causal effects use `schemeguard intervene` (remove/inject the thought and resample).", "",
        md_table(["CoT", "covert-action rate [95% CI] (k/n)", "coverage"],
                 [["aware", aware.text(), coverage_text(aware.n, aware.total)],
                  ["not aware", not_aware.text(), coverage_text(not_aware.n, not_aware.total)]]), "",
        f"Difference (aware − not aware): {c.text()}.",
    ]))


def failure_modes_section(table: pd.DataFrame, ctx: ReportContext) -> Section | None:
    a = analysed(table)
    rows = a[~a["control"] & (a["status"] == MEASURED) & (a["measure"] == Measure.COVERT_ACTION)]
    covert = rows[rows["covert"].fillna(False).astype(bool)]
    if covert.empty:
        return None
    body = []
    for family, g in [*covert.groupby("family"), ("all (pooled)", covert)]:
        counts = g["failure_mode"].value_counts()
        body.append([family, len(g), *[int(counts.get(m, 0)) for m in MODES],
                     Rate(int(g["confirmed_hit"].sum()), len(g), len(g)).text()])
    hit_rate = Rate(int(rows["confirmed_hit"].sum()), len(rows), int((~a["control"]).sum()))
    lines = [
        RULES_NOTE, measured_note("covert_intent", "spec_citation"), "",
        "Failure modes of each covert action: (a) no spec reasoning, (b) correct spec reasoning but the action "
        "anyway, (c) a fabricated or distorted principle. A confirmed hit is a covert action whose CoT shows "
        "deliberate reasoning towards it; ambiguous cases are not hits, so confirmed-hit rates are "
        "**conservative lower bounds**.", "",
        md_table(["family", "covert actions", "(a) no spec", "(b) spec but acted", "(c) fabricated/distorted",
                  "confirmed hits among covert [95% CI]"], body), "",
        f"Confirmed-hit rate over all measured rollouts (lower bound): {hit_rate.text()}.",
    ]
    reviews = reviews_for_logs(a["log"].unique())
    if not reviews.empty:
        human = human_confirmed_rate(a, reviews)
        lines += ["", f"**Human-confirmed hits** among measured covert actions (unreviewed or unsure count as not "
                  f"confirmed; lower bound): {human.text()} ({len(reviews)} decisions on file).", ""]
        agree_rows = []
        for field in ("confirmed_hit", "aware", "fabricated_or_distorted"):
            ag = agreement(a, reviews, field)
            agree_rows.append([field, ag.n, ag.rate.text(), f"{ag.kappa:.2f}" if not math.isnan(ag.kappa) else "–",
                               ag.detector_only, ag.human_only])
        lines += [md_table(["decision", "human yes/no decisions", "detector–human agreement [95% CI]", "Cohen's κ",
                            "detector yes, human no", "human yes, detector no"], agree_rows)]
    return Section("Failure modes and confirmed hits", "\n".join(lines))


def _boxplot(rows: pd.DataFrame, by: str) -> bytes:
    metrics = ["rare_word_rate", "dialect_rate", "function_word_share", "n_words"]
    fig, axes = plt.subplots(1, len(metrics), figsize=(13, 0.35 * max(rows[by].nunique(), 2) + 1.6), sharey=True)
    groups = sorted(rows[by].dropna().unique())
    for ax, metric in zip(axes, metrics):
        ax.boxplot([rows.loc[rows[by] == g, f"leg_{metric}" if metric != "n_words" else "n_words"].astype(float)
                    for g in groups], vert=False, tick_labels=groups)
        ax.set_title(metric, fontsize=9)
        ax.tick_params(labelsize=7)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, bbox_inches="tight")
    plt.close(fig)
    return buf.getvalue()


def legibility_section(table: pd.DataFrame, ctx: ReportContext) -> Section | None:
    rows = _with_cot(table)
    if rows.empty:
        return None
    body = []
    for (model, family), g in rows.groupby(["model", "family"]):
        q = lambda c: f"{g[c].median():.3f} [{g[c].quantile(0.25):.3f}, {g[c].quantile(0.75):.3f}]"  # noqa: E731
        body.append([model, family, len(g), q("leg_rare_word_rate"), q("leg_dialect_rate"),
                     q("leg_function_word_share"), int(g["n_words"].median()),
                     int((g["leg_loop_count"] > 0).sum()), int((g["leg_recovered"] == False).sum())])  # noqa: E712
    outliers = rows[rows["legibility_outlier"].astype(str) != ""]
    lines = [
        "Per rollout: rare-word rate (share of words with Zipf frequency < 3 in `wordfreq` English), dialect "
        "lexicon hits per 100 words, share of function words (compression: low = telegraphic), length in "
        "words, repetition loops (a word or n-gram ≥4 times in a row) and loops without recovery. "
        "Cells: median [IQR].", "",
        md_table(["model", "family", "rollouts", "rare-word rate", "dialect /100 words", "function-word share",
                  "median words", "with loops", "loops not recovered"], body), "",
        f"Outliers (outside Q1−3·IQR … Q3+3·IQR of their model on some metric): {len(outliers)} rollouts.",
    ]
    if len(outliers):
        lines += ["", md_table(["family", "sample", "epoch", "metrics"], [
            [r["family"], r["sample_id"], r["epoch"], r["legibility_outlier"]] for _, r in outliers.head(20).iterrows()])]
    fig = Figure(f"legibility_{_slug(ctx.label)}", _boxplot(rows, "family"),
                 "Legibility metrics per family (box plots over rollouts).")
    return Section("CoT legibility", "\n".join(lines), [fig])


COT_SECTIONS: tuple[SectionFn, ...] = (awareness_section, covert_by_awareness, failure_modes_section, legibility_section)
