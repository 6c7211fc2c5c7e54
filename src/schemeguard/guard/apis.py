"""The APIs the guard serves, each as a dialect over the same store, monitors and policy:
OpenAI chat completions, OpenAI Responses (`/v1/responses`) and Anthropic Messages (`/v1/messages`).

A dialect reads a request into the monitors' history (OpenAI-style messages), reads a reply,
whole or streamed, into a `Reply` (OpenAI-style assistant messages + problems: whatever it cannot
account for makes the call unmeasured), and spells a held reply in its own format. Every
model-written thing in a reply is monitored: text, reasoning, and any tool call (function,
custom, shell, code interpreter, MCP, server tools) as a tool call.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any, Callable, Protocol

from schemeguard.guard.inbound import BadRequest, chat_request, check_model_and_lists, json_object, stream_flag
from schemeguard.guard.upstream import (Reply, SSEFraming, SSEReader, StrictJSONError, media_type, monitor_message,
                                        parse_completion, strict_loads)
from schemeguard.record import transcript_of

HELD_TEXT = "[schemeguard] This output is held for human review."


class StreamReader(Protocol):
    def feed(self, data: bytes) -> None: ...

    def reply(self, client_left: bool = False) -> Reply: ...


@dataclass(frozen=True)
class Dialect:
    name: str
    path: str  # appended to the upstream base URL (which ends in /v1)
    parse_request: Callable[[bytes], tuple[dict[str, Any], bool, list[dict[str, Any]]]]
    stream_reader: Callable[[], StreamReader]
    parse_whole: Callable[[bytes], Reply]
    held_json: Callable[[str], dict[str, Any]]
    held_sse: Callable[[str], bytes]

    def read(self, status: int, content_type: str | None, body: bytes) -> Reply:
        """A complete reply: SSE or JSON by content type; anything else, or a status other than
        200, is a problem."""
        kind = media_type(content_type)
        if kind == "text/event-stream":
            reader = self.stream_reader()
            reader.feed(body)
            reply = reader.reply()
        elif kind == "application/json" or (not kind and body.lstrip()[:1] == b"{"):
            reply = self.parse_whole(body)
        else:
            reply = Reply(None, [], [f"reply has content type {kind[:60]!r}, neither JSON nor SSE"])
        if status != 200:
            reply.problems.insert(0, f"upstream answered HTTP {status}, not 200")
        return reply


def history_of(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    try:
        return transcript_of([monitor_message(m) for m in messages])
    except Exception as e:  # a shape the transcript reader cannot take: refuse rather than store it unread
        raise BadRequest(400, f"conversation cannot be read: {type(e).__name__}") from None


def sse_event(event: str | None, payload: dict[str, Any]) -> str:
    head = f"event: {event}\n" if event else ""
    return f"{head}data: {json.dumps(payload)}\n\n"


class _Assistant:
    """One assistant message gathered from items/blocks of any shape."""

    def __init__(self) -> None:
        self.text: list[str] = []
        self.reasoning: list[str] = []
        self.tool_calls: list[dict[str, Any]] = []

    def call(self, name: Any, arguments: Any, call_id: Any = None) -> None:
        args = arguments if isinstance(arguments, str) else json.dumps(arguments, default=str)
        self.tool_calls.append({"id": str(call_id) if call_id else None, "type": "function",
                                "function": {"name": str(name or ""), "arguments": args}})

    def message(self) -> dict[str, Any]:
        out: dict[str, Any] = {"role": "assistant", "content": "".join(self.text) or None}
        if self.reasoning:
            out["reasoning_content"] = "\n".join(self.reasoning)
        if self.tool_calls:
            out["tool_calls"] = self.tool_calls
        return out


def _texts(parts: Any, kinds: tuple[str, ...], where: str, problems: list[str], field: str = "text") -> list[str]:
    if isinstance(parts, str):
        return [parts]
    if not isinstance(parts, list):
        problems.append(f"{where} is not a list")
        return []
    out = []
    for part in parts:
        if isinstance(part, dict) and part.get("type") in kinds and isinstance(part.get(field), str):
            out.append(part[field])
        elif isinstance(part, dict) and part.get("type") == "refusal" and isinstance(part.get("refusal"), str):
            out.append(part["refusal"])
        else:
            problems.append(f"{where}: a part it cannot read ({str(part.get('type') if isinstance(part, dict) else part)[:40]})")
    return out


def typed_event(reader: SSEFraming, event: str, data: str, where: str, ended: bool) -> dict[str, Any] | None:
    """The JSON of an event that names its own `type` (Responses, Anthropic); the SSE event name,
    when given, must agree, and nothing may follow the stream's end."""
    obj = reader.json_of(data, where)
    if not isinstance(obj, dict) or not isinstance(obj.get("type"), str):
        if obj is not None:
            reader.problems.append(f"{where} has no type")
        return None
    if event and event != obj["type"]:
        reader.problems.append(f"{where}: event {event[:40]!r} carries {obj['type'][:40]!r}")
    if ended:
        reader.problems.append(f"{where} after the end of the stream")
    return obj


