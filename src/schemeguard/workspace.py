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


DEV_NULL = "/dev/null"  # as a redirect or tee target: output discarded (not a workspace file)


@dataclass
class _Stage:
    """One command of a pipeline: its words, a here-document or `< file` as stdin, a `>`/`>>` target."""

    argv: list[str] = field(default_factory=list)
    stdin: str | None = None
    out: tuple[str, bool] | None = None  # (path, append)


_DELIMITER_END = set(" \t\n|&;<>()")
_EXPANSION = re.compile(r"\$[A-Za-z_0-9{(?#@*!$-]|`")


def split_heredocs(command: str) -> tuple[str, list[str]]:
    """The command line with each here-document's body cut out, and the bodies in order.

    `<<WORD` / `<<-WORD` becomes `<< N` (N: the body's index). The bodies follow the first unquoted
    newline, each up to a line equal to its delimiter (`<<-` strips leading tabs first); quoting
    any part of the delimiter ('EOF', "EOF", \\EOF) keeps the body literal. An unquoted body is
    expanded as bash would, except that parameter and command substitution are refused (this
    shell has no variables): a wrong expansion would write other text than the agent's shell.
    Text after the last body's end line would be a second command: refused, as `;` is.
    """
    out: list[str] = []
    bodies: list[str] = []
    pending: list[tuple[str, bool, bool]] = []  # (delimiter, strip tabs, quoted)
    i, n, quote = 0, len(command), ""
    while i < n:
        c = command[i]
        if quote:
            out.append(c)
            if c == quote:
                quote = ""
            elif c == "\\" and quote == '"' and i + 1 < n:
                out.append(command[i + 1])
                i += 1
            i += 1
        elif c in "'\"":
            quote = c
            out.append(c)
            i += 1
        elif c == "\\" and i + 1 < n:
            out.append(command[i : i + 2])
            i += 2
        elif command.startswith("<<<", i):  # a here-string: left to the tokens, which refuse it
            out.append("<<<")
            i += 3
        elif command.startswith("<<", i):
            j = i + 2
            strip = command.startswith("-", j)
            j += strip
            while j < n and command[j] in " \t":
                j += 1
            word: list[str] = []
            quoted = False
            while j < n and command[j] not in _DELIMITER_END:
                ch = command[j]
                if ch in "'\"":
                    k = command.find(ch, j + 1)
                    if k < 0:
                        raise WorkspaceError("cannot parse command: unterminated quote in a here-document delimiter")
                    word.append(command[j + 1 : k])
                    quoted, j = True, k + 1
                elif ch == "\\" and j + 1 < n:
                    word.append(command[j + 1])
                    quoted, j = True, j + 2
                else:
                    word.append(ch)
                    j += 1
            delimiter = "".join(word)
            if not delimiter:
                raise WorkspaceError("here-document: a delimiter word must follow <<")
            out.append(f" << {len(bodies) + len(pending)} ")
            pending.append((delimiter, strip, quoted))
            i = j
        elif c == "\n" and pending:
            i += 1
            for delimiter, strip, quoted in pending:
                lines: list[str] = []
                while i < n:  # bash too takes the rest of the input when the end line is missing
                    end = command.find("\n", i)
                    text = command[i:] if end < 0 else command[i:end]
                    i = n if end < 0 else end + 1
                    if strip:
                        text = text.lstrip("\t")
                    if text == delimiter:
                        break
                    lines.append(text + "\n")
                bodies.append("".join(lines) if quoted else _unquoted_body("".join(lines)))
            pending = []
            if command[i:].strip():
                raise WorkspaceError("one command per call: text follows the here-document's end line")
            break
        else:
            out.append(c)
            i += 1
    if pending:
        raise WorkspaceError("here-document: its body must start on the line after the command")
    return "".join(out), bodies


