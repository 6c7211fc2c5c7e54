"""A normalised action stream: every tool call, whatever its name and argument layout, as typed actions.

Agents act through many tool shapes: `bash`/`shell`/`cmd` with a `command`, `cmd` or argv list,
python tools with `code`, editor tools (`str_replace_editor`, `write_file`, `apply_patch`) with a
path and content, the legacy `function_call`, custom tools with a raw string input, and scenario
tools (permission requests, e-mail). Monitors must not care which: this module turns each
call into `Action`s of a few kinds (read, list, write, delete, copy, exec, network, permission),
parsing shell pipelines and redirections (>, >>, tee, cp, mv, rm, sed -i, heredocs, python -c
open(..., 'w')) on the way. Every action keeps where it came from (message, call, argument) so
evidence can point at it. Best effort and total: a call that cannot be parsed becomes an `exec`
action with its raw text, never an exception.
"""

from __future__ import annotations

import ast
import json
import posixpath
import re
import shlex
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from schemeguard.memo import ContentMemo, digest

READ, LIST, WRITE, DELETE, COPY, EXEC, NETWORK, PERMISSION = (
    "read", "list", "write", "delete", "copy", "exec", "network", "permission")


@dataclass(frozen=True)
class Call:
    """One tool call in a uniform shape: its name, its arguments as a dict, and where it is."""

    name: str
    args: dict[str, Any]
    message: int  # index of the message in the view
    index: int  # index of the call in its message


@dataclass(frozen=True)
class Action:
    kind: str
    path: str = ""  # the object acted on: a file, a table, a URL, a principal
    source: str = ""  # for copies: what was copied
    content: str = ""  # written content, when the call carries it
    command: str = ""  # the raw command or call text the action came from
    tool: str = ""
    message: int = -1
    call: int = -1
    output: str = ""  # the tool's reply to the call (empty when unseen)
    edits: bool = False  # a write that changes an existing file in place (sed -i, str_replace, >>, patch)

    def where(self) -> str:
        return f"message {self.message}, call {self.call} ({self.tool})"


# ---- calls of any shape -------------------------------------------------------------------------
def _as_args(raw: Any) -> dict[str, Any]:
    """Arguments as a dict: JSON strings decoded, anything else kept under `raw`."""
    if isinstance(raw, dict):
        return raw
    if isinstance(raw, str):
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            return {"raw": raw}
        return value if isinstance(value, dict) else {"raw": value}
    if raw is None:
        return {}
    return {"raw": raw}


def _one_call(tc: Any) -> tuple[str, dict[str, Any]] | None:
    if not isinstance(tc, dict):
        return None
    if "function" in tc and isinstance(tc["function"], str):  # plain transcript {"function", "arguments"}
        return tc["function"], _as_args(tc.get("arguments"))
    if isinstance(tc.get("function"), dict):  # OpenAI {"type": "function", "function": {...}}
        fn = tc["function"]
        return str(fn.get("name") or ""), _as_args(fn.get("arguments"))
    if isinstance(tc.get("custom"), dict):  # OpenAI custom tool: free-form input
        return str(tc["custom"].get("name") or ""), _as_args(tc["custom"].get("input"))
    if "name" in tc:  # Anthropic tool_use / Responses function_call items
        return str(tc.get("name") or ""), _as_args(tc.get("input", tc.get("arguments")))
    return None


def calls_of(messages: Iterable[dict[str, Any]]) -> list[Call]:
    """Every tool call of a transcript (plain or OpenAI-style messages), legacy `function_call` included."""
    out = []
    for i, m in enumerate(messages):
        raw = list(m.get("tool_calls") or []) if isinstance(m.get("tool_calls"), list) else []
        if isinstance(m.get("function_call"), dict):
            raw.append({"function": m["function_call"]})
        for j, tc in enumerate(raw):
            parsed = _one_call(tc)
            if parsed:
                out.append(Call(parsed[0], parsed[1], i, j))
    return out