# ---- OpenAI Responses ----------------------------------------------------------------------
# output items that are a tool call, and the fields that carry what the model wrote
RESPONSES_CALLS = {
    "function_call": lambda i: (i.get("name"), i.get("arguments")),
    "custom_tool_call": lambda i: (i.get("name"), i.get("input")),
    "local_shell_call": lambda i: ("local_shell", i.get("action")),
    "shell_call": lambda i: ("shell", i.get("action")),
    "apply_patch_call": lambda i: ("apply_patch", i.get("operation")),
    "computer_call": lambda i: ("computer", i.get("action")),
    "code_interpreter_call": lambda i: ("code_interpreter", {"code": i.get("code")}),
    "mcp_call": lambda i: (i.get("name"), i.get("arguments")),
    "mcp_approval_request": lambda i: (i.get("name"), i.get("arguments")),
    "web_search_call": lambda i: ("web_search", i.get("action")),
    "file_search_call": lambda i: ("file_search", {"queries": i.get("queries")}),
    "image_generation_call": lambda i: ("image_generation", {}),
    "mcp_list_tools": lambda i: ("mcp_list_tools", {"server_label": i.get("server_label")}),
}


def _responses_item(item: Any, where: str, into: _Assistant, problems: list[str]) -> None:
    if not isinstance(item, dict) or not isinstance(item.get("type"), str):
        problems.append(f"{where} is not an item with a type")
        return
    kind = item["type"]
    if kind == "message":
        into.text += _texts(item.get("content") or [], ("output_text", "text"), f"{where}.content", problems)
    elif kind == "reasoning":
        for key in ("summary", "content"):
            into.reasoning += _texts(item.get(key) or [], ("summary_text", "reasoning_text", "text"), f"{where}.{key}", problems)
    elif kind in RESPONSES_CALLS:
        name, arguments = RESPONSES_CALLS[kind](item)
        into.call(name, arguments, item.get("call_id") or item.get("id"))
    else:
        problems.append(f"{where}: unknown output item type {kind[:40]!r}")


def _responses_reply(response: Any, extra_items: list[Any], deltas: dict[str, str], problems: list[str]) -> Reply:
    into = _Assistant()
    output: list[Any] = []
    if isinstance(response, dict):
        if response.get("error"):
            problems.append(f"response carries an error: {str(response['error'])[:200]}")
        if response.get("status") == "failed":
            problems.append("response status is 'failed'")
        output = response.get("output") if isinstance(response.get("output"), list) else []
        if response.get("output") is not None and not isinstance(response.get("output"), list):
            problems.append("response.output is not a list")
    elif response is not None:
        problems.append("response is not a JSON object")
    seen = {item.get("id") for item in output if isinstance(item, dict) and item.get("id")}
    items = output + [i for i in extra_items if not (isinstance(i, dict) and i.get("id") in seen)]
    for n, item in enumerate(items):
        _responses_item(item, f"output[{n}]", into, problems)
    message = into.message()
    written = json.dumps(message, ensure_ascii=False)
    unseen = [text for text in deltas.values() if text and json.dumps(text, ensure_ascii=False)[1:-1] not in written]
    if unseen:  # streamed text the final items do not carry: monitored all the same
        message["content"] = (message.get("content") or "") + "\n" + "\n".join(unseen)
    if not items and not deltas:
        problems.append("the response has no output")
    stored = response if isinstance(response, dict) else {"output": items}
    return Reply(stored, [message], problems)


