"""A bounded memo for pure per-message parses, keyed by a hash of the content (not the object).

The guard re-reads a session's whole history on every call; the history's messages are new
objects each time (the request is parsed afresh) but mostly the same content. Keying by a
content digest lets each call parse only what it has not seen. Only pure functions of their
arguments may be memoised, and their results must be immutable (tuples of frozen dataclasses).
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from typing import Any, Callable, TypeVar

T = TypeVar("T")
MAX_KEY_CHARS = 256 * 1024  # bigger inputs are parsed every time: their results could be huge to keep


# digests of all-string parts, keyed by the parts themselves: the rules scan the same tool outputs
# with the same patterns on every call of a session, and a string (the same object, its hash cached,
# or an equal one) is found here for a fraction of hashing it again. Bounded by the characters kept.
_STRING_KEYS: dict[tuple[str, ...], bytes] = {}
_STRING_KEY_CHARS = [0]
MAX_STRING_KEY_CHARS = 16 * 2**20
_string_keys_lock = threading.Lock()


def digest(*parts: Any) -> bytes | None:
    """A 128-bit content key; strings hash as themselves, anything else as canonical JSON.
    None (not memoised) when the parts are over MAX_KEY_CHARS."""
    n = len(parts)
    if n and type(parts[0]) is str and (n == 1 or (n == 2 and type(parts[1]) is str)):  # a text, or (pattern, text)
        key = _STRING_KEYS.get(parts)
        if key is not None:
            return key
        key = _digest(parts)
        size = sum(map(len, parts))
        if key is not None and size <= MAX_KEY_CHARS // 16:
            with _string_keys_lock:
                if _STRING_KEY_CHARS[0] + size > MAX_STRING_KEY_CHARS:  # full: start again (cheap, rare)
                    _STRING_KEYS.clear()
                    _STRING_KEY_CHARS[0] = 0
                _STRING_KEYS[parts] = key
                _STRING_KEY_CHARS[0] += size
        return key
    return _digest(parts)


def _digest(parts: tuple[Any, ...]) -> bytes | None:
    h = hashlib.blake2b(digest_size=16)
    size = 0
    for part in parts:
        text = part if isinstance(part, str) else json.dumps(part, sort_keys=True, default=repr)
        size += len(text)
        if size > MAX_KEY_CHARS:
            return None
        h.update(text.encode("utf-8", "surrogatepass"))
        h.update(b"\x00\x01")  # separator: ("ab", "c") and ("a", "bc") differ
    return h.digest()


class ContentMemo:
    """LRU of `key -> result`, safe across threads (a miss may compute twice; both results are equal)."""

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self._items: OrderedDict[bytes, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: bytes | None, compute: Callable[[], T]) -> T:
        """The memoised result for `key`; a None key (an input too big to keep) is computed afresh."""
        if key is None:
            return compute()
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = compute()
        with self._lock:
            self._items[key] = value
            while len(self._items) > self.maxsize:
                self._items.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
