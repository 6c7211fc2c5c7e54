"""The virtual workspace environments act on: in-memory files, a small shell, an audit log.

Nothing here touches the host: no subprocess, no `open`, no `os` calls on model-supplied paths.
Paths are resolved inside a virtual root; anything that would escape it is a tool error.
The state lives in plain dicts/lists so it can sit in Inspect's per-sample store and be logged.
"""

from __future__ import annotations

import difflib
import fnmatch
import posixpath
import re
import shlex
import time
from dataclasses import dataclass, field
from typing import Callable

MAX_FILE_BYTES = 1_000_000  # one file
MAX_TOTAL_BYTES = 8_000_000  # whole workspace
MAX_OUTPUT_CHARS = 16_000  # what one command may return to the model
MAX_COMMAND_CHARS = 10_000
MAX_AUDIT_RESULT_CHARS = 2_000

CommandHook = Callable[["Workspace", list[str]], str]


class WorkspaceError(Exception):
    """A command the model issued failed; the message is shown to the model as a tool error."""


def _check_text(value: str, what: str) -> None:
    if "\x00" in value:
        raise WorkspaceError(f"{what} contains a NUL byte")


def cap_output(text: str, limit: int = MAX_OUTPUT_CHARS) -> str:
    if len(text) <= limit:
        return text
    return text[:limit] + f"\n[output truncated: {len(text) - limit} more characters]"


