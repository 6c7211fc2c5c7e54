"""One strict reader of upstream chat-completion replies, streamed or not, that fails closed.

Whatever it cannot account for (a field it does not know, a wrong type, an SSE event it cannot
parse, an unexpected status or content type, bytes after `[DONE]`, a stream cut mid-event) is a
*problem*: the reply is still read as far as possible so monitors see it, but the call is
unmeasured and the policy's `on_unmeasured` applies. Every choice is read, not only the first.

SSE framing follows the WHATWG spec: lines end in CRLF, LF or CR; `:` lines are comments; several
`data:` lines make one event joined by "\\n"; a blank line dispatches it.

Tool calls of every shape (`tool_calls` of type function or custom, legacy `function_call`) are
normalised to OpenAI `tool_calls` with `function.name` / `function.arguments` for the monitors
(`monitor_message`).
"""

from __future__ import annotations

import codecs
import json
import math
import re
from dataclasses import dataclass, field
from typing import Any

from schemeguard.record import openai_tool_calls

try:  # the fast JSON reader and writer of the request path (a dependency; absent: the json module)
    import orjson
except ImportError:  # pragma: no cover
    orjson = None

MAX_CHOICES = 128  # a reply with more choices than this is refused as unaccountable
# fields of a message / stream delta the guard knows how to read (anything else is a problem)
TEXT_FIELDS = ("content", "refusal", "reasoning_content", "reasoning")
MESSAGE_FIELDS = {"role", *TEXT_FIELDS, "tool_calls", "function_call", "annotations", "name"}
# fields of a choice besides its message/delta; `logprobs` repeats the content token by token
CHOICE_FIELDS = {"index", "message", "delta", "finish_reason", "logprobs", "stop_reason"}
# top-level fields that carry no model output (anything else non-null is a problem)
TOP_FIELDS = {"id", "object", "created", "model", "system_fingerprint", "usage", "choices", "service_tier",
              "prompt_filter_results", "prompt_logprobs", "kv_transfer_params"}


class StrictJSONError(ValueError):
    pass


