"""Which text representation carries a CoT classifier to sources it never saw?

Leave-one-source-out comparison on the real development corpus (`cot.corpus`) of:
- `tfidf`: the shipped classifier's setting (`cot.validation.TRAINING`: concept co-occurrence and
  word n-grams seen in >= 2 training sources, source-balanced);
- `static`, `minilm`, `local`: a logistic regression (source-balanced, C=1) over dense passage
  vectors from `cot.embed` (WordLlama in-wheel static vectors; all-MiniLM-L6-v2, the `probe` extra;
  the local Qwen model through llama.cpp, the `local` extra);
- `tfidf+X`: the mean of the two probabilities.

For each detector and label it reports the threshold-free ranking quality of the pooled
out-of-source scores (average precision, AUROC), the figures at the fixed threshold 0.5 (pooled,
per source, per language, hard negatives, mean per-source recall), and at a threshold calibrated
by *nested* leave-one-source-out: for each held-out source, the threshold is chosen on the other
sources' own out-of-source scores (the lowest that reaches precision >= `TARGET_PRECISION` with at
most 5% false alarms on hard negatives; none: the detector flags nothing), never on the held-out one.

    python -m schemeguard.cot.representations [--detectors tfidf,static,...] [--out FILE]

The figures measured here ship in `cot/corpus/representations.json` (the README's CoT section).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Callable, Iterable, Sequence

from schemeguard.cot import corpus as corpus_mod
from schemeguard.cot.confirmed import REFUSAL
from schemeguard.cot.validation import Counts, fit, training_set

LABELS = ("eval_aware", "covert_intent")
TARGET_PRECISION = 0.8
MAX_HARD_FALSE_ALARMS = 0.05
GRID = [round(0.2 + 0.05 * i, 2) for i in range(16)]  # 0.20 .. 0.95
NEVER = 1.01  # a threshold no probability reaches
Scorer = Callable[[Sequence[str]], Sequence[float]]
Trainer = Callable[[list[str], list[bool], dict[str, Any], str], Scorer]


_FITTED: dict[tuple, Any] = {}


def tfidf_trainer(texts: list[str], labels: list[bool], info: dict[str, Any], label: str) -> Scorer:
    key = (label, tuple(info["sources"]), len(texts))  # one fit per training set (nested runs repeat them)
    if key not in _FITTED:
        _FITTED[key] = fit(texts, labels, info, label)
    model = _FITTED[key]
    return lambda batch: [model.probability(t) for t in batch]


def embedding_trainer(vectors: Callable[[Sequence[str]], Any], c: float = 1.0) -> Trainer:
    """A source-balanced logistic regression over the vectors of an embedder (cached by text)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from schemeguard.cot.classifier import source_balanced_weights

    memo: dict[str, Any] = {}

    def embed(texts: Sequence[str]) -> Any:
        missing = [t for t in dict.fromkeys(texts) if t not in memo]
        if missing:
            memo.update(zip(missing, vectors(missing)))
        return np.stack([memo[t] for t in texts])

    def train(texts: list[str], labels: list[bool], info: dict[str, Any], label: str) -> Scorer:
        y = np.array(labels, dtype=bool)
        if y.all() or not y.any():
            return lambda batch: [float(y.all())] * len(batch)
        model = LogisticRegression(C=c, solver="liblinear", max_iter=2000)
        model.fit(embed(texts), y, sample_weight=source_balanced_weights(info["source_of"], y))
        return lambda batch: [float(p) for p in model.predict_proba(embed(list(batch)))[:, 1]]

    return train


def averaged(a: Trainer, b: Trainer) -> Trainer:
    def train(texts: list[str], labels: list[bool], info: dict[str, Any], label: str) -> Scorer:
        sa, sb = a(texts, labels, info, label), b(texts, labels, info, label)
        return lambda batch: [(x + y) / 2 for x, y in zip(sa(batch), sb(batch))]

    return train


def out_of_source_scores(trainer: Trainer, passages: list[corpus_mod.Passage], label: str,
                         held_out: Iterable[str], exclude: set[str] = frozenset()) -> dict[str, float]:
    """Each passage of a `held_out` source scored by a model trained without that source (and without `exclude`)."""
    out = {}
    for held in held_out:
        texts, labels, info = training_set(passages, label, set(exclude) | {held})
        score = trainer(texts, labels, info, label)
        test = [p for p in passages if p.source == held]
        for p, s in zip(test, score([p.text for p in test])):
            # as shipped: a refusal of the act vetoes the intent classifier (confirmed.REFUSAL)
            out[p.id] = 0.0 if label == "covert_intent" and REFUSAL.search(p.text) else float(s)
    return out


def calibrated_threshold(scores: dict[str, float], passages: list[corpus_mod.Passage], label: str) -> float:
    """The lowest grid threshold at which these scores reach the target precision with few hard-negative
    false alarms; NEVER when none does."""
    items = [p for p in passages if p.id in scores]
    hard = [p for p in items if p.hard_negative]
    for t in GRID:
        flagged = [p for p in items if scores[p.id] >= t]
        tp = sum(p.labels[label] for p in flagged)
        fa = sum(scores[p.id] >= t for p in hard) / len(hard) if hard else 0.0
        if tp and tp / len(flagged) >= TARGET_PRECISION and fa <= MAX_HARD_FALSE_ALARMS:
            return t
    return NEVER


