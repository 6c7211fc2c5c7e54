"""OpenAI chat completions for the guard: the reply message, and reassembly of streamed chunks.

OpenAI messages become the plain transcript monitors read with `record.transcript_of` (reasoning
from `reasoning_content` / `reasoning` fields and `<think>` blocks; redacted reasoning is never CoT).
"""

from __future__ import annotations

import json
from typing import Any

# one transcript rule for the whole project (record.py); re-exported for the guard's modules
from schemeguard.record import split_reasoning, transcript_of  # noqa: F401


def response_message(response: dict[str, Any]) -> dict[str, Any] | None:
    """The first choice's message of a chat completion, if there is one."""
    choices = response.get("choices") if isinstance(response, dict) else None
    if choices and isinstance(choices[0], dict) and isinstance(choices[0].get("message"), dict):
        return choices[0]["message"]
    return None


class StreamAccumulator:
    """Feeds on raw SSE bytes as they pass through and rebuilds the completion they spell."""

    def __init__(self) -> None:
        self._buffer = ""
        self.meta: dict[str, Any] = {}
        self.content: list[str] = []
        self.reasoning: list[str] = []
        self.tool_calls: dict[int, dict[str, Any]] = {}
        self.finish_reason: str | None = None
        self.errors: list[str] = []

    def feed(self, data: bytes) -> None:
        self._buffer += data.decode("utf-8", errors="replace")
        *lines, self._buffer = self._buffer.split("\n")
        for line in lines:
            self._line(line.strip())

    def _line(self, line: str) -> None:
        if not line.startswith("data:"):
            return
        payload = line[5:].strip()
        if payload == "[DONE]" or not payload:
            return
        try:
            chunk = json.loads(payload)
        except json.JSONDecodeError:
            self.errors.append(f"unparseable chunk: {payload[:80]}")
            return
        for key in ("id", "model", "created"):
            if key in chunk:
                self.meta.setdefault(key, chunk[key])
        for choice in chunk.get("choices") or []:
            if choice.get("index", 0) != 0:
                continue
            delta = choice.get("delta") or {}
            if isinstance(delta.get("content"), str):
                self.content.append(delta["content"])
            for key in ("reasoning_content", "reasoning"):
                if isinstance(delta.get(key), str):
                    self.reasoning.append(delta[key])
            for tc in delta.get("tool_calls") or []:
                slot = self.tool_calls.setdefault(int(tc.get("index", 0)),
                                                  {"id": None, "type": "function", "function": {"name": "", "arguments": ""}})
                slot["id"] = tc.get("id") or slot["id"]
                fn = tc.get("function") or {}
                slot["function"]["name"] += fn.get("name") or ""
                slot["function"]["arguments"] += fn.get("arguments") or ""
            if choice.get("finish_reason"):
                self.finish_reason = choice["finish_reason"]

    def completion(self) -> dict[str, Any]:
        """The equivalent non-streaming chat completion."""
        if self._buffer.strip():
            self._line(self._buffer.strip())
            self._buffer = ""
        message: dict[str, Any] = {"role": "assistant", "content": "".join(self.content)}
        if self.reasoning:
            message["reasoning_content"] = "".join(self.reasoning)
        if self.tool_calls:
            message["tool_calls"] = [self.tool_calls[i] for i in sorted(self.tool_calls)]
        return {**self.meta, "object": "chat.completion",
                "choices": [{"index": 0, "message": message, "finish_reason": self.finish_reason}]}