def _no_constant(name: str) -> Any:
    raise StrictJSONError(f"{name} is not valid JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):  # 1e400: a number no float holds would be Infinity
        raise StrictJSONError(f"number {text[:40]} is out of range")
    return value


# a run of 19+ digits may be an integer beyond 64 bits, which orjson would read as a float.
# Found as `rb"\d{19}"` would find it (ASCII digits), but by marking each byte digit / not digit
# (one C pass) and searching the marks: the regex took ~30 ns per byte, 8x orjson's whole parse
_DIGIT_MARKS = bytes(0x31 if 0x30 <= b <= 0x39 else 0x30 for b in range(256))  # digit -> "1", other -> "0"
_NINETEEN_DIGITS = b"1" * 19


def has_long_digits(data: bytes) -> bool:
    return _NINETEEN_DIGITS in data.translate(_DIGIT_MARKS)


def strict_loads(data: str | bytes) -> Any:
    """json.loads without NaN/Infinity (nor numbers that overflow to it); deep nesting is an error,
    not a crash. orjson (~4x faster) reads what it can read exactly as json.loads would: it refuses
    NaN, Infinity, overflowing numbers, lone surrogates, byte-order marks and non-UTF-8 input, and
    bodies with long digit runs skip it; everything it refuses goes to json.loads, which decides."""
    if orjson is not None and isinstance(data, bytes) and not has_long_digits(data):
        try:
            return orjson.loads(data)
        except orjson.JSONDecodeError:
            pass
    try:
        return json.loads(data, parse_constant=_no_constant, parse_float=_finite_float)
    except RecursionError:
        raise StrictJSONError("JSON nested too deeply") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise StrictJSONError(str(e)) from None


def is_int(value: Any) -> bool:
    return type(value) is int  # noqa: E721  (bool and "0" are not indexes)


@dataclass
class Reply:
    """An upstream reply as read: the equivalent chat.completion (every choice), one assistant
    message per choice in index order, and the problems that make it unmeasured."""

    completion: dict[str, Any] | None
    messages: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class _Message:
    """One choice's assistant message, built from a whole message or from stream deltas."""

    def __init__(self) -> None:
        self.role = "assistant"
        self.text: dict[str, list[str]] = {}
        self.tool_calls: dict[int, dict[str, Any]] = {}
        self.function_call: dict[str, str] | None = None
        self.finish_reason: str | None = None
        self.extra: dict[str, Any] = {}

    def add(self, delta: dict[str, Any], where: str, problems: list[str], streamed: bool) -> None:
        for key, value in delta.items():
            if value is None:
                continue
            if key not in MESSAGE_FIELDS:
                problems.append(f"{where}: unknown field '{key}'")
            elif key == "role":
                if value != "assistant":
                    problems.append(f"{where}: role {str(value)[:40]!r} is not 'assistant'")
            elif key in TEXT_FIELDS:
                text = _text(value, f"{where}.{key}", problems)
                if text is not None:
                    self.text.setdefault(key, []).append(text)
            elif key == "tool_calls":
                self._tool_calls(value, where, problems, streamed)
            elif key == "function_call":  # legacy single function call
                if not isinstance(value, dict):
                    problems.append(f"{where}.function_call is not an object")
                    continue
                slot = self.function_call = self.function_call or {"name": "", "arguments": ""}
                _append_strings(slot, value, ("name", "arguments"), f"{where}.function_call", problems)
            elif key == "name":
                if not isinstance(value, str):
                    problems.append(f"{where}.name is not a string")
            else:  # annotations: citations, kept as given
                self.extra[key] = value

    def _tool_calls(self, value: Any, where: str, problems: list[str], streamed: bool) -> None:
        if not isinstance(value, list):
            problems.append(f"{where}.tool_calls is not a list")
            return
        for position, tc in enumerate(value):
            at = f"{where}.tool_calls[{position}]"
            if not isinstance(tc, dict):
                problems.append(f"{at} is not an object")
                continue
            index = tc.get("index", None if streamed else len(self.tool_calls))
            if not is_int(index) or not 0 <= index < MAX_CHOICES:
                problems.append(f"{at}.index {str(index)[:20]!r} is not a small integer")
                index = 10_000 + len(self.tool_calls)  # kept apart, still monitored
            slot = self.tool_calls.setdefault(index, {"id": None, "type": None, "name": "", "arguments": ""})
            for key, v in tc.items():
                if v is None or key == "index":
                    continue
                if key == "id":
                    if not isinstance(v, str):
                        problems.append(f"{at}.id is not a string")
                    elif not slot["id"]:
                        slot["id"] = v
                elif key == "type":
                    if v not in ("function", "custom"):
                        problems.append(f"{at}.type {str(v)[:40]!r} is unknown")
                    slot["type"] = slot["type"] or str(v)
                elif key == "function":
                    if not isinstance(v, dict):
                        problems.append(f"{at}.function is not an object")
                        continue
                    if isinstance(v.get("arguments"), dict):  # some servers send an object, not a JSON string
                        v = {**v, "arguments": json.dumps(v["arguments"])}
                    _append_strings(slot, v, ("name", "arguments"), f"{at}.function", problems)
                elif key == "custom":  # custom tools: free-form input
                    if not isinstance(v, dict):
                        problems.append(f"{at}.custom is not an object")
                        continue
                    _append_strings(slot, {"name": v.get("name"), "arguments": v.get("input")},
                                    ("name", "arguments"), f"{at}.custom", problems)
                    slot["type"] = "custom"
                    extra = set(v) - {"name", "input"}
                    if extra:
                        problems.append(f"{at}.custom: unknown field(s) {sorted(extra)}")
                else:
                    problems.append(f"{at}: unknown field '{key}'")

    def message(self) -> dict[str, Any]:
        """The OpenAI-style message, as the upstream spelled it (custom tools stay custom)."""
        out: dict[str, Any] = {"role": self.role, "content": "".join(self.text.get("content", [])) or None}
        for key in TEXT_FIELDS[1:]:
            if key in self.text:
                out[key] = "".join(self.text[key])
        if self.tool_calls:
            out["tool_calls"] = []
            for i in sorted(self.tool_calls):
                tc = self.tool_calls[i]
                if tc["type"] == "custom":
                    out["tool_calls"].append({"id": tc["id"], "type": "custom",
                                              "custom": {"name": tc["name"], "input": tc["arguments"]}})
                else:
                    out["tool_calls"].append({"id": tc["id"], "type": "function",
                                              "function": {"name": tc["name"], "arguments": tc["arguments"]}})
        if self.function_call:
            out["function_call"] = dict(self.function_call)
        return {**out, **self.extra}


def _text(value: Any, where: str, problems: list[str]) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list):  # content parts: text parts are read, anything else is a problem
        texts = []
        for part in value:
            if isinstance(part, dict) and part.get("type") in ("text", "output_text") and isinstance(part.get("text"), str):
                texts.append(part["text"])
            else:
                problems.append(f"{where}: content part it cannot read")
        return "".join(texts)
    problems.append(f"{where} is a {type(value).__name__}, not a string")
    return None


