"""store.clean keeps a container's storable items without a call each: the same values as cleaning
every item by the definition (`reference` below, the function before that shortcut)."""

from __future__ import annotations

import enum
import json
import math
import random
import re

from schemeguard.guard.store import CUT, MAX_TEXT, clean

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def reference(value, limit=MAX_TEXT):
    if isinstance(value, str):
        value = value.replace("\x00", "\ufffd")
        if not value.isascii() and _LONE_SURROGATE.search(value):
            value = _LONE_SURROGATE.sub("\ufffd", value)
        if len(value) <= limit:
            return value
        return value[:limit - len(CUT)] + CUT if limit > 10 * len(CUT) else value[:limit]
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {reference(str(k), 10_000): reference(v, limit) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [reference(v, limit) for v in value]
    return value


class Text(str):
    pass


class Number(float):
    pass


class Level(enum.IntEnum):
    LOW = 1


STRINGS = ["", "ok", "a\x00b", "\x00", "héllo", "\ud800", "x\udfffy", "日本語", "a" * 300, "é" * 300, "b\x00" * 200,
           Text("sub"), Text("s\x00"), "k" * 10_001, "\ud83d\ude00"]
SCALARS = [0, -7, 2**70, True, False, None, 1.5, float("nan"), float("inf"), -float("inf"), Number(2.5),
           Number("nan"), Level.LOW, b"bytes", 3j]


def _value(rng: random.Random, depth: int):
    roll = rng.random()
    if depth > 3 or roll < 0.55:
        return rng.choice(STRINGS + SCALARS)
    if roll < 0.75:
        return [_value(rng, depth + 1) for _ in range(rng.randint(0, 5))]
    if roll < 0.8:
        return tuple(_value(rng, depth + 1) for _ in range(rng.randint(0, 3)))
    keys = STRINGS + [1, 2.0, None, True, ("t", 1)]
    return {rng.choice(keys): _value(rng, depth + 1) for _ in range(rng.randint(0, 6))}


def _same(a, b) -> bool:
    """Equal and of the same types throughout (True == 1 and 1 == 1.0 must not hide a change)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return a == b


def test_clean_matches_the_definition_on_random_values():
    rng = random.Random(13)
    for _ in range(3000):
        value = _value(rng, 0)
        for limit in (MAX_TEXT, 256, 16, 5):
            assert _same(clean(value, limit), reference(value, limit)), (value, limit)


def test_clean_fixes_what_the_shortcut_must_not_keep():
    value = {"a\x00": ["\ud800", float("nan")], 5: {"x": "é\x00", "n": float("inf")}, "long": "z" * 40,
             "ok": "fine", "f": 1.25, Text("k"): Number("inf")}
    got = clean(value, 20)
    assert got == {"a\ufffd": ["\ufffd", None], "5": {"x": "é\ufffd", "n": None}, "long": "z" * 20, "ok": "fine",
                   "f": 1.25, "k": None}
    assert _same(got, reference(value, 20))
    # colliding keys after cleaning: the later value wins, at the first key's place, as before
    assert list(clean({"a\x00": 1, "b": 2, "a\ufffd": 3}).items()) == [("a\ufffd", 3), ("b", 2)]
    json.dumps(got, allow_nan=False)  # storable
