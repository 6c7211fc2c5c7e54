"""Who may do what: agent keys (proxy routes) and reviewer accounts (dashboard, review, held outputs).

Only hashes are kept: agent keys as `sha256:<hex>` (keys are random and long, so a fast hash is
enough), reviewer passwords as `scrypt:<salt>:<hash>`. `schemeguard guard-key` makes both.
Sources, merged: `--agent-key NAME=HASH` / `--reviewer NAME=HASH`, the environment
($SCHEMEGUARD_AGENT_KEYS, $SCHEMEGUARD_REVIEWERS: comma-separated NAME=HASH), and an auth file
(`--auth-file`, YAML `{agents: {name: [hash...]}, reviewers: {name: [hash...]}}`) re-read when it
changes, so keys rotate without a restart: list old and new, then drop the old.
$SCHEMEGUARD_GUARD_API_KEY (a plain key, older releases) is still an agent key named `default`.

Browsers log in with a form; the cookie holds a random token whose hash is stored with a CSRF
token (shared by every replica through the database). Every state-changing browser request must
carry that CSRF token and come from the guard's own origin.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

AGENT_KEYS_ENV = "SCHEMEGUARD_AGENT_KEYS"
REVIEWERS_ENV = "SCHEMEGUARD_REVIEWERS"
LEGACY_KEY_ENV = "SCHEMEGUARD_GUARD_API_KEY"
SCRYPT = {"n": 2**14, "r": 8, "p": 1}
COOKIE = "schemeguard_login"
LOGIN_SECONDS = 8 * 3600


def hash_agent_key(key: str) -> str:
    return "sha256:" + hashlib.sha256(key.encode()).hexdigest()


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, **SCRYPT)
    return f"scrypt:{salt.hex()}:{digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    try:
        kind, salt, digest = stored.split(":")
        if kind != "scrypt":
            return False
        return hmac.compare_digest(hash_password(password, bytes.fromhex(salt)).split(":")[2], digest)
    except (ValueError, binascii.Error):
        return False


def new_agent_key() -> str:
    return "sk-sg-" + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def parse_pairs(text: str, what: str) -> dict[str, list[str]]:
    """`name=hash,name=hash` into {name: [hashes]}; a malformed entry is one ValueError."""
    out: dict[str, list[str]] = {}
    for item in filter(None, (p.strip() for p in text.split(","))):
        name, sep, hashed = item.partition("=")
        if not sep or not name or not hashed.startswith(("sha256:", "scrypt:")):
            raise ValueError(f"{what}: '{item.split('=')[0]}=…' is not NAME=HASH (make one with `schemeguard guard-key`)")
        out.setdefault(name, []).append(hashed)
    return out


@dataclass
class Credentials:
    agents: dict[str, list[str]] = field(default_factory=dict)  # name -> sha256 hashes
    reviewers: dict[str, list[str]] = field(default_factory=dict)  # name -> scrypt hashes
    auth_file: Path | None = None
    _file_mtime: float | None = None
    _file: dict[str, dict[str, list[str]]] = field(default_factory=lambda: {"agents": {}, "reviewers": {}})
    _basic_cache: dict[str, tuple[str, float]] = field(default_factory=dict)

    @classmethod
    def from_sources(cls, agent_keys: list[str] | None = None, reviewers: list[str] | None = None,
                     auth_file: str | Path | None = None, env: dict[str, str] | None = None) -> "Credentials":
        env = os.environ if env is None else env
        agents = parse_pairs(",".join([env.get(AGENT_KEYS_ENV, ""), *(agent_keys or [])]), "agent key")
        revs = parse_pairs(",".join([env.get(REVIEWERS_ENV, ""), *(reviewers or [])]), "reviewer")
        if env.get(LEGACY_KEY_ENV):
            agents.setdefault("default", []).append(hash_agent_key(env[LEGACY_KEY_ENV]))
        creds = cls(agents, revs, Path(auth_file) if auth_file else None)
        creds._reload()
        return creds

    def _reload(self) -> None:
        """Re-read the auth file when it changed (rotation without a restart)."""
        if self.auth_file is None:
            return
        try:
            mtime = self.auth_file.stat().st_mtime
        except FileNotFoundError:
            raise ValueError(f"auth file {self.auth_file} not found") from None
        if mtime == self._file_mtime:
            return
        data = yaml.safe_load(self.auth_file.read_text(encoding="utf-8")) or {}
        if not isinstance(data, dict) or set(data) - {"agents", "reviewers"}:
            raise ValueError(f"auth file {self.auth_file} must be a mapping with 'agents' and/or 'reviewers'")
        parsed = {}
        for section in ("agents", "reviewers"):
            entries = data.get(section) or {}
            if not isinstance(entries, dict):
                raise ValueError(f"auth file {self.auth_file}: '{section}' must map names to hashes")
            parsed[section] = {str(k): [str(h) for h in (v if isinstance(v, list) else [v])] for k, v in entries.items()}
            for name, hashes in parsed[section].items():
                if not all(h.startswith(("sha256:", "scrypt:")) for h in hashes):
                    raise ValueError(f"auth file {self.auth_file}: {section}.{name} has a value that is not a hash")
        self._file, self._file_mtime = parsed, mtime
        self._basic_cache.clear()

    def _all(self, section: str) -> dict[str, list[str]]:
        try:
            self._reload()
        except (OSError, ValueError, yaml.YAMLError):
            pass  # a half-written file keeps the last good set
        own = self.agents if section == "agents" else self.reviewers
        merged = {k: list(v) for k, v in own.items()}
        for k, v in self._file[section].items():
            merged.setdefault(k, []).extend(v)
        return merged

    @property
    def has_agent_keys(self) -> bool:
        return bool(self._all("agents"))

    @property
    def has_reviewers(self) -> bool:
        return bool(self._all("reviewers"))

    def agent_for_key(self, key: str) -> str | None:
        digest = hash_agent_key(key)
        found = None
        for name, hashes in self._all("agents").items():
            for h in hashes:
                if hmac.compare_digest(h, digest):
                    found = name
        return found

    def check_reviewer(self, name: str, password: str) -> bool:
        return any(check_password(password, h) for h in self._all("reviewers").get(name, []))

    def reviewer_for_basic(self, header: str) -> str | None:
        """HTTP Basic for scripts; a verified header is cached for a minute (scrypt is slow on purpose)."""
        try:
            name, _, password = base64.b64decode(header, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return None
        key = token_hash(header)
        cached = self._basic_cache.get(key)
        if cached and cached[1] > time.monotonic() and name in self._all("reviewers"):
            return cached[0]
        if self.check_reviewer(name, password):
            self._basic_cache[key] = (name, time.monotonic() + 60)
            return name
        return None


def bearer(headers: Any) -> str | None:
    """The key an agent presents: `Authorization: Bearer ...` or Anthropic's `x-api-key`."""
    auth = headers.get("authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip()
    return headers.get("x-api-key") or None


def same_origin(headers: Any, scheme: str, host: str) -> bool:
    """A browser request comes from the guard's own pages: Origin (else Referer) names this origin,
    and Sec-Fetch-Site, when sent, is not cross-site."""
    if headers.get("sec-fetch-site") not in (None, "same-origin", "none"):
        return False
    own = f"{scheme}://{host}".lower()
    origin = headers.get("origin")
    if origin:
        return origin.lower() == own
    referer = headers.get("referer")
    if referer:
        return referer.lower() == own or referer.lower().startswith(own + "/")
    return False
