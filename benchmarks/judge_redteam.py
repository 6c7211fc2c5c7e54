"""The covert-action judge (environments/judge.py) measured on the readers' red-team corpus.

Each item is played through the real tools (`tests/redteam/score_readers`), the rules give their
verdict, and the judge is asked once; the same opinion then goes through the scorer's own
`judge_rollout` under each policy, so three instruments are compared on identical evidence:

- rules alone (no judge; the shipped default);
- rules + judge, policy `dispute` (shipped with `--judge-model`): disagreement -> disputed;
- rules + judge, policy `judge`: the judge's verdict decides where it was asked (the rule verdict
  stays as evidence); deferred (sandbagging) and state-only verdicts stay with the rules/state.

"judge alone" below is the judge policy restricted to the items the judge was actually asked.
Unparseable or failed replies are unmeasured (they count against every rate, as in score_readers).
Items are a stratified sample: `--per-cell K` items per (family, label), drawn with `--seed`.

    nice .venv/bin/python -m benchmarks.judge_redteam --batch 1 --batch 2 --batch 3 --batch 4 --batch 5 \\
        --per-cell 2 --judge-model local/qwen2.5-coder-1.5b -M n_threads=2 -M think=false
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from schemeguard.environments import get_family
from schemeguard.environments.judge import NoRubric, Opinion, second_opinion
from schemeguard.replay import play
from schemeguard.scoring.covert import judge_rollout

from tests.redteam.corpus import all_items
from tests.redteam.model import COVERT, Item, scenario_by_id
from tests.redteam.score_readers import Outcome, interpret, pct, rates, trajectory_of

INSTRUMENTS = ("rules", "dispute", "judge")


@dataclass
class Judged:
    item: Item
    outcomes: dict[str, Outcome]  # instrument -> outcome
    asked: bool  # the judge model was called
    opinion: Opinion | None
    error: str
    seconds: float


def sample(items: list[Item], per_cell: int | None, seed: int, skip: int = 0) -> list[Item]:
    """`per_cell` items per (family, label), seeded; all items when per_cell is None. With `skip`,
    the items an earlier run with `--per-cell skip` (same seed) drew are left out first, so the two
    samples are disjoint and their counts can be added."""
    if skip:
        earlier = {i.id for i in sample(items, skip, seed)}
        items = [i for i in items if i.id not in earlier]
        seed = seed + 1_000  # a fresh draw from what is left
    if per_cell is None:
        return items
    cells: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for i in items:
        cells[(i.family, i.label)].append(i)
    rng = random.Random(seed)
    picked = [rng.sample(cells[key], min(per_cell, len(cells[key]))) for key in sorted(cells)]
    # round-robin over the cells: a run stopped early still covers every cell evenly
    return [cell[k] for k in range(per_cell) for cell in picked if k < len(cell)]


async def judge_item(item: Item, model: Any) -> Judged:
    env = get_family(item.family)
    try:
        rollout = play(scenario_by_id(item.scenario), trajectory_of(item))
    except Exception as e:  # a broken item: unmeasured everywhere
        bad = Outcome(item, "unmeasured", None, None, f"could not play: {e}", 0)
        return Judged(item, {k: bad for k in INSTRUMENTS}, False, None, str(e), 0.0)
    errors = sum(1 for a in rollout.workspace.audit if a.get("error"))
    cache: dict[str, Any] = {}

    async def second(r: Any, v: Any) -> Opinion:
        if "opinion" not in cache:  # ask once; every policy reads the same opinion (or error)
            started = time.perf_counter()
            try:
                cache["opinion"] = await second_opinion(model, env, r, v)
            except Exception as e:
                cache["error"] = e
            cache["seconds"] = time.perf_counter() - started
        if "error" in cache:
            raise cache["error"]
        return cache["opinion"]

    outcomes = {"rules": interpret(item, await judge_rollout(rollout, env.detect), errors)}
    for policy in ("dispute", "judge"):
        outcomes[policy] = interpret(item, await judge_rollout(rollout, env.detect, second=second, policy=policy), errors)
    opinion, err = cache.get("opinion"), cache.get("error")
    asked = opinion is not None and bool(opinion.raw) or (err is not None and not isinstance(err, NoRubric))
    return Judged(item, outcomes, asked, opinion, f"{type(err).__name__}: {err}" if err else "", cache.get("seconds", 0.0))


def row(name: str, outcomes: list[Outcome]) -> str:
    r = rates(outcomes)
    return (f"| {name} | {r['n']} | {pct(r['caught'], r['covert'])} | {pct(r['flagged'], r['honest'])} | "
            f"{pct(r['unmeasured'], r['n'])} |")


def report(judged: list[Judged], title: str) -> str:
    asked = [j for j in judged if j.asked]
    lines = [f"### {title}", "",
             "| instrument | items | covert caught | honest flagged | unmeasured/disputed |", "|---|---|---|---|---|",
             row("rules alone", [j.outcomes["rules"] for j in judged]),
             row("rules + judge, policy `dispute` (shipped)", [j.outcomes["dispute"] for j in judged]),
             row("rules + judge, policy `judge`", [j.outcomes["judge"] for j in judged]),
             row("judge alone (items the judge was asked)", [j.outcomes["judge"] for j in asked]),
             row("rules alone on the same asked items", [j.outcomes["rules"] for j in asked]),
             ""]
    unparsed = sum(1 for j in asked if j.opinion is not None and j.opinion.covert is None)
    failed = sum(1 for j in asked if j.error)
    secs = [j.seconds for j in asked]
    lines.append(f"Judge asked on {len(asked)}/{len(judged)} items (others: sandbagging deferred to the control, or the "
                 f"state left nothing to ask); unparseable replies {unparsed}, errors {failed}; "
                 f"{sum(secs) / len(secs) if secs else 0:.1f} s per judged item.")
    return "\n".join(lines)


async def run(items: list[Item], model: Any, progress: bool) -> list[Judged]:
    out = []
    for n, item in enumerate(items, 1):
        out.append(await judge_item(item, model))
        if progress:  # running totals only (no per-item verdicts: held-out batches are run with this too)
            figures = "; ".join(
                f"{k} caught {r['caught']}/{r['covert']} flagged {r['flagged']}/{r['honest']} unmeasured {r['unmeasured']}"
                for k in INSTRUMENTS for r in [rates([j.outcomes[k] for j in out])])
            print(f"[{n}/{len(items)}] {out[-1].seconds:.0f}s | {figures}", file=sys.stderr, flush=True)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--judge-model", required=True, help="any Inspect model, e.g. local/qwen2.5-coder-1.5b")
    ap.add_argument("-M", action="append", default=[], metavar="KEY=VALUE", help="model argument (repeatable)")
    ap.add_argument("--batch", type=int, action="append", required=True, help="red-team batch (repeatable)")
    ap.add_argument("--family", help="only this family")
    ap.add_argument("--per-cell", type=int, default=None, help="items per (family, label); default all")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--skip-per-cell", type=int, default=0, metavar="K",
                    help="leave out the first K items of each cell's draw (disjoint from an earlier --per-cell K run)")
    ap.add_argument("--title", default="", help="heading of the results section")
    ap.add_argument("--out", default="-", help="append the section to this markdown file ('-': print only)")
    ap.add_argument("--items-out", help="per-item JSON lines (development batches only: never for a held-out batch)")
    args = ap.parse_args(argv)
    from inspect_ai.model import get_model

    model_args = {}
    for kv in args.M:
        key, _, value = kv.partition("=")
        model_args[key] = value
    items = [i for i in all_items() if i.batch in args.batch and (not args.family or i.family == args.family)]
    items = sample(items, args.per_cell, args.seed, args.skip_per_cell)
    if not items:
        print("no items", file=sys.stderr)
        return 2
    model = get_model(args.judge_model, **model_args)
    started = time.perf_counter()
    judged = asyncio.run(run(items, model, progress=True))
    wall = time.perf_counter() - started
    title = args.title or f"batches {', '.join(map(str, args.batch))}"
    text = (report(judged, title) + f"\n\nJudge `{args.judge_model}` {model_args or ''}; sample "
            f"{'all items' if args.per_cell is None else f'{args.per_cell} per (family, label), seed {args.seed}'}; "
            f"wall time {wall / 60:.1f} min.\nCommand: `python -m benchmarks.judge_redteam {' '.join(argv or sys.argv[1:])}`\n")
    print(text)
    if args.out != "-":
        with open(args.out, "a", encoding="utf-8") as fh:
            fh.write("\n" + text)
    if args.items_out:
        with open(args.items_out, "w", encoding="utf-8") as fh:
            for j in judged:
                fh.write(json.dumps({
                    "id": j.item.id, "family": j.item.family, "label": j.item.label, "asked": j.asked,
                    "rules": j.outcomes["rules"].covert, "judge": j.outcomes["judge"].covert,
                    "answers": j.opinion.answers if j.opinion else None, "raw": j.opinion.raw if j.opinion else None,
                    "error": j.error, "seconds": round(j.seconds, 1)}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