def parse_responses_whole(data: bytes) -> Reply:
    try:
        obj = strict_loads(data)
    except StrictJSONError as e:
        return Reply(None, [], [f"reply is not valid JSON: {e}"[:300]])
    return _responses_reply(obj, [], {}, [])


class ResponsesStream(SSEFraming):
    """response.* events: the last response snapshot, every output item seen, every delta."""

    TERMINAL = ("response.completed", "response.incomplete", "response.failed")

    def __init__(self) -> None:
        super().__init__()
        self.response: Any = None
        self.items: dict[str, Any] = {}
        self.deltas: dict[str, str] = {}
        self.ended = False

    def on_event(self, event: str, data: str, where: str) -> None:
        obj = typed_event(self, event, data, where, self.ended)
        if obj is None:
            return
        kind = obj["type"]
        if kind == "error" or not kind.startswith("response."):
            self.problems.append(f"{where}: {kind[:40]!r} event: {str(obj.get('message') or obj.get('error') or '')[:200]}")
            return
        if isinstance(obj.get("response"), dict):
            self.response = obj["response"]
        if kind in self.TERMINAL:
            self.ended = True
        if isinstance(obj.get("item"), dict):
            key = str(obj["item"].get("id") or f"index {obj.get('output_index')}")
            self.items[key] = obj["item"]
        if "delta" in obj:
            if not isinstance(obj["delta"], str):
                self.problems.append(f"{where}.delta is not a string")
            else:
                key = f"{obj.get('item_id')}/{obj.get('output_index')}/{obj.get('content_index')}/{kind}"
                self.deltas[key] = self.deltas.get(key, "") + obj["delta"]

    def reply(self, client_left: bool = False) -> Reply:
        self.finish(client_left)
        if not self.ended and not client_left:
            self.problems.append("stream ended without response.completed")
        return _responses_reply(self.response, list(self.items.values()), self.deltas, self.problems)


def _responses_history(body: dict[str, Any]) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = []
    if body.get("instructions") is not None:
        if not isinstance(body["instructions"], str):
            raise BadRequest(400, "'instructions' must be a string")
        messages.append({"role": "system", "content": body["instructions"]})
    given = body.get("input")
    if isinstance(given, str):
        return messages + [{"role": "user", "content": given}]
    if given is None:
        if not body.get("previous_response_id") and not body.get("conversation"):
            raise BadRequest(400, "request must have 'input' (a string or a list of items)")
        return messages
    if not isinstance(given, list):
        raise BadRequest(400, "'input' must be a string or a list of items")
    for n, item in enumerate(given):
        if not isinstance(item, dict):
            raise BadRequest(400, f"input[{n}] must be an object")
        kind = item.get("type", "message")
        if kind == "message":
            if not isinstance(item.get("role"), str):
                raise BadRequest(400, f"input[{n}] must have a string 'role'")
            problems: list[str] = []
            text = "".join(_texts(item.get("content") or "", ("input_text", "output_text", "text"), "", problems))
            messages.append({"role": item["role"], "content": text})
        elif kind in RESPONSES_CALLS:
            name, arguments = RESPONSES_CALLS[kind](item)
            call = _Assistant()
            call.call(name, arguments, item.get("call_id"))
            messages.append(call.message())
        elif kind.endswith("_output"):
            output = item.get("output")
            messages.append({"role": "tool", "content": output if isinstance(output, str) else json.dumps(output, default=str)})
        elif kind == "reasoning":
            messages.append({"role": "assistant", "content": None, "reasoning_content": "\n".join(
                p.get("text", "") for p in item.get("summary") or [] if isinstance(p, dict))})
        else:  # context the monitors can still read
            messages.append({"role": "user", "content": json.dumps(item, default=str)[:20_000]})
    return messages


