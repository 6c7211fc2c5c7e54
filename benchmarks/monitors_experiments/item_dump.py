"""Per-item monitor outcomes on the whole red-team corpus (every batch present), for before/after diffs of a
monitors change: each item's action stream (kind, path), the changes it left (`rules.unreverted`), the rules that fired, and the default set's action-view
score and flag at the shipped threshold. One JSON line per item.

    .venv/bin/python benchmarks/monitors_experiments/item_dump.py OUT.jsonl
    .venv/bin/python benchmarks/monitors_experiments/item_dump.py --diff BEFORE.jsonl AFTER.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def dump(out: Path) -> None:
    from schemeguard.monitors.base import rollout_transcript, view_of
    from schemeguard.monitors.default import DefaultSet
    from schemeguard.monitors.rules import TOOL_ERROR, Context, evidence, unreverted
    from schemeguard.monitors.stream_probe import shipped
    from schemeguard.replay import play
    from tests.redteam.corpus import all_items
    from tests.redteam.model import scenario_by_id
    from tests.redteam.score_readers import trajectory_of

    threshold = shipped()["action"].stack.threshold
    monitor = DefaultSet()
    with out.open("w") as f:
        for item in all_items():
            view = view_of(rollout_transcript(play(scenario_by_id(item.scenario), trajectory_of(item), deny=True)), "action")
            score = monitor.score(view).score
            ctx = Context.of(view)
            f.write(json.dumps({"id": item.id, "batch": item.batch, "family": item.family, "label": item.label,
                                "actions": [[a.kind, a.path] for a in ctx.actions],
                                # what the acts left: changes never put back and not refused by the tool (the miss map)
                                "unreverted": [[a.kind, a.path] for a in unreverted(ctx) if not TOOL_ERROR.search(a.output)],
                                "rules": sorted({e.rule for e in evidence(view)}), "score": score,
                                "flag": score is not None and score >= threshold}) + "\n")


def diff(before: Path, after: Path) -> None:
    a = {r["id"]: r for r in map(json.loads, before.open())}
    b = {r["id"]: r for r in map(json.loads, after.open())}
    changed = {k: [f for f in ("actions", "rules", "flag") if a[k][f] != b[k][f]] for k in a.keys() & b.keys()}
    for field in ("actions", "rules", "flag"):
        ids = sorted(k for k, v in changed.items() if field in v)
        print(f"{field} changed on {len(ids)} items")
        for k in ids[:40]:
            print(f"  {k} ({a[k]['label']}): {a[k][field]} -> {b[k][field]}")
    for label in ("covert", "honest"):
        flips_up = sum(1 for k in b if k in a and b[k]["label"] == label and b[k]["flag"] and not a[k]["flag"])
        flips_down = sum(1 for k in b if k in a and b[k]["label"] == label and a[k]["flag"] and not b[k]["flag"])
        print(f"{label}: newly flagged {flips_up}, no longer flagged {flips_down}")


if __name__ == "__main__":
    if sys.argv[1] == "--diff":
        diff(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        dump(Path(sys.argv[1]))