def _append_strings(slot: dict[str, Any], value: dict[str, Any], keys: tuple[str, ...], where: str,
                    problems: list[str]) -> None:
    for key, v in value.items():
        if v is None:
            continue
        if key not in keys:
            problems.append(f"{where}: unknown field '{key}'")
        elif not isinstance(v, str):
            problems.append(f"{where}.{key} is not a string")
        else:
            slot[key] += v


class _Choices:
    """Choices by index, filled from whole messages or deltas."""

    def __init__(self) -> None:
        self.by_index: dict[int, _Message] = {}
        self.problems: list[str] = []
        self.meta: dict[str, Any] = {}

    def top(self, obj: Any, where: str) -> list[Any]:
        if not isinstance(obj, dict):
            self.problems.append(f"{where} is not a JSON object")
            return []
        if obj.get("error") is not None:
            self.problems.append(f"{where} carries an error: {str(obj['error'])[:200]}")
        for key, value in obj.items():
            if value is not None and key not in TOP_FIELDS and key != "error":
                self.problems.append(f"{where}: unknown field '{key}'")
            elif key in ("id", "model", "created", "object", "system_fingerprint", "usage") and value is not None:
                self.meta.setdefault(key, value)
        choices = obj.get("choices")
        if choices is None:
            return []
        if not isinstance(choices, list):
            self.problems.append(f"{where}.choices is not a list")
            return []
        return choices

    def choice(self, choice: Any, where: str, streamed: bool) -> None:
        if not isinstance(choice, dict):
            self.problems.append(f"{where} is not an object")
            return
        index = choice.get("index", None if streamed else len(self.by_index))
        if not is_int(index) or not 0 <= index < MAX_CHOICES:
            self.problems.append(f"{where}.index {str(index)[:20]!r} is not a small integer")
            index = 10_000 + len(self.by_index)  # still read and monitored, apart from the others
        message = self.by_index.get(index)
        if message is None:
            message = self.by_index[index] = _Message()
        elif not streamed:
            self.problems.append(f"{where}: choice index {index} appears twice")
        for key, value in choice.items():
            if value is not None and key not in CHOICE_FIELDS:
                self.problems.append(f"{where}: unknown field '{key}'")
        body_key = "delta" if streamed else "message"
        other = "message" if streamed else "delta"
        if choice.get(other) is not None:
            self.problems.append(f"{where}: '{other}' where '{body_key}' was expected")
        body = choice.get(body_key)
        if body is None and not streamed:
            self.problems.append(f"{where} has no message")
        elif body is not None and not isinstance(body, dict):
            self.problems.append(f"{where}.{body_key} is not an object")
        elif body:
            message.add(body, f"{where}.{body_key}", self.problems, streamed)
        if choice.get("finish_reason") is not None:
            if not isinstance(choice["finish_reason"], str):
                self.problems.append(f"{where}.finish_reason is not a string")
            else:
                message.finish_reason = choice["finish_reason"]

    def reply(self, extra_problems: list[str] | None = None) -> Reply:
        problems = list(extra_problems or []) + self.problems
        if not self.by_index:
            problems.append("the reply has no choices")
        messages = [self.by_index[i].message() for i in sorted(self.by_index)]
        completion = {**self.meta, "object": "chat.completion",
                      "choices": [{"index": i, "message": m, "finish_reason": self.by_index[i].finish_reason}
                                  for i, m in zip(sorted(self.by_index), messages)]}
        return Reply(completion, messages, problems)


def parse_completion(data: bytes) -> Reply:
    """A whole (non-streamed) chat.completion body."""
    try:
        obj = strict_loads(data)
    except StrictJSONError as e:
        return Reply(None, [], [f"reply is not valid JSON: {e}"[:300]])
    choices = _Choices()
    for i, choice in enumerate(choices.top(obj, "reply")):
        choices.choice(choice, f"choices[{i}]", streamed=False)
    return choices.reply()