def tally(passages: list[corpus_mod.Passage], label: str, flagged: Callable[[corpus_mod.Passage], bool]) -> dict[str, Any]:
    groups: dict[str, dict[str, Counts]] = {"pooled": {"all": Counts()}, "by_source": {}, "by_lang": {}, "hard_negatives": {}}
    for p in passages:
        keys = [("pooled", "all"), ("by_source", p.source), ("by_lang", p.lang)]
        if p.hard_negative:
            keys.append(("hard_negatives", "all"))
        for group, key in keys:
            groups[group].setdefault(key, Counts()).add(flagged(p), p.labels[label])
    out = {g: {k: c.to_dict() for k, c in d.items()} for g, d in groups.items()}
    recalls = [c["recall"] for c in out["by_source"].values() if c["positives"]]
    out["macro_recall"] = sum(recalls) / len(recalls) if recalls else None
    return out


def evaluate(trainer: Trainer, passages: list[corpus_mod.Passage], label: str, nested: bool = True) -> dict[str, Any]:
    from sklearn.metrics import average_precision_score, roc_auc_score

    sources = sorted({p.source for p in passages})
    scores = out_of_source_scores(trainer, passages, label, sources)
    y = [p.labels[label] for p in passages]
    s = [scores[p.id] for p in passages]
    result: dict[str, Any] = {"average_precision": round(float(average_precision_score(y, s)), 4),
                              "auroc": round(float(roc_auc_score(y, s)), 4),
                              "at_0.5": tally(passages, label, lambda p: scores[p.id] >= 0.5)}
    if nested:
        thresholds = {}
        for held in sources:  # the threshold for `held` is chosen on the other sources only
            others = [x for x in sources if x != held]
            inner = out_of_source_scores(trainer, passages, label, others, exclude={held})
            thresholds[held] = calibrated_threshold(inner, passages, label)
        result["nested"] = {"thresholds": thresholds,
                            **tally(passages, label, lambda p: scores[p.id] >= thresholds[p.source])}
    return result


def trainers(names: Iterable[str]) -> dict[str, Trainer]:
    """One trainer per detector name; a backend is shared between names ("minilm", "tfidf+minilm") so
    each text is embedded once, and loaded only when first used."""
    from schemeguard.cot.embed import embedder

    made: dict[str, Trainer] = {"tfidf": tfidf_trainer}

    def one(name: str) -> Trainer:
        if name not in made:
            backend: list[Any] = []

            def vectors(texts: Sequence[str]) -> Any:
                if not backend:
                    backend.append(embedder(name))
                return backend[0].vectors(texts)

            made[name] = embedding_trainer(vectors)
        return made[name]

    out = {}
    for name in names:
        parts = name.split("+")
        out[name] = one(parts[0]) if len(parts) == 1 else averaged(one(parts[0]), one(parts[1]))
    return out


def compare(names: Sequence[str], passages: list[corpus_mod.Passage] | None = None, labels: Sequence[str] = LABELS,
            nested: bool = True) -> dict[str, Any]:
    from schemeguard.cot.embed import EmbeddingUnavailable

    ps = corpus_mod.available(passages if passages is not None else corpus_mod.passages())
    out: dict[str, Any] = {"passages": len(ps), "target_precision": TARGET_PRECISION, "detectors": {}}
    for name, trainer in trainers(names).items():
        try:  # a backend that is not installed is reported, not fatal to the others
            out["detectors"][name] = {label: evaluate(trainer, ps, label, nested) for label in labels}
        except EmbeddingUnavailable as e:
            out["detectors"][name] = {"unavailable": str(e)}
    return out


def _pr(c: dict[str, Any]) -> str:
    p = "  -  " if c["precision"] is None else f"{c['precision']:.2f}"
    return f"P {p} R {c['recall']:.2f} ({c['tp']}/{c['positives']}, {c['fp']} FA)"


def format_table(results: dict[str, Any]) -> str:
    lines = []
    for name, by_label in results["detectors"].items():
        if "unavailable" in by_label:
            lines.append(f"{name:<14} unavailable: {by_label['unavailable']}")
            continue
        for label, r in by_label.items():
            for point in ("at_0.5", "nested"):
                if point not in r:
                    continue
                g = r[point]
                hard = g["hard_negatives"]["all"]
                per_source = " ".join(f"{s.split('/')[0][:12]}:{c['tp']}/{c['positives']}"
                                      for s, c in g["by_source"].items() if c["positives"])
                per_lang = " ".join(f"{k}:{_pr(c)}" for k, c in g["by_lang"].items() if c["positives"])
                lines.append(f"{name:<14} {label:<14} {point:<7} AP {r['average_precision']:.3f} AUROC {r['auroc']:.3f}  "
                             f"{_pr(g['pooled']['all'])}  hard-negative FA {hard['fp']}/{hard['fp'] + hard['tn']}"
                             f"  macro R {g['macro_recall']:.2f}  [{per_lang}]  {per_source}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--detectors", default="tfidf,static,minilm,tfidf+minilm",
                    help="comma-separated: tfidf, static, minilm, local, or A+B (mean probability)")
    ap.add_argument("--labels", default=",".join(LABELS))
    ap.add_argument("--no-nested", action="store_true", help="skip the nested-threshold figures (slow for tfidf)")
    ap.add_argument("--out", help="write the figures as JSON here")
    args = ap.parse_args(argv)
    have = corpus_mod.available(corpus_mod.passages())
    print(f"{len(have)} passages available", file=sys.stderr)
    results = compare(args.detectors.split(","), have, args.labels.split(","), not args.no_nested)
    print(format_table(results))
    if args.out:
        results["command"] = "python -m schemeguard.cot.representations " + " ".join(argv if argv is not None else sys.argv[1:])
        with open(args.out, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