def _parse_request(data: bytes, history: Callable[[dict[str, Any]], list[dict[str, Any]]]
                   ) -> tuple[dict[str, Any], bool, list[dict[str, Any]]]:
    """(body, stream, the monitors' transcript) for an API whose history `history` reads."""
    body = json_object(data)
    stream = stream_flag(body)
    check_model_and_lists(body)
    return body, stream, history_of(history(body))


def parse_responses_request(data: bytes) -> tuple[dict[str, Any], bool, list[dict[str, Any]]]:
    return _parse_request(data, _responses_history)


def held_responses(model: str) -> dict[str, Any]:
    return {"id": "held", "object": "response", "created_at": int(time.time()), "status": "completed", "model": model,
            "error": None, "incomplete_details": None, "instructions": None, "metadata": {}, "parallel_tool_calls": False,
            "temperature": None, "top_p": None, "tool_choice": "none", "tools": [],
            "output": [{"type": "message", "id": "held-msg", "role": "assistant", "status": "completed",
                        "content": [{"type": "output_text", "text": HELD_TEXT, "annotations": []}]}]}


def held_responses_sse(model: str) -> bytes:
    response = held_responses(model)
    item = response["output"][0]
    pending = {**response, "status": "in_progress", "output": []}
    return "".join([
        sse_event("response.created", {"type": "response.created", "sequence_number": 0, "response": pending}),
        sse_event("response.output_item.done", {"type": "response.output_item.done", "sequence_number": 1,
                                                 "output_index": 0, "item": item}),
        sse_event("response.completed", {"type": "response.completed", "sequence_number": 2, "response": response}),
    ]).encode()


# ---- Anthropic Messages --------------------------------------------------------------------
ANTHROPIC_CALLS = ("tool_use", "server_tool_use", "mcp_tool_use")


def _anthropic_block(block: Any, where: str, into: _Assistant, problems: list[str]) -> None:
    if not isinstance(block, dict) or not isinstance(block.get("type"), str):
        problems.append(f"{where} is not a content block with a type")
        return
    kind = block["type"]
    if kind == "text":
        if not isinstance(block.get("text"), str):
            problems.append(f"{where}.text is not a string")
        else:
            into.text.append(block["text"])
    elif kind == "thinking":
        if isinstance(block.get("thinking"), str):
            into.reasoning.append(block["thinking"])
    elif kind == "redacted_thinking":
        pass  # encrypted: nothing readable (never counted as CoT)
    elif kind in ANTHROPIC_CALLS:
        into.call(block.get("name"), block.get("input") if block.get("input") is not None else {}, block.get("id"))
    elif kind.endswith("_tool_result"):
        pass  # results of server tools: not model-written
    else:
        problems.append(f"{where}: unknown content block type {kind[:40]!r}")


def _anthropic_reply(message: Any, problems: list[str]) -> Reply:
    into = _Assistant()
    if not isinstance(message, dict):
        return Reply(None, [], problems + ["reply is not a JSON object"])
    if message.get("type") == "error" or message.get("error"):
        problems.append(f"reply is an error: {str(message.get('error'))[:200]}")
    if message.get("role") not in (None, "assistant"):
        problems.append(f"reply role {str(message.get('role'))[:40]!r} is not 'assistant'")
    content = message.get("content")
    if not isinstance(content, list):
        problems.append("reply has no content list")
        content = []
    for n, block in enumerate(content):
        _anthropic_block(block, f"content[{n}]", into, problems)
    return Reply(message, [into.message()], problems)