def outputs_by_call(messages: list[dict[str, Any]], calls: list[Call] | None = None) -> dict[tuple[int, int], str]:
    """The tool reply to each call: `tool` messages in order after the assistant message that made
    them (matched by position; a `tool_call_id` is not required)."""
    by_message: dict[int, list[int]] = {}
    for c in calls if calls is not None else calls_of(messages):
        by_message.setdefault(c.message, []).append(c.index)
    out: dict[tuple[int, int], str] = {}
    pending: list[tuple[int, int]] = []
    for i, m in enumerate(messages):
        if m.get("role") == "assistant":
            pending = [(i, j) for j in by_message.get(i, [])]
        elif m.get("role") == "tool" and pending:
            out[pending.pop(0)] = str(m.get("text") if "text" in m else m.get("content") or "")
    return out


# ---- which tool is which ------------------------------------------------------------------------
SHELL_TOOL = re.compile(r"(^|[_.\-])(bash|shell|sh|zsh|cmd|terminal|console|exec(ute)?(_command)?|run(_command|_shell)?|command|local_shell|container)($|[_.\-])", re.I)
PYTHON_TOOL = re.compile(r"python|ipython|jupyter|notebook|code_interpreter|execute_code|run_code", re.I)
EDITOR_SUBCOMMANDS = {"create", "str_replace", "insert", "write", "append", "view", "undo_edit", "delete", "remove", "rename", "move"}
COMMAND_KEYS = ("command", "cmd", "commands", "script", "shell", "input", "argv", "args", "raw")
CODE_KEYS = ("code", "source", "program", "script", "input", "raw")
PATH_KEYS = ("path", "file", "file_path", "filepath", "filename", "target", "target_file", "dest", "destination",
             "dst", "to", "output", "output_path", "new_path", "table", "url", "uri", "location", "dir", "directory")
SOURCE_KEYS = ("source", "src", "from", "from_path", "old_path", "input_path")
CONTENT_KEYS = ("content", "contents", "text", "file_text", "new_str", "new_string", "data", "body", "patch",
                "diff", "insert_text", "value", "new_content", "replacement")

# tool-name verbs → action kind (checked in this order: a `copy_file_to_server` is a copy, not a read)
NAME_KINDS = [
    (PERMISSION, re.compile(r"permission|scope|grant|privilege|role|sudo|chmod|chown|access|credential|token|iam|acl|elevat|escalat_?priv", re.I)),
    (COPY, re.compile(r"copy|cp$|clone|sync|upload|transfer|export|backup|replicate|move|rename|mv$|scp|rsync", re.I)),
    (DELETE, re.compile(r"delete|remove|rm$|^rm_|drop|truncate|wipe|purge|destroy|erase|unlink|clear|reset", re.I)),
    (NETWORK, re.compile(r"send|email|mail|post|http|request|curl|fetch_url|webhook|publish|push|deploy|message|notify|slack", re.I)),
    (WRITE, re.compile(r"write|edit|create|save|put|update|replace|patch|append|insert|modify|set_|overwrite|commit|apply", re.I)),
    (LIST, re.compile(r"list|^ls$|_ls$|^dir$|tree|glob", re.I)),
    (READ, re.compile(r"read|view|open|cat|show|get|load|inspect|search|grep|find", re.I)),
]
NAME_KEYS = ("name", "key", "id", "resource", "config", "setting", "table", "branch")  # what a config-style tool acts on


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    return []


def _command_text(args: dict[str, Any]) -> str | None:
    """The shell command a call carries: a string, or an argv list joined with shell quoting."""
    for key in COMMAND_KEYS:
        value = args.get(key)
        if isinstance(value, str) and value.strip():
            return value
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            # ["bash", "-lc", "cmd"] runs cmd; a plain argv list is one command
            if len(value) >= 3 and value[0].split("/")[-1] in SHELLS and value[1].startswith("-") and "c" in value[1]:
                return value[2]
            return shlex.join(value)
    return None


SHELLS = {"bash", "sh", "zsh", "dash", "ksh", "fish"}


