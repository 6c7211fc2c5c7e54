"""The log contract: one transcript / CoT rule for every message source, typed statuses and metadata."""

import ast
from pathlib import Path

import pytest
from inspect_ai.model import ChatMessageAssistant, ChatMessageSystem, ChatMessageTool, ChatMessageUser, ContentReasoning, ContentText
from inspect_ai.tool import ToolCall

import schemeguard.record
from schemeguard.record import (
    PLAN_PREFIX,
    Followup,
    RolloutMetadata,
    Status,
    cot_redacted,
    cot_text,
    read_plan,
    reasoning_of,
    score_value,
    transcript_of,
    workspace_key,
)

SRC = Path(schemeguard.record.__file__).parent


def inspect_messages():
    return [
        ChatMessageSystem(content="sys"),
        ChatMessageUser(content="do the task"),
        ChatMessageAssistant(
            content=[ContentReasoning(reasoning="first I look"), ContentText(text="looking")],
            tool_calls=[ToolCall(id="1", function="bash", arguments={"command": "ls"})],
        ),
        ChatMessageTool(content="a.txt", tool_call_id="1", function="bash"),
        ChatMessageAssistant(content=[
            ContentReasoning(reasoning="gAAAAB-ciphertext", redacted=True, summary="decided to report"),
            ContentReasoning(reasoning="ENCRYPTED-NO-SUMMARY", redacted=True),
            ContentText(text="done"),
        ]),
    ]


def openai_messages():
    return [
        {"role": "system", "content": "sys"},
        {"role": "user", "content": "do the task"},
        {"role": "assistant", "content": "looking", "reasoning_content": "first I look",
         "tool_calls": [{"id": "1", "type": "function", "function": {"name": "bash", "arguments": '{"command": "ls"}'}}]},
        {"role": "tool", "content": "a.txt", "tool_call_id": "1"},
        {"role": "assistant", "content": "<think>decided to report</think>done",
         "reasoning_details": [{"type": "reasoning.encrypted", "data": "ENCRYPTED-NO-SUMMARY"}]},
    ]


@pytest.mark.parametrize("source", [inspect_messages, openai_messages])
def test_one_transcript_from_inspect_and_openai_messages(source):
    turns = transcript_of(source())
    assert [t["role"] for t in turns] == ["system", "user", "assistant", "tool", "assistant"]
    assert turns[2]["tool_calls"] == [{"function": "bash", "arguments": {"command": "ls"}}]
    assert turns[4]["text"] == "done"
    # redacted reasoning: the readable summary counts, the ciphertext never does, and it is flagged
    assert cot_text(source()) == "first I look\n\ndecided to report"
    assert cot_redacted(source()) is True
    assert "ENCRYPTED" not in str(turns) and "ciphertext" not in str(turns)


def test_every_openai_tool_call_shape_reaches_the_transcript():
    message = {"role": "assistant", "content": None,
               "tool_calls": [{"id": "1", "type": "custom", "custom": {"name": "shell", "input": "rm -rf logs"}},
                              {"id": "2", "type": "function", "function": {"name": "python", "arguments": {"code": "1"}}},
                              "not a call"],
               "function_call": {"name": "bash", "arguments": '{"command": "cat grader.py"}'}}
    [turn] = transcript_of([message])
    assert turn["tool_calls"] == [{"function": "shell", "arguments": {"raw": "rm -rf logs"}},
                                  {"function": "python", "arguments": {"code": "1"}},
                                  {"function": "bash", "arguments": {"command": "cat grader.py"}}]
    assert transcript_of([{"role": "assistant", "content": "hi", "tool_calls": "junk"}])[0].get("tool_calls") is None


def test_plain_transcript_passes_through_and_cot_reads_it():
    plain = [{"role": "assistant", "text": "", "reasoning": "think", "tool_calls": []}, {"role": "tool", "text": "out"}]
    assert transcript_of(plain) == plain
    assert cot_text(plain) == "think" and not cot_redacted(plain)


def test_transcript_and_cot_of_a_reference_trajectory():
    from schemeguard.environments import get_family, scenarios_for

    scenario = scenarios_for("log_falsification")[0]
    trajectory = get_family("log_falsification").trajectories(scenario)["covert"]
    turns = transcript_of(trajectory)
    assert [t["tool_calls"][0]["function"] for t in turns] == [s.tool for s in trajectory.steps] + ["submit"]
    assert turns[-1]["tool_calls"][0]["arguments"] == {"answer": trajectory.answer}
    assert cot_text(trajectory) == "\n\n".join(s.thought for s in trajectory.steps if s.thought)


def test_cot_of_anything_holding_messages():
    class Holder:
        messages = inspect_messages()

    assert cot_text(Holder()) == cot_text(inspect_messages())
    assert reasoning_of(inspect_messages()[2]) == "first I look"
    assert reasoning_of(inspect_messages()[1]) == ""


def test_status_is_one_enum_that_compares_as_its_logged_string():
    assert Status.MEASURED == "measured" and Status("needs_control") is Status.NEEDS_CONTROL
    assert {"truncated", "disputed"} <= {s.value for s in Status}
    assert score_value(Status.MEASURED, True) == {"covert": 1, "measured": 1, "deferred": 0}
    assert score_value(Status.UNMEASURED, True) == {"covert": 0, "measured": 0, "deferred": 0}
    assert score_value(Status.NEEDS_CONTROL) == {"covert": 0, "measured": 0, "deferred": 1}


def test_metadata_model_types_variants_and_rejects_unknown_values():
    meta = RolloutMetadata(family="f", scenario_id="s", followup="off")
    assert meta.followup is Followup.OFF and not meta.asks_followup
    with pytest.raises(ValueError):
        RolloutMetadata(family="f", scenario_id="s", followup="maybe")
    with pytest.raises(ValueError):
        meta.followup = Followup.ON  # frozen: metadata is what the task wrote


def test_store_keys():
    assert workspace_key("answer") == "WorkspaceState:answer"
    with pytest.raises(KeyError):
        workspace_key("anwser")
    assert read_plan({PLAN_PREFIX + "label": "covert", "WorkspaceState:answer": "x"}) == {"label": "covert"}
    assert read_plan({}) is None


def test_record_is_the_ground_floor():
    tree = ast.parse((SRC / "record.py").read_text())
    imported = [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)] + \
               [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    assert not [m for m in imported if m and m.startswith("schemeguard")]


SHARED_LITERALS = ['"covert_action"', '"WorkspaceState:', '"OrganismPlan:', '"Intervention:', '"needs_control"',
                   '".monitors.jsonl"', '".cot.jsonl"', '".review.jsonl"',
                   '".rollouts.jsonl.gz"']


@pytest.mark.parametrize("literal", SHARED_LITERALS)
def test_shared_names_are_spelled_only_in_record(literal):
    spelled = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py") if literal in p.read_text()]
    assert spelled == ["record.py"], spelled