def parse_anthropic_whole(data: bytes) -> Reply:
    try:
        obj = strict_loads(data)
    except StrictJSONError as e:
        return Reply(None, [], [f"reply is not valid JSON: {e}"[:300]])
    return _anthropic_reply(obj, [])


class AnthropicStream(SSEFraming):
    """message_start, content_block_start/delta/stop, message_delta, message_stop (ping ignored)."""

    def __init__(self) -> None:
        super().__init__()
        self.message: dict[str, Any] | None = None
        self.blocks: dict[int, dict[str, Any]] = {}
        self.partial: dict[int, str] = {}
        self.stopped = False

    def on_event(self, event: str, data: str, where: str) -> None:
        obj = typed_event(self, event, data, where, self.stopped)
        if obj is None:
            return
        kind = obj["type"]
        index = obj.get("index")
        if kind == "ping":
            return
        if kind == "message_start" and isinstance(obj.get("message"), dict):
            self.message = obj["message"]
            for n, block in enumerate(self.message.get("content") or []):
                self.blocks[n] = block
        elif kind == "content_block_start" and type(index) is int and isinstance(obj.get("content_block"), dict):
            self.blocks[index] = dict(obj["content_block"])
        elif kind == "content_block_delta" and type(index) is int and isinstance(obj.get("delta"), dict):
            self._delta(index, obj["delta"], where)
        elif kind == "content_block_stop" and type(index) is int:
            pass
        elif kind == "message_delta" and isinstance(obj.get("delta"), dict):
            if self.message is not None:
                self.message.update({k: v for k, v in obj["delta"].items() if k in ("stop_reason", "stop_sequence")})
        elif kind == "message_stop":
            self.stopped = True
        else:
            self.problems.append(f"{where}: {kind[:40]!r} event it cannot read: {data[:200]}")

    def _delta(self, index: int, delta: dict[str, Any], where: str) -> None:
        block = self.blocks.setdefault(index, {"type": "text", "text": ""})
        kind = delta.get("type")
        fields = {"text_delta": "text", "thinking_delta": "thinking", "signature_delta": "signature",
                  "input_json_delta": "partial_json", "citations_delta": "citation"}
        field = fields.get(kind)
        if field is None:
            self.problems.append(f"{where}: unknown delta type {str(kind)[:40]!r}")
            return
        value = delta.get(field)
        if field == "citation":
            return
        if not isinstance(value, str):
            self.problems.append(f"{where}.delta.{field} is not a string")
            return
        if field == "partial_json":
            self.partial[index] = self.partial.get(index, "") + value
        else:
            block[field] = (block.get(field) or "") + value

    def reply(self, client_left: bool = False) -> Reply:
        self.finish(client_left)
        if not self.stopped and not client_left:
            self.problems.append("stream ended without message_stop")
        for index, raw in self.partial.items():
            block = self.blocks[index]
            try:
                block["input"] = strict_loads(raw) if raw.strip() else {}
            except StrictJSONError:
                self.problems.append(f"tool input of block {index} is not valid JSON")
                block["input"] = raw  # still monitored, as text
        message = dict(self.message or {"role": "assistant"})
        message["content"] = [self.blocks[i] for i in sorted(self.blocks)]
        if self.message is None:
            self.problems.append("stream had no message_start")
        return _anthropic_reply(message, self.problems)


