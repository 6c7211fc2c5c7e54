"""Score the follow-up reply classifier on the red team's adversarial replies; print the table.

Each reply goes through `schemeguard.scoring.followup.classify_followup` exactly as the scorer calls
it (the reply, plus the follow-up question when the classifier takes one). Figures: accuracy per
true label (recall of admits / denies / evades), precision per predicted label, per language, and
the confusion matrix. A classifier that crashes on a reply, or returns anything but the three
labels, counts as wrong for that reply (never as a correct "evades").

Usage (from the repository root):
    python -m tests.redteam.score_followup [--out tests/redteam/followup_results.md] [--batch N] [-v]
"""

from __future__ import annotations

import argparse
import inspect
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from schemeguard.scoring.followup import classify_followup

from tests.redteam.followup_replies import LABELS, Reply, replies

RESULTS = Path(__file__).with_name("followup_results.md")
INVALID = "(invalid)"
# each batch alone, with how it stands for the classifier on main (which batches its developer read)
HELD_OUT = {
    1: "written against the classifier of 21:10 UTC on 27 Nov; development data (its aggregate watched, its "
       "items not read, while the act-facts reader was written on 28 Nov 10:10-11:15)",
    2: "written against the classifiers of 2249a3a to c272b76 and sealed until 01:55; in-sample for the rules "
       "before 28 Nov 10:10, NOT read while the act-facts reader was written: its held-out batch this session",
    3: "written against the classifiers on main from 06:45 and sealed until 08:00 (scored once then: 43%); "
       "development data, read while the act-facts reader was written",
    4: "written against the classifiers on main from 10:10 (3f86270) to 11:12 (6fdd737, the act-facts reader) and sealed until 11:35",
    5: "written by H12R on 28 Nov 13:20-14:25 against abd97a7's classifier (rounds 5a/5b), 6eead65's figure reader "
       "(5c) and 5f85959 (5d), read as an adversary from the code, never run on the batch or on trial wordings before all 315 were "
       "committed; new wording classes, mostly turning on the environment's facts; sealed in /work/sealedf5 until 14:45: "
       "held out for the classifier frozen at 2b60de9 (scored once, 28 Nov ~14:50)",
    6: "written by H12R on 28 Nov 17:15-17:50 against main's classifier from 66a9a41 (rounds 6a-6c) to 212fe6a, 9c60dbd "
       "and 3af7549 (6d, 6e), read as an adversary from the code, never run on the batch or on trial wordings before all "
       "315 were committed (round 6a cut by a seeded draw before any scoring); new wording classes (the owning lexicon "
       "said of other things, frames the code does not list, no-means, counterfactual and exception wordings, longer "
       "model registers); sealed in /work/sealedf6 until the 18:25 freeze: held out for the frozen classifier",
    7: "written by RF7 on 29 Nov 01:37-01:45 UTC against main af8d1b3 (classifier modules read at dadccc2, identical), "
       "read as an adversary from the code, never run on the batch or on trial wordings; 285 hand-written replies, 95 per "
       "label, 36 % zh/ja, all 15 families, nothing dropped; sealed in /work/sealedf7 until 01:50; scored once on main "
       "24ace99's classifier (rules default; scoring/followup* unchanged since the ninth session)",
    8: "written by RF8 on 29 Nov 04:12-04:18 UTC against main 853c10f, read as an adversary from the code, never run "
       "on the batch or on trial wordings; 276 hand-written replies, 92 per label, 36 % zh/ja, all 15 families; sealed in "
       "/work/sealedf8 until the 05:40 freeze; scored once on the classifier frozen then (H12f's c9d3b6f: six structural "
       "readings added in the eleventh session, developed on batches 1-7)",
    9: "written by RF9 on 29 Nov 07:33-07:57 UTC against main de7803f, read as an adversary from the code, never run "
       "on the batch or on trial wordings; 288 hand-written replies, 96 per label, 35 % zh/ja, all 15 families; sealed in "
       "/work/sealedf9 until the 09:05 freeze; scored once on the classifier frozen then (developed on batches 1-8)",
}


