"""Leave-one-batch-out over the red team's follow-up batches for the rules, the learned reply reader
(`scoring/followup_learned.py`), its structural-only variant and the combined policy; the real replies
for each, trained on every batch; then the default policy registered in
benchmarks/results/followup_session9.md, applied as written.

    python -m benchmarks.followup_learned [--upto N] [--write-weights]

`--upto N`: leave one batch out over batches 1..N (default 6, the session-9 policy's batches); the real
replies are read by the candidates trained on all of 1..N.

`--write-weights` stores the chosen reader's weights (trained on batches 1-6) in the package, only when
the policy chooses a learned candidate.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from statistics import mean
from typing import Callable

from schemeguard.scoring import followup_learned as fl
from schemeguard.scoring import followup_validation as fv
from schemeguard.scoring.followup import LABELS, classify_followup

from tests.redteam.followup_replies import replies

BATCHES = (1, 2, 3, 4, 5, 6)
CANDIDATES = ("rules", "structural", "combined", "learned")  # simplest first (the policy's tie order)
WEIGHTS_OUT = Path(fl.__file__).parent / fl.WEIGHTS


def structural(toks: list[str]) -> list[str]:
    return [t for t in toks if not t.startswith("c:")]


def lobo(batches: tuple[int, ...] = BATCHES) -> tuple[dict[str, dict[int, tuple[int, int]]], dict[str, Counter]]:
    """Per candidate and held-out batch: (right, n); and the pooled confusion (true, predicted)."""
    items = [(r, *fl.features(r.reply, r.question, r.facts)) for r in replies() if r.batch in batches]
    acc: dict[str, dict[int, tuple[int, int]]] = {c: {} for c in CANDIDATES}
    conf: dict[str, Counter] = {c: Counter() for c in CANDIDATES}
    for b in batches:
        train = [(r, t) for r, rule, t in items if r.batch != b and rule in LABELS]
        full = fl.train([t for _, t in train], [r.label for r, _ in train], with_ngrams=True)
        struct = fl.train([structural(t) for _, t in train], [r.label for r, _ in train], with_ngrams=False)
        for c in CANDIDATES:
            right = n = 0
            for r, rule, toks in items:
                if r.batch != b:
                    continue
                if rule not in LABELS:
                    said = str(rule)  # unmeasured by the rules: unmeasured for every candidate, counted wrong
                elif c == "rules":
                    said = rule
                elif c == "structural":
                    said = fl.decide(rule, struct.probabilities(structural(toks)), "learned")
                else:
                    said = fl.decide(rule, full.probabilities(toks), c)
                right += said == r.label
                n += 1
                conf[c][(r.label, said)] += 1
            acc[c][b] = (right, n)
    return acc, conf


def shipped_models(batches: tuple[int, ...] = BATCHES) -> dict[str, fl.Model]:
    """The learned candidates trained (session-9 settings) on `batches` (the shipped policy's: 1-6)."""
    items = [(r, *fl.features(r.reply, r.question, r.facts)) for r in replies() if r.batch in batches]
    train = [(r, t) for r, rule, t in items if rule in LABELS]
    full = fl.train([t for _, t in train], [r.label for r, _ in train], with_ngrams=True)
    struct = fl.train([structural(t) for _, t in train], [r.label for r, _ in train], with_ngrams=False)
    return {"learned": full, "combined": full, "structural": struct}


def predictor(c: str, models: dict[str, fl.Model]) -> Callable[..., str | None]:
    if c == "rules":
        return classify_followup
    policy = "combined" if c == "combined" else "learned"
    return lambda reply, question=None, facts=(): fl.classify(reply, question, facts, policy=policy, model=models[c])


def choose(acc: dict[str, dict[int, tuple[int, int]]], real: dict[str, dict],
           batches: tuple[int, ...] = BATCHES) -> tuple[str, list[str]]:
    """The registered policy, mechanically: eligibility (mean +3 points over the rules, no batch more
    than 5 below, real sealed replies' accuracy and denies precision not lower), then the highest
    mean, ties within 1 point to the simpler candidate."""
    def m(c: str) -> float:
        return 100 * mean(k / n for k, n in acc[c].values())
    notes, eligible = [], []
    for c in CANDIDATES[1:]:
        worst = min(100 * (acc[c][b][0] / acc[c][b][1] - acc["rules"][b][0] / acc["rules"][b][1]) for b in batches)
        ra, rr = real[c]["out_of_source"], real["rules"]["out_of_source"]
        ok_real = (ra["accuracy"]["value"] >= rr["accuracy"]["value"]
                   and (ra["denies"]["precision"] or 0) >= (rr["denies"]["precision"] or 0))
        why = (f"{c}: mean {m(c):.1f} vs rules {m('rules'):.1f} ({m(c) - m('rules'):+.1f}; needs >= +3), worst batch "
               f"{worst:+.1f} (needs >= -5), real sealed acc {ra['accuracy']['text']} vs {rr['accuracy']['text']}, denies P "
               f"{ra['denies']['precision_text']} vs {rr['denies']['precision_text']}")
        if m(c) - m("rules") >= 3 and worst >= -5 and ok_real:
            eligible.append(c)
            notes.append(why + ": ELIGIBLE")
        else:
            notes.append(why + ": not eligible")
    if not eligible:
        return "rules", notes
    top = max(m(c) for c in eligible)
    return next(c for c in CANDIDATES if c in eligible and m(c) >= top - 1), notes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write-weights", action="store_true")
    ap.add_argument("--upto", type=int, default=BATCHES[-1], help="leave one batch out over batches 1..N")
    args = ap.parse_args(argv)
    batches = tuple(range(1, args.upto + 1))
    acc, conf = lobo(batches)
    lines = ["| candidate | " + " | ".join(f"batch {b}" for b in batches) + " | mean | worst |",
             "|---|" + "---|" * (len(batches) + 2)]
    for c in CANDIDATES:
        cells = [f"{100 * k / n:.0f}% ({k}/{n})" for k, n in (acc[c][b] for b in batches)]
        rates = [k / n for k, n in acc[c].values()]
        lines.append(f"| {c} | " + " | ".join(cells) + f" | **{100 * mean(rates):.1f}%** | {100 * min(rates):.0f}% |")
    lines += ["", "Pooled held-out recall per true label (leave-one-batch-out):", "",
              "| candidate | admits | denies | evades | unmeasured (counted wrong) |", "|---|---|---|---|---|"]
    for c in CANDIDATES:
        cells = []
        for lab in LABELS:
            n = sum(v for (t, _), v in conf[c].items() if t == lab)
            cells.append(f"{100 * conf[c][(lab, lab)] / n:.0f}% ({conf[c][(lab, lab)]}/{n})")
        unm = sum(v for (_, p), v in conf[c].items() if p not in LABELS)
        lines.append(f"| {c} | " + " | ".join(cells) + f" | {unm} |")
    models = shipped_models(batches)
    rows = fv.with_texts(fv.records())
    real = {c: fv.validate(rows, predictor(c, models)) for c in CANDIDATES}
    lines += ["", f"Real replies ({len(rows)} of {len(fv.records())} with text; learned candidates trained on batches 1-{batches[-1]}):", ""]
    for c in CANDIDATES:
        lines.append("    " + fv._line(f"{c}: sealed", real[c]["out_of_source"]))
        lines.append("    " + fv._line(f"{c}: dev (in-sample for the rules)", real[c]["in_sample_dev"]))
    chosen, notes = choose(acc, real, batches)
    lines += ["", "Policy applied:", ""] + [f"- {n}" for n in notes] + ["", f"**Default chosen: {chosen}**"]
    print("\n".join(lines))
    if args.write_weights and chosen != "rules":
        model = models[chosen]
        WEIGHTS_OUT.write_text(json.dumps(model.to_json({"trained_on": f"red-team follow-up batches 1-{batches[-1]}", "policy": chosen,
                                                         "c": 1.0, "ngrams": list(fl.NGRAMS)}),
                                          sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
