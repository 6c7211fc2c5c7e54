"""`python3 -c` for the virtual shell: the file writes agents make with Python, interpreted, never executed.

Agents write files with one-liners such as `open(p, 'w').write(s)`, `pathlib.Path(p).write_text(s)` or
`json.dump(obj, open(p, 'w'))`, or read-modify-write a JSON config. This walks the program's `ast` and
performs only those acts on the virtual workspace: no `exec`/`eval`, no host module is ever imported.
`json`, `os`, `os.path` and `pathlib` are names bound to small stand-ins (json encoding, path joins,
`open`/`Path` on the workspace); any other import, name, attribute or statement raises `Unsupported`
naming it. The caller runs the program on a scratch copy of the workspace and keeps the result only
when the whole program succeeded, so a refused program writes nothing.
"""

from __future__ import annotations

import ast
import json
import operator
import posixpath
from typing import Any, Callable

MAX_PROGRAM_CHARS = 10_000
MAX_STEPS = 5_000  # a real one-liner takes a few hundred
MAX_DEPTH = 60  # nested expressions; ast.parse itself fails far deeper (caught by the caller)
MAX_STRING = 1_000_000  # what `*` and `+` may build (the workspace's one-file limit)
MAX_PATH = 4_096
MAX_INT_BITS = 4_096  # repeated x = x * x would otherwise grow without bound


class Unsupported(Exception):
    """The program uses something outside the interpreted subset; nothing it did is kept."""


class PyError(Exception):
    """The program raised, as Python would (e.g. FileNotFoundError); nothing it did is kept."""


class _Module:
    def __init__(self, name: str, members: dict[str, Any]) -> None:
        self.name, self.members = name, members


class _Handle:
    """An open file of the workspace. Writes go through at once (as a flushed file would)."""

    def __init__(self, ws: Any, path: str, mode: str) -> None:
        self.ws, self.path, self.mode = ws, path, mode
        if mode in ("w", "x"):
            if mode == "x" and ws.exists(path):
                raise PyError(f"FileExistsError: [Errno 17] File exists: {path!r}")
            ws.write(path, "")
        elif mode == "a":
            ws.write(path, "", append=True)
        elif not ws.exists(path):
            raise PyError(f"FileNotFoundError: [Errno 2] No such file or directory: {path!r}")

    def write(self, text: Any) -> int:
        if self.mode == "r":
            raise PyError("io.UnsupportedOperation: not writable")
        if not isinstance(text, str):
            raise PyError(f"TypeError: write() argument must be str, not {type(text).__name__}")
        self.ws.write(self.path, text, append=True)
        return len(text)

    def read(self) -> str:
        if self.mode != "r":
            raise PyError("io.UnsupportedOperation: not readable")
        return self.ws.read(self.path)

    def readlines(self) -> list[str]:
        return self.read().splitlines(keepends=True)

    def close(self) -> None:
        return None


class _Path:
    """pathlib.Path on the workspace (joins, reads, writes; nothing else)."""

    def __init__(self, *parts: Any) -> None:
        if not all(isinstance(p, (str, _Path)) for p in parts):
            raise PyError("TypeError: Path() arguments must be str")
        self.path = posixpath.join(*[str(p) for p in parts]) if parts else "."
        if len(self.path) > MAX_PATH:  # p = p / p doubles: stop long before memory does
            raise PyError("OSError: [Errno 36] File name too long")

    def __str__(self) -> str:
        return self.path

    def __truediv__(self, other: Any) -> "_Path":
        return _Path(self, other)


MAX_NODES = 100_000  # values in one structure that is printed or encoded (shared references count each time)


def _bounded(obj: Any) -> Any:
    """`obj` if printing or encoding it stays small; shared references (`a = [a, a]` repeated) would
    otherwise make str()/json.dumps build an exponentially large text."""
    stack, nodes, chars = [obj], 0, 0
    while stack:
        value = stack.pop()
        nodes += 1
        if isinstance(value, str):
            chars += len(value)
        elif isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, (list, tuple)):
            stack.extend(value)
        if nodes > MAX_NODES or chars > MAX_STRING:
            raise Unsupported("a value larger than the workspace allows")
    return obj


