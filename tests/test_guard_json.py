"""The guard's JSON reader and writer (orjson where it reads exactly as the json module would):
differential against json.loads / json.dumps on hand-picked edge cases and seeded random documents."""

from __future__ import annotations

import json
import math
import random

import pytest

from schemeguard.guard.intake import upstream_json
from schemeguard.guard.upstream import StrictJSONError, has_long_digits, strict_loads


def reference(data: bytes):
    """The reader before orjson: json.loads without NaN/Infinity, deep nesting an error."""
    def no_constant(name):
        raise ValueError(name)
    try:
        value = json.loads(data, parse_constant=no_constant)
    except (ValueError, RecursionError, UnicodeDecodeError):
        return "error"
    return value


def same(a, b) -> bool:
    """Equal values of equal types, dict keys in the same order (what is forwarded and hashed)."""
    pending = [(a, b)]  # iterative: documents nest hundreds deep
    while pending:
        a, b = pending.pop()
        if type(a) is not type(b):
            return False
        if isinstance(a, dict):
            if list(a) != list(b):
                return False
            pending += [(a[k], b[k]) for k in a]
        elif isinstance(a, list):
            if len(a) != len(b):
                return False
            pending += list(zip(a, b))
        elif not (a == b or (isinstance(a, float) and math.isnan(a) and math.isnan(b))):
            return False
    return True


def ours(data: bytes):
    try:
        return strict_loads(data)
    except StrictJSONError:
        return "error"


def has_infinity(value) -> bool:
    pending = [value]
    while pending:
        v = pending.pop()
        if isinstance(v, float) and math.isinf(v):
            return True
        pending += list(v.values()) if isinstance(v, dict) else v if isinstance(v, list) else []
    return False


EDGE = [b'{"a":1,"b":2,"a":3}', b"NaN", b"[Infinity]", b"[-Infinity]", b'"\\ud800"', b'"\xff"', b"\xef\xbb\xbf{}",
        '{"a":1}'.encode("utf-16"), b"123456789012345678901234567890", b"18446744073709551615", b"18446744073709551616",
        b"-9223372036854775808", b"-9223372036854775809", b"[" * 2000 + b"]" * 2000, b"[" * 600 + b"]" * 600, b" {} ",
        b"{}x", b'"a\x01"', b"1.0", b"-0", b"-0.0", b"0.1e-400", b"4.9e-325", b'"\\u0000"', b'{"\\ud83d\\ude00":1}',
        b"[1,]", b"01", b"", b"  ", b'"\xed\xa0\x80"', b"1.7976931348623157e308", b"1.7976931348623157e309", b"1e400",
        b'{"x":[1e400]}', b"0.30000000000000004", b"12345678901234567.5", b"1234567890123456789.0", b'"caf\xc3\xa9"',
        b'{"stream":false,"stream":true}', b"true", b"null", b'["\\/\\b\\f\\n\\r\\t"]', b"1E5", b"1e-5", b"-", b"[1 2]"]


@pytest.mark.parametrize("data", EDGE)
def test_strict_loads_reads_edge_cases_as_json_loads(data):
    expected = reference(data)
    if expected != "error" and has_infinity(expected):
        expected = "error"  # the one difference, on purpose: a number that overflows to Infinity is refused
    assert same(ours(data), expected)


def random_value(rng: random.Random, depth: int = 0):
    kind = rng.randrange(9 if depth < 4 else 6)
    if kind == 0:
        return rng.choice([True, False, None])
    if kind == 1:
        return rng.choice([rng.randrange(-10**6, 10**6), rng.randrange(-2**70, 2**70), 2**64 - 1, -2**63, 2**63])
    if kind == 2:
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randrange(1, 24)))
        return f"{rng.choice(['', '-'])}{digits[:rng.randrange(1, len(digits) + 1)]}.{digits}e{rng.randrange(-330, 330)}"
    if kind in (3, 4, 5):
        alphabet = "ab c\n\t\"\\/é中😀\u2028\x01" + "".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(4))
        return "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
    if kind in (6, 7):
        return [random_value(rng, depth + 1) for _ in range(rng.randrange(0, 5))]
    return {random_value(rng, 5) if rng.random() < 0.9 else "k": random_value(rng, depth + 1) for _ in range(rng.randrange(0, 5))}


def encode(value) -> str:
    """JSON text; a float given as a raw numeral string (kind 2 above) is written bare."""
    if isinstance(value, str) and value[:1] in "-0123456789" and "e" in value and "." in value:
        return value
    if isinstance(value, list):
        return "[" + ",".join(encode(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(json.dumps(str(k)) + ":" + encode(v) for k, v in value.items()) + "}"
    return json.dumps(value, ensure_ascii=bool(random.Random(len(str(value))).random() < 0.5))


def test_strict_loads_and_upstream_json_match_the_json_module_on_random_documents():
    rng = random.Random(13)
    checked = 0
    for _ in range(3000):
        data = encode(random_value(rng)).encode("utf-8", "surrogatepass")
        expected = reference(data)
        if expected != "error" and has_infinity(expected):
            expected = "error"
        got = ours(data)
        assert same(got, expected), data[:200]
        if isinstance(got, dict):
            written = upstream_json(got)
            assert same(json.loads(written), json.loads(json.dumps(got, ensure_ascii=False, allow_nan=False)))
            checked += 1
    assert checked > 300


def test_long_digit_runs_are_found_as_the_regex_finds_them():
    """`has_long_digits` (which bodies skip orjson) against the regex it replaces, on seeded random
    bytes rich in digit runs around 19 long and in bytes next to the digits (non-ASCII digits:
    a bytes pattern's \\d is ASCII only)."""
    import re

    regex = re.compile(rb"\d{19}")
    rng = random.Random(19)
    alphabet = [b"0", b"9", b"5", b"a", b"/", b":", b"\xd9\xa3", b"\xef\xbc\x91", b" ", b"\xff", b"."]
    found = 0
    for _ in range(4000):
        parts = []
        for _ in range(rng.randint(0, 8)):
            parts.append(b"7" * rng.choice([1, 17, 18, 19, 20, 40]) if rng.random() < 0.5 else rng.choice(alphabet))
        data = b"".join(parts)
        assert has_long_digits(data) == bool(regex.search(data)), data
        found += has_long_digits(data)
    assert 500 < found < 3500  # both answers were tested often
    assert has_long_digits(b'{"n": 12345678901234567890}') and not has_long_digits(b'{"n": 123456789012345678}')
