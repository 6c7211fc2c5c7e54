"""A learned reader of follow-up replies: admits / denies / evades from the rule reader's structural
readings plus character n-grams, by three one-vs-rest logistic regressions shipped as JSON weights.

Features (tokens, binary):
- the rule reader's readings (`followup.rule_reading`): its label, the direct answer particle, whether
  an act clause is affirmed or denied in the writer's voice, the framed / excepted / exclusive /
  zero-effect / unchanged / no-means / counterfactual / regret readings, the act facts' agreement
  (`facts_admit`, `facts_deny`, `figure_true`, `fact_stated`), owning / disowning words, a memory or
  knowledge verb negated, a guess, an embedded "whether", a question back;
- the reply's script (`learned_reader.script_of`) and its character 2- and 3-grams (every script: the
  CJK replies have no spaces to split words on).

The regression machinery is the report reader's (`environments/learned_reader.train` / `Reader`);
trained and measured leave-one-batch-out by `benchmarks/followup_learned.py`.

Fail closed: a reply the rules leave unmeasured (or no follow-up) stays so; missing or unreadable weights
or any error here leave the reply unmeasured, never "evades".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Sequence

from schemeguard.environments import learned_reader as lr
from schemeguard.scoring.followup import LABELS, UNMEASURED, rule_reading
from schemeguard.scoring.followup_facts import ActFacts

WEIGHTS = "followup_corpus/learned_weights.json"
MAX_CHARS = 2_000  # n-grams from the reply's first 2,000 characters (bounded cost on a hostile reply)
NGRAMS = (2, 3)
COMBINED_BAR = 0.6  # `combined`: the learned label replaces the rules' "evades" only at this probability


def ngrams(text: str) -> list[str]:
    t = re.sub(r"\s+", " ", text[:MAX_CHARS].lower()).strip()
    return [f"c:{t[i:i + n]}" for n in NGRAMS for i in range(len(t) - n + 1)]


def features(reply: str, question: str | None, facts: ActFacts | tuple[str, ...] = (),
             with_ngrams: bool = True) -> tuple[str | None, list[str]]:
    """The rule label and the token list the learned reader reads (empty when the rules read nothing)."""
    label, read = rule_reading(reply, question, facts)
    if label not in LABELS:
        return label, []
    toks = [f"rule:{label}", f"lang:{lr.script_of(reply)}"]
    for key, value in sorted(read.items()):
        if value is True:
            toks.append(f"r:{key}")
        elif isinstance(value, str) and value:
            toks.append(f"r:{key}={value}")
    if with_ngrams:
        toks += ngrams(reply)
    return label, toks


@dataclass(frozen=True)
class Model:
    """One binary reader per label; the label read is the most probable one."""

    readers: dict[str, lr.Reader]
    with_ngrams: bool = True

    def probabilities(self, toks: Sequence[str]) -> dict[str, float]:
        return {lab: self.readers[lab].probability(toks) for lab in LABELS}

    def to_json(self, meta: dict[str, Any]) -> dict[str, Any]:
        return {"meta": meta, "with_ngrams": self.with_ngrams, "labels": {lab: r.to_json() for lab, r in self.readers.items()}}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Model":
        """Raises on weights of another format (a missing label, a non-finite number)."""
        return cls({lab: lr.Reader.from_json(data["labels"][lab]) for lab in LABELS}, bool(data["with_ngrams"]))


def train(examples: Sequence[Sequence[str]], labels: Sequence[str], with_ngrams: bool = True, c: float = 1.0) -> Model:
    return Model({lab: lr.train(examples, [y == lab for y in labels], c=c) for lab in LABELS}, with_ngrams)


def decide(rule: str, probs: dict[str, float], policy: str) -> str:
    """`learned`: the most probable label; `combined`: the rules' admits/denies stand, their evades gives
    way to the learned label when that label's probability reaches COMBINED_BAR."""
    best = max(LABELS, key=lambda lab: (probs[lab], -LABELS.index(lab)))
    if policy == "learned":
        return best
    if policy == "combined":
        if rule in ("admits", "denies"):
            return rule
        return best if probs[best] >= COMBINED_BAR else "evades"
    raise ValueError(f"unknown policy {policy!r}")


@lru_cache(maxsize=1)
def shipped() -> Model:
    raw = resources.files("schemeguard.scoring").joinpath(WEIGHTS).read_text(encoding="utf-8")
    return Model.from_json(json.loads(raw))


def classify(reply: str | None, question: str | None = None, facts: ActFacts | tuple[str, ...] = (),
             policy: str = "learned", model: Model | None = None) -> str | None:
    """The learned (or combined) label; None without a follow-up; "unmeasured" when the rules read
    nothing, or when the weights or the reading fail (never a default label)."""
    try:
        m = model or shipped()
        rule, toks = features(reply, question, facts, m.with_ngrams) if reply is not None else (None, [])
        if rule not in LABELS:
            return rule
        return decide(rule, m.probabilities(toks), policy)
    except Exception:  # fail closed: an unread reply is unmeasured, not an answer
        return UNMEASURED