def actions_of(messages: list[dict[str, Any]], calls: list[Call] | None = None) -> list[Action]:
    """The normalised action stream of a transcript view, in order."""
    calls = calls if calls is not None else calls_of(messages)
    outputs = outputs_by_call(messages, calls)
    out: list[Action] = []
    for call in calls:
        output = outputs.get((call.message, call.index), "")
        for a in _memo_call_actions(call):
            out.append(Action(a.kind, normal_path(a.path), normal_path(a.source), a.content, a.command, call.name, call.message,
                              call.index, output, a.edits))
    return out


def normal_path(path: str) -> str:
    """One spelling per file: `project/../project/x.yaml`, `./x.yaml` and `a//b` name the same file as
    `project/x.yaml`, `x.yaml`, `a/b` (compared by string everywhere downstream: a restore written through
    another spelling would read as a change of another object). URLs, principals and bare names unchanged."""
    if "/" not in path or "://" in path or path.startswith("/dev/"):
        return path
    out = posixpath.normpath(path)
    return out if out != "." or path.rstrip("/") in (".", "./") else path


_CALL_ACTIONS = ContentMemo(20_000)


def _memo_call_actions(call: Call) -> tuple[Action, ...]:
    """`_call_actions` depends only on the call's name and arguments: parsed once per distinct call
    (a guarded session resends its history on every turn)."""
    return _CALL_ACTIONS.get(digest(call.name, call.args), lambda: tuple(_call_actions(call)))


def _call_actions(call: Call) -> list[Action]:
    name, args = call.name, call.args
    base = name.split(".")[-1]
    sub = args.get("command") if isinstance(args.get("command"), str) else None
    if sub and sub.strip().lower() in EDITOR_SUBCOMMANDS and _first(args, PATH_KEYS):  # str_replace_editor style
        return _editor(sub.strip().lower(), args)
    if PYTHON_TOOL.search(base) and not SHELL_TOOL.search(base):
        code = _first(args, CODE_KEYS)
        if code:
            return python_actions(code)
    if re.search(r"patch|diff", base, re.I) or any(isinstance(args.get(k), str) and _PATCH_FILE.search(args[k])
                                                  for k in ("patch", "diff", "input", "raw")):
        patched = _patch_actions(args)
        if patched:
            return patched
    command = _command_text(args)
    if command is not None and (SHELL_TOOL.search(base) or not _first(args, PATH_KEYS)):
        if PYTHON_TOOL.search(base) or "code" in args:
            return python_actions(command)
        return shell_actions(command)
    if "code" in args and isinstance(args["code"], str):
        return python_actions(args["code"])
    return _generic(name, args)


def _first(args: dict[str, Any], keys: tuple[str, ...]) -> str:
    for key in keys:
        if isinstance(args.get(key), str) and args[key]:
            return args[key]
    return ""


def _editor(sub: str, args: dict[str, Any]) -> list[Action]:
    path = _first(args, PATH_KEYS)
    content = _first(args, CONTENT_KEYS)
    if sub == "view":
        return [Action(READ, path, command=f"view {path}")]
    if sub in ("delete", "remove"):
        return [Action(DELETE, path, command=f"{sub} {path}")]
    if sub in ("rename", "move"):
        dest = _first(args, ("new_path", "destination", "dest", "to"))
        return [Action(COPY, dest, source=path, command=f"{sub} {path} {dest}"), Action(DELETE, path, command=f"{sub} {path}")]
    return [Action(WRITE, path, content=content, command=f"{sub} {path}", edits=sub != "create")]


_PATCH_FILE = re.compile(r"^(?:\*\*\* (Add|Update|Delete) File: (.+)|\+\+\+ (?:b/)?(\S+))$", re.M)


def _patch_actions(args: dict[str, Any]) -> list[Action]:
    text = next((s for k in ("patch", "diff", "input", "raw", "content") for s in _strings(args.get(k)) if _PATCH_FILE.search(s)), "")
    out = []
    for m in _PATCH_FILE.finditer(text):
        verb, path = (m.group(1) or "Update"), (m.group(2) or m.group(3) or "").strip()
        if path and path != "/dev/null":
            added = "\n".join(line[1:] for line in text.splitlines() if line.startswith("+") and not line.startswith("+++"))
            out.append(Action(DELETE if verb == "Delete" else WRITE, path, content=added, command=f"patch {path}", edits=verb == "Update"))
    return out


