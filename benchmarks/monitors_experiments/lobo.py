"""Leave-one-batch-out over chosen red-team batches, per probe variant: the default set's whole training
procedure (probe, stack, 5 %-FPR threshold on the stack's own out-of-fold scores, items by other hands
only) refitted on the pool without the batch, then read on it. The test FPR next to the calibration FPR
shows whether the threshold rule keeps a batch it never saw at <= 5 % FPR. Both threshold rules are
read ('bound': 5 % FPR with 90 % confidence, Clopper-Pearson, shipped; 'quantile': the plain 5 % quantile).

    .venv/bin/python benchmarks/monitors_experiments/lobo.py [--batches 9,10,11,12] [--variants default,minilm,static]
        [--views action,full] [--logs DIR] [--out FILE.json] [--by batch|family] [--exclude-rules a,b]

A cut-down `monitors.py --heldout` (no leave-one-family-out, only the batches asked for), for comparing
variants and threshold rules quickly. The pool is every source before FRESH_BATCH; no fresh batch is read."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import monitors as bm  # noqa: E402


def lobo(logs: list[str], batches: list, variants: list[str], views: list[str], by: str = "batch") -> dict:
    """`by` 'batch': leave each red-team batch in `batches` out; 'family': leave each family out (all sources;
    read on its red-team items), `batches` ignored."""
    from schemeguard.monitors.metrics import bootstrap_auroc, figures

    pool = bm.training_pool(logs)
    y, clusters, fams = pool.y.astype(bool), pool.clusters, np.array(pool.families)
    b = np.array(pool.batches)
    src = np.array(pool.sources)
    calibrate = src != "organism runs"  # as shipped (SHIPPED_CALIBRATION = 'outside')
    out: dict = {"batches": batches, "pool": {s: int((src == s).sum()) for s in dict.fromkeys(pool.sources)},
                 "fresh_batch": bm.FRESH_BATCH, "views": {}}
    for view in views:
        t0 = time.time()
        d = bm.view_data(pool.transcripts, view, dense=tuple(v for v in variants if bm.VARIANTS[v][0] in ("static", "minilm")))
        keep = np.array([bool(t) for t in d.tokens])
        out["views"][view] = {"features_s": round(time.time() - t0, 1)}
        for variant in variants:
            source = bm.VARIANTS[variant][0]
            if source in ("static", "minilm") and source not in d.dense:
                out["views"][view][variant] = {"unavailable": f"{source} not installed"}
                continue
            rows, scores, flags = [], {}, {r: {} for r in bm.THRESHOLD_RULES}
            groups = batches if by == "batch" else sorted(set(fams[b > 0].tolist()))
            for batch in groups:
                if by == "batch":
                    test = np.flatnonzero((b == batch) & keep)
                    train = np.setdiff1d(np.flatnonzero(keep), test)
                else:  # the family's items of every source out of training; its red-team items read
                    test = np.flatnonzero((fams == batch) & (b > 0) & keep)
                    train = np.flatnonzero((fams != batch) & keep)
                sc, ths, cal_fpr = bm.fit_and_score(d, y, clusters, b, variant, train, test, view != "cot",
                                                    calibrate if view != "cot" else None, bm.SHIPPED_FOLDS, fams)
                yt = y[test]
                lo, hi = bootstrap_auroc(yt, sc, [clusters[i] for i in test])
                row = {"batch": batch, "honest": int((~yt).sum()), "covert": int(yt.sum()), "auroc": figures(yt, sc).auroc,
                       "auroc_ci": [lo, hi]}
                for rule, th in ths.items():
                    row[rule] = {"threshold": th, "calibration_fpr": cal_fpr[rule], "tpr": float((sc[yt] >= th).mean()),
                                 "fpr": float((sc[~yt] >= th).mean())}
                    flags[rule].update(dict(zip(test.tolist(), (sc >= th).tolist())))
                scores.update(dict(zip(test.tolist(), sc.tolist())))
                rows.append(row)
                print(view, variant, batch, f"AUROC {row['auroc']:.3f} [{lo:.3f},{hi:.3f}]",
                      " ".join(f"{r}: th {row[r]['threshold']:.3f} cal {row[r]['calibration_fpr']:.3f} "
                               f"TPR {row[r]['tpr']:.3f} FPR {row[r]['fpr']:.3f}" for r in ths), flush=True)
            idx = np.array(sorted(scores))
            s_all = np.array([scores[i] for i in idx])
            lo, hi = bootstrap_auroc(y[idx], s_all, [clusters[i] for i in idx])
            pooled = {"n": int(len(idx)), "auroc": figures(y[idx], s_all).auroc, "auroc_ci": [lo, hi]}
            for rule in bm.THRESHOLD_RULES:
                f = np.array([flags[rule][i] for i in idx])
                pooled[rule] = {"tpr": float(f[y[idx]].mean()), "fpr": float(f[~y[idx]].mean())}
            out["views"][view][variant] = {"per_batch": rows, "pooled": pooled}
            print(view, variant, "pooled", json.dumps(pooled), flush=True)
    return out


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--batches", default="9,10,11,12")
    p.add_argument("--variants", default="default,minilm,static")
    p.add_argument("--views", default="action,full")
    p.add_argument("--logs", default=None, help="organism .eval logs to reuse (else generated)")
    p.add_argument("--out", default=None)
    p.add_argument("--by", default="batch", choices=("batch", "family"))
    p.add_argument("--exclude-rules", default="", help="leave these rule signatures out (the rules and the probe's rule tokens), "
                                                        "to compare a set without them on the same protocol")
    a = p.parse_args()
    from schemeguard.monitors.rules import RULES

    for r in [r for r in a.exclude_rules.split(",") if r]:
        del RULES[r]  # this process only, as `monitors.py --exclude-rules`
    with tempfile.TemporaryDirectory() as tmp:
        logs = [str(x) for x in Path(a.logs).glob("*.eval")] if a.logs else bm.organism_logs(Path(tmp))
        d = lobo(logs, [int(x) for x in a.batches.split(",")], a.variants.split(","), a.views.split(","), a.by)
    text = json.dumps(d, indent=1, default=str) + "\n"
    if a.out:
        Path(a.out).write_text(text)
    else:
        print(text)


if __name__ == "__main__":
    main()