@dataclass
class Workspace:
    """A per-sample virtual file system with a shell-like command set.

    `files` maps normalised relative paths ("data/x.csv") to text; `dirs` holds directories
    (implicit parents are derived). `audit` receives one dict per tool call.
    """

    files: dict[str, str] = field(default_factory=dict)
    dirs: list[str] = field(default_factory=list)
    audit: list[dict] = field(default_factory=list)
    hooks: dict[str, CommandHook] = field(default_factory=dict)

    # ---- paths -------------------------------------------------------------------------
    def resolve(self, path: str) -> str:
        """Normalise a model-supplied path to a key inside the virtual root (chroot semantics)."""
        if not isinstance(path, str):
            raise WorkspaceError("path must be a string")
        _check_text(path, "path")
        if any(ord(c) < 32 for c in path):
            raise WorkspaceError(f"path {path!r} contains control characters")
        if len(path) > 1024:
            raise WorkspaceError("path is too long")
        parts: list[str] = []
        for part in path.replace("\\", "/").split("/"):
            if part in ("", "."):
                continue
            if part == "..":
                if not parts:
                    raise WorkspaceError(f"{path}: path escapes the workspace")
                parts.pop()
            else:
                parts.append(part)
        return "/".join(parts)

    def all_dirs(self) -> set[str]:
        out = {""}
        for d in self.dirs:
            out.add(d)
        for p in list(self.files) + list(self.dirs):
            parent = posixpath.dirname(p)
            while parent:
                out.add(parent)
                parent = posixpath.dirname(parent)
        return out

    def is_dir(self, key: str) -> bool:
        return key in self.all_dirs()

    # ---- file primitives (used by environments too) --------------------------------------
    def read(self, path: str) -> str:
        key = self.resolve(path)
        if key in self.files:
            return self.files[key]
        if self.is_dir(key):
            raise WorkspaceError(f"{path}: is a directory")
        raise WorkspaceError(f"{path}: no such file")

    def write(self, path: str, text: str, append: bool = False) -> None:
        key = self.resolve(path)
        if not key:
            raise WorkspaceError("cannot write to the workspace root")
        _check_text(text, "content")
        if self.is_dir(key):
            raise WorkspaceError(f"{path}: is a directory")
        parent = posixpath.dirname(key)
        if parent and parent in self.files:
            raise WorkspaceError(f"{path}: parent is a file")
        new = (self.files.get(key, "") + text) if append else text
        if len(new.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
            raise WorkspaceError(f"{path}: file would exceed {MAX_FILE_BYTES} bytes")
        total = sum(len(v) for k, v in self.files.items() if k != key) + len(new)
        if total > MAX_TOTAL_BYTES:
            raise WorkspaceError("workspace is full")
        self.files[key] = new

    def exists(self, path: str) -> bool:
        key = self.resolve(path)
        return key in self.files or self.is_dir(key)

    def listing(self, key: str) -> list[str]:
        prefix = key + "/" if key else ""
        names = set()
        for p in list(self.files) + list(self.all_dirs()):
            if p and p.startswith(prefix) and p != key:
                rest = p[len(prefix) :]
                names.add(rest.split("/")[0] + ("/" if "/" in rest or p in self.all_dirs() else ""))
        return sorted(names)

    # ---- audit -------------------------------------------------------------------------
    def record(self, tool: str, args: dict, result: str, error: bool = False) -> None:
        self.audit.append(
            {
                "t": round(time.time(), 3),
                "tool": tool,
                "args": args,
                "result": result[:MAX_AUDIT_RESULT_CHARS],
                "error": error,
            }
        )

    def calls(self, tool: str | None = None) -> list[dict]:
        return [a for a in self.audit if tool is None or a["tool"] == tool]

    # ---- the shell ----------------------------------------------------------------------
    def run(self, command: str) -> str:
        """Run one shell-like command line (pipes and > / >> redirects). Raises WorkspaceError."""
        if not isinstance(command, str):
            raise WorkspaceError("command must be a string")
        if len(command) > MAX_COMMAND_CHARS:
            raise WorkspaceError(f"command longer than {MAX_COMMAND_CHARS} characters")
        _check_text(command, "command")
        try:
            lexer = shlex.shlex(command, posix=True, punctuation_chars="|><;&")
            lexer.whitespace_split = True
            tokens = list(lexer)
        except ValueError as e:
            raise WorkspaceError(f"cannot parse command: {e}") from None
        if not tokens:
            raise WorkspaceError("empty command")
        for bad in (";", "&", "&&", "||", ";;", "<", "<<", ">|", "&>"):
            if bad in tokens:
                raise WorkspaceError(f"'{bad}' is not supported: run one command (pipes and > >> work)")
        redirect: tuple[str, bool] | None = None
        if len(tokens) >= 2 and tokens[-2] in (">", ">>"):
            redirect = (tokens[-1], tokens[-2] == ">>")
            tokens = tokens[:-2]
        if any(t in (">", ">>") for t in tokens):
            raise WorkspaceError("a redirect must come last: cmd > file")
        stages: list[list[str]] = [[]]
        for t in tokens:
            if t == "|":
                stages.append([])
            else:
                stages[-1].append(t)
        if any(not s for s in stages):
            raise WorkspaceError("empty pipeline stage")
        data: str | None = None
        for argv in stages:
            data = self._dispatch(argv, data)
        out = data or ""
        if redirect is not None:
            self.write(redirect[0], out, append=redirect[1])
            return ""
        return cap_output(out)

    def _dispatch(self, argv: list[str], stdin: str | None) -> str:
        name, args = argv[0], argv[1:]
        if name in self.hooks:
            return self.hooks[name](self, args)
        handler = getattr(self, f"_cmd_{name}", None)
        if handler is None:
            known = sorted(
                [m[5:] for m in dir(self) if m.startswith("_cmd_")] + list(self.hooks)
            )
            raise WorkspaceError(f"{name}: command not found (available: {', '.join(known)})")
        return handler(args, stdin)

    # each _cmd_ returns text output; flags are a small, common subset
    def _files_or_stdin(self, paths: list[str], stdin: str | None, cmd: str) -> list[tuple[str, str]]:
        if paths:
            return [(p, self.read(p)) for p in paths]
        if stdin is None:
            raise WorkspaceError(f"{cmd}: missing file operand")
        return [("-", stdin)]

    def _cmd_ls(self, args: list[str], stdin: str | None) -> str:
        flags = {a for a in args if a.startswith("-")}
        paths = [a for a in args if not a.startswith("-")] or ["."]
        out = []
        for p in paths:
            key = self.resolve(p)
            if key in self.files:
                out.append(p)
            elif self.is_dir(key):
                names = self.listing(key)
                if "-l" in flags or "-la" in flags or "-al" in flags:
                    names = [
                        f"{len(self.files.get(posixpath.join(key, n), '')):>8}  {n}" for n in names
                    ]
                out.extend(names if len(paths) == 1 else [f"{p}:"] + names)
            else:
                raise WorkspaceError(f"ls: {p}: no such file or directory")
        return "\n".join(out) + ("\n" if out else "")

    def _cmd_cat(self, args: list[str], stdin: str | None) -> str:
        return "".join(text for _, text in self._files_or_stdin(args, stdin, "cat"))

    def _head_tail(self, args: list[str], stdin: str | None, tail: bool) -> str:
        n, paths, i = 10, [], 0
        while i < len(args):
            a = args[i]
            if a == "-n" and i + 1 < len(args):
                n, i = self._int(args[i + 1]), i + 2
                continue
            if re.fullmatch(r"-\d+", a):
                n = int(a[1:])
            elif a.startswith("-n") and a[2:].isdigit():
                n = int(a[2:])
            else:
                paths.append(a)
            i += 1
        out = []
        for _, text in self._files_or_stdin(paths, stdin, "tail" if tail else "head"):
            lines = text.splitlines(keepends=True)
            out.extend(lines[-n:] if (tail and n) else ([] if tail else lines[:n]))
        return "".join(out)

    def _int(self, s: str) -> int:
        if not s.isdigit():
            raise WorkspaceError(f"invalid number: {s}")
        return int(s)

    def _cmd_head(self, args: list[str], stdin: str | None) -> str:
        return self._head_tail(args, stdin, tail=False)

    def _cmd_tail(self, args: list[str], stdin: str | None) -> str:
        return self._head_tail(args, stdin, tail=True)

    def _cmd_grep(self, args: list[str], stdin: str | None) -> str:
        flags = "".join(a[1:] for a in args if a.startswith("-") and len(a) > 1)
        rest = [a for a in args if not (a.startswith("-") and len(a) > 1)]
        if not rest:
            raise WorkspaceError("grep: missing pattern")
        pattern, paths = rest[0], rest[1:]
        try:
            rx = re.compile(pattern if "F" not in flags else re.escape(pattern), re.I if "i" in flags else 0)
        except re.error as e:
            raise WorkspaceError(f"grep: bad pattern: {e}") from None
        if "r" in flags or "R" in flags:
            roots = [self.resolve(p) for p in (paths or ["."])]
            paths = sorted(
                k for k in self.files if any(r == "" or k == r or k.startswith(r + "/") for r in roots)
            )
        sources = self._files_or_stdin(paths, stdin, "grep")
        out = []
        for name, text in sources:
            for i, line in enumerate(text.splitlines(), 1):
                if bool(rx.search(line)) != ("v" in flags):
                    prefix = f"{name}:" if len(sources) > 1 else ""
                    prefix += f"{i}:" if "n" in flags else ""
                    out.append(prefix + line)
        if "c" in flags:
            return f"{len(out)}\n"
        if "l" in flags:
            return "".join(sorted({o.split(":")[0] + "\n" for o in out}))
        return "\n".join(out) + ("\n" if out else "")

    def _cmd_wc(self, args: list[str], stdin: str | None) -> str:
        flags = "".join(a[1:] for a in args if a.startswith("-"))
        paths = [a for a in args if not a.startswith("-")]
        out = []
        for name, text in self._files_or_stdin(paths, stdin, "wc"):
            counts = {"l": text.count("\n"), "w": len(text.split()), "c": len(text.encode())}
            shown = [counts[f] for f in "lwc" if f in flags] or list(counts.values())
            out.append(" ".join(str(c) for c in shown) + ("" if name == "-" else f" {name}"))
        return "\n".join(out) + "\n"

    def _cmd_find(self, args: list[str], stdin: str | None) -> str:
        root = args[0] if args and not args[0].startswith("-") else "."
        pattern = None
        if "-name" in args:
            i = args.index("-name")
            if i + 1 >= len(args):
                raise WorkspaceError("find: -name needs a pattern")
            pattern = args[i + 1]
        key = self.resolve(root)
        if not self.is_dir(key) and key not in self.files:
            raise WorkspaceError(f"find: {root}: no such file or directory")
        found = sorted(
            p
            for p in set(self.files) | self.all_dirs()
            if p and (key == "" or p == key or p.startswith(key + "/"))
        )
        if pattern:
            found = [p for p in found if fnmatch.fnmatch(posixpath.basename(p), pattern)]
        return "".join(f"./{p}\n" for p in found)

    def _cmd_echo(self, args: list[str], stdin: str | None) -> str:
        if args and args[0] == "-n":
            return " ".join(args[1:])
        return " ".join(args) + "\n"

    def _cmd_pwd(self, args: list[str], stdin: str | None) -> str:
        return "/\n"

    def _cmd_cp(self, args: list[str], stdin: str | None) -> str:
        src, dst = self._two(args, "cp")
        text = self.read(src)
        dkey = self.resolve(dst)
        if self.is_dir(dkey):
            dst = posixpath.join(dkey, posixpath.basename(self.resolve(src)))
        self.write(dst, text)
        return ""

    def _cmd_mv(self, args: list[str], stdin: str | None) -> str:
        src, dst = self._two(args, "mv")
        self._cmd_cp([src, dst], None)
        del self.files[self.resolve(src)]
        return ""

    def _two(self, args: list[str], cmd: str) -> tuple[str, str]:
        paths = [a for a in args if not a.startswith("-")]
        if len(paths) != 2:
            raise WorkspaceError(f"{cmd}: expected a source and a destination")
        return paths[0], paths[1]

    def _cmd_rm(self, args: list[str], stdin: str | None) -> str:
        recursive = any(a.startswith("-") and ("r" in a or "R" in a) for a in args)
        paths = [a for a in args if not a.startswith("-")]
        if not paths:
            raise WorkspaceError("rm: missing operand")
        for p in paths:
            key = self.resolve(p)
            if key in self.files:
                del self.files[key]
            elif self.is_dir(key) and key:
                if not recursive:
                    raise WorkspaceError(f"rm: {p}: is a directory (use -r)")
                for k in [k for k in self.files if k.startswith(key + "/")]:
                    del self.files[k]
                self.dirs[:] = [d for d in self.dirs if d != key and not d.startswith(key + "/")]
            elif not key:
                raise WorkspaceError("rm: refusing to remove the workspace root")
            else:
                raise WorkspaceError(f"rm: {p}: no such file or directory")
        return ""

    def _cmd_mkdir(self, args: list[str], stdin: str | None) -> str:
        for p in [a for a in args if not a.startswith("-")]:
            key = self.resolve(p)
            if key in self.files:
                raise WorkspaceError(f"mkdir: {p}: a file exists")
            if key and key not in self.dirs:
                self.dirs.append(key)
        return ""

    def _cmd_touch(self, args: list[str], stdin: str | None) -> str:
        for p in args:
            if self.resolve(p) not in self.files:
                self.write(p, "")
        return ""

    def _cmd_diff(self, args: list[str], stdin: str | None) -> str:
        a, b = self._two(args, "diff")
        lines = difflib.unified_diff(
            self.read(a).splitlines(keepends=True), self.read(b).splitlines(keepends=True), a, b
        )
        return "".join(lines)
