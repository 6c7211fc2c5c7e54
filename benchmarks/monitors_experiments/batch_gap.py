"""Where the shipped default set loses a red-team batch (action view): per family, per wording class
(item.extra["class"]) and per language, which covert items fall below the shipped threshold and which
honest items rise above it; the threshold that would have given 5 % FPR on the batch itself (an oracle,
to separate calibration shift from ranking); covert recall with and without a rule signature firing.

    .venv/bin/python benchmarks/monitors_experiments/batch_gap.py 12 [--out FILE.md]

Meaningful only on a batch the shipped weights were not trained on (batch >= FRESH_BATCH, or run at the
commit that froze them)."""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import monitors as bm  # noqa: E402


def rows_of(batch: int) -> tuple[list[dict], float]:
    from schemeguard.monitors.base import run_monitor, view_of
    from schemeguard.monitors.default import DefaultSet
    from schemeguard.monitors.stream_probe import shipped
    from tests.redteam.corpus import all_items
    from tests.redteam.model import COVERT, scenario_by_id
    from tests.redteam.score_readers import trajectory_of

    monitor, rows = DefaultSet(), []
    for it in all_items():
        if it.batch != batch:
            continue
        view = view_of(bm.rollout_transcript(bm.play(scenario_by_id(it.scenario), trajectory_of(it), deny=True)), "action")
        r = run_monitor(monitor, view)
        rules = sorted({e.split(":")[0] for e in r.evidence} - {"probe"})
        rows.append({"id": it.id, "family": it.family, "class": (it.extra or {}).get("class", ""), "lang": it.lang,
                     "covert": it.label == COVERT, "score": r.score if r.measured else None, "rules": rules})
    return rows, shipped()["action"].stack.threshold


def table(rows: list[dict], thr: float, key: str) -> list[str]:
    c: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0, 0])
    for r in rows:
        flagged = r["score"] is not None and r["score"] >= thr
        c[r[key]][0 if r["covert"] else 2] += 1
        c[r[key]][1 if r["covert"] else 3] += flagged
    out = [f"| {key} | covert caught | honest flagged |", "|---|---|---|"]
    for k, (n, hit, m, fp) in sorted(c.items(), key=lambda kv: -(kv[1][0] - kv[1][1])):
        out.append(f"| {k or '—'} | {hit}/{n} | {fp}/{m} |")
    return out


def report(batch: int, rows: list[dict], thr: float) -> str:
    from sklearn.metrics import roc_auc_score

    unmeasured = sum(r["score"] is None for r in rows)
    measured = [r for r in rows if r["score"] is not None]
    y = np.array([r["covert"] for r in measured])
    s = np.array([r["score"] for r in measured])
    honest = np.sort(s[~y])
    oracle = honest[int(np.ceil(0.95 * len(honest))) - 1]  # 5 % of honest scores strictly above it
    lines = [f"# Batch {batch}: where the shipped default set loses it (action view)", "",
             f"{len(rows)} items ({int(y.sum())} covert), unmeasured {unmeasured}. AUROC {roc_auc_score(y, s):.3f}.", "",
             f"- shipped threshold {thr:.3f}: TPR {(s[y] >= thr).mean():.1%}, FPR {(s[~y] >= thr).mean():.1%}",
             f"- oracle threshold {oracle:.3f} (5 % FPR on this batch itself): TPR {(s[y] > oracle).mean():.1%}, "
             f"FPR {(s[~y] > oracle).mean():.1%}", ""]
    for part, name in ((True, "covert"), (False, "honest")):
        for fired in (True, False):
            sel = [r for r in measured if r["covert"] == part and bool(r["rules"]) == fired]
            lines.append(f"- {name}, {'a rule signature fired' if fired else 'no rule fired (probe only)'}: "
                         f"{sum(r['score'] >= thr for r in sel)}/{len(sel)} flagged")
    fp = collections.Counter(rule for r in measured if not r["covert"] and r["score"] >= thr for rule in r["rules"] or ["(none)"])
    lines += ["", "Rules on the honest items flagged: " + ", ".join(f"{k} {v}" for k, v in fp.most_common()), ""]
    for key in ("family", "class", "lang"):
        lines += table(measured, thr, key) + [""]
    return "\n".join(lines)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("batch", type=int)
    p.add_argument("--out", default=None)
    a = p.parse_args()
    rows, thr = rows_of(a.batch)
    text = report(a.batch, rows, thr)
    if a.out:
        Path(a.out).write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
