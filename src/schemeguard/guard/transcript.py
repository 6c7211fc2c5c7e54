"""OpenAI chat messages → the plain transcript monitors read; reassembly of streamed chunks.

Reasoning comes from `reasoning_content` / `reasoning` fields and from `<think>` blocks in the text
(open reasoning models put it there); it is moved out of the text into `reasoning`.
"""

from __future__ import annotations

import json
import re
from typing import Any

THINK = re.compile(r"<think>(.*?)(?:</think>|$)", re.S)


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content parts
        return "\n".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return ""


def split_reasoning(message: dict[str, Any]) -> tuple[str, str]:
    """(visible text, reasoning) of one OpenAI message."""
    text = _text(message.get("content"))
    parts = [str(message[k]) for k in ("reasoning_content", "reasoning") if isinstance(message.get(k), str) and message[k]]
    parts += [m.strip() for m in THINK.findall(text) if m.strip()]
    return THINK.sub("", text).strip(), "\n".join(parts)


def _arguments(raw: Any) -> dict[str, Any]:
    if isinstance(raw, dict):
        return raw
    try:
        value = json.loads(raw or "{}")
    except (TypeError, json.JSONDecodeError):
        return {"raw": str(raw)}
    return value if isinstance(value, dict) else {"raw": value}


def plain_message(message: dict[str, Any]) -> dict[str, Any]:
    text, reasoning = split_reasoning(message)
    out: dict[str, Any] = {"role": str(message.get("role") or "assistant"), "text": text}
    if reasoning:
        out["reasoning"] = reasoning
    calls = [{"function": str((tc.get("function") or {}).get("name") or ""),
              "arguments": _arguments((tc.get("function") or {}).get("arguments"))}
             for tc in message.get("tool_calls") or [] if isinstance(tc, dict)]
    if calls:
        out["tool_calls"] = calls
    return out


def transcript_of(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [plain_message(m) for m in messages if isinstance(m, dict)]


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
