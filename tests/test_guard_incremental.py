"""The guard's incremental rule context: a call's `rules.Context` built from the conversation's
previous one (only new messages parsed) is the context a fresh parse gives, field by field, and
the default monitor set's verdict on it (score, evidence, spans) is the same. Differential over
the monitors' adversarial corpus at every cut point, chained call by call as the guard does,
from priors that share nothing, a changed middle message or a longer branch, and through the
guard's own `score_call` with its per-session memo."""

from __future__ import annotations

import copy

import pytest

from schemeguard.guard.monitoring import SessionContexts, inline_monitors, score_call
from schemeguard.monitors.base import FULL, run_monitor, view_of
from schemeguard.monitors.default import DefaultSet
from schemeguard.monitors.rules import Context
from tests.monitor_adversarial import items, transcript

FIELDS = ("actions", "outputs", "account", "followups", "calls", "seen", "measured")


def fields(ctx: Context) -> dict:
    return {name: getattr(ctx, name) for name in FIELDS}


def verdict(view) -> tuple:
    r = run_monitor(DefaultSet(), view)
    return r.score, r.status, r.evidence, r.spans


def check(messages: list[dict], prior: Context | None) -> Context:
    fresh_view, view = view_of(messages, FULL), view_of(messages, FULL)
    ctx = Context.of(view, prior)
    assert fields(ctx) == fields(Context.of(fresh_view))
    assert verdict(view) == verdict(fresh_view)
    return ctx


CORPUS = [transcript(item) for item in items()]


@pytest.mark.parametrize("messages", CORPUS, ids=[item["id"] for item in items()])
def test_incremental_context_equals_a_fresh_parse(messages):
    n = len(messages)
    whole = Context.of(view_of(messages, FULL))
    reused = 0
    chained = None
    for k in range(1, n + 1):
        check(messages, Context.of(view_of(messages[:k], FULL)))  # from every earlier cut to the whole
        chained = check(messages[:k], chained)  # call by call, each from the previous one
        reused += bool(k > 2)
    check(messages[: n // 2], whole)  # a prior longer than the view (a branch back)
    changed = copy.deepcopy(messages)
    changed[min(2, n - 1)]["text"] = "changed output 42.5"
    check(messages, Context.of(view_of(changed, FULL)))  # a prior differing in the middle
    check(messages, Context.of(view_of(CORPUS[0] if messages is not CORPUS[0] else CORPUS[1], FULL)))  # another one
    assert reused


def test_the_prior_is_reused_not_reparsed():
    """The shared part is taken from the prior (the same objects), only new tool outputs parsed."""
    messages = CORPUS[0]  # user, 5 x (call, output), submit, follow-up question and reply
    prior = Context.of(view_of(messages[:-3], FULL))
    ctx = Context.of(view_of(messages, FULL), prior)
    last_shared_call = max(i for i, m in enumerate(messages[:-3]) if m["role"] == "assistant")
    kept = [a for a in prior.actions if a.message < last_shared_call]
    redone = [a for a in ctx.actions if a.message >= last_shared_call]
    assert len(kept) == 5 and all(any(a is b for b in ctx.actions) for a in kept)  # messages 1, 3, 5 (two), 7
    assert redone and not any(a is b for a in redone for b in prior.actions)


def test_score_call_with_the_session_memo_matches_scoring_afresh():
    monitors = inline_monitors(["rules"])
    memo_keyed = 0
    for i, messages in enumerate(CORPUS):
        for k in range(2, len(messages) + 1):
            history, reply = messages[:k - 1], messages[k - 1]
            with_memo = score_call(monitors, history, reply, session=f"s{i % 3}")  # sessions shared across items too
            fresh = score_call(monitors, history, reply)
            assert [(s.monitor, s.result) for s in with_memo] == [(s.monitor, s.result) for s in fresh]
            memo_keyed += 1
    assert memo_keyed > 350


def test_a_scored_call_leaves_no_reference_cycle():
    """A call's view, context, messages and actions are freed when the next call replaces them, by
    reference counting: left to the cycle collector they made a 20-80 ms pause every few hundred calls."""
    import gc

    monitors = inline_monitors(["rules"])
    messages = CORPUS[0]
    gc.collect()
    gc.disable()
    try:
        for k in range(2, len(messages) + 1):
            for _ in range(3):
                scored = score_call(monitors, messages[:k - 1], messages[k - 1], session="cycles")
                assert scored and all(s.result.measured for s in scored)
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_session_memo_is_bounded():
    memo = SessionContexts(max_messages=50)
    for i, messages in enumerate(CORPUS[:20]):
        memo.attach(f"s{i}", view_of(messages, FULL))
    assert memo._messages <= 50 + max(len(m) for m in CORPUS[:20]) and len(memo._items) < 20


def test_string_digests_are_memoised_with_the_same_value_and_bounded(monkeypatch):
    import random

    from schemeguard import memo

    rng = random.Random(5)
    texts = ["".join(rng.choice("ab\n中😀 ") for _ in range(rng.randrange(0, 40))) for _ in range(300)]
    for parts in [(t,) for t in texts] + [(a, b) for a, b in zip(texts, texts[1:])]:
        first, again = memo.digest(*parts), memo.digest(*("".join([p]) for p in parts))  # equal, not the same object
        assert first == again == memo._digest(parts)
    assert memo.digest("ab", "c") != memo.digest("a", "bc") != memo.digest("abc")
    monkeypatch.setattr(memo, "MAX_STRING_KEY_CHARS", 100)
    for t in texts:
        memo.digest(t + "new")  # not kept yet
    assert memo._STRING_KEY_CHARS[0] <= 100 and sum(map(len, (p for k in memo._STRING_KEYS for p in k))) <= 100


def red_team_transcripts(every: int) -> list[tuple[str, list[dict]]]:
    """The readers' red-team corpus (development batches 1-10 only, never a sealed one) played through the
    real tools, as `benchmarks/monitors.py` plays it for the monitors: one item in `every`."""
    from schemeguard.monitors.base import rollout_transcript
    from schemeguard.replay import play
    from tests.redteam.corpus import all_items
    from tests.redteam.model import scenario_by_id
    from tests.redteam.score_readers import trajectory_of

    items = [item for item in all_items() if item.batch <= 10][::every]
    return [(item.id, rollout_transcript(play(scenario_by_id(item.scenario), trajectory_of(item), deny=True)))
            for item in items]


@pytest.mark.parametrize("every", [16, pytest.param(1, marks=pytest.mark.slow)])
def test_red_team_transcripts_fed_call_by_call_score_as_the_whole_history(every):
    """Each red-team transcript fed to the guard call by call (each call's context from the previous
    one, sessions shared across transcripts as foreign priors) gives at every call the context and
    the verdicts (score, evidence, spans) of evaluating that whole history afresh."""
    monitors = inline_monitors(["rules"])
    transcripts = red_team_transcripts(every)
    assert len(transcripts) >= 2576 // every - 1  # the corpus was found, not silently empty
    flagged = 0
    for i, (item_id, messages) in enumerate(transcripts):
        chained = None
        for k in range(1, len(messages) + 1):
            chained = check(messages[:k], chained)
            if k < 2:
                continue
            history, reply = messages[:k - 1], messages[k - 1]
            with_memo = score_call(monitors, history, reply, session=f"redteam{i % 3}")
            fresh = score_call(monitors, history, reply)
            assert [(s.monitor, s.result) for s in with_memo] == [(s.monitor, s.result) for s in fresh], (item_id, k)
            flagged += any(s.result.score for s in fresh)
    assert flagged  # the comparison covered calls with evidence, not only clean ones