def _generic(name: str, args: dict[str, Any]) -> list[Action]:
    """An unknown tool: its kind from the verbs in its name (or an editor-like sub-command), its
    object from path-like arguments; anything else is an `exec` of the call itself."""
    text = f"{name} {json.dumps(args, default=str)[:500]}"
    kind = next((k for k, pattern in NAME_KINDS if pattern.search(name)), EXEC)
    path = _first(args, PATH_KEYS)
    source = _first(args, SOURCE_KEYS)
    content = _first(args, CONTENT_KEYS)
    if not path and kind in (WRITE, DELETE):
        path = _first(args, NAME_KEYS)
    if kind == PERMISSION:
        scopes = ", ".join(s for k, v in args.items() if k not in ("justification", "reason") for s in _strings(v))
        return [Action(PERMISSION, path or scopes, content=scopes, command=text)]
    if kind == COPY and (source or path):
        return [Action(COPY, path, source=source or path, content=content, command=text)]
    if kind == EXEC and (path and content):
        kind = WRITE
    if kind == NETWORK:
        payload = " ".join(s for k, v in args.items() for s in _strings(v))
        return [Action(NETWORK, path or _first(args, ("to", "recipient", "channel", "url")), source=source,
                       content=payload, command=text)]
    return [Action(kind, path, source=source, content=content, command=text)]


# ---- shell ------------------------------------------------------------------------------------
# the rest of the opening line (`cat <<EOF > path`: the redirect comes after the delimiter) is kept as group 3
_HEREDOC = re.compile(r"<<-?\s*(['\"]?)(\w+)\1([^\n]*)\n(.*?)\n\s*\2\s*(?:\n|$)", re.S)
_OPS = {"|", "||", "&&", ";", "&", "\n", ";;", "|&"}
_REDIRECTS = {">", ">>", ">|", "&>", "&>>", "1>", "2>", "1>>", "2>>", "<"}
READERS = {"cat", "head", "tail", "less", "more", "grep", "egrep", "fgrep", "rg", "awk", "wc", "diff", "sort", "uniq",
           "jq", "yq", "nl", "od", "xxd", "strings", "file", "stat", "cut", "md5sum", "sha256sum", "base64", "tac", "view",
           "bat", "zcat", "source", ".", "cmp", "column", "python-read"}
LISTERS = {"ls", "find", "tree", "du", "dir"}
DELETERS = {"rm", "rmdir", "unlink", "shred", "truncate"}
PRIVILEGE = {"sudo", "su", "doas", "chmod", "chown", "chgrp", "chattr", "setfacl", "usermod", "visudo", "passwd", "setcap"}
NET = {"curl", "wget", "scp", "sftp", "ftp", "rsync", "nc", "ncat", "netcat", "ssh", "http", "https", "aws", "gsutil",
       "rclone", "az", "s3cmd", "mail", "sendmail", "telnet", "socat"}
WRAPPERS = {"sudo", "doas", "env", "nohup", "timeout", "nice", "time", "xargs", "command", "builtin", "exec", "stdbuf"}
DESTRUCTIVE_SUBCOMMANDS = {"drop", "truncate", "delete", "wipe", "purge", "destroy", "reset", "rm", "remove", "erase", "flush", "clear"}
SQL_DESTRUCTIVE = re.compile(r"\b(drop\s+(table|database|schema)|truncate(\s+table)?|delete\s+from)\s+[`\"']?([\w.]+)", re.I)


def _tokens(command: str) -> list[str]:
    # a newline ends a command as ';' does: as punctuation it is its own token (outside quotes), not glued to words
    lexer = shlex.shlex(command.replace("\\\n", " "), posix=True, punctuation_chars=";&|<>\n")
    lexer.whitespace = " \t\r"  # newlines separate commands
    lexer.whitespace_split = True
    try:
        return list(lexer)
    except ValueError:  # unbalanced quotes: fall back to whitespace words
        return command.split()


def _segments(tokens: list[str]) -> Iterator[list[str]]:
    for words, _ in _segments_piped(tokens):
        yield words


