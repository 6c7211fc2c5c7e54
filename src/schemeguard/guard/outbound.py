"""The guard's client for the upstream model: one small interface, two implementations.

`AiohttpUpstream` serves production: a pooled aiohttp client (its C HTTP parser and a pool that
hands out an idle connection without polling every other one). Profiled under 16 clients, httpx
spent ~1.9 ms of guard CPU per call on the upstream hop, most of it httpcore checking each pooled
connection's socket before every request; aiohttp spends a fraction of that.
`HttpxUpstream` wraps any httpx transport: tests hand the guard an in-process fake upstream
(`httpx.ASGITransport`, `httpx.MockTransport`) through `GuardConfig.transport`, unchanged.

Both read the reply raw (no content decoding: the guard asks for `identity` and judges exactly
the bytes it delivers), keep no cookies (one set on an agent's call would otherwise ride along on
every later call), and turn every transport failure into `UpstreamError`.
"""

from __future__ import annotations

import asyncio
import http.cookiejar
from typing import Any, AsyncIterator, Protocol


class UpstreamError(Exception):
    """The upstream could not be reached, or its reply broke off; `kind` names the failure."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class UpstreamReply(Protocol):
    """A reply whose status and headers have arrived; its body is read by `chunks`."""

    status: int
    content_type: str | None

    def chunks(self) -> AsyncIterator[bytes]: ...

    async def close(self) -> None: ...


class UpstreamClient(Protocol):
    async def post(self, url: str, content: bytes, headers: dict[str, str]) -> UpstreamReply: ...

    async def get(self, url: str, headers: dict[str, str]) -> tuple[int, str | None, bytes]: ...

    async def aclose(self) -> None: ...


# ---- production: aiohttp ----------------------------------------------------------------------
class _AiohttpReply:
    def __init__(self, response: Any) -> None:
        self._response = response
        self.status: int = response.status
        self.content_type: str | None = response.headers.get("content-type")

    async def chunks(self) -> AsyncIterator[bytes]:
        import aiohttp

        try:
            async for chunk in self._response.content.iter_any():
                yield chunk
        except (aiohttp.ClientError, asyncio.TimeoutError) as e:
            raise UpstreamError(type(e).__name__) from None

    async def close(self) -> None:
        # release() keeps a fully read connection in the pool; an unfinished one is closed
        self._response.release()


class AiohttpUpstream:
    def __init__(self, connect_timeout: float, read_timeout: float, max_connections: int) -> None:
        self._settings = (connect_timeout, read_timeout, max_connections)
        self._session: Any = None  # made on first use: an aiohttp session belongs to the running loop

    def _client(self) -> Any:
        if self._session is None:
            import aiohttp

            connect, read, limit = self._settings
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=limit, limit_per_host=0, keepalive_timeout=30),
                # `connect` covers waiting for a free pooled connection too (httpx's pool timeout)
                timeout=aiohttp.ClientTimeout(total=None, connect=connect, sock_connect=connect, sock_read=read),
                cookie_jar=aiohttp.DummyCookieJar(), auto_decompress=False, raise_for_status=False)
        return self._session

    async def post(self, url: str, content: bytes, headers: dict[str, str]) -> UpstreamReply:
        import aiohttp

        try:
            response = await self._client().post(url, data=content, headers=headers, allow_redirects=False)
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as e:
            raise UpstreamError(type(e).__name__) from None
        return _AiohttpReply(response)

    async def get(self, url: str, headers: dict[str, str]) -> tuple[int, str | None, bytes]:
        import aiohttp

        try:
            async with self._client().get(url, headers=headers, allow_redirects=False) as response:
                return response.status, response.headers.get("content-type"), await response.read()
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as e:
            raise UpstreamError(type(e).__name__) from None

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()


# ---- tests (and any httpx transport): httpx ----------------------------------------------------
class NoCookies(http.cookiejar.CookieJar):
    """A cookie jar that keeps nothing."""

    def set_cookie(self, cookie: http.cookiejar.Cookie) -> None:
        pass

    def extract_cookies(self, response: Any, request: Any) -> None:
        pass


class _HttpxReply:
    def __init__(self, response: Any) -> None:
        self._response = response
        self.status: int = response.status_code
        self.content_type: str | None = response.headers.get("content-type")

    async def chunks(self) -> AsyncIterator[bytes]:
        import httpx

        try:
            async for chunk in self._response.aiter_raw():
                yield chunk
        except httpx.HTTPError as e:
            raise UpstreamError(type(e).__name__) from None

    async def close(self) -> None:
        await self._response.aclose()


class HttpxUpstream:
    def __init__(self, transport: Any = None, connect_timeout: float = 10.0, read_timeout: float = 600.0,
                 max_connections: int = 256) -> None:
        import httpx

        self._httpx = httpx
        self._client = httpx.AsyncClient(
            transport=transport, cookies=NoCookies(), follow_redirects=False,
            timeout=httpx.Timeout(connect=connect_timeout, read=read_timeout, write=read_timeout, pool=connect_timeout),
            limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=min(64, max_connections)))

    async def post(self, url: str, content: bytes, headers: dict[str, str]) -> UpstreamReply:
        request = self._client.build_request("POST", url, content=content, headers=headers)
        try:
            return _HttpxReply(await self._client.send(request, stream=True))
        except self._httpx.HTTPError as e:
            raise UpstreamError(type(e).__name__) from None

    async def get(self, url: str, headers: dict[str, str]) -> tuple[int, str | None, bytes]:
        try:
            response = await self._client.get(url, headers=headers)
        except self._httpx.HTTPError as e:
            raise UpstreamError(type(e).__name__) from None
        return response.status_code, response.headers.get("content-type"), response.content

    async def aclose(self) -> None:
        await self._client.aclose()


def upstream_client(transport: Any, connect_timeout: float, read_timeout: float, max_connections: int) -> UpstreamClient:
    """aiohttp for a real upstream; httpx over `transport` when one is given (tests' fakes)."""
    if transport is not None:
        return HttpxUpstream(transport, connect_timeout, read_timeout, max_connections)
    return AiohttpUpstream(connect_timeout, read_timeout, max_connections)