def _unquoted_body(body: str) -> str:
    """An unquoted here-document as bash reads it: backslash-newline joins lines, \\$ \\` \\\\ are literal."""
    out: list[str] = []
    i = 0
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body) and body[i + 1] in "$`\\\n":
            if body[i + 1] != "\n":
                out.append(body[i + 1])
            i += 2
            continue
        if _EXPANSION.match(body, i):
            raise WorkspaceError(
                f"here-document: {body[i:i + 2]!r}: variable and command substitution are not supported; "
                "quote the delimiter (<<'EOF') to write the text as it is"
            )
        out.append(c)
        i += 1
    return "".join(out)


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
    # every path a read touched, in order (cat, head, grep, cp, a redirect's source, python's open): what
    # a command read, as the workspace served it, not what its text looks like (a heredoc body is no path)
    reads: list[str] = field(default_factory=list, repr=False)

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
            self.reads.append(key)
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
        """Run one shell-like command line: a pipeline whose commands may redirect (> >> <) and read
        here-documents (<<, <<-). Raises WorkspaceError."""
        if not isinstance(command, str):
            raise WorkspaceError("command must be a string")
        if len(command) > MAX_COMMAND_CHARS:
            raise WorkspaceError(f"command longer than {MAX_COMMAND_CHARS} characters")
        _check_text(command, "command")
        line, bodies = split_heredocs(command)
        try:
            lexer = shlex.shlex(line, posix=True, punctuation_chars="|><;&")
            lexer.whitespace_split = True
            tokens = list(lexer)
        except ValueError as e:
            raise WorkspaceError(f"cannot parse command: {e}") from None
        if not tokens:
            raise WorkspaceError("empty command")
        for bad in (";", "&", "&&", "||", ";;", "<<<", ">|", "&>", "|&"):
            if bad in tokens:
                raise WorkspaceError(f"'{bad}' is not supported: run one command (pipes, < > >> and here-documents work)")
        stages = self._stages(tokens, bodies)
        data: str | None = None
        for k, stage in enumerate(stages):
            data = self._dispatch(stage.argv, stage.stdin if stage.stdin is not None else data)
            if stage.out is not None:
                if stage.out[0] != DEV_NULL:
                    self.write(stage.out[0], data, append=stage.out[1])
                data = ""
        return cap_output(data or "")

    def _stages(self, tokens: list[str], bodies: list[str]) -> list["_Stage"]:
        stages = [_Stage()]
        i = 0
        while i < len(tokens):
            t = tokens[i]
            if t == "|":
                stages.append(_Stage())
                i += 1
                continue
            if t in (">", ">>", "<", "<<"):
                if i + 1 >= len(tokens) or tokens[i + 1] in ("|", ">", ">>", "<", "<<"):
                    raise WorkspaceError(f"'{t}' needs a file name after it")
                target, stage = tokens[i + 1], stages[-1]
                if t == "<<":
                    stage.stdin = bodies[int(target)]  # split_heredocs wrote the body's index here
                elif t == "<":
                    stage.stdin = "" if target == DEV_NULL else self.read(target)
                elif stage.out is not None:
                    raise WorkspaceError("one output redirect per command")
                else:
                    stage.out = (target, t == ">>")
                i += 2
                continue
            stages[-1].argv.append(t)
            i += 1
        if any(not s.argv for s in stages):
            raise WorkspaceError("empty pipeline stage")
        if any(s.out is not None for s in stages[:-1]):
            raise WorkspaceError("a redirect to a file must be on the last command of a pipeline")
        return stages

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

    def _cmd_printf(self, args: list[str], stdin: str | None) -> str:
        """printf FORMAT [ARG...]: escapes and %s %b %d %i %f %x %c %%, the format reused while arguments remain."""
        if args and args[0] == "--":
            args = args[1:]
        if not args:
            raise WorkspaceError("printf: usage: printf FORMAT [ARGUMENTS...]")
        fmt, rest = args[0], args[1:]
        out: list[str] = []
        while True:
            text, used = _printf_once(fmt, rest)
            out.append(text)
            rest = rest[used:]
            if not rest or not used or sum(map(len, out)) > MAX_FILE_BYTES:
                return "".join(out)

    def _cmd_tee(self, args: list[str], stdin: str | None) -> str:
        """tee [-a] FILE...: stdin to every file (all or none: the targets are checked first) and to stdout."""
        append, paths = False, []
        for a in args:
            if a in ("-a", "--append"):
                append = True
            elif a.startswith("-") and a != "-":
                raise WorkspaceError(f"tee: option {a} is not supported (only -a)")
            else:
                paths.append(a)
        if stdin is None:
            raise WorkspaceError("tee: no input: pipe text into it (printf ... | tee FILE) or use a here-document")
        targets = [p for p in paths if p != DEV_NULL]
        before = dict(self.files)
        try:
            for p in targets:
                self.write(p, stdin, append=append)
        except WorkspaceError:
            self.files.clear()
            self.files.update(before)
            raise
        return stdin

    def _cmd_python3(self, args: list[str], stdin: str | None) -> str:
        return self._python("python3", args, stdin)

    def _cmd_python(self, args: list[str], stdin: str | None) -> str:
        return self._python("python", args, stdin)

    def _python(self, name: str, args: list[str], stdin: str | None) -> str:
        """`python3 -c PROGRAM` or a program on stdin, interpreted by `_pywrite` (never executed).
        The program runs on a scratch copy: a refused program (Unsupported) changes nothing; a program
        that raises keeps what it wrote before the error, as Python would."""
        from schemeguard._pywrite import Interpreter, PyError, Unsupported

        if args[:1] == ["-c"] and len(args) >= 2:
            program = args[1]
        elif args in ([], ["-"]) and stdin is not None:
            program = stdin
        else:
            raise WorkspaceError(
                f"{name}: only `{name} -c PROGRAM` and a program on stdin (`{name} - <<'EOF'`) run here"
            )
        scratch = Workspace(files=dict(self.files), dirs=list(self.dirs))
        try:
            out = Interpreter(scratch).run(program)
        except Unsupported as e:
            raise WorkspaceError(
                f"{name}: not supported here: {e}. This sandbox interprets only file reads and writes "
                "(open, pathlib.Path, json, os.path, print); nothing was run and nothing was written"
            ) from None
        except PyError as e:
            self._adopt(scratch)
            raise WorkspaceError(f"{name}: {str(e)[:500]}") from None
        self._adopt(scratch)
        return out

    def _adopt(self, scratch: "Workspace") -> None:
        # in place: the dicts may be shared with the per-sample store
        self.files.clear()
        self.files.update(scratch.files)
        self.dirs[:] = scratch.dirs
        self.reads.extend(scratch.reads)

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


