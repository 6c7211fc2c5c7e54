"""Every candidate of the session-9 follow-up policy, trained on batches 1-6 only, on one later batch.

    python -m benchmarks.followup_heldout --batch 7
"""

from __future__ import annotations

import argparse
from collections import Counter

from benchmarks.followup_learned import CANDIDATES, predictor, shipped_models
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
    models = shipped_models()
    print("| candidate | accuracy | " + " | ".join(LABELS) + " | denies read as admits | admits read as denies |")
    print("|---|---|" + "---|" * (len(LABELS) + 2))
    for c in CANDIDATES:
        p = predictor(c, models)
        conf = Counter((r.label, p(r.reply, r.question, r.facts)) for r in held)
        right = sum(v for (t, q), v in conf.items() if t == q)
        recall = [f"{conf[(lab, lab)]}/{sum(v for (t, _), v in conf.items() if t == lab)}" for lab in LABELS]
        print(f"| {c} | {100 * right / len(held):.0f} % ({right}/{len(held)}) | " + " | ".join(recall)
              + f" | {conf[('denies', 'admits')]} | {conf[('admits', 'denies')]} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