def _segments_piped(tokens: list[str]) -> Iterator[tuple[list[str], bool]]:
    """Simple commands, each with whether the one before it pipes into it (`printf x | tee f`)."""
    current: list[str] = []
    piped = after = False
    for tok in tokens:
        if tok in _OPS or (set(tok) <= set(";&|\n") and tok):
            if current:
                yield current, piped
            current, after = [], tok in ("|", "|&")
            piped = after
        else:
            current.append(tok)
    if current:
        yield current, piped


def shell_actions(command: str) -> list[Action]:
    """Actions of a shell command line: pipelines, lists, redirections, heredocs, `bash -c`."""
    heredocs = [m.group(4) for m in _HEREDOC.finditer(command)]
    stripped = _HEREDOC.sub(lambda m: f"<<HEREDOC{m.group(3)}\n", command)
    out: list[Action] = []
    printed = ""  # what the previous simple command printed, for a pipe into tee
    for words, piped in _segments_piped(_tokens(stripped)):
        heredoc = heredocs[0] if heredocs and "HEREDOC" in words else ""
        out += _simple_command(words, command, heredoc or (printed if piped else ""))
        printed = heredoc or _printed(words)
        if "HEREDOC" in words and heredocs:
            heredocs.pop(0)
    for m in SQL_DESTRUCTIVE.finditer(command):  # SQL passed to any client (psql -c, sqlite3, mysql -e)
        if not any(a.kind == DELETE and a.path == m.group(4) for a in out):  # `db truncate t` was read above: one act, not two
            out.append(Action(DELETE, m.group(4), command=command))
    return out


def _printed(words: list[str]) -> str:
    """What `echo`/`printf` print (a printf format of only %s and escapes: its arguments, one a line), so a
    write through `| tee` carries the same content as `echo ... > file`."""
    if not words or words[0] not in ("echo", "printf"):
        return ""
    args = [w for w in words[1:] if not (words[0] == "echo" and re.fullmatch(r"-[neE]+", w))]
    if words[0] == "printf" and len(args) > 1 and not re.sub(r"%s|\\n|\n", "", args[0]).strip():
        return "\n".join(args[1:])
    return " ".join(args)


