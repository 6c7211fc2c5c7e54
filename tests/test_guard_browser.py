"""The dashboard in headless Chromium (Debian's `chromium`, driven over the DevTools protocol with
`websockets`; skipped with the reason when either is missing): a reviewer logs in with the form,
sees a held call whose stored payloads would run script if unescaped (none runs), releases it
from the page, and a cross-site page that auto-submits a release form is refused. Leaves a
screenshot of the session page: $SCHEMEGUARD_ARTEFACTS/guard_dashboard.png (else the test's tmp dir)."""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.routing import Route

from tests.test_guard_attacks import PASSWORD, make
from tests.test_guard_live import Server, _free_port
from schemeguard.guard.store import Call

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
try:
    import websockets
except ImportError:  # pragma: no cover
    websockets = None
pytestmark = pytest.mark.skipif(CHROMIUM is None or websockets is None,
                                reason="needs Debian's chromium (apt-get install chromium) and websockets")
XSS = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>"


class Browser:
    """Headless Chromium with one page, driven over CDP."""

    def __init__(self) -> None:
        self.port = _free_port()
        self.profile = tempfile.mkdtemp(prefix="sg-chromium-")
        self.proc = subprocess.Popen([CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                      f"--remote-debugging-port={self.port}", f"--user-data-dir={self.profile}",
                                      "--window-size=1200,900", "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 30
        while True:
            try:
                pages = httpx.get(f"http://127.0.0.1:{self.port}/json/list", timeout=1).json()
                self.ws_url = next(p["webSocketDebuggerUrl"] for p in pages if p["type"] == "page")
                break
            except (httpx.HTTPError, StopIteration, ValueError):
                assert time.time() < deadline and self.proc.poll() is None, "chromium did not start"
                time.sleep(0.2)
        self.ids = itertools.count(1)

    async def __aenter__(self) -> "Browser":
        self.ws = await websockets.connect(self.ws_url, max_size=2**26)
        await self.send("Page.enable")
        return self

    async def __aexit__(self, *exc) -> None:
        await self.ws.close()
        self.proc.terminate()
        self.proc.wait(10)
        shutil.rmtree(self.profile, ignore_errors=True)

    async def send(self, method: str, **params):
        my_id = next(self.ids)
        await self.ws.send(json.dumps({"id": my_id, "method": method, "params": params}))
        while True:
            msg = json.loads(await asyncio.wait_for(self.ws.recv(), 30))
            if msg.get("id") == my_id:
                assert "error" not in msg, msg
                return msg.get("result", {})

    async def wait_load(self) -> None:
        while True:
            msg = json.loads(await asyncio.wait_for(self.ws.recv(), 30))
            if msg.get("method") == "Page.loadEventFired":
                return

    async def goto(self, url: str) -> None:
        await self.send("Page.navigate", url=url)
        await self.wait_load()

    async def run(self, js: str, wait: bool = False):
        result = await self.send("Runtime.evaluate", expression=js, returnByValue=True)
        if wait:
            await self.wait_load()
        return result.get("result", {}).get("value")


def attacker_site(target: str) -> Starlette:
    """Another origin on loopback: a page that posts a release form to the guard on load."""
    page = (f"<form id=f method=post enctype=text/plain action='{target}/guard/review/1'>"
            "<input name='decision' value='release'></form><script>document.getElementById('f').submit()</script>")
    return Starlette(routes=[Route("/", lambda request: HTMLResponse(page))])


def test_dashboard_in_headless_chromium(tmp_path):
    app = make(tmp_path)
    with Server(app) as guard:
        base = f"http://127.0.0.1:{guard.port}"
        r = httpx.post(f"{base}/v1/chat/completions", headers={"X-Session-Id": "xss-<b>bold</b>"},
                       json={"model": XSS, "messages": [{"role": "user", "content": XSS}, {"role": "user", "content": "covert"}]})
        assert "held for human review" in r.text
        with Server(attacker_site(base)) as evil:
            async def drive():
                async with Browser() as b:
                    await b.goto(f"{base}/guard/")  # not logged in: the login form
                    assert await b.run("document.title") == "schemeguard — reviewer login"
                    await b.run("document.querySelector('[name=username]').value='rev';"
                                f"document.querySelector('[name=password]').value={json.dumps(PASSWORD)};"
                                "document.querySelector('form').submit()", wait=True)
                    assert await b.run("document.title") == "schemeguard — guarded sessions"
                    await b.run("document.querySelector('a[href^=\"/guard/session/\"]').click()", wait=True)
                    text = await b.run("document.body.innerText")
                    xss = await b.run("window.__xss === undefined ? 'none' : String(window.__xss)")
                    shot = await b.send("Page.captureScreenshot", format="png")
                    await b.goto(f"http://127.0.0.1:{evil.port}/")  # the cross-site auto-post
                    await asyncio.sleep(0.5)
                    cross = await b.run("document.body.innerText")
                    pending_after_attack = [c.review for c in _calls(app)]
                    await b.goto(f"{base}/guard/session/" + _calls(app)[0].session_id.replace("<", "%3C").replace(">", "%3E"))
                    await b.run("document.querySelector('button[value=release]').click()", wait=True)
                    return text, xss, shot, cross, pending_after_attack
            text, xss, shot, cross, pending_after_attack = asyncio.run(drive())
    assert "oversight_config.yaml" in text and XSS in text  # shown as text, escaped
    assert xss == "none"  # no stored payload ran
    assert "CSRF" in cross and pending_after_attack == ["pending"]
    assert [c.review for c in _calls(app)] == ["released"]
    out = Path(os.environ.get("SCHEMEGUARD_ARTEFACTS", tmp_path)) / "guard_dashboard.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(base64.b64decode(shot["data"]))
    assert out.stat().st_size > 5000


def _calls(app):
    with app.state.store.session() as s:
        return list(s.query(Call).order_by(Call.id))