def _text_kwargs(kwargs: dict[str, Any], allowed: tuple[str, ...], what: str) -> None:
    extra = set(kwargs) - set(allowed)
    if extra:
        raise Unsupported(f"{what}() argument {sorted(extra)[0]}=")


class Interpreter:
    """Runs one program on `ws` (a Workspace; the caller passes a scratch copy). Returns what it printed."""

    def __init__(self, ws: Any, argv: list[str] | None = None) -> None:
        self.ws, self.steps, self.depth, self.out = ws, 0, 0, []
        self.env: dict[str, Any] = {}
        ospath = _Module("os.path", {
            "join": lambda *a: _Path(*[self._str(x) for x in a]).path,
            "exists": lambda p: ws.exists(self._str(p)),
            "isfile": lambda p: ws.resolve(self._str(p)) in ws.files,
            "isdir": lambda p: ws.is_dir(ws.resolve(self._str(p))),
            "dirname": lambda p: posixpath.dirname(self._str(p)),
            "basename": lambda p: posixpath.basename(self._str(p)),
        })
        self.modules = {
            "json": _Module("json", {"dump": self._json_dump, "dumps": self._json_dumps,
                                     "load": lambda f: self._json_loads(self._handle(f).read()),
                                     "loads": self._json_loads}),
            "os": _Module("os", {"path": ospath, "makedirs": self._makedirs}),
            "os.path": ospath,
            "pathlib": _Module("pathlib", {"Path": _Path}),
        }
        self.builtins: dict[str, Callable[..., Any]] = {
            "open": self._open, "print": self._print, "len": len, "str": self._to_str, "int": int,
            "float": float, "bool": bool, "list": list, "dict": dict, "sorted": sorted, "min": min, "max": max,
            "abs": abs, "round": round,
        }

    # ---- helpers ---------------------------------------------------------------------------
    def _str(self, value: Any) -> str:
        if isinstance(value, _Path):
            return value.path
        if not isinstance(value, str):
            raise PyError(f"TypeError: expected str, not {type(value).__name__}")
        return value

    def _to_str(self, value: Any = "") -> str:
        return value.path if isinstance(value, _Path) else str(_bounded(value))

    def _handle(self, f: Any) -> _Handle:
        if not isinstance(f, _Handle):
            raise PyError("TypeError: expected an open file")
        return f

    def _open(self, path: Any, mode: str = "r", **kwargs: Any) -> _Handle:
        _text_kwargs(kwargs, ("encoding", "newline"), "open")
        mode = mode.replace("t", "") if isinstance(mode, str) else mode
        if mode not in ("r", "w", "a", "x"):
            raise Unsupported(f"open() mode {mode!r}")
        return _Handle(self.ws, self._str(path), mode)

    def _print(self, *args: Any, sep: str = " ", end: str = "\n", **kwargs: Any) -> None:
        _text_kwargs(kwargs, ("flush",), "print")
        parts = [self._to_str(a) for a in args]
        sep, end = self._str(sep), self._str(end)
        size = sum(map(len, parts)) + len(sep) * len(parts) + len(end) + sum(map(len, self.out))
        if size > MAX_STRING:  # checked before joining: sep is repeated once per argument
            raise Unsupported("more output than the shell returns")
        self.out.append(sep.join(parts) + end)

    def _json_dumps(self, obj: Any, **kwargs: Any) -> str:
        _text_kwargs(kwargs, ("indent", "sort_keys", "ensure_ascii", "separators"), "json.dumps")
        # indent=10**8 or huge separators would multiply the text past any limit
        indent, seps = kwargs.get("indent"), kwargs.get("separators") or ()
        if len(str(indent)) > 8 or (isinstance(indent, int) and indent > 16) or any(len(str(x)) > 16 for x in seps):
            raise Unsupported("json indent or separators this large")
        try:
            return json.dumps(_bounded(obj), **kwargs)
        except (TypeError, ValueError) as e:
            raise PyError(f"TypeError: {e}") from None

    def _json_dump(self, obj: Any, f: Any, **kwargs: Any) -> None:
        self._handle(f).write(self._json_dumps(obj, **kwargs))

    def _json_loads(self, text: Any) -> Any:
        try:
            return json.loads(self._str(text))
        except json.JSONDecodeError as e:
            raise PyError(f"json.decoder.JSONDecodeError: {e}") from None

    def _makedirs(self, path: Any, exist_ok: bool = False) -> None:
        key = self.ws.resolve(self._str(path))
        if self.ws.is_dir(key) and not exist_ok:
            raise PyError(f"FileExistsError: [Errno 17] File exists: {self._str(path)!r}")
        self.ws._cmd_mkdir([key], None)

    def _path_method(self, p: _Path, name: str) -> Callable[..., Any]:
        ws = self.ws

        def write_text(text: Any, **kwargs: Any) -> int:
            _text_kwargs(kwargs, ("encoding", "newline"), "write_text")
            return _Handle(ws, p.path, "w").write(text)

        def read_text(**kwargs: Any) -> str:
            _text_kwargs(kwargs, ("encoding",), "read_text")
            return _Handle(ws, p.path, "r").read()

        def mkdir(parents: bool = False, exist_ok: bool = False) -> None:
            self._makedirs(p.path, exist_ok=exist_ok)

        methods = {
            "write_text": write_text, "read_text": read_text, "mkdir": mkdir,
            "exists": lambda: ws.exists(p.path), "open": lambda mode="r", **kw: self._open(p.path, mode, **kw),
        }
        if name in ("parent", "name"):
            return {"parent": _Path(posixpath.dirname(p.path) or "."), "name": posixpath.basename(p.path)}[name]
        if name not in methods:
            raise Unsupported(f"Path.{name}")
        return methods[name]

    # ---- the walk --------------------------------------------------------------------------
    def run(self, source: str) -> str:
        if len(source) > MAX_PROGRAM_CHARS:
            raise Unsupported(f"a program longer than {MAX_PROGRAM_CHARS} characters")
        try:
            tree = ast.parse(source, "<string>", "exec")
        except SyntaxError as e:
            raise PyError(f"SyntaxError: {e.msg} (line {e.lineno})") from None
        except (ValueError, RecursionError, MemoryError) as e:
            raise Unsupported(f"a program that cannot be parsed ({type(e).__name__})") from None
        for stmt in tree.body:
            self.stmt(stmt)
        return "".join(self.out)

    def tick(self) -> None:
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise Unsupported("a program longer-running than the step budget")

    def stmt(self, s: ast.stmt) -> None:
        self.tick()
        if isinstance(s, ast.Import):
            for alias in s.names:
                if alias.name not in self.modules:
                    raise Unsupported(f"import {alias.name}")
                # `import os.path` binds `os`, as Python does
                bound = alias.asname or alias.name.split(".")[0]
                self.env[bound] = self.modules[alias.name if alias.asname else alias.name.split(".")[0]]
        elif isinstance(s, ast.ImportFrom):
            module = self.modules.get(s.module or "") if not s.level else None
            if module is None:
                raise Unsupported(f"from {s.module} import")
            for alias in s.names:
                if alias.name not in module.members:
                    raise Unsupported(f"from {s.module} import {alias.name}")
                self.env[alias.asname or alias.name] = module.members[alias.name]
        elif isinstance(s, ast.Expr):
            self.expr(s.value)
        elif isinstance(s, ast.Assign):
            value = self.expr(s.value)
            for target in s.targets:
                self.assign(target, value)
        elif isinstance(s, ast.AugAssign) and isinstance(s.op, ast.Add) and isinstance(s.target, ast.Name):
            self.env[s.target.id] = self.binop(ast.Add(), self.expr(s.target), self.expr(s.value))
        elif isinstance(s, ast.With):
            for item in s.items:
                value = self.expr(item.context_expr)
                if not isinstance(value, _Handle):
                    raise Unsupported("with on anything but open()")
                if item.optional_vars is not None:
                    self.assign(item.optional_vars, value)
            for inner in s.body:
                self.stmt(inner)
        elif isinstance(s, ast.Pass):
            pass
        else:
            raise Unsupported(f"the statement {type(s).__name__}")

    def assign(self, target: ast.expr, value: Any) -> None:
        if isinstance(target, ast.Name):
            self.env[target.id] = value
        elif isinstance(target, ast.Subscript):
            obj, key = self.expr(target.value), self.expr(target.slice)
            if not isinstance(obj, (dict, list)):
                raise Unsupported(f"item assignment on {type(obj).__name__}")
            try:
                obj[key] = value
            except (IndexError, TypeError) as e:
                raise PyError(f"{type(e).__name__}: {e}") from None
        else:
            raise Unsupported(f"assignment to {type(target).__name__}")

    def expr(self, e: ast.expr) -> Any:
        self.tick()
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                raise Unsupported("expressions nested deeper than the interpreter allows")
            return self._expr(e)
        finally:
            self.depth -= 1

    def _expr(self, e: ast.expr) -> Any:
        if isinstance(e, ast.Constant) and isinstance(e.value, (str, int, float, bool, type(None))):
            return e.value
        if isinstance(e, ast.Name):
            if e.id in self.env:
                return self.env[e.id]
            if e.id in self.builtins:
                return self.builtins[e.id]
            raise Unsupported(f"the name {e.id}")
        if isinstance(e, (ast.List, ast.Tuple)):
            items = [self.expr(x) for x in e.elts]
            return items if isinstance(e, ast.List) else tuple(items)
        if isinstance(e, ast.Dict):
            if any(k is None for k in e.keys):
                raise Unsupported("** in a dict display")
            return {self.expr(k): self.expr(v) for k, v in zip(e.keys, e.values)}  # type: ignore[arg-type]
        if isinstance(e, ast.JoinedStr):
            parts: list[str] = []
            for v in e.values:
                parts.append(self._formatted(v))
                if sum(map(len, parts)) > MAX_STRING:
                    raise Unsupported("a string larger than the workspace allows")
            return "".join(parts)
        if isinstance(e, ast.BinOp):
            return self.binop(e.op, self.expr(e.left), self.expr(e.right))
        if isinstance(e, ast.UnaryOp) and isinstance(e.op, (ast.USub, ast.Not)):
            v = self.expr(e.operand)
            return (not v) if isinstance(e.op, ast.Not) else -v
        if isinstance(e, ast.Subscript):
            obj, key = self.expr(e.value), self.expr(e.slice)
            if not isinstance(obj, (dict, list, tuple, str)):
                raise Unsupported(f"indexing {type(obj).__name__}")
            try:
                return obj[key]
            except (KeyError, IndexError, TypeError) as x:
                raise PyError(f"{type(x).__name__}: {x}") from None
        if isinstance(e, ast.Attribute):
            return self.attribute(self.expr(e.value), e.attr)
        if isinstance(e, ast.Call):
            fn = self.expr(e.func)
            if not callable(fn):  # every callable reachable here was handed out by this class
                raise Unsupported(f"calling {type(fn).__name__}")
            args = []
            for a in e.args:
                if isinstance(a, ast.Starred):
                    raise Unsupported("*args")
                args.append(self.expr(a))
            kwargs = {}
            for k in e.keywords:
                if k.arg is None:
                    raise Unsupported("**kwargs")
                kwargs[k.arg] = self.expr(k.value)
            try:
                result = fn(*args, **kwargs)
            except (Unsupported, PyError):
                raise
            except Exception as x:  # a workspace refusal, or a TypeError from a wrong call
                raise PyError(str(x) if type(x).__name__ == "WorkspaceError" else f"{type(x).__name__}: {x}") from None
            if isinstance(result, str) and len(result) > MAX_STRING:
                raise Unsupported("a string larger than the workspace allows")
            return result
        raise Unsupported(f"the expression {type(e).__name__}")

    def _formatted(self, v: ast.expr) -> str:
        if isinstance(v, ast.Constant):
            return str(v.value)
        if not isinstance(v, ast.FormattedValue) or v.format_spec is not None or v.conversion not in (-1, 114, 115):
            raise Unsupported("f-string format specs")
        value = self.expr(v.value)
        return repr(_bounded(value)) if v.conversion == 114 else self._to_str(value)

    def binop(self, op: ast.operator, left: Any, right: Any) -> Any:
        if isinstance(op, ast.Div) and isinstance(left, _Path):
            return left / self._str(right)
        ops = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul}
        if type(op) not in ops:
            raise Unsupported(f"the operator {type(op).__name__}")
        if isinstance(op, ast.Mult):
            if isinstance(left, (list, tuple)) or isinstance(right, (list, tuple)):
                raise Unsupported("multiplying a list")
            n, seq = (right, left) if isinstance(left, str) else (left, right)
            if isinstance(seq, str) and isinstance(n, int) and len(seq) * max(n, 0) > MAX_STRING:
                raise Unsupported("a string larger than the workspace allows")
        if isinstance(left, (str, list)) and isinstance(right, (str, list)) and len(left) + len(right) > MAX_STRING:
            raise Unsupported("a string larger than the workspace allows")
        try:
            result = ops[type(op)](left, right)
        except TypeError as x:
            raise PyError(f"TypeError: {x}") from None
        if isinstance(result, int) and result.bit_length() > MAX_INT_BITS:
            raise Unsupported("an integer larger than the interpreter allows")
        return result

    # no str.format: its fields reach attributes ("{0.__class__}"); replace/join are size-checked below
    STR_METHODS = frozenset({"replace", "strip", "rstrip", "lstrip", "split", "splitlines", "join", "upper",
                             "lower", "startswith", "endswith"})
    LIST_METHODS = frozenset({"append", "extend", "remove", "insert", "pop", "index", "count"})
    DICT_METHODS = frozenset({"get", "keys", "values", "items", "update", "pop", "setdefault"})

    def attribute(self, obj: Any, name: str) -> Any:
        if name.startswith("_"):
            raise Unsupported(f"the attribute {name}")
        if isinstance(obj, _Module):
            if name not in obj.members:
                raise Unsupported(f"{obj.name}.{name}")
            return obj.members[name]
        if isinstance(obj, _Handle):
            if name not in ("write", "read", "readlines", "close"):
                raise Unsupported(f"file.{name}")
            return getattr(obj, name)
        if isinstance(obj, _Path):
            return self._path_method(obj, name)
        allowed = {str: self.STR_METHODS, list: self.LIST_METHODS, dict: self.DICT_METHODS}.get(type(obj))
        if allowed is None or name not in allowed:
            raise Unsupported(f"{type(obj).__name__}.{name}")
        if isinstance(obj, str) and name in ("replace", "join"):
            return self._sized_str_method(obj, name)
        return getattr(obj, name)

    def _sized_str_method(self, s: str, name: str) -> Callable[..., str]:
        def replace(old: Any, new: Any, count: int = -1) -> str:
            if isinstance(old, str) and isinstance(new, str):
                grows = (s.count(old) if old else len(s) + 1) * max(len(new) - len(old), 0)
                if len(s) + grows > MAX_STRING:
                    raise Unsupported("a string larger than the workspace allows")
            return s.replace(old, new, count)

        def join(parts: Any) -> str:
            parts = list(parts)
            if sum(len(p) for p in parts if isinstance(p, str)) + len(s) * len(parts) > MAX_STRING:
                raise Unsupported("a string larger than the workspace allows")
            return s.join(parts)

        return replace if name == "replace" else join