def classify(reply: Reply) -> str:
    """The classifier's label for one reply, called as the scorer calls it (the question, and the act's
    facts as the environment holds them); INVALID on a crash."""
    try:
        params = inspect.signature(classify_followup).parameters
        kwargs: dict[str, Any] = {k: v for k, v in (("question", reply.question), ("facts", reply.facts)) if k in params}
        got: Any = classify_followup(reply.reply, **kwargs)
    except Exception as e:  # a crash is a wrong answer, visible in the verbose list
        return f"{INVALID} {type(e).__name__}"
    got = getattr(got, "label", got)
    return got if got in LABELS else f"{INVALID} {got!r}"


def pct(k: int, n: int) -> str:
    return f"{100 * k / n:.0f}% ({k}/{n})" if n else "n/a"


def report(scored: list[tuple[Reply, str]]) -> str:
    lines = ["| true label | n | classified correctly | as admits | as denies | as evades | invalid |",
             "|---|---|---|---|---|---|---|"]
    for label in LABELS:
        got = Counter(p if p in LABELS else INVALID for r, p in scored if r.label == label)
        n = sum(got.values())
        lines.append(f"| {label} | {n} | **{pct(got[label], n)}** | {got['admits']} | {got['denies']} | "
                     f"{got['evades']} | {got[INVALID]} |")
    right = sum(r.label == p for r, p in scored)
    lines.append(f"| **all** | {len(scored)} | **{pct(right, len(scored))}** | | | | |")
    prec = ["| predicted label | n | precision |", "|---|---|---|"]
    for label in LABELS:
        said = [(r, p) for r, p in scored if p == label]
        prec.append(f"| {label} | {len(said)} | {pct(sum(r.label == p for r, p in said), len(said))} |")
    langs = ["| language | n | accuracy | admits recall | denies recall | evades recall |", "|---|---|---|---|---|---|"]
    for lang in ("en", "zh", "ja"):
        sub = [(r, p) for r, p in scored if r.lang == lang]
        cells = []
        for label in LABELS:
            lab = [(r, p) for r, p in sub if r.label == label]
            cells.append(pct(sum(r.label == p for r, p in lab), len(lab)))
        langs.append(f"| {lang} | {len(sub)} | {pct(sum(r.label == p for r, p in sub), len(sub))} | " + " | ".join(cells) + " |")
    return "\n\n".join(["\n".join(lines), "\n".join(prec), "\n".join(langs)])


def git_head() -> str:
    try:
        return subprocess.run(["git", "log", "-1", "--format=%h %s"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except Exception:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(RESULTS), help="results markdown file ('-' for none)")
    ap.add_argument("--batch", type=int, help="score only this batch (1 to 9)")
    ap.add_argument("-v", "--verbose", action="store_true", help="also list every misclassified reply")
    args = ap.parse_args(argv)
    corpus = [r for r in replies() if args.batch is None or r.batch == args.batch]
    scored = [(r, classify(r)) for r in corpus]
    takes_question = "question" in inspect.signature(classify_followup).parameters
    text = (f"Follow-up reply classifier on the red team's adversarial replies: {len(corpus)} replies "
            f"({', '.join(f'{k} {v}' for k, v in sorted(Counter(r.label for r in corpus).items()))}; "
            f"{', '.join(f'{k} {v}' for k, v in sorted(Counter(r.lang for r in corpus).items()))}), "
            f"classified {'with' if takes_question else 'without'} the follow-up question"
            f"{' and the act facts' if 'facts' in inspect.signature(classify_followup).parameters else ''}. Code: `{git_head()}`.\n\n"
            + report(scored))
    for batch, about in HELD_OUT.items():
        alone = [(r, p) for r, p in scored if r.batch == batch]
        if alone and len(alone) < len(scored):
            text += f"\n\n### Batch {batch} alone ({len(alone)} replies; {about})\n\n" + report(alone)
    print(text)
    if args.verbose:
        print("\nMisclassified:")
        for r, p in scored:
            if p != r.label:
                print(f"- {r.id} ({r.lang}, {r.family}) {r.label} -> {p}: {r.reply!r} [{r.attack}]")
    if args.out != "-":
        Path(args.out).write_text("# Follow-up reply red team\n\n" + text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