def _simple_command(words: list[str], raw: str, heredoc: str) -> list[Action]:
    out: list[Action] = []
    argv: list[str] = []
    i = 0
    while i < len(words):  # pull out redirections
        w = words[i]
        if w in _REDIRECTS or re.fullmatch(r"\d?>>?|&>>?", w):
            target = words[i + 1] if i + 1 < len(words) else ""
            if w == "<":
                if target and target != "HEREDOC":
                    out.append(Action(READ, target, command=raw))
                elif target == "HEREDOC":
                    pass
            elif target and not target.startswith("/dev/") and not target.startswith("&"):
                out.append(Action(WRITE, target, command=raw, edits=w.endswith(">>")))
            i += 2
            continue
        if w == "<" or w == "<<":
            i += 2
            continue
        argv.append(w)
        i += 1
    if "HEREDOC" in argv:
        argv = [a for a in argv if a != "HEREDOC"]
    # a redirected write carries what the command printed (echo/printf/cat heredoc)
    content = heredoc or (" ".join(argv[1:]) if argv and argv[0] in ("echo", "printf") else "")
    out = [Action(a.kind, a.path, content=content, command=raw, edits=a.edits) if a.kind == WRITE else a for a in out]
    privileged = False
    while argv and (argv[0] in WRAPPERS or re.fullmatch(r"\w+=.*", argv[0])):
        privileged |= argv[0] in ("sudo", "doas")
        argv = argv[1:]
        while argv and (argv[0].startswith("-") or re.fullmatch(r"\d+[smh]?", argv[0])):  # the wrapper's options
            argv = argv[1:]
    if privileged:
        out.append(Action(PERMISSION, "root", content="sudo", command=raw))
    if not argv:
        return out
    prog = argv[0].split("/")[-1]
    args = argv[1:]
    plain = [a for a in args if not a.startswith("-")]
    if prog in SHELLS and len(args) >= 2 and args[0].startswith("-") and "c" in args[0]:
        return out + shell_actions(args[1])
    if prog.startswith("python") or prog in ("py", "ipython"):
        if "-c" in args and args.index("-c") + 1 < len(args):
            return out + python_actions(args[args.index("-c") + 1])
        if heredoc:
            return out + python_actions(heredoc)
        return out + [Action(EXEC, " ".join(plain[:1]), command=raw)] + [Action(READ, p, command=raw) for p in plain[:1]]
    if prog in ("perl", "ruby", "node") and "-e" in " ".join(args):
        targets = [a for a in plain if not re.search(r"[;(){}$]", a)]
        if any(a.startswith("-i") or a == "-pi" for a in args):
            return out + [Action(WRITE, p, content=" ".join(args), command=raw, edits=True) for p in targets]
        return out + [Action(EXEC, prog, command=raw)]
    if prog == "sed":
        inplace = any(a == "-i" or a.startswith("-i") or a == "--in-place" or (a.startswith("-") and "i" in a[1:] and not a.startswith("--")) for a in args)
        files = _sed_files(args)
        script = " ".join(a for a in args if a not in files and not a.startswith("-"))
        return out + [Action(WRITE, p, content=script, command=raw, edits=True) if inplace else Action(READ, p, command=raw)
                      for p in files]
    if prog == "tee":  # writes what it is fed (a heredoc or the pipe); -a appends, as >> does
        append = any(a == "--append" or (a.startswith("-") and not a.startswith("--") and "a" in a) for a in args)
        return out + [Action(WRITE, p, content=heredoc, command=raw, edits=append) for p in plain]
    if prog in ("cp", "install", "ln") and len(plain) >= 2:
        return out + [Action(COPY, plain[-1], source=s, command=raw) for s in plain[:-1]]
    if prog == "mv" and len(plain) >= 2:
        return out + [a for s in plain[:-1] for a in (Action(COPY, plain[-1], source=s, command=raw),
                                                      Action(DELETE, s, command=raw))]
    if prog == "dd":
        kv = dict(a.split("=", 1) for a in args if "=" in a)
        return out + ([Action(READ, kv["if"], command=raw)] if "if" in kv else []) + \
            ([Action(WRITE, kv["of"], command=raw)] if "of" in kv else [])
    if prog in DELETERS:
        return out + [Action(DELETE, p, command=raw) for p in plain if not re.fullmatch(r"\d+[kKmMgG]?", p)]
    if prog in ("touch", "mkdir"):
        return out + [Action(WRITE, p, command=raw) for p in plain]
    if prog in PRIVILEGE:
        return out + [Action(PERMISSION, plain[-1] if plain else prog, content=" ".join(argv), command=raw)]
    if prog not in NET and re.search(r"\b(iam|add-iam|policy-binding|grant|role[s=/]|permission|acl|setfacl|scopes?)\b", " ".join(args), re.I):
        return out + [Action(PERMISSION, prog, content=" ".join(args), command=raw)]
    if prog in NET or (prog == "git" and plain[:1] == ["push"]):
        return out + _network(prog, args, raw)
    if prog == "git":
        if plain[:1] in (["rm"],) and len(plain) > 1:
            return out + [Action(DELETE, p, command=raw) for p in plain[1:]]
        if plain[:1] in (["checkout"], ["restore"]) and "--" in args:
            return out + [Action(WRITE, p, command=raw) for p in args[args.index("--") + 1:]]
        if plain[:1] == ["reset"] and "--hard" in args:
            return out + [Action(WRITE, ".", command=raw)]
        return out + [Action(EXEC, "git " + " ".join(plain[:1]), command=raw)]
    if prog in READERS:
        files = plain[1:] if prog in ("grep", "egrep", "fgrep", "rg", "awk", "jq") and plain else plain
        if prog in ("head", "tail"):  # `head -n 3 f`: the count is an option's value, not a file
            files = [f for f in files if not re.fullmatch(r"[+-]?\d+[kKmMbB]?", f)]
        return out + [Action(READ, p, command=raw) for p in files] + ([] if files else [Action(READ, "", command=raw)])
    if prog in LISTERS:
        return out + [Action(LIST, p, command=raw) for p in (plain or ["."])]
    if prog in ("echo", "printf", "true", "false", "cd", "pwd", "export", "set", "test", "[", "sleep", "exit", "HEREDOC"):
        return out
    # any other program: an exec; a destructive sub-command (`db truncate t`, `kubectl delete x`) deletes its object
    sub = next((a for a in plain[:2] if a.lower() in DESTRUCTIVE_SUBCOMMANDS), None)
    if sub:
        rest = plain[plain.index(sub) + 1:]
        return out + [Action(DELETE, rest[0] if rest else prog, command=raw)]
    # a program named for what it does (`edit f old new`, `apply_patch f`, `delete_file f`) acts on its first path
    kind = next((k for k, pattern in NAME_KINDS if pattern.search(prog)), None)
    target = next((a for a in plain if "/" in a or re.search(r"\.\w{1,5}$", a)), "")
    if kind in (WRITE, DELETE) and target:
        return out + [Action(kind, target, content=" ".join(a for a in plain if a != target), command=raw, edits=kind == WRITE)]
    return out + [Action(EXEC, prog, content=" ".join(args), command=raw)]


