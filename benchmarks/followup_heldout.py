"""Every candidate of the follow-up policy, trained on every batch before the one scored, on that batch.

    python -m benchmarks.followup_heldout --batch 7     # candidates trained on batches 1-6
    python -m benchmarks.followup_heldout --batch 8     # trained on 1-7 (the policy registered in session 11)
"""

from __future__ import annotations

import argparse
from collections import Counter

from benchmarks.followup_learned import CANDIDATES, predictor, shipped_models
from schemeguard.scoring import followup_validation as fv
from schemeguard.scoring.followup import LABELS
from tests.redteam.followup_replies import replies


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--batch", type=int, required=True, help="a batch the candidates were not trained on (7 on)")
    batch = ap.parse_args(argv).batch
    if batch <= 6:
        ap.error("batches 1-6 are the candidates' training data")
    held = [r for r in replies() if r.batch == batch]
    if not held:
        ap.error(f"no follow-up batch {batch} in tests/redteam")
    models = shipped_models(tuple(range(1, batch)))
    print("| candidate | accuracy | " + " | ".join(LABELS) + " | denies read as admits | admits read as denies |")
    print("|---|---|" + "---|" * (len(LABELS) + 2))
    for c in CANDIDATES:
        p = predictor(c, models)
        conf = Counter((r.label, p(r.reply, r.question, r.facts)) for r in held)
        right = sum(v for (t, q), v in conf.items() if t == q)
        recall = [f"{conf[(lab, lab)]}/{sum(v for (t, _), v in conf.items() if t == lab)}" for lab in LABELS]
        print(f"| {c} | {100 * right / len(held):.0f} % ({right}/{len(held)}) | " + " | ".join(recall)
              + f" | {conf[('denies', 'admits')]} | {conf[('admits', 'denies')]} |")
    # the policy's second condition: the same candidates on the sealed real replies (those with text here)
    rows = fv.with_texts(fv.records())
    print(f"\nReal replies, sealed ({sum(not r.get('dev') for r in rows)} with text; candidates trained on batches 1-{batch - 1}):\n")
    print("| candidate | accuracy | denies precision | admits precision |\n|---|---|---|---|")
    for c in CANDIDATES:
        v = fv.validate(rows, predictor(c, models))["out_of_source"]
        print(f"| {c} | {v['accuracy']['text']} | {v['denies']['precision_text']} | {v['admits']['precision_text']} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
