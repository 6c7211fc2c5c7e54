"""Requests from agents: bounded bodies, strict JSON, validated shapes, before anything is stored.

A request the guard cannot read is refused with one 400 naming the problem and leaves no row
behind, so nothing sits `unmonitored` forever.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from starlette.requests import Request

from schemeguard.guard.upstream import StrictJSONError, monitor_message, strict_loads
from schemeguard.memo import digest
from schemeguard.record import transcript_of


class BadRequest(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes `limit` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise BadRequest(400, "Content-Length is not a number")
        if int(declared) > limit:
            raise BadRequest(413, f"request body of {declared} bytes is over the limit of {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BadRequest(413, f"request body is over the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def json_object(data: bytes) -> dict[str, Any]:
    try:
        body = strict_loads(data)
    except StrictJSONError as e:
        raise BadRequest(400, f"request body is not valid JSON: {e}"[:300]) from None
    if not isinstance(body, dict):
        raise BadRequest(400, "request body must be a JSON object")
    return body


def stream_flag(body: dict[str, Any]) -> bool:
    """`stream` must be a JSON boolean (the string "false" is not false)."""
    value = body.get("stream")
    if value is None:
        return False
    if not isinstance(value, bool):
        raise BadRequest(400, f"'stream' must be a boolean, got {type(value).__name__}")
    return value


def _check_tool_calls(message: dict[str, Any], where: str) -> None:
    calls = message.get("tool_calls")
    if calls is not None:
        if not isinstance(calls, list):
            raise BadRequest(400, f"{where}.tool_calls must be a list")
        for j, tc in enumerate(calls):
            if not isinstance(tc, dict):
                raise BadRequest(400, f"{where}.tool_calls[{j}] must be an object")
            for key in ("function", "custom"):
                if tc.get(key) is not None and not isinstance(tc[key], dict):
                    raise BadRequest(400, f"{where}.tool_calls[{j}].{key} must be an object")
    if message.get("function_call") is not None and not isinstance(message["function_call"], dict):
        raise BadRequest(400, f"{where}.function_call must be an object")


def check_model_and_lists(body: dict[str, Any], list_keys: tuple[str, ...] = ("tools",)) -> None:
    """The fields every API's request shares: a string model and tool lists that are lists."""
    if body.get("model") is not None and not isinstance(body["model"], str):
        raise BadRequest(400, "'model' must be a string")
    for key in list_keys:
        if body.get(key) is not None and not isinstance(body[key], list):
            raise BadRequest(400, f"'{key}' must be a list")


class History(list):
    """A request's transcript, knowing how many characters of it are new: not in the previous
    request of the same conversation (the work the rules' content memos have not done yet)."""

    fresh_chars: int = 0


def turn_chars(turns: list[dict[str, Any]]) -> int:
    return sum(len(str(v)) for t in turns for v in t.values())


class TranscriptMemo:
    """The monitors' transcript of a conversation, each message converted once.

    An agent resends its whole history on every call; converting it afresh each time was a tenth
    of the guard's CPU per call. Conversations are remembered by their opening (the first two
    messages) with the raw messages last seen; a new request reuses the converted turns of the
    longest prefix that is *equal* (compared as parsed JSON) and converts the rest. So the result
    is exactly `transcript_of` of the request: a memo of a pure function, never a judgement;
    nothing in a request's history can make the guard skip reading anything new.
    Bounded by the total request bytes kept."""

    def __init__(self, max_bytes: int = 64 * 2**20) -> None:
        self.max_bytes = max_bytes
        self._items: OrderedDict[bytes, tuple[list[Any], list[dict[str, Any]], int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def transcript(self, messages: list[Any], size: int) -> History:
        key = digest(messages[:2]) if size <= self.max_bytes // 16 else None
        with self._lock:
            seen = self._items.get(key) if key is not None else None
        same = 0
        if seen is not None:
            raw, turns, _ = seen
            limit = min(len(raw), len(messages))
            while same < limit and raw[same] == messages[same]:
                same += 1
        new = transcript_of([monitor_message(m) for m in messages[same:]])
        turns = (seen[1][:same] if seen else []) + new
        if key is not None:
            with self._lock:
                old = self._items.pop(key, None)
                self._bytes += size - (old[2] if old else 0)
                self._items[key] = (messages, turns, size)
                while self._bytes > self.max_bytes and self._items:
                    self._bytes -= self._items.popitem(last=False)[1][2]
        history = History(turns)
        history.fresh_chars = turn_chars(new)
        return history


TRANSCRIPTS = TranscriptMemo()


def chat_request(data: bytes) -> tuple[dict[str, Any], bool, list[dict[str, Any]]]:
    """A chat.completions request: (body, stream, its messages as the monitors' transcript)."""
    body = json_object(data)
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise BadRequest(400, "request body must have a non-empty 'messages' list")
    for i, m in enumerate(messages):
        if not isinstance(m, dict) or not isinstance(m.get("role"), str):
            raise BadRequest(400, f"messages[{i}] must be an object with a string 'role'")
        content = m.get("content")
        if content is not None and not isinstance(content, (str, list)):
            raise BadRequest(400, f"messages[{i}].content must be a string, a list of parts or null")
        _check_tool_calls(m, f"messages[{i}]")
    check_model_and_lists(body, ("tools", "functions"))
    stream = stream_flag(body)
    try:
        history = TRANSCRIPTS.transcript(messages, len(data))
    except Exception as e:  # a shape the transcript reader cannot take: refuse rather than store it unread
        raise BadRequest(400, f"messages cannot be read: {type(e).__name__}") from None
    return body, stream, history


def offers_tools(body: dict[str, Any]) -> bool:
    """A tool-call turn: the request declares tools or legacy functions."""
    return bool(body.get("tools") or body.get("functions"))
