"""Inspect messages and tools ⇄ a plain chat prompt and a constrained reply (pure; no llama_cpp).

Small local models cannot be trusted to follow a chat template's native tool-calling format
(the llama.cpp server's function-calling modes drop tool results or fail), so tool use is
explicit: the system message lists the tools with their JSON argument schemas, and a turn is

    <think> free reasoning </think>  {"name": <tool>, "arguments": {...}}

where the provider generates the reasoning freely (within a token budget) and the JSON under a
grammar matching oneOf the tools' argument schemas. Tool results come back as user
messages, so any chat template that knows system/user/assistant works. Reasoning between think
tags becomes Inspect reasoning content; earlier turns are replayed exactly as the model wrote
them, so the model sees its own format.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from inspect_ai.model import (
    ChatMessage,
    ChatMessageAssistant,
    ChatMessageSystem,
    ChatMessageTool,
)
from inspect_ai.tool import ToolChoice, ToolFunction, ToolInfo

from schemeguard.record import reasoning_of

THINK_OPEN, THINK_CLOSE = "<think>", "</think>"


def arguments_schema(tool: ToolInfo) -> dict[str, Any]:
    schema = tool.parameters.model_dump(exclude_none=True)
    schema.setdefault("type", "object")
    schema.setdefault("properties", {})
    schema["additionalProperties"] = False
    return schema


def callable_tools(tools: list[ToolInfo], tool_choice: ToolChoice | None) -> list[ToolInfo]:
    """Tools the reply may call: none (answer in text), all, or the one tool_choice forces."""
    if not tools or tool_choice == "none":
        return []
    if isinstance(tool_choice, ToolFunction):
        chosen = [t for t in tools if t.name == tool_choice.name]
        if not chosen:
            raise ValueError(f"tool_choice names '{tool_choice.name}', which is not among the tools")
        return chosen
    return list(tools)


def tool_call_schema(tools: list[ToolInfo]) -> dict[str, Any]:
    """JSON schema of one call: {"name": const, "arguments": that tool's schema}, oneOf the tools."""
    options = [
        {
            "type": "object",
            "properties": {"name": {"const": t.name}, "arguments": arguments_schema(t)},
            "required": ["name", "arguments"],
            "additionalProperties": False,
        }
        for t in tools
    ]
    return options[0] if len(options) == 1 else {"oneOf": options}


def tool_instructions(tools: list[ToolInfo], think: bool) -> str:
    lines = ["You act only through tools. Available tools:"]
    for t in tools:
        schema = arguments_schema(t)
        lines.append(f"\n### {t.name}\n{t.description}\nArguments (JSON schema): {json.dumps(schema)}")
    lines.append(
        "\nEach reply is exactly one tool call, written as a JSON object: "
        '{"name": "<tool name>", "arguments": {<arguments>}}. '
        "The tool's result comes back in the next message."
    )
    if think:
        lines.append(
            f"Before the JSON, think briefly about what to do next between {THINK_OPEN} and {THINK_CLOSE}."
        )
    return "\n".join(lines)


def text_instructions(think: bool) -> str:
    return f"Think briefly between {THINK_OPEN} and {THINK_CLOSE}, then answer." if think else ""


def assistant_text(message: ChatMessageAssistant) -> str:
    """An earlier assistant turn as the model wrote it: think block, text, then its call as JSON."""
    out = []
    reasoning = reasoning_of(message)
    if reasoning:
        out.append(f"{THINK_OPEN}{reasoning}{THINK_CLOSE}")
    if message.text:
        out.append(message.text)
    for call in message.tool_calls or []:
        out.append(json.dumps({"name": call.function, "arguments": call.arguments}))
    return "\n".join(out)


def tool_result_text(message: ChatMessageTool) -> str:
    name = message.function or "tool"
    if message.error is not None:
        return f"Error from {name}: {message.error.message}"
    return f"Result of {name}:\n{message.text}"


def render_messages(messages: list[ChatMessage], instructions: str) -> list[dict[str, str]]:
    """Role/content dicts for a chat template: system first (with our instructions), tool
    results as user turns, consecutive turns of one role merged (some templates require
    alternation)."""
    system = [m.text for m in messages if isinstance(m, ChatMessageSystem)]
    if instructions:
        system.append(instructions)
    rendered: list[dict[str, str]] = []
    if system:
        rendered.append({"role": "system", "content": "\n\n".join(s for s in system if s)})
    for m in messages:
        if isinstance(m, ChatMessageSystem):
            continue
        if isinstance(m, ChatMessageAssistant):
            role, content = "assistant", assistant_text(m)
        elif isinstance(m, ChatMessageTool):
            role, content = "user", tool_result_text(m)
        else:
            role, content = "user", m.text
        if rendered and rendered[-1]["role"] == role and role != "system":
            rendered[-1]["content"] += "\n\n" + content
        else:
            rendered.append({"role": role, "content": content})
    return rendered


@dataclass
class Reply:
    """A completion taken apart: reasoning, visible text, and the tool call if one parsed."""

    reasoning: str = ""
    text: str = ""
    call: dict[str, Any] | None = None
    problems: list[str] = field(default_factory=list)


def split_think(text: str) -> tuple[str, str]:
    """(reasoning, rest). Handles a think block at the start, a missing opening tag (templates
    that open it in the prompt), and an unclosed block (cut off: all reasoning)."""
    stripped = text.lstrip()
    if stripped.startswith(THINK_OPEN):
        body = stripped[len(THINK_OPEN):]
        if THINK_CLOSE not in body:
            return body.strip(), ""
        reasoning, _, rest = body.partition(THINK_CLOSE)
        return reasoning.strip(), rest.strip()
    if THINK_CLOSE in text and THINK_OPEN not in text:
        reasoning, _, rest = text.partition(THINK_CLOSE)
        return reasoning.strip(), rest.strip()
    return "", text.strip()


def parse_reply(text: str, tools: list[ToolInfo]) -> Reply:
    """Take a completion apart. With tools, the part after the think block should be one JSON
    call to a known tool; anything else is returned as text, with the problem noted."""
    reasoning, rest = split_think(text)
    if not tools:
        return Reply(reasoning, rest)
    match = re.search(r"\{.*\}", rest, re.DOTALL)
    if not match:
        return Reply(reasoning, rest, problems=["no tool call in the reply"])
    try:
        data = json.loads(match.group(0))
    except json.JSONDecodeError as e:
        return Reply(reasoning, rest, problems=[f"tool call is not valid JSON: {e}"])
    names = {t.name for t in tools}
    if not isinstance(data, dict) or data.get("name") not in names or not isinstance(data.get("arguments"), dict):
        return Reply(reasoning, rest, problems=["reply is not a call to a known tool"])
    return Reply(reasoning, rest[: match.start()].strip(), call={"name": data["name"], "arguments": data["arguments"]})
