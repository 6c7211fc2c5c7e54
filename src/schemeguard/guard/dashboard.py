"""Server-rendered dashboard pages. Everything model-written is hostile input: always escaped.
No scripts: the CSP forbids them; forms carry the reviewer's CSRF token."""

from __future__ import annotations

import html
import json
from typing import Any
from urllib.parse import quote

from schemeguard.guard.apis import reply_messages
from schemeguard.guard.upstream import monitor_message
from schemeguard.record import transcript_of

STYLE = ("body{font-family:sans-serif;margin:2em;max-width:1100px}table{border-collapse:collapse}"
         "td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top}pre{white-space:pre-wrap;margin:0}"
         ".hold,.block{background:#fdd}.alert{background:#ffd}nav form{display:inline}")
PAGE_SIZE = 50


def esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def page(title: str, body: str, reviewer: str | None = None, csrf: str | None = None) -> str:
    nav = ""
    if reviewer:
        logout = (f"<form method='post' action='/guard/logout'><input type='hidden' name='csrf' value='{esc(csrf)}'>"
                  "<button>log out</button></form>") if csrf else ""
        nav = f"<nav>reviewer {esc(reviewer)} · <a href='/guard/'>sessions</a> {logout}</nav>"
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{esc(title)}</title>"
            f"<style>{STYLE}</style></head><body>{nav}<h1>{esc(title)}</h1>{body}</body></html>")


def login_page(error: str = "") -> str:
    problem = f"<p class='block'>{esc(error)}</p>" if error else ""
    return page("schemeguard — reviewer login", problem +
                "<form method='post' action='/guard/login'><p><input name='username' placeholder='reviewer' "
                "autocomplete='username'></p><p><input name='password' type='password' placeholder='password' "
                "autocomplete='current-password'></p><button>log in</button></form>")


def pager(base: str, page_no: int, total: int) -> str:
    pages = max(1, -(-total // PAGE_SIZE))
    links = []
    if page_no > 1:
        links.append(f"<a href='{base}?page={page_no - 1}'>previous</a>")
    links.append(f"page {page_no} of {pages} ({total})")
    if page_no < pages:
        links.append(f"<a href='{base}?page={page_no + 1}'>next</a>")
    return "<p>" + " · ".join(links) + "</p>"


def sessions_page(rows: list[dict[str, Any]], page_no: int, total: int, reviewer: str, csrf: str | None) -> str:
    lines = ["<table><tr><th>session</th><th>agent key</th><th>started</th><th>calls</th><th>max suspicion</th>"
             "<th>unmeasured flags</th><th>actions</th><th>pending review</th></tr>"]
    for r in rows:
        score = "—" if r["max_score"] is None else f"{r['max_score']:.2f}"
        lines.append(f"<tr><td><a href='/guard/session/{quote(r['id'], safe='')}'>{esc(r['id'])}</a></td>"
                     f"<td>{esc(r['owner'])}</td><td>{esc(r['created'])}</td><td>{r['calls']}</td><td>{score}</td>"
                     f"<td>{r['unmeasured']}</td><td>{esc(', '.join(r['actions']))}</td><td>{r['pending']}</td></tr>")
    lines.append("</table>")
    body = pager("/guard/", page_no, total) + "".join(lines) if rows else "<p>No calls yet.</p>"
    return page("schemeguard — guarded sessions", body, reviewer, csrf)


def _message_html(m: dict[str, Any]) -> str:
    parts = [f"<b>{esc(m.get('role'))}</b>"]
    if m.get("reasoning"):
        parts.append(f"<details><summary>reasoning</summary><pre>{esc(m['reasoning'])}</pre></details>")
    if m.get("text"):
        parts.append(f"<pre>{esc(m['text'])}</pre>")
    for tc in m.get("tool_calls") or []:
        parts.append(f"<pre>→ {esc(tc['function'])}({esc(json.dumps(tc['arguments'], ensure_ascii=False))})</pre>")
    return "".join(parts)


def _turns(messages: list[Any]) -> list[dict[str, Any]]:
    try:
        return transcript_of([monitor_message(m) for m in messages if isinstance(m, dict)])
    except Exception:  # a stored body the reader cannot take is shown raw, escaped
        return [{"role": "?", "text": json.dumps(messages, ensure_ascii=False, default=str)[:5000]}]


def session_page(session_id: str, calls: list[Any], last_in: dict[int, Any], flags: list[Any], decisions: list[Any],
                 page_no: int, total: int, reviewer: str, csrf: str | None) -> str:
    out = []
    for call in calls:
        messages = [last_in[call.id]] if last_in.get(call.id) is not None else []
        replies = reply_messages(call.response)
        call_flags = [f for f in flags if f.call_id == call.id]
        flag_rows = "".join(
            f"<tr><td>{esc(f.monitor)}</td><td>{'unmeasured' if f.score is None else f'{f.score:.2f}'}</td>"
            f"<td>{esc(f.status)}</td><td><pre>{esc(chr(10).join(f.evidence or []) or f.reason or '')}</pre></td></tr>"
            for f in call_flags)
        dec = "".join(f"<li>{esc(d.action)}{' by ' + esc(d.reviewer) if d.reviewer else ''}: {esc(d.note)}</li>"
                      for d in decisions if d.call_id == call.id)
        review = ""
        if call.review == "pending":
            token = f"<input type='hidden' name='csrf' value='{esc(csrf)}'>" if csrf else ""
            review = (f"<form method='post' action='/guard/review/{call.id}'>{token}"
                      "<input name='note' placeholder='note'> <button name='decision' value='release'>release</button>"
                      " <button name='decision' value='deny'>deny</button></form>")
        elif call.review:
            review = f"<p>review: {esc(call.review)}</p>"
        enforced = f", enforced {esc(call.enforced)}" if call.enforced else ""
        out.append(f"<h2 class='{esc(call.action)}'>call {call.id} — {esc(call.action)}"
                   f" ({esc(call.model or '')}{', streamed' if call.stream else ''}{enforced})</h2>"
                   f"<p>last message in:</p>{''.join(_message_html(m) for m in _turns(messages))}"
                   f"<p>response:</p>{''.join(_message_html(m) for m in _turns(replies)) or '<i>none</i>'}"
                   f"<table><tr><th>monitor</th><th>score</th><th>status</th><th>evidence</th></tr>{flag_rows}</table>"
                   f"<ul>{dec}</ul>{review}")
    base = f"/guard/session/{quote(session_id, safe='')}"
    return page(f"session {session_id}", pager(base, page_no, total) + "".join(out), reviewer, csrf)
