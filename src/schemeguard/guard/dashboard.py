"""Server-rendered dashboard pages. Everything model-written is hostile input: always escaped."""

from __future__ import annotations

import html
import json
from typing import Any
from urllib.parse import quote

from schemeguard.guard.transcript import response_message, transcript_of

STYLE = ("body{font-family:sans-serif;margin:2em;max-width:1100px}table{border-collapse:collapse}"
         "td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top}pre{white-space:pre-wrap;margin:0}"
         ".hold,.block{background:#fdd}.alert{background:#ffd}")


def esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def page(title: str, body: str) -> str:
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{esc(title)}</title>"
            f"<style>{STYLE}</style></head><body><h1>{esc(title)}</h1>{body}</body></html>")


def sessions_page(rows: list[dict[str, Any]]) -> str:
    lines = ["<table><tr><th>session</th><th>started</th><th>calls</th><th>max suspicion</th>"
             "<th>unmeasured flags</th><th>actions</th><th>pending review</th></tr>"]
    for r in rows:
        score = "—" if r["max_score"] is None else f"{r['max_score']:.2f}"
        lines.append(f"<tr><td><a href='session/{quote(r['id'], safe='')}'>{esc(r['id'])}</a></td>"
                     f"<td>{esc(r['created'])}</td><td>{r['calls']}</td><td>{score}</td><td>{r['unmeasured']}</td>"
                     f"<td>{esc(', '.join(r['actions']))}</td><td>{r['pending']}</td></tr>")
    lines.append("</table>")
    return page("schemeguard — guarded sessions", "".join(lines) if rows else "<p>No calls yet.</p>")


def _message_html(m: dict[str, Any]) -> str:
    parts = [f"<b>{esc(m.get('role'))}</b>"]
    if m.get("reasoning"):
        parts.append(f"<details><summary>reasoning</summary><pre>{esc(m['reasoning'])}</pre></details>")
    if m.get("text"):
        parts.append(f"<pre>{esc(m['text'])}</pre>")
    for tc in m.get("tool_calls") or []:
        parts.append(f"<pre>→ {esc(tc['function'])}({esc(json.dumps(tc['arguments'], ensure_ascii=False))})</pre>")
    return "".join(parts)


def session_page(session_id: str, calls: list[Any], flags: list[Any], decisions: list[Any]) -> str:
    out = []
    for call in calls:
        request = call.request or {}
        message = response_message(call.response or {})
        last_in = transcript_of((request.get("messages") or [])[-1:])
        reply = transcript_of([message]) if message else []
        call_flags = [f for f in flags if f.call_id == call.id]
        flag_rows = "".join(
            f"<tr><td>{esc(f.monitor)}</td><td>{'unmeasured' if f.score is None else f'{f.score:.2f}'}</td>"
            f"<td>{esc(f.status)}</td><td><pre>{esc(chr(10).join(f.evidence or []) or f.reason or '')}</pre></td></tr>"
            for f in call_flags)
        dec = "".join(f"<li>{esc(d.action)}: {esc(d.note)}</li>" for d in decisions if d.call_id == call.id)
        review = ""
        if call.review == "pending":
            review = (f"<form method='post' action='../review/{call.id}'>"
                      "<input name='note' placeholder='note'> <button name='decision' value='release'>release</button>"
                      " <button name='decision' value='deny'>deny</button></form>")
        elif call.review:
            review = f"<p>review: {esc(call.review)}</p>"
        out.append(f"<h2 class='{esc(call.action)}'>call {call.id} — {esc(call.action)}"
                   f" ({esc(call.model or '')}{', streamed' if call.stream else ''})</h2>"
                   f"<p>last message in:</p>{''.join(_message_html(m) for m in last_in)}"
                   f"<p>response:</p>{''.join(_message_html(m) for m in reply) or '<i>none</i>'}"
                   f"<table><tr><th>monitor</th><th>score</th><th>status</th><th>evidence</th></tr>{flag_rows}</table>"
                   f"<ul>{dec}</ul>{review}")
    return page(f"session {session_id}", "<p><a href='../'>all sessions</a></p>" + "".join(out))
