"""Ensembles of monitors: max, mean, and a learned logistic combination.

Fail closed: if any member is unmeasured, so is the ensemble (a missing member could have been
the one that fired). The learned ensemble is trained only on tuned members: `fit` goes through
`Registry.trainable`, which refuses held-out monitors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

import numpy as np
from sklearn.linear_model import LogisticRegression

from schemeguard.monitors.base import Monitor, MonitorResult, TranscriptView, run_monitor
from schemeguard.monitors.registry import Registry


def _members_ok(results: list[tuple[str, MonitorResult]]) -> MonitorResult | None:
    failed = [f"{n}: {r.reason}" for n, r in results if not r.measured]
    return MonitorResult.error("member unmeasured: " + "; ".join(failed)) if failed else None


def _common_views(members: Sequence[Monitor]) -> tuple[str, ...]:
    views = set(members[0].views)
    for m in members[1:]:
        views &= set(m.views)
    return tuple(sorted(views))


@dataclass
class Combine:
    """`max` or `mean` of the members' scores; evidence from members that scored above 0."""

    members: list[Monitor]
    how: str = "max"
    name: str = ""

    def __post_init__(self) -> None:
        if self.how not in ("max", "mean"):
            raise ValueError(f"unknown combination '{self.how}' (known: max, mean)")
        if not self.members:
            raise ValueError("an ensemble needs at least one member")
        self.name = self.name or f"{self.how}({', '.join(m.name for m in self.members)})"
        self.views = _common_views(self.members)

    def combine(self, results: list[tuple[str, MonitorResult]]) -> MonitorResult:
        failed = _members_ok(results)
        if failed:
            return failed
        scores = [r.score for _, r in results]
        value = max(scores) if self.how == "max" else sum(scores) / len(scores)
        evidence = [f"{n}: {e}" for n, r in results if r.score for e in r.evidence]
        return MonitorResult(float(value), evidence)

    def score(self, view: TranscriptView) -> MonitorResult:
        return self.combine([(m.name, run_monitor(m, view)) for m in self.members])


@dataclass
class Learned:
    """Logistic regression over member scores, fitted on labelled member scores."""

    members: list[Monitor]
    name: str = ""
    _clf: LogisticRegression | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if not self.members:
            raise ValueError("an ensemble needs at least one member")
        self.name = self.name or f"learned({', '.join(m.name for m in self.members)})"
        self.views = _common_views(self.members)

    def fit(self, registry: Registry, member_scores: np.ndarray, labels: Sequence[bool]) -> "Learned":
        """`member_scores` is (rollouts × members), in `members` order, measured rows only."""
        registry.trainable(self.members)  # raises HeldOutError: held-out monitors never train
        x = np.asarray(member_scores, dtype=float)
        if x.ndim != 2 or x.shape[1] != len(self.members) or np.isnan(x).any():
            raise ValueError("member scores must be a complete (rollouts × members) matrix")
        if len(set(map(bool, labels))) < 2:
            raise ValueError("the learned ensemble needs both covert and honest examples")
        self._clf = LogisticRegression(max_iter=1000, class_weight="balanced").fit(x, np.asarray(labels, dtype=int))
        return self

    @property
    def weights(self) -> dict[str, float]:
        if self._clf is None:
            return {}
        return dict(zip((m.name for m in self.members), map(float, self._clf.coef_[0])))

    def combine(self, results: list[tuple[str, MonitorResult]]) -> MonitorResult:
        if self._clf is None:
            return MonitorResult.error(f"{self.name} is not trained")
        failed = _members_ok(results)
        if failed:
            return failed
        p = self._clf.predict_proba(np.array([[r.score for _, r in results]]))[0, 1]
        return MonitorResult(float(p), [f"{n}: {e}" for n, r in results if r.score for e in r.evidence])

    def score(self, view: TranscriptView) -> MonitorResult:
        return self.combine([(m.name, run_monitor(m, view)) for m in self.members])