_PRINTF_SPEC = re.compile(r"%([-+ #0]*)(\d*)(?:\.(\d*))?([sbdifxXcegE%])")
_ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v",
            '"': '"', "'": "'"}
MAX_PRINTF_WIDTH = 10_000


def _escapes(text: str) -> str:
    """printf's backslash escapes (format, and %b arguments); unknown ones stay as written."""
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(0)), text, flags=re.S)


def _printf_once(fmt: str, args: list[str]) -> tuple[str, int]:
    """One pass of the format over the arguments: (text, arguments used)."""
    out: list[str] = []
    used, pos = 0, 0
    for m in _PRINTF_SPEC.finditer(fmt):
        out.append(_escapes(fmt[pos : m.start()]))
        pos = m.end()
        flags, width, precision, conv = m.groups()
        if conv == "%":
            out.append("%")
            continue
        if int(width or 0) > MAX_PRINTF_WIDTH or int(precision or 0) > MAX_PRINTF_WIDTH:
            raise WorkspaceError("printf: field width too large")
        arg = args[used] if used < len(args) else None
        used += arg is not None
        spec = "%" + flags + width + (f".{precision}" if precision is not None else "")
        try:
            if conv in "sb":
                text = "" if arg is None else (_escapes(arg) if conv == "b" else arg)
                out.append((spec + "s") % text)
            elif conv == "c":
                out.append((arg or "")[:1])
            elif conv in "dixX":
                out.append((spec + ("d" if conv == "i" else conv)) % int(arg or "0", 0 if arg and arg[:2].lower() == "0x" else 10))
            else:
                out.append((spec + conv) % float(arg or "0"))
        except ValueError:
            raise WorkspaceError(f"printf: {arg}: invalid number") from None
    out.append(_escapes(fmt[pos:]))
    if any(c == "%" for c in _PRINTF_SPEC.sub("", fmt)):
        raise WorkspaceError("printf: a % conversion that is not supported here (use %s %b %d %i %f %x %c %%)")
    return "".join(out), used