def _sed_files(args: list[str]) -> list[str]:
    """The file operands of a sed command (after the script; `-e`/`-f` scripts are options)."""
    files, script_seen, skip = [], False, False
    for a in args:
        if skip:
            skip = False
            continue
        if a in ("-e", "-f", "--expression", "--file"):
            script_seen, skip = True, True
            continue
        if a.startswith("-"):
            continue
        if not script_seen:
            script_seen = True
            continue
        files.append(a)
    return files


_HOST = re.compile(r"^(?:[\w.-]+@)?[\w.-]+:(?!//)")  # user@host:path (scp/rsync remote)


def _network(prog: str, args: list[str], raw: str) -> list[Action]:
    out: list[Action] = []
    plain = [a for a in args if not a.startswith("-")]
    if prog in ("scp", "rsync", "sftp") and len(plain) >= 2:
        dest = plain[-1]
        kind = NETWORK if _HOST.match(dest) else COPY
        return [Action(kind, dest, source=s, command=raw) for s in plain[:-1]]
    if prog in ("aws", "gsutil", "rclone", "s3cmd", "az") and len(plain) >= 3 and plain[-3] in ("cp", "sync", "mv", "copy", "put"):
        return [Action(NETWORK, plain[-1], source=plain[-2], command=raw)]
    url = next((a for a in plain if re.match(r"(https?|ftp|s3|gs)://", a)), plain[-1] if plain else "")
    for i, a in enumerate(args):  # files sent: curl -T f, -d @f, -F x=@f, --data-binary @f
        nxt = args[i + 1] if i + 1 < len(args) else ""
        if a in ("-T", "--upload-file"):
            out.append(Action(NETWORK, url, source=nxt, command=raw))
        elif a in ("-d", "--data", "--data-binary", "-F", "--form") and "@" in nxt:
            out.append(Action(NETWORK, url, source=nxt.split("@", 1)[1], command=raw))
        elif a in ("-o", "-O", "--output") and nxt and not nxt.startswith("-"):
            out.append(Action(WRITE, nxt, command=raw))
    return out or [Action(NETWORK, url, content=" ".join(args), command=raw)]


# ---- python -------------------------------------------------------------------------------------
_PY_WRITE = re.compile(r"open\(\s*['\"]([^'\"]+)['\"]\s*,\s*['\"][^'\"]*[wax+]", re.S)
_PY_READ = re.compile(r"open\(\s*['\"]([^'\"]+)['\"]\s*(?:\)|,\s*['\"]r)")


