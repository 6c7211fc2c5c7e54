"""The content memo behind the guard's per-call history re-read: same answers, no shared state."""

from schemeguard import numbers as num
from schemeguard.monitors.actions import actions_of, calls_of
from schemeguard.memo import MAX_KEY_CHARS, ContentMemo, digest


def test_memo_is_bounded_and_keyed_by_content():
    memo, computed = ContentMemo(2), []
    for text in ("a", "b", "a", "c", "b"):
        memo.get(digest(text), lambda t=text: computed.append(t) or t.upper())
    assert computed == ["a", "b", "c", "b"]  # "a" hit once; "b" fell out when "c" came (size 2)
    assert memo.get(digest("x" * (MAX_KEY_CHARS + 1)), lambda: "big") == "big" and len(memo._items) == 2  # not kept
    assert digest("ab", "c") != digest("a", "bc") and digest({"x": 1, "y": 2}) == digest({"y": 2, "x": 1})


def test_memoised_numbers_are_fresh_lists_with_the_same_values():
    text = "accuracy: 0.93, recall = 81%"
    first = num.numbers(text)
    first.clear()  # a caller mutating its list must not change the next caller's answer
    assert [n.value for n in num.numbers(text)] == [0.93, 81.0]
    assert [label for label, _ in num.labelled(text)] == [label for label, _ in num._labelled(text)]


def test_the_same_call_in_a_new_place_keeps_its_own_position():
    call = {"role": "assistant", "tool_calls": [{"id": "t", "type": "function",
                                                 "function": {"name": "bash", "arguments": '{"command": "rm -rf data"}'}}]}
    first = actions_of([call])
    again = actions_of([{"role": "user", "content": "go"}, call])  # same content, message 1 now: memo hit
    assert [(a.kind, a.path) for a in first] == [(a.kind, a.path) for a in again] == [("delete", "data")]
    assert {a.message for a in first} == {0} and {a.message for a in again} == {1}
    assert calls_of([call])[0].name == "bash"
