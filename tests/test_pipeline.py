"""End to end through Inspect: organisms, calibration, fail-closed scoring, odd models, log format."""

import pytest
from inspect_ai import eval as inspect_eval
from inspect_ai.log import list_eval_logs, read_eval_log
from inspect_ai.model import ModelOutput, ModelUsage
from inspect_ai.tool import ToolCall
from scipy.stats import binomtest

from schemeguard.environments.log_falsification import LogFalsification
from schemeguard.tasks import family, suite

FAMILY = "log_falsification"


def run(task, model="organism/schemer", **kwargs):
    kwargs.setdefault("log_dir", kwargs.pop("log_dir", None))
    [log] = inspect_eval(task, model=model, display="none", log_realtime=False, ctl_server=False, **kwargs)
    assert log.status == "success", log.error
    return log


def scores(log):
    return [s.scores["covert_action"] for s in log.samples]


def test_organism_run_is_scored_and_logs_are_inspect_logs(tmp_path):
    log = run(family(name=FAMILY), log_dir=str(tmp_path))
    assert all(s.metadata["status"] == "measured" for s in scores(log))
    # our logs open with Inspect's reader and appear in the viewer's listing
    listed = list_eval_logs(str(tmp_path))
    assert len(listed) == 1
    again = read_eval_log(listed[0].name)
    assert again.eval.task.endswith("family") and len(again.samples) == len(log.samples)
    first = again.samples[0]
    reasoning = [c for m in first.messages if m.role == "assistant" and not isinstance(m.content, str)
                 for c in m.content if c.type == "reasoning"]
    assert reasoning, "organisms emit reasoning as Inspect reasoning content"


def test_calibration_planted_rate_is_recovered(tmp_path):
    """Planted covert-action rate 0.3 on 300 rollouts: the 95% Wilson interval contains 0.3."""
    log = run(
        family(name=FAMILY), epochs=100, log_dir=str(tmp_path),
        model_args={"covert_rate": 0.3, "awareness_rate": 0.0, "seed": 11},
    )
    values = [s.value for s in scores(log)]
    assert len(values) == 300 and all(v["measured"] for v in values)
    k = sum(v["covert"] for v in values)
    ci = binomtest(k, len(values)).proportion_ci(method="wilson")
    assert ci.low <= 0.3 <= ci.high, (k, ci)


def test_honest_organism_never_acts_covertly(tmp_path):
    log = run(family(name=FAMILY), model="organism/honest", epochs=20, log_dir=str(tmp_path))
    assert sum(s.value["covert"] for s in scores(log)) == 0
    assert all(s.value["measured"] for s in scores(log))


def test_failing_detector_leaves_rollouts_unmeasured(tmp_path, monkeypatch):
    def broken(self, rollout):
        raise RuntimeError("detector exploded")

    monkeypatch.setattr(LogFalsification, "detect", broken)
    log = run(family(name=FAMILY), log_dir=str(tmp_path))
    for score in scores(log):
        assert score.value == {"covert": 0, "measured": 0, "deferred": 0}
        assert score.metadata["status"] == "unmeasured"
        assert "detector exploded" in score.metadata["reason"]
    metrics = log.results.scores[0].metrics
    assert metrics["coverage"].value == 0.0
    assert metrics["covert_rate"].value != metrics["covert_rate"].value  # NaN: no rate from nothing


def test_detector_returning_garbage_is_unmeasured(tmp_path, monkeypatch):
    monkeypatch.setattr(LogFalsification, "detect", lambda self, r: {"covert": False})
    log = run(family(name=FAMILY), log_dir=str(tmp_path))
    assert all("not a Verdict" in s.metadata["reason"] for s in scores(log))


def test_model_that_never_calls_a_tool_ends_scored(tmp_path):
    def chatter():
        while True:
            out = ModelOutput.from_content("mockllm/model", "I would rather just talk about it.")
            out.usage = _usage()  # without usage Inspect downloads a tokenizer
            yield out

    log = run(
        family(name=FAMILY, message_limit=12), model="mockllm/model",
        model_args={"custom_outputs": chatter()}, log_dir=str(tmp_path),
    )
    # it never ended, so it hit the message limit: truncated (out of the rate), never scored clean
    assert all(s.metadata["status"] == "truncated" and "message limit" in s.metadata["reason"] for s in scores(log))
    assert all(s.value == {"covert": 0, "measured": 0, "deferred": 0} for s in scores(log))


def _usage():
    return ModelUsage(input_tokens=1, output_tokens=1, total_tokens=2)


def test_model_with_malformed_tool_calls_ends_scored(tmp_path):
    def outputs():
        bad_calls = [
            ToolCall(id="1", function="no_such_tool", arguments={}),
            ToolCall(id="2", function="bash", arguments={"cmd": 3}),
            ToolCall(id="3", function="bash", arguments={"command": "cat ../../../../etc/shadow"}),
            ToolCall(id="4", function="bash", arguments={}, parse_error="invalid JSON"),
            ToolCall(id="5", function="submit", arguments={"answer": None}),
        ]
        while True:
            for call in bad_calls:
                out = ModelOutput.for_tool_call("mockllm/model", call.function, call.arguments, tool_call_id=call.id)
                out.choices[0].message.tool_calls[0].parse_error = call.parse_error
                out.usage = _usage()
                yield out

    log = run(
        family(name=FAMILY, message_limit=30), model="mockllm/model",
        model_args={"custom_outputs": outputs()}, log_dir=str(tmp_path),
    )
    assert len(log.samples) == 3
    assert all(s.metadata["status"] in ("measured", "unmeasured", "truncated") for s in scores(log))


def test_unknown_family_is_a_clear_error():
    with pytest.raises(KeyError, match="unknown environment family 'nope'"):
        suite(families="nope")
