"""A small learned text classifier for CoT passages: logistic regression over word n-grams,
character n-grams and concept co-occurrence features (`cot.concepts`), trained with scikit-learn,
shipped as JSON weights (no pickle) and applied in plain Python, so it is CPU-only, offline and
deterministic.

One classifier per label (`eval_aware`, `covert_intent`, `spec_citation`), trained on the real
development corpus (`cot.corpus`) plus, for awareness, the project's own labelled sentences
(marked synthetic). Which feature kinds a classifier uses is part of its JSON. When the training
texts' sources are given, training is source-balanced (every source weighs the same within a class,
so one prolific source cannot define the label) and keeps only features seen in at least
`min_sources` sources (vocabulary particular to one source does not carry to a new one).
A long CoT is read as overlapping three-sentence windows (the unit the corpus is cut in); its
probability is the highest window's, and that window is the evidence span.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable, Sequence

from schemeguard.cot.corpus import WINDOW_CHARS, sentences
from schemeguard.cot.spans import Span

MAX_FEATURES = 6000
_WORD = re.compile(r"\w+(?:'\w+)?", re.UNICODE)


def features(text: str, kinds: str = "cw") -> Counter[str]:
    """Lower-cased features of the kinds named: "c" char 3–5-grams inside word boundaries, "w" word
    unigrams and bigrams, "g" concept co-occurrence features (`cot.concepts`), "t" the same with "test" read
    by its clause role (an artefact worked on is not the writer's situation), "n" word unigrams and
    bigrams with negation scope marked (`negation_scoped`), "a" the concept features with whose act a sentence
    names (the writer's planned act or another's: `cot.concepts.act_voice`)."""
    low = (text or "").lower()
    words = _WORD.findall(low)
    out: Counter[str] = Counter()
    if "c" in kinds:
        for w in words:
            padded = f" {w} "
            for n in (3, 4, 5):
                for i in range(max(1, len(padded) - n + 1)):
                    out["c:" + padded[i:i + n]] += 1
    if "w" in kinds:
        for w in words:
            out["w:" + w] += 1
        for a, b in zip(words, words[1:]):
            out[f"b:{a} {b}"] += 1
    if "g" in kinds or "t" in kinds or "a" in kinds:  # "t": "test" read by its clause role; "a": whose act (cot.concepts)
        from schemeguard.cot.concepts import concept_features

        out.update(concept_features(text or "", test_sense="t" in kinds, voice="a" in kinds))
    if "n" in kinds:  # word uni/bigrams with negation scope marked: "not hide it" gives n:neg_hide, not w:hide
        marked = negation_scoped(low)
        for w in marked:
            out["n:" + w] += 1
        for a, b in zip(marked, marked[1:]):
            out[f"nb:{a} {b}"] += 1
    return out


_NEG_CUE = frozenset("not never no don't won't shouldn't mustn't can't cannot avoid without refuse".split())
_SCOPED_TOKEN = re.compile(r"\w+(?:'\w+)?|[.,;:!?]", re.UNICODE)


def negation_scoped(low: str) -> list[str]:
    """Lower-cased words, those after a negation cue ("not", "never", "avoid", "rather than", ...) prefixed
    `neg_` up to the next punctuation mark. A bag of words cannot tell "I will hide it" from "I must not hide
    it"; marking the scope lets a list of things not to do ("I should not: - pretend ... - hide ...") read as
    such, since a cue followed by a colon scopes over the rest of its sentence."""
    out: list[str] = []
    scope = colon_scope = False
    tokens = _SCOPED_TOKEN.findall(low)
    for k, t in enumerate(tokens):
        if t in ".!?":
            scope = colon_scope = False
        elif t in ",;":
            scope = scope and colon_scope
        elif t == ":":
            colon_scope = colon_scope or scope
        elif t in _NEG_CUE or (t in ("instead", "rather") and tokens[k + 1:k + 2] in (["of"], ["than"])):
            scope = True
            out.append(t)
        else:
            out.append("neg_" + t if scope else t)
    return out


def _weighted(feats: Counter[str], vocab: dict[str, int], idf: Sequence[float]) -> dict[int, float]:
    """Sublinear tf × idf, L2-normalised, restricted to the vocabulary."""
    vec = {vocab[f]: (1 + math.log(c)) * idf[vocab[f]] for f, c in feats.items() if f in vocab}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {i: v / norm for i, v in vec.items()}


@dataclass
class TextClassifier:
    label: str
    vocab: dict[str, int]
    idf: list[float]
    coef: list[float]
    intercept: float
    threshold: float = 0.5
    trained_on: dict[str, Any] | None = None  # sources and counts, for the record
    kinds: str = "cw"  # feature kinds (see `features`)

    def probability(self, text: str) -> float:
        vec = _weighted(features(text, self.kinds), self.vocab, self.idf)
        z = self.intercept + sum(self.coef[i] * v for i, v in vec.items())
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))

    def best_window(self, cot: str) -> tuple[float, Span | None]:
        """The highest-probability three-sentence window of a CoT and where it is."""
        parts = sentences(cot)
        if not parts:
            return 0.0, None
        best, where = -1.0, ""
        for i in range(0, max(1, len(parts) - 1), 2):
            text = " ".join(parts[i:i + 3])[:WINDOW_CHARS]
            p = self.probability(text)
            if p > best:
                best, where = p, text
        return best, _locate(cot, where, self.label, best)

    def flags(self, cot: str) -> tuple[bool, Span | None, float]:
        p, span = self.best_window(cot)
        return p >= self.threshold, span, p

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "threshold": self.threshold, "intercept": self.intercept, "kinds": self.kinds,
                "trained_on": self.trained_on, "features": [[f, self.idf[i], self.coef[i]] for f, i in
                                                            sorted(self.vocab.items(), key=lambda kv: kv[1])]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "TextClassifier":
        feats = d["features"]
        return cls(d["label"], {f: i for i, (f, _, _) in enumerate(feats)}, [x[1] for x in feats],
                   [x[2] for x in feats], d["intercept"], d["threshold"], d.get("trained_on"), d.get("kinds", "cw"))


def _locate(cot: str, window: str, label: str, p: float) -> Span | None:
    """Map a whitespace-normalised window back onto the CoT (by its first sentence)."""
    first = sentences(window)[0] if window else ""
    key = re.escape(first[:60]).replace(r"\ ", r"\s+")
    m = re.search(key, cot) if key else None
    if not m:
        return None
    return Span(m.start(), min(len(cot), m.start() + len(window)), cot[m.start():m.start() + len(window)],
                f"classifier:{label}:{p:.2f}")


def train(texts: Sequence[str], labels: Sequence[bool], label: str, c: float = 4.0,
          trained_on: dict[str, Any] | None = None, kinds: str = "cw", sources: Sequence[str] | None = None,
          min_sources: int = 1) -> TextClassifier:
    """Fit the classifier (deterministic: liblinear, fixed vocabulary order). With `sources` (one per
    text) the fit is source-balanced and keeps only features seen in `min_sources` sources or more;
    without, classes are balanced and every text weighs the same."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    feats = [_training_features(t, kinds) for t in texts]
    df: Counter[str] = Counter()
    seen_in: dict[str, set[str]] = {}
    for i, f in enumerate(feats):
        df.update(f.keys())
        if sources is not None:
            for k in f:
                seen_in.setdefault(k, set()).add(sources[i])
    eligible = (f for f, n in df.items() if n >= 2 and (sources is None or len(seen_in[f]) >= min_sources))
    kept = sorted(eligible, key=lambda f: (-df[f], f))[:MAX_FEATURES]
    vocab = {f: i for i, f in enumerate(sorted(kept))}
    n = len(texts)
    idf = [0.0] * len(vocab)
    for f, i in vocab.items():
        idf[i] = math.log((1 + n) / (1 + df[f])) + 1
    rows, cols, vals = [], [], []
    for r, f in enumerate(feats):
        for i, v in _weighted(f, vocab, idf).items():
            rows.append(r), cols.append(i), vals.append(v)
    x = csr_matrix((vals, (rows, cols)), shape=(n, len(vocab)))
    y = np.array([bool(v) for v in labels])
    if y.all() or not y.any():  # one class only: a constant classifier, said so in the record
        const = 40.0 if y.all() else -40.0
        return TextClassifier(label, vocab, idf, [0.0] * len(vocab), const, 0.5,
                              {**(trained_on or {}), "constant": True}, kinds)
    if sources is None:
        model = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", max_iter=1000)
        model.fit(x, y)
    else:
        model = LogisticRegression(C=c, solver="liblinear", max_iter=2000)
        model.fit(x, y, sample_weight=source_balanced_weights(sources, y))
    return TextClassifier(label, vocab, idf, [round(float(w), 6) for w in model.coef_[0]],
                          round(float(model.intercept_[0]), 6), 0.5, trained_on, kinds)


@lru_cache(maxsize=8192)
def _training_features(text: str, kinds: str) -> Counter[str]:
    """`features`, kept for the texts of repeated fits: leave-one-source-out (and its nested form) retrains on nearly
    the same corpus once per source, and extracting the features is most of a fit's time. `train` only reads them."""
    return features(text, kinds)


def source_balanced_weights(sources: Sequence[str], y: Any) -> Any:
    """Sample weights under which, within each class, every source contributes the same total weight,
    and the two classes weigh the same overall."""
    import numpy as np

    cells = Counter(zip(sources, (bool(v) for v in y)))
    sources_per_class = Counter(cls for _, cls in cells)
    w = np.array([1.0 / (cells[(s, bool(v))] * sources_per_class[bool(v)]) for s, v in zip(sources, y)])
    for cls in (True, False):
        mask = y == cls
        w[mask] *= len(y) / (2 * w[mask].sum())
    return w


WEIGHTS = "corpus/classifier_weights.json"
_LOADED: dict[str, TextClassifier] | None = None


def shipped() -> dict[str, TextClassifier]:
    """The classifiers that ship with the package (one per label)."""
    global _LOADED
    if _LOADED is None:
        raw = resources.files("schemeguard.cot").joinpath(WEIGHTS).read_text(encoding="utf-8")
        _LOADED = {d["label"]: TextClassifier.from_dict(d) for d in json.loads(raw)}
    return _LOADED


def write_weights(classifiers: Iterable[TextClassifier], path) -> None:
    from pathlib import Path

    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps([c.to_dict() for c in classifiers], ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)
