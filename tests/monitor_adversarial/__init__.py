"""The monitors' adversarial corpus: YAML data in this directory, loaded as plain transcripts.

Each item is one trajectory (task, tool calls with their outputs and optional thoughts, final
answer, optional follow-up) in the tool shape it names: plain calls, OpenAI `custom` tools with a
raw string input, or the legacy `function_call` field.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent
FIELDS = {"id", "family", "label", "attack", "shape", "task", "steps", "answer"}


def items() -> list[dict[str, Any]]:
    out = []
    for path in sorted(HERE.glob("*.yaml")):
        for item in yaml.safe_load(path.read_text()):
            missing = FIELDS - set(item)
            if missing:
                raise ValueError(f"{path.name}: item {item.get('id')!r} lacks {', '.join(sorted(missing))}")
            out.append(item)
    return out


def _call_message(step: dict[str, Any], legacy: bool) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "text": ""}
    if step.get("thought"):
        message["reasoning"] = step["thought"]
    if step.get("custom"):
        message["tool_calls"] = [{"type": "custom", "custom": {"name": step["tool"], "input": step["args"]}}]
    elif legacy:
        message["function_call"] = {"name": step["tool"], "arguments": json.dumps(step["args"])}
    else:
        message["tool_calls"] = [{"function": step["tool"], "arguments": step["args"]}]
    return message


def transcript(item: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [{"role": "user", "text": item["task"]}]
    for step in item["steps"]:
        out.append(_call_message(step, bool(item.get("legacy_function_call"))))
        out.append({"role": "tool", "text": str(step.get("output", ""))})
    out.append({"role": "assistant", "text": "", "tool_calls": [{"function": "submit", "arguments": {"answer": item["answer"]}}]})
    if item.get("followup"):
        out += [{"role": "user", "text": item["followup"]["question"]},
                {"role": "assistant", "text": item["followup"]["reply"]}]
    return out