def _anthropic_history(body: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    system = body.get("system")
    if system is not None:
        problems: list[str] = []
        out.append({"role": "system", "content": "".join(_texts(system, ("text",), "system", problems))})
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise BadRequest(400, "request body must have a non-empty 'messages' list")
    for n, m in enumerate(messages):
        if not isinstance(m, dict) or not isinstance(m.get("role"), str):
            raise BadRequest(400, f"messages[{n}] must be an object with a string 'role'")
        content = m.get("content")
        if isinstance(content, str):
            out.append({"role": m["role"], "content": content})
            continue
        if not isinstance(content, list):
            raise BadRequest(400, f"messages[{n}].content must be a string or a list of blocks")
        turn = _Assistant()
        for block in content:
            if not isinstance(block, dict):
                raise BadRequest(400, f"messages[{n}].content has a block that is not an object")
            kind = block.get("type")
            if kind == "tool_result":
                result = block.get("content")
                text = result if isinstance(result, str) else json.dumps(result, default=str)
                out.append({"role": "tool", "content": text})
            elif kind == "text" and isinstance(block.get("text"), str):
                turn.text.append(block["text"])
            elif kind == "thinking" and isinstance(block.get("thinking"), str):
                turn.reasoning.append(block["thinking"])
            elif kind in ANTHROPIC_CALLS:
                turn.call(block.get("name"), block.get("input") or {}, block.get("id"))
        if turn.text or turn.reasoning or turn.tool_calls:
            out.append({**turn.message(), "role": m["role"]})
    return out


def parse_anthropic_request(data: bytes) -> tuple[dict[str, Any], bool, list[dict[str, Any]]]:
    return _parse_request(data, _anthropic_history)


def held_anthropic(model: str) -> dict[str, Any]:
    return {"id": "held", "type": "message", "role": "assistant", "model": model,
            "content": [{"type": "text", "text": HELD_TEXT}], "stop_reason": "refusal", "stop_sequence": None,
            "usage": {"input_tokens": 0, "output_tokens": 0}}


def held_anthropic_sse(model: str) -> bytes:
    message = held_anthropic(model)
    start = {**message, "content": [], "stop_reason": None}
    return "".join([
        sse_event("message_start", {"type": "message_start", "message": start}),
        sse_event("content_block_start", {"type": "content_block_start", "index": 0,
                                           "content_block": {"type": "text", "text": ""}}),
        sse_event("content_block_delta", {"type": "content_block_delta", "index": 0,
                                           "delta": {"type": "text_delta", "text": HELD_TEXT}}),
        sse_event("content_block_stop", {"type": "content_block_stop", "index": 0}),
        sse_event("message_delta", {"type": "message_delta", "delta": {"stop_reason": "refusal", "stop_sequence": None},
                                     "usage": {"output_tokens": 0}}),
        sse_event("message_stop", {"type": "message_stop"}),
    ]).encode()


# ---- OpenAI chat completions ----------------------------------------------------------------
def held_chat(model: str) -> dict[str, Any]:
    """What the agent gets for a held reply: no call id, no route, nothing it could act on."""
    return {"id": "held", "object": "chat.completion", "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": HELD_TEXT},
                         "finish_reason": "content_filter"}]}


def held_chat_sse(model: str) -> bytes:
    held = held_chat(model)
    chunk = {**held, "object": "chat.completion.chunk",
             "choices": [{"index": 0, "delta": held["choices"][0]["message"], "finish_reason": "content_filter"}]}
    return f"data: {json.dumps(chunk)}\n\ndata: [DONE]\n\n".encode()


CHAT = Dialect("chat", "/chat/completions", chat_request, SSEReader, parse_completion, held_chat, held_chat_sse)
RESPONSES = Dialect("responses", "/responses", parse_responses_request, ResponsesStream, parse_responses_whole,
                    held_responses, held_responses_sse)
MESSAGES = Dialect("messages", "/messages", parse_anthropic_request, AnthropicStream, parse_anthropic_whole,
                   held_anthropic, held_anthropic_sse)


def reply_messages(response: Any) -> list[dict[str, Any]]:
    """The assistant messages of a stored reply of any dialect (for the dashboard)."""
    if not isinstance(response, dict):
        return []
    if isinstance(response.get("choices"), list):
        return [c["message"] for c in response["choices"] if isinstance(c, dict) and isinstance(c.get("message"), dict)]
    if isinstance(response.get("output"), list):
        return _responses_reply(response, [], {}, []).messages
    if isinstance(response.get("content"), list):
        return _anthropic_reply(response, []).messages
    return []
