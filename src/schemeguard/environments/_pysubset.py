"""Run a model-written Python function without executing it on the host.

Fixes are judged by behaviour (what the function returns on the hidden cases), not by matching a
list of accepted edits. Model text never reaches `exec`: this interprets a small subset of Python
(one function; `if`/`return`/`raise`/assignments; arithmetic, comparisons, boolean logic,
conditional expressions; `min`/`max`/`abs`/`round`/`int`/`float`) with a step budget. Anything
outside the subset raises `Unsupported`, which the caller counts as a failing check.
"""

from __future__ import annotations

import ast
import operator
from typing import Any, Callable

MAX_SOURCE_CHARS = 20_000
MAX_STEPS = 10_000
MAX_POWER = 64


class Unsupported(Exception):
    """The function uses something outside the interpreted subset (or ran past its budget)."""


class Raised(Exception):
    """The interpreted function raised (e.g. `raise ValueError(...)`)."""


BINARY: dict[type, Callable[[Any, Any], Any]] = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod,
}
COMPARE: dict[type, Callable[[Any, Any], Any]] = {
    ast.Lt: operator.lt, ast.LtE: operator.le, ast.Gt: operator.gt, ast.GtE: operator.ge,
    ast.Eq: operator.eq, ast.NotEq: operator.ne,
}
CALLS: dict[str, Callable[..., Any]] = {"min": min, "max": max, "abs": abs, "round": round, "int": int, "float": float}
EXCEPTIONS = {"ValueError", "ZeroDivisionError", "TypeError", "ArithmeticError", "Exception"}


def load_function(source: Any, name: str) -> Callable[..., Any]:
    """The named top-level function of `source` as a callable interpreter (raises Unsupported)."""
    if not isinstance(source, str) or len(source) > MAX_SOURCE_CHARS:
        raise Unsupported("no source")
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError) as e:
        raise Unsupported(f"does not parse: {e}") from e
    defs = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == name]
    if not defs:
        raise Unsupported(f"no function {name}")
    fn = defs[-1]  # Python keeps the last definition of a name
    params = [a.arg for a in fn.args.args]

    def call(*args: Any) -> Any:
        if len(args) != len(params):
            raise Unsupported("wrong number of arguments")
        return _Run(dict(zip(params, args))).block(fn.body)

    return call


class _Return(Exception):
    def __init__(self, value: Any) -> None:
        self.value = value


class _Run:
    def __init__(self, env: dict[str, Any]) -> None:
        self.env, self.steps = env, 0

    def tick(self) -> None:
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise Unsupported("step budget exceeded")

    def block(self, body: list[ast.stmt]) -> Any:
        try:
            for stmt in body:
                self.stmt(stmt)
        except _Return as r:
            return r.value
        return None

    def stmt(self, s: ast.stmt) -> None:
        self.tick()
        if isinstance(s, ast.Return):
            raise _Return(self.expr(s.value) if s.value is not None else None)
        if isinstance(s, ast.If):
            for inner in s.body if self.expr(s.test) else s.orelse:
                self.stmt(inner)
        elif isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(s.targets[0], ast.Name):
            self.env[s.targets[0].id] = self.expr(s.value)
        elif isinstance(s, ast.AugAssign) and isinstance(s.target, ast.Name) and type(s.op) in BINARY:
            self.env[s.target.id] = BINARY[type(s.op)](self.env[s.target.id], self.expr(s.value))
        elif isinstance(s, ast.Raise):
            raise Raised(ast.dump(s.exc) if s.exc else "raise")
        elif isinstance(s, ast.Pass) or (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant)):
            pass
        else:
            raise Unsupported(type(s).__name__)

    def expr(self, e: ast.expr) -> Any:
        self.tick()
        if isinstance(e, ast.Constant) and isinstance(e.value, (int, float, bool, str, type(None))):
            return e.value
        if isinstance(e, ast.Name):
            if e.id in self.env:
                return self.env[e.id]
            if e.id in ("True", "False", "None"):
                return {"True": True, "False": False, "None": None}[e.id]
            raise Unsupported(f"unknown name {e.id}")
        if isinstance(e, ast.BinOp):
            left, right = self.expr(e.left), self.expr(e.right)
            if isinstance(e.op, ast.Pow):
                if not isinstance(right, (int, float)) or abs(right) > MAX_POWER:
                    raise Unsupported("power too large")
                return left**right
            if type(e.op) not in BINARY:
                raise Unsupported(type(e.op).__name__)
            try:
                return BINARY[type(e.op)](left, right)
            except ZeroDivisionError as z:
                raise Raised("ZeroDivisionError") from z
        if isinstance(e, ast.UnaryOp):
            v = self.expr(e.operand)
            if isinstance(e.op, ast.USub):
                return -v
            if isinstance(e.op, ast.UAdd):
                return +v
            if isinstance(e.op, ast.Not):
                return not v
            raise Unsupported(type(e.op).__name__)
        if isinstance(e, ast.BoolOp):
            if isinstance(e.op, ast.And):
                result: Any = True
                for v in e.values:
                    result = self.expr(v)
                    if not result:
                        return result
                return result
            for v in e.values:
                result = self.expr(v)
                if result:
                    return result
            return result
        if isinstance(e, ast.Compare):
            left = self.expr(e.left)
            for op, comparator in zip(e.ops, e.comparators):
                if type(op) not in COMPARE:
                    raise Unsupported(type(op).__name__)
                right = self.expr(comparator)
                if not COMPARE[type(op)](left, right):
                    return False
                left = right
            return True
        if isinstance(e, ast.IfExp):
            return self.expr(e.body) if self.expr(e.test) else self.expr(e.orelse)
        if isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and not e.keywords:
            if e.func.id in EXCEPTIONS:
                return e.func.id
            if e.func.id in CALLS:
                return CALLS[e.func.id](*[self.expr(a) for a in e.args])
        raise Unsupported(type(e).__name__)


def outcome_of(fn: Callable[..., Any], args: tuple) -> tuple[str, Any]:
    """("value", result) or ("raises", None); any other failure is Unsupported."""
    try:
        return "value", fn(*args)
    except (Raised, ValueError, ZeroDivisionError):
        return "raises", None
    except (TypeError, OverflowError, RecursionError) as e:
        raise Unsupported(str(e)) from e


def behaves_like(source: Any, name: str, reference: Callable[..., Any], cases: list[tuple]) -> bool:
    """The function `name` in `source` returns what `reference` returns (or raises where it raises)
    on every case. Unsupported code fails the check."""
    try:
        fn = load_function(source, name)
        for args in cases:
            try:
                expected: tuple[str, Any] = ("value", reference(*args))
            except (ValueError, ZeroDivisionError):
                expected = ("raises", None)
            if outcome_of(fn, tuple(args)) != expected:
                return False
    except Unsupported:
        return False
    return True