def python_actions(code: str) -> list[Action]:
    """Actions of python source: open(..., 'w'), Path.write_text, shutil/os file calls,
    subprocess/os.system commands (parsed as shell), requests/urllib network calls."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return _python_regex(code)
    out: list[Action] = []
    # names bound once to a path (`p = Path('x')`, `f = 'x'`): `p.write_text(...)` writes x
    bound: dict[str, ast.AST] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            bound[node.targets[0].id] = node.value if node.targets[0].id not in bound else ast.Constant(None)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _dotted(node.func)
        strs = [a.value for a in (bound.get(a.id, a) if isinstance(a, ast.Name) else a for a in node.args)
                if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        kw = {k.arg: k.value.value for k in node.keywords if isinstance(k.value, ast.Constant)}
        last = name.split(".")[-1]
        if last == "open" and strs:
            mode = strs[1] if len(strs) > 1 else str(kw.get("mode", "r"))
            out.append(Action(WRITE if set(mode) & set("wax+") else READ, strs[0], command=code,
                              content=_written(tree, node), edits="a" in mode))
        elif last in ("write_text", "write_bytes", "touch", "mkdir") and isinstance(node.func, ast.Attribute):
            target = _path_of(node.func.value, bound)
            # `p.write_text(p.read_text().replace(...))` rewrites the file from itself: an edit in place
            derived = any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in ("read_text", "read_bytes")
                          and _path_of(n.func.value, bound) == target for a in node.args for n in ast.walk(a))
            out.append(Action(WRITE, target, content=strs[0] if strs else "", command=code, edits=derived))
        elif last in ("read_text", "read_bytes") and isinstance(node.func, ast.Attribute):
            out.append(Action(READ, _path_of(node.func.value, bound), command=code))
        elif last in ("unlink", "rmdir") and isinstance(node.func, ast.Attribute) and not strs:
            out.append(Action(DELETE, _path_of(node.func.value, bound), command=code))
        elif last in ("copy", "copy2", "copyfile", "copytree", "move", "rename", "replace") and len(strs) >= 2 and (
                last != "replace" or name in ("os.replace", "replace")):  # `text.replace('a', 'b')` edits a string, not a file
            out.append(Action(COPY, strs[1], source=strs[0], command=code))
            if last in ("move", "rename", "replace"):
                out.append(Action(DELETE, strs[0], command=code))
        elif last in ("remove", "unlink", "rmtree", "rmdir") and strs:
            out.append(Action(DELETE, strs[0], command=code))
        elif last in ("system", "popen", "run", "call", "check_call", "check_output", "Popen", "getoutput") and node.args:
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                out += shell_actions(arg.value)
            elif isinstance(arg, (ast.List, ast.Tuple)):
                words = [e.value for e in arg.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
                if words:
                    out += shell_actions(shlex.join(words))
        elif last in ("chmod", "chown", "setuid", "seteuid"):
            out.append(Action(PERMISSION, strs[0] if strs else last, content=name, command=code))
        elif re.search(r"(requests|httpx|urllib|http\.client|socket|smtplib|boto3|paramiko)", name) or last in (
                "post", "put", "urlopen", "sendmail", "upload_file", "send_message"):
            out.append(Action(NETWORK, strs[0] if strs else name, content=" ".join(strs), command=code))
    return out or _python_regex(code)


def _written(tree: ast.AST, opened: ast.Call) -> str:
    """The literal text written through `open(...).write('...')` (the chained form `python -c` uses), else ''."""
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "write"
                and node.func.value is opened and node.args and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)):
            return node.args[0].value
    return ""


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    if isinstance(node, ast.Call):
        return _dotted(node.func)
    return ""


def _path_of(node: ast.AST, bound: dict[str, ast.AST] | None = None, depth: int = 0) -> str:
    """The path literal inside `Path('x')` / `Path('a') / 'b'` / a name bound once to one (best effort)."""
    if isinstance(node, ast.Name) and bound and node.id in bound and depth < 4:
        return _path_of(bound[node.id], bound, depth + 1)
    if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
        return str(node.args[0].value)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
        return f"{_path_of(node.left, bound, depth + 1)}/{_path_of(node.right, bound, depth + 1)}".strip("/")
    if isinstance(node, ast.Constant):
        return str(node.value) if node.value is not None else ""
    return ""


def _python_regex(code: str) -> list[Action]:
    out = [Action(WRITE, p, command=code) for p in _PY_WRITE.findall(code)]
    out += [Action(READ, p, command=code) for p in _PY_READ.findall(code)]
    return out or [Action(EXEC, "python", content=code[:200], command=code)]
