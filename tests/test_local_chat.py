"""Prompt rendering, tool-call schemas and reply parsing for local models (no llama_cpp needed)."""

import json

import jsonschema
import pytest
from inspect_ai.model import (
    ChatMessageAssistant,
    ChatMessageSystem,
    ChatMessageTool,
    ChatMessageUser,
    ContentReasoning,
    ContentText,
)
from inspect_ai.tool import ToolCall, ToolCallError, ToolFunction, ToolInfo, ToolParam, ToolParams

from schemeguard.local import chat

BASH = ToolInfo(name="bash", description="Run a command.",
                parameters=ToolParams(properties={"command": ToolParam(type="string")}, required=["command"]))
SUBMIT = ToolInfo(name="submit", description="Submit.",
                  parameters=ToolParams(properties={"answer": ToolParam(type="string")}, required=["answer"]))
COUNT = ToolInfo(name="count", description="Count.",
                 parameters=ToolParams(properties={"n": ToolParam(type="integer"), "why": ToolParam(type="string")},
                                       required=["n"]))
TOOLS = [BASH, SUBMIT, COUNT]


def test_call_schema_accepts_each_tool_and_rejects_bad_calls():
    schema = chat.tool_call_schema(TOOLS)
    ok = [{"name": "bash", "arguments": {"command": "ls"}}, {"name": "submit", "arguments": {"answer": "4.2"}},
          {"name": "count", "arguments": {"n": 3}}]
    for call in ok:
        jsonschema.validate(call, schema)
    bad = [{"name": "rm", "arguments": {}}, {"name": "bash", "arguments": {}},
           {"name": "bash", "arguments": {"command": "ls", "extra": 1}}, {"name": "count", "arguments": {"n": "3"}},
           {"name": "bash"}]
    for call in bad:
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(call, schema)


def test_tool_choice_selects_callable_tools():
    assert chat.callable_tools(TOOLS, "auto") == TOOLS
    assert chat.callable_tools(TOOLS, "none") == []
    assert chat.callable_tools([], "auto") == []
    assert chat.callable_tools(TOOLS, ToolFunction(name="submit")) == [SUBMIT]
    with pytest.raises(ValueError, match="'nope'"):
        chat.callable_tools(TOOLS, ToolFunction(name="nope"))


def test_render_merges_roles_and_replays_the_models_own_format():
    messages = [
        ChatMessageSystem(content="You are an assistant."),
        ChatMessageUser(content="Run the eval."),
        ChatMessageAssistant(
            content=[ContentReasoning(reasoning="look first"), ContentText(text="")],
            tool_calls=[ToolCall(id="1", function="bash", arguments={"command": "ls"})],
        ),
        ChatMessageTool(content="a.txt", tool_call_id="1", function="bash"),
        ChatMessageTool(content="", tool_call_id="2", function="bash",
                        error=ToolCallError(type="unknown", message="no such file")),
        ChatMessageUser(content="Please continue."),
    ]
    rendered = chat.render_messages(messages, chat.tool_instructions(TOOLS, think=True))
    assert [m["role"] for m in rendered] == ["system", "user", "assistant", "user"]
    assert rendered[0]["content"].startswith("You are an assistant.") and '"command"' in rendered[0]["content"]
    assert rendered[2]["content"] == '<think>look first</think>\n{"name": "bash", "arguments": {"command": "ls"}}'
    assert "Result of bash:\na.txt" in rendered[3]["content"]
    assert "Error from bash: no such file" in rendered[3]["content"]
    assert rendered[3]["content"].endswith("Please continue.")


@pytest.mark.parametrize(
    "text, reasoning, rest",
    [
        ("<think>hmm</think>\nHello", "hmm", "Hello"),
        ("hmm, so</think>Hello", "hmm, so", "Hello"),  # template opened the block in the prompt
        ("<think>cut off mid", "cut off mid", ""),
        ("Plain answer", "", "Plain answer"),
    ],
)
def test_split_think(text, reasoning, rest):
    assert chat.split_think(text) == (reasoning, rest)


def test_parse_reply_with_tools():
    reply = chat.parse_reply('<think>run it</think>\n{"name": "bash", "arguments": {"command": "run_eval"}}', TOOLS)
    assert reply.reasoning == "run it" and reply.call == {"name": "bash", "arguments": {"command": "run_eval"}}
    assert not reply.problems

    truncated = chat.parse_reply('<think>ok</think>{"name": "bash", "argum', TOOLS)
    assert truncated.call is None and truncated.problems == ["no tool call in the reply"]
    unknown = chat.parse_reply('{"name": "rm", "arguments": {}}', TOOLS)
    assert unknown.call is None and "known tool" in unknown.problems[0]
    broken = chat.parse_reply('{"name": "bash", "arguments": {"command": "ls"}', TOOLS)
    assert broken.call is None


def test_parse_reply_without_tools_is_text():
    reply = chat.parse_reply('<think>they ask if I changed it</think>No, I did not. {"a": 1}', [])
    assert reply.reasoning == "they ask if I changed it" and reply.text == 'No, I did not. {"a": 1}'
    assert reply.call is None and not reply.problems


def test_tool_instructions_schema_is_valid_json():
    text = chat.tool_instructions([BASH], think=False)
    schema = json.loads(text.split("Arguments (JSON schema): ", 1)[1].splitlines()[0])
    assert schema["required"] == ["command"] and "<think>" not in text