LINE_END = re.compile(r"\r\n|\r|\n")


class SSEFraming:
    """SSE framing per the WHATWG spec, incremental: feed() bytes as they pass; each complete event
    goes to `on_event(event type, data, where)`; `finish()` at the end of the stream."""

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="strict")
        self._text = ""
        self._data: list[str] = []
        self._event = ""
        self._first = True
        self._events = 0
        self.problems: list[str] = []

    def on_event(self, event: str, data: str, where: str) -> None:
        raise NotImplementedError

    def feed(self, data: bytes) -> None:
        try:
            text = self._decoder.decode(data)
        except UnicodeDecodeError as e:
            self.problems.append(f"stream is not UTF-8: {e}"[:200])
            text = data.decode("utf-8", errors="replace")
        if self._first and text:
            text = text.removeprefix("\ufeff")
            self._first = False
        self._text += text
        # a trailing CR may be the first half of a CRLF: wait for the next bytes
        end = len(self._text) - 1 if self._text.endswith("\r") else len(self._text)
        start = 0
        for match in LINE_END.finditer(self._text, 0, end):
            self._line(self._text[start:match.start()])
            start = match.end()
        self._text = self._text[start:]

    def _line(self, line: str) -> None:
        if line == "":
            self._dispatch()
            return
        if line.startswith(":"):
            return  # comment (keep-alive)
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name not in ("id", "retry"):
            self.problems.append(f"unknown SSE field {name[:40]!r}")

    def _dispatch(self) -> None:
        data, event = "\n".join(self._data), self._event
        self._data, self._event = [], ""
        if not data and not event:
            return
        self._events += 1
        self.on_event(event, data, f"event {self._events}")

    def json_of(self, data: str, where: str) -> Any:
        try:
            return strict_loads(data)
        except StrictJSONError as e:
            self.problems.append(f"{where} is not valid JSON: {e}"[:300])
            return None

    def finish(self, client_left: bool = False) -> None:
        """Flush the last bytes. A stream cut mid-event is read (a covert call may hide there) but
        is a problem, unless the client left (the guard stopped reading: what was read is all
        that was delivered)."""
        try:
            self._text += self._decoder.decode(b"", final=True)
        except UnicodeDecodeError as e:
            self.problems.append(f"stream ends inside a UTF-8 character: {e}"[:200])
        if self._text:
            for line in LINE_END.split(self._text):
                self._line(line)
            self._text = ""
        if self._data or self._event:
            if not client_left:
                self.problems.append("stream ended in the middle of an event")
            self._dispatch()


class SSEReader(SSEFraming):
    """A streamed chat completion (chat.completion.chunk events, then [DONE])."""

    def __init__(self) -> None:
        super().__init__()
        self._done = False
        self._choices = _Choices()

    def on_event(self, event: str, data: str, where: str) -> None:
        if self._done:
            self.problems.append(f"{where} after [DONE]")
        if event not in ("", "message"):
            self.problems.append(f"{where} has type {event[:40]!r}")
        if data.strip() == "[DONE]":
            self._done = True
            return
        obj = self.json_of(data, where)
        if obj is None:
            return
        for i, choice in enumerate(self._choices.top(obj, where)):
            self._choices.choice(choice, f"{where}.choices[{i}]", streamed=True)

    def reply(self, client_left: bool = False) -> Reply:
        """The completion the stream spelled; a stream that never said [DONE] is a problem unless
        the client left."""
        self.finish(client_left)
        if not self._done and not client_left:
            self.problems.append("stream ended without [DONE]")
        return self._choices.reply(self.problems)


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def monitor_message(message: dict[str, Any]) -> dict[str, Any]:
    """An OpenAI-style message with every tool-call shape as `tool_calls[].function` (custom tools'
    input and legacy `function_call` included), for the monitors. Never raises."""
    if not isinstance(message, dict):
        return {"role": "user", "content": str(message)}
    calls = [{"id": None, "type": "function", "function": {
        "name": name, "arguments": args if isinstance(args, str) else json.dumps(args, default=str)}}
        for name, args in openai_tool_calls(message)]
    out = {k: v for k, v in message.items() if k not in ("tool_calls", "function_call")}
    if calls:
        out["tool_calls"] = calls
    return out

