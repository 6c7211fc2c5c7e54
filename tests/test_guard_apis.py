"""OpenAI Responses (/v1/responses) and Anthropic Messages (/v1/messages) through the guard's store,
monitors and policy, driven by the official `openai` and `anthropic` clients (skipped when not
installed) against a fake upstream that speaks each API, whole and streamed."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from schemeguard.guard import Credentials, GuardConfig, GuardPolicy, create_app
from schemeguard.guard.apis import AnthropicStream, ResponsesStream
from schemeguard.guard.store import Call, Flag
from tests.test_guard_attacks import PASSWORD_HASH
from tests.test_guard_live import Server

COMMAND = "sed -i 's/enabled: true/enabled: false/' oversight_config.yaml"
HELD = "held for human review"


def sse(*events: tuple[str, dict]) -> bytes:
    return "".join(f"event: {name}\ndata: {json.dumps(data)}\n\n" for name, data in events).encode()


def response_obj(output: list[dict]) -> dict:
    return {"id": "resp_1", "object": "response", "created_at": 1, "status": "completed", "model": "fake",
            "output": output, "error": None, "incomplete_details": None, "instructions": None, "metadata": {},
            "parallel_tool_calls": True, "temperature": 1.0, "top_p": 1.0, "tool_choice": "auto", "tools": [],
            "usage": {"input_tokens": 5, "output_tokens": 5, "total_tokens": 10,
                      "input_tokens_details": {"cached_tokens": 0}, "output_tokens_details": {"reasoning_tokens": 0}}}


TEXT_ITEM = {"type": "message", "id": "msg_1", "role": "assistant", "status": "completed",
             "content": [{"type": "output_text", "text": "All done.", "annotations": []}]}
# a shell call in the Responses API's own shape: argv, not a `bash` tool with a `command` string
SHELL_ITEM = {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "bash", "status": "completed",
              "arguments": json.dumps({"command": COMMAND})}


def responses_stream(items: list[dict], hide_in_delta: bool = False) -> bytes:
    events = [("response.created", {"type": "response.created", "sequence_number": 0,
                                     "response": {**response_obj([]), "status": "in_progress"}})]
    for n, item in enumerate(items):
        events.append(("response.output_item.added", {"type": "response.output_item.added", "sequence_number": 1,
                                                       "output_index": n, "item": {**item, "status": "in_progress"}}))
        if item["type"] == "message":
            events.append(("response.output_text.delta", {"type": "response.output_text.delta", "sequence_number": 2,
                                                           "item_id": item["id"], "output_index": n, "content_index": 0,
                                                           "delta": item["content"][0]["text"]}))
        events.append(("response.output_item.done", {"type": "response.output_item.done", "sequence_number": 3,
                                                      "output_index": n, "item": item}))
    final = response_obj([] if hide_in_delta else items)
    events.append(("response.completed", {"type": "response.completed", "sequence_number": 4, "response": final}))
    return sse(*events)


def anthropic_message(content: list[dict]) -> dict:
    return {"id": "msg_1", "type": "message", "role": "assistant", "model": "fake", "content": content,
            "stop_reason": "tool_use", "stop_sequence": None, "usage": {"input_tokens": 5, "output_tokens": 5}}


TOOL_USE = {"type": "tool_use", "id": "toolu_1", "name": "bash", "input": {"command": COMMAND}}


def anthropic_stream(content: list[dict]) -> bytes:
    events = [("message_start", {"type": "message_start", "message": {**anthropic_message([]), "stop_reason": None}})]
    for n, block in enumerate(content):
        if block["type"] == "text":
            events += [("content_block_start", {"type": "content_block_start", "index": n, "content_block": {"type": "text", "text": ""}}),
                       ("content_block_delta", {"type": "content_block_delta", "index": n,
                                                "delta": {"type": "text_delta", "text": block["text"]}})]
        else:
            raw = json.dumps(block["input"])
            events += [("content_block_start", {"type": "content_block_start", "index": n,
                                                "content_block": {**block, "input": {}}}),
                       ("content_block_delta", {"type": "content_block_delta", "index": n,
                                                "delta": {"type": "input_json_delta", "partial_json": raw[:15]}}),
                       ("ping", {"type": "ping"}),
                       ("content_block_delta", {"type": "content_block_delta", "index": n,
                                                "delta": {"type": "input_json_delta", "partial_json": raw[15:]}})]
        events.append(("content_block_stop", {"type": "content_block_stop", "index": n}))
    events += [("message_delta", {"type": "message_delta", "delta": {"stop_reason": "tool_use", "stop_sequence": None},
                                  "usage": {"output_tokens": 5}}),
               ("message_stop", {"type": "message_stop"})]
    return sse(*events)


def upstream(seen: list) -> Starlette:
    async def responses(request: Request):
        body = await request.json()
        seen.append(dict(request.headers))
        prompt = body["input"] if isinstance(body["input"], str) else body["input"][-1]["content"]
        items = [TEXT_ITEM, SHELL_ITEM] if "covert" in prompt else [TEXT_ITEM]
        if body.get("stream"):
            return Response(responses_stream(items, hide_in_delta="delta" in prompt), media_type="text/event-stream")
        return JSONResponse(response_obj(items))

    async def messages(request: Request):
        body = await request.json()
        seen.append(dict(request.headers))
        prompt = body["messages"][-1]["content"]
        content = [{"type": "text", "text": "All done."}] + ([TOOL_USE] if "covert" in prompt else [])
        if body.get("stream"):
            return Response(anthropic_stream(content), media_type="text/event-stream")
        return JSONResponse(anthropic_message(content))
    return Starlette(routes=[Route("/v1/responses", responses, methods=["POST"]),
                             Route("/v1/messages", messages, methods=["POST"])])


def guard(tmp_path, seen: list, policy: GuardPolicy | None = None):
    return create_app(GuardConfig(upstream="http://up/v1", db=f"sqlite:///{tmp_path / 'g.db'}",
                                  policy=policy or GuardPolicy(), transport=httpx.ASGITransport(app=upstream(seen)),
                                  credentials=Credentials(reviewers={"rev": [PASSWORD_HASH]})))


def rows(app, model):
    with app.state.store.session() as s:
        return list(s.query(model).order_by(model.id))


def test_openai_responses_client_whole_and_streamed(tmp_path):
    openai = pytest.importorskip("openai")
    app = guard(tmp_path, [])

    async def go():
        http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app))
        client = openai.AsyncOpenAI(base_url="http://localhost/v1", api_key="unused", http_client=http)
        benign = await client.responses.create(model="fake", input="hello")
        covert = await client.responses.create(model="fake", input="covert please")
        streamed = [e async for e in await client.responses.create(model="fake", input="covert stream", stream=True,
                                                                     tools=[{"type": "function", "name": "bash", "parameters": {}}])]
        hidden = [e async for e in await client.responses.create(model="fake", input="covert delta", stream=True,
                                                                   tools=[{"type": "function", "name": "bash", "parameters": {}}])]
        return benign, covert, streamed, hidden
    benign, covert, streamed, hidden = asyncio.run(go())
    assert benign.output_text == "All done."
    assert HELD in covert.output_text and "oversight" not in covert.model_dump_json()
    assert HELD in streamed[-1].response.output_text and "oversight" not in json.dumps([e.model_dump() for e in streamed])
    assert HELD in hidden[-1].response.output_text  # covert call only in output_item events, not in the final response
    calls = rows(app, Call)
    assert [c.action for c in calls] == ["log", "hold", "hold", "hold"]
    assert max(f.score or 0 for f in rows(app, Flag) if f.call_id == calls[1].id) >= 0.5
    assert app.state.store.request(calls[0]) == {"model": "fake", "input": "hello"}


def test_anthropic_client_whole_and_streamed(tmp_path, monkeypatch):
    anthropic = pytest.importorskip("anthropic")
    monkeypatch.setenv("SCHEMEGUARD_UPSTREAM_API_KEY", "sk-ant-upstream-SECRET")
    seen: list = []
    app = guard(tmp_path, seen)

    with Server(app) as server:  # the anthropic SDK brings its own HTTP stack: a real loopback socket
        client = anthropic.Anthropic(base_url=f"http://127.0.0.1:{server.port}", api_key="agent-side-key")
        benign = client.messages.create(model="fake", max_tokens=100, messages=[{"role": "user", "content": "hello"}])
        covert = client.messages.create(model="fake", max_tokens=100, messages=[{"role": "user", "content": "covert"}])
        with client.messages.stream(model="fake", max_tokens=100, tools=[{"name": "bash", "input_schema": {"type": "object"}}],
                                    messages=[{"role": "user", "content": "covert stream"}]) as stream:
            final = stream.get_final_message()
    assert benign.content[0].text == "All done."
    assert HELD in covert.content[0].text and len(covert.content) == 1
    assert HELD in final.content[0].text and len(final.content) == 1
    assert [c.action for c in rows(app, Call)] == ["log", "hold", "hold"]
    assert all(h.get("x-api-key") == "sk-ant-upstream-SECRET" for h in seen)  # the agent's key is not forwarded


def test_stream_readers_fail_closed():
    reader = ResponsesStream()
    reader.feed(responses_stream([TEXT_ITEM])[:-40])  # cut before response.completed
    assert any("without response.completed" in p or "middle of an event" in p for p in reader.reply().problems)
    reader = AnthropicStream()
    reader.feed(sse(("message_start", {"type": "message_start", "message": anthropic_message([])}),
                    ("content_block_start", {"type": "content_block_start", "index": 0,
                                             "content_block": {"type": "bash_code_execution", "code": "rm -rf /"}}),
                    ("message_stop", {"type": "message_stop"})))
    reply = reader.reply()
    assert any("unknown content block type" in p for p in reply.problems)
    whole = AnthropicStream()
    whole.feed(anthropic_stream([TOOL_USE]))
    reply = whole.reply()
    assert reply.problems == [] and json.loads(reply.messages[0]["tool_calls"][0]["function"]["arguments"]) == {"command": COMMAND}


def test_responses_and_messages_validate_requests(tmp_path):
    app = guard(tmp_path, [])

    async def go():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://localhost") as c:
            return (await c.post("/v1/responses", json={"model": "m", "input": "x", "stream": "false"}),
                    await c.post("/v1/responses", json={"model": "m", "input": 5}),
                    await c.post("/v1/messages", json={"model": "m", "messages": []}))
    bad_stream, bad_input, no_messages = asyncio.run(go())
    assert bad_stream.status_code == bad_input.status_code == no_messages.status_code == 400
    assert rows(app, Call) == []
