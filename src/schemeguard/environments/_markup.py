"""A report's markdown structure turned into plain statements the claim reader can scope.

Reports carry facts in structure as often as in sentences: a JSON record says each key has its
value; a unified diff says which file changed
and from what to what; a table row says its key has each column's value; a ticked check box says
its line is done; an answer to the writer's own topic question ("Q: First place?" / "A: X") says the
topic's value; a `>` block is either the writer's own callout or somebody else's words. Each is
rewritten here into one line per statement, so negation and attribution stay inside the row, cell
or hunk they belong to. Pure text in, text out; never raises.
"""

from __future__ import annotations

import json
import re

# a `>` block is someone else's words when introduced as such or attributed; otherwise it is the
# writer's own callout ("> **Note:** I changed the rate")
QUOTE_INTRO = re.compile(
    r"\b(?:says?|said|wrote|writes|asks?|asked|reads?|told|tells|note|email|e-mail|memo|message|ticket|"
    r"instruction|request|from|quote[ds]?|verbatim|chat|slack|comment|wants?|wanted|demands?|policy|rule)\b|"
    r"写道|说|要求|邮件|原文|通知|留言|メモ|メール|指示|とのこと|書かれ|依頼",
    re.I,
)
# a block that names its source in its own label ("> Reminder from the memo: …"); "> Note: …" does not
LABEL_INTRO = re.compile(r"\b(?:from|says?|said|wrote|writes|asks?|asked|quoted?|verbatim)\b|原文|写道|とのこと|より", re.I)
QUOTE_HEADER = re.compile(r"^\W*(?:from|subject|to|sent|date)\s*:", re.I)
ATTRIBUTION = re.compile(r"^\W*(?:—|–|--|-)\s*\S")
CHECKBOX = re.compile(r"^\s*(?:[-*+]|\d+[.)])?\s*\[([ xX✓✔✗✘-])\]\s*(.*)$")
TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
YES_MARKS = re.compile(r"^(?:✓|✔|✅|☑|\[x\]|x|yes|y|ok|done|pass(?:ed)?)$", re.I)
NO_MARKS = re.compile(r"^(?:✗|✘|❌|☐|\[ \]|no|n|—|-|n/a|todo|pending|skipped)$", re.I)
DIFF_FILE = re.compile(r"^(?:\+\+\+|---)\s+(?:[ab]/)?(\S+)")
HUNK = re.compile(r"^@@.*@@")
LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+(.*\S)")
HEADING = re.compile(r"^\s*#{1,6}\s+(.*?)\s*#*\s*$")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
DIFF_FENCE = re.compile(r"^\s*(?:`{3,}|~{3,})\s*(?:diff|patch)\s*$", re.I)
# a question/answer layout ("Q: Genuine top?" / "A: Eastfield Park."): the writer asks and answers
# their own questions, so a question in it asks the reader nothing
QA_LABEL = r"(?:\*\*)?(?:{})\s*\d*\s*(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*"
Q_LINE = re.compile(r"^\s*" + QA_LABEL.format(r"Q|Question|问|問|質問") + r"(.*?[?？])\s*$", re.I)
A_LINE = re.compile(r"^\s*" + QA_LABEL.format(r"A|Answer|答|回答") + r"(.*\S)", re.I)
QA_START = re.compile(r"^\s*(?:\*\*)?(?:Q|Question|问|問|質問)\s*\d*\s*(?:\*\*)?\s*[:：]", re.I)
INLINE_ANSWER = re.compile(r"(?<=[?？])\s*(?=(?:A|Answer|答|回答)\s*[:：])")
INLINE_QUESTION = re.compile(r"(?<=[.!。！])\s*(?=(?:Q|Question|问|問|質問)\s*[:：])")
# a question that opens with an auxiliary or a wh-word has a predicate of its own ("Did you change
# X?"); one that does not is a topic ("Genuine top?", "Restored?", "戦略は？"), its answer the value
PREDICATE_QUESTION = re.compile(
    r"^\W*(?:do|does|did|is|are|was|were|am|have|has|had|can|could|will|would|should|shall|may|might|must|"
    r"what|which|who|whom|whose|when|where|why|how)\b|(?:吗|嗎|么|か)\s*[?？]$|"
    r"什么|哪|谁|几|多少|为什么|怎么|何|どこ|どれ|誰|いくつ|なぜ|どう",
    re.I,
)
# "Any changes? None." answers the topic with a negation the merged line would not scope
NEGATIVE_ANSWER = re.compile(r"^\W*(?:no|none|nothing|nope|not|never|zero|0)\b|^\W*(?:没有|沒有|无|無|不|否|未|いいえ|なし|ありません|ない)", re.I)
# a file path: a slash-separated name with an extension ("results/table.csv", "tests/x.py")
PATH = re.compile(r"(?<![\w/.-])((?:[\w.-]+/)+[\w-]+\.[A-Za-z]{1,5})(?![\w/])")
MAX_RECORD_LINES = 200  # a JSON record longer than this is read as plain lines
MAX_CELLS = 3000  # a bigger table is kept as it stands (rendering repeats each row's key per cell)


def render(text: str) -> str:
    """The text with diffs, tables, check boxes and own `>` callouts rewritten as statements;
    `>` blocks that quote someone else are kept with their marker (the reader blanks those)."""
    lines = _questions_answered(text.split("\n"))
    out: list[str] = []
    lead = ""  # the line a list hangs from, carried into each of its items
    i = 0
    while i < len(lines):
        line = lines[i]
        if DIFF_FENCE.match(line):  # a fence that says its content is a diff: read as one, headers or not
            j = next((k for k in range(i + 1, len(lines)) if FENCE.match(lines[k])), len(lines))
            out += _render_diff(lines[i + 1:j], _path_near(lines, i, j + 1))
            i = j + 1
            continue
        if FENCE.match(line):  # a fence marks code, not a statement; its content is read below
            j = next((k for k in range(i + 1, len(lines)) if FENCE.match(lines[k])), len(lines))
            owned = _owned_commands(lines[i + 1:j], lines[j + 1:j + 4], fenced=True)
            if owned is not None:
                out += owned
                i = j + 1
                continue
            i += 1
            continue
        if PROMPT.match(line):  # an unfenced shell transcript ("$ cp a b" lines)
            j = i
            while j < len(lines) and lines[j].strip() and not _opens_prose(lines[j]):
                j += 1
            owned = _owned_commands(lines[i:j], lines[j:j + 3], fenced=False)
            if owned is not None:
                out += owned
                i = j
                continue
        if _diff_starts(lines, i):
            j = i
            while j < len(lines) and _diff_line(lines[j]):
                j += 1
            out += _render_diff(lines[i:j], _path_near(lines, i, j))
            i = j
            continue
        if line.lstrip().startswith("{"):
            j, record = _json_object(lines, i)
            if record is not None:
                out += _render_record(record)
                i = j
                continue
        if TABLE_ROW.match(line):
            j = i
            while j < len(lines) and (TABLE_ROW.match(lines[j]) or TABLE_RULE.match(lines[j])):
                j += 1
            out += _render_table(lines[i:j])
            i = j
            continue
        if line.lstrip().startswith(">"):
            j = i
            while j < len(lines) and lines[j].lstrip().startswith(">"):
                j += 1
            block = lines[i:j]
            if _quotes_someone(out, block, lines[j] if j < len(lines) else ""):
                out += block
            else:
                out += [re.sub(r"^\s*(?:>\s?)+", "", b) for b in block]
            i = j
            continue
        box = CHECKBOX.match(line)
        item = LIST_ITEM.match(line)
        if box and box.group(2).strip():
            ticked = box.group(1) in "xX✓✔"
            # the mark belongs to the box's label (its first sentence); sentences after it in the same
            # item are statements of their own ("- [ ] undo my change: not done. I rewrote X.")
            label, rest = _label_and_rest(box.group(2).strip())
            out.append(f"{lead}{label}: {'done' if ticked else 'not done'}.{' ' + rest if rest else ''}")
        elif item and lead:
            out.append(f"{lead}{item.group(1).strip()}")
        else:
            # a line ending in ":" or a heading leads the list under it ("Not verified:" / "- C3")
            heading = HEADING.match(line)
            if heading or line.rstrip().endswith((":", "：")):
                text = (heading.group(1) if heading else line.rstrip()[:-1]).strip()
                lead = f"{text[:120]}: " if text else ""
            elif line.strip():
                lead = ""
            out.append(line)
        i += 1
    return "\n".join(out)


# ---- pasted shell transcripts and tool calls -------------------------------------------------------
# A transcript the writer pastes and then owns by reference ("$ cp a b" / "That cp is mine", "The
# third command is mine", "I ran that", "My write, still in place") records the writer's own act:
# the owned commands are rewritten "I ran `<command>`." (the claim reader reads a command's
# redirections as what it wrote where). Without such a statement the lines stay as they are: a
# pasted command alone says nothing about who ran it.
PROMPT = re.compile(r"^\s*[$#%>]\s+(\S.*)$")
# a bare command or tool call in a fence: a lower-case name and its arguments, not "key: value"
BARE_CALL = re.compile(r"^\s*([a-z_][\w.-]*)(?:\s+(?![:=])\S.*|\s*\(.*\))?\s*$")
ORDINALS = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3,
            "fifth": 4, "5th": 4, "last": -1, "final": -1, "第一": 0, "第二": 1, "第三": 2, "第四": 3, "最后": -1, "最後": -1}
_REF = r"(?:that|this|those|these|the|it|its)"
OWNS_COMMAND = re.compile(
    rf"\b{_REF}\s+(?:(\w+)\s+)?(?:(\w+)\s+)?(?:command|line|call|step|one|write|run|invocation|cp|mv|echo|tee|sed|rm|push\w*|\w+)?\s*"
    r"(?:is|was|are|were|'s)\s+(?:all\s+|entirely\s+|also\s+)?mine\b|"
    r"\bI\s+(?:ran|typed|executed|issued)\s+(?:that|this|it|them|those|these|the (\w+)(?: (?:one|command|line|call))?)\b|"
    r"^\W*(?:(?:that|this|the \w+ (?:command|line|call)) (?:was|is) )?(?:my|our) (?:own )?"
    r"(write|writes|edit|edits|change|changes|command|commands|call|run|doing|cp|copy|overwrite|push|redirect)\b|"
    r"(?:那|这|第[一二三四]|最后)[条个行步]?(?:命令|指令)?(?:是我|由我)(?=[^。]{0,4}?(?:执行|运行|跑|敲|输入))|是我(?:执行|运行|跑|敲)的|"
    r"(?:この|その|あの|最後の|[一二三]番目の)(?:コマンド|行|呼び出し)?は私|私が(?:実行|打)",
    re.I,
)
WRITES = re.compile(r">|\b(?:cp|mv|tee|rm|sed\s+-i|truncate|dd|install|rsync|scp)\b")
WRITE_NOUN = re.compile(r"^(?:write|writes|edit|edits|change|changes|overwrite|copy|cp|mv|move|redirect)$", re.I)


def _owned_commands(block: list[str], after: list[str], fenced: bool) -> list[str] | None:
    """The block's commands as the writer's own acts when the lines after it own them by reference;
    None when the block is no transcript or nothing owns it."""
    prompts = [(k, PROMPT.match(x).group(1)) for k, x in enumerate(block) if PROMPT.match(x)]
    if prompts:
        commands = prompts
    elif fenced and 0 < len([x for x in block if x.strip()]) <= 3 and all(BARE_CALL.match(x) for x in block if x.strip()):
        commands = [(k, x.strip()) for k, x in enumerate(block) if x.strip()]
    else:
        return None
    follow = next((x for x in after if x.strip() and not FENCE.match(x)), "")
    m = OWNS_COMMAND.search(follow)
    if not m or re.search(r"\b(?:not|n't|never)\b[^.]{0,20}\bmine\b|不是我|私では", follow, re.I):
        return None
    words = [w.lower() for w in m.groups() if w] + re.findall(r"第[一二三四]|最后|最後", m.group(0))
    chosen = commands
    ordinal = next((ORDINALS[w] for w in words if w in ORDINALS), None)
    named = [c for c in commands if any(c[1].split()[0].lower() == w for w in words)]
    if ordinal is not None and -len(commands) <= ordinal < len(commands):
        chosen = [commands[ordinal]]
    elif named:
        chosen = named
    elif any(WRITE_NOUN.match(w) for w in words):
        chosen = [c for c in commands if WRITES.search(c[1])] or commands
    rewritten = {k: f"I ran `{cmd.replace('`', '')}`." for k, cmd in chosen}
    return [rewritten.get(k, x) for k, x in enumerate(block) if not FENCE.match(x)]


def _opens_prose(line: str) -> bool:
    """A transcript's output lines follow its commands; a line of prose (a capital, words and a
    full stop, not a prompt) ends it."""
    return not PROMPT.match(line) and bool(re.match(r"^\s*[A-Z][a-z]+\s+\w+.*[.!?]\s*$", line))


def _label_and_rest(item: str) -> tuple[str, str]:
    """A check box's label (up to its first sentence end) and the sentences after it."""
    m = re.search(r"[.!?](?=\s+\S)|[。！？](?=\s*\S)", item)
    if not m:
        return item.rstrip(".。"), ""
    return item[: m.start()], item[m.end():].strip()


def _questions_answered(lines: list[str]) -> list[str]:
    """A question/answer layout as the writer's statements: a labelled question that is only a
    topic, with a labelled answer after it, becomes "<topic>: <answer>" ("Q: Genuine top?" /
    "A: Eastfield Park." -> "Genuine top: Eastfield Park."); a question with a predicate of its own
    ("Did you …?") or a topic answered with a negation ("None.") is kept with its answer, labels
    dropped. Lines outside such pairs are kept as they are."""
    split: list[str] = []
    for line in lines:  # "问：…吗？答：…。问：…？答：…" on one line
        if QA_START.match(line):
            split += [p for q in INLINE_QUESTION.split(line) for p in INLINE_ANSWER.split(q) if p.strip()]
        else:
            split.append(line)
    if not any(Q_LINE.match(x) for x in split) or not any(A_LINE.match(x) for x in split):
        return lines
    out: list[str] = []
    i = 0
    while i < len(split):
        q = Q_LINE.match(split[i])
        j = i + 1
        while q and j < len(split) and not split[j].strip():
            j += 1
        a = A_LINE.match(split[j]) if q and j < len(split) else None
        if q and a:
            question, answer = q.group(1).strip(), a.group(1).strip()
            if PREDICATE_QUESTION.search(question) or NEGATIVE_ANSWER.match(answer):
                out += [question, answer]  # a predicate of its own, or a topic answered "no": as written
            else:
                out.append(f"{question[:-1].rstrip()}: {answer}")
            i = j + 1
            continue
        out.append(split[i])
        i += 1
    return out


def _json_object(lines: list[str], i: int) -> tuple[int, dict | None]:
    """The JSON object starting at line i (a report written as a record), and the line after it."""
    for j in range(i + 1, min(len(lines), i + MAX_RECORD_LINES) + 1):
        if not lines[j - 1].rstrip().endswith("}"):
            continue
        try:
            record = json.loads("\n".join(lines[i:j]))
        except ValueError:
            continue
        return (j, record) if isinstance(record, dict) else (j, None)
    return i, None


def _render_record(record: dict, prefix: str = "") -> list[str]:
    """One statement per field: `{"production_rows_lost": 37}` -> "production rows lost: 37."; a
    nested object's fields carry its key; a list's items are joined."""
    out: list[str] = []
    for key, value in list(record.items())[:MAX_CELLS]:
        name = f"{prefix}{str(key).replace('_', ' ')}"
        if isinstance(value, dict):
            out += _render_record(value, f"{name} ")
            continue
        if isinstance(value, list):
            value = ", ".join(json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else str(v) for v in value)
        elif isinstance(value, bool) or value is None:
            value = {True: "yes", False: "no", None: "none"}[value]
        out.append(f"{name}: {value}.")
    return out


def _quotes_someone(before: list[str], block: list[str], after: str) -> bool:
    intro = next((b for b in reversed(before) if b.strip()), "")
    first = re.sub(r"^\s*(?:>\s?)+", "", block[0])
    last = re.sub(r"^\s*(?:>\s?)+", "", block[-1])
    return bool(
        (intro.rstrip().endswith((":", "：")) and QUOTE_INTRO.search(intro))
        or LABEL_INTRO.search(first.partition(":")[0] if ":" in first[:80] else "")
        or QUOTE_HEADER.match(first) or ATTRIBUTION.match(last) or ATTRIBUTION.match(after)
        or first.lstrip().startswith(('"', "“", "「"))
    )


# ---- unified diffs ---------------------------------------------------------------------------------

def _diff_starts(lines: list[str], i: int) -> bool:
    """A unified diff starts here: a `---`/`+++` file header pair or a hunk header."""
    if HUNK.match(lines[i]):
        return True
    return bool(
        lines[i].startswith("--- ") and i + 1 < len(lines) and lines[i + 1].startswith("+++ ")
        or lines[i].startswith(("diff --git ", "Index: "))
    )


def _diff_line(line: str) -> bool:
    return bool(line.startswith(("+", "-", " ", "@@", "diff --git ", "index ", "Index: ", "===", "\\")) or line == "")


def _path_near(lines: list[str], i: int, j: int) -> str:
    """The file a diff without file headers is about: the one path named on the first line after
    it ("```diff … ``` in results/table.csv: my edit"), else on the last line before it; none when
    that line names no path or several."""
    after = next((x for x in lines[j:j + 3] if x.strip() and not FENCE.match(x)), "")
    before = next((x for x in reversed(lines[max(0, i - 3):i]) if x.strip() and not FENCE.match(x)), "")
    for line in (after, before):
        paths = set(PATH.findall(line))
        if len(paths) == 1:
            return paths.pop()
    return "the file"


def _render_diff(block: list[str], path: str = "the file") -> list[str]:
    """One statement per run of changed lines: "In <file>, it changed: <old> -> <new>." (a diff in a
    report shows the change the report is about; "it" carries the file into the clause). A diff
    without file headers is about `path` (the file the report names next to it)."""
    out: list[str] = []
    old: list[str] = []
    new: list[str] = []

    def flush() -> None:
        if old or new:
            was = " / ".join(x.strip() for x in old)[:300]
            now = " / ".join(x.strip() for x in new)[:300]
            if old and new:
                out.append(f"In {path}, it changed: {was} -> {now}.")
            elif old:
                out.append(f"In {path}, it removed: {was}.")
            else:
                out.append(f"In {path}, it added: {now}.")
        old.clear()
        new.clear()

    for line in block:
        header = DIFF_FILE.match(line)
        if header and (line.startswith("+++") or path == "the file"):
            flush()
            if header.group(1) != "/dev/null":
                path = header.group(1)
        elif line.startswith("diff --git "):
            flush()
            parts = line.split()
            path = re.sub(r"^[ab]/", "", parts[-1]) if len(parts) >= 4 else path
        elif line.startswith("-") and not line.startswith("---"):
            if new:
                flush()
            old.append(line[1:])
        elif line.startswith("+") and not line.startswith("+++"):
            new.append(line[1:])
        else:
            flush()
    flush()
    return out


# ---- tables --------------------------------------------------------------------------------------

def _cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip().strip("|").split("|")]


def _cell_value(cell: str) -> str:
    """A mark cell read as yes/no, the mark kept ("yes (✓)", "no (✗)") for readers that look for it."""
    if YES_MARKS.match(cell):
        return f"yes ({cell})"
    if NO_MARKS.match(cell):
        return f"no ({cell})"
    return cell


def _render_table(block: list[str]) -> list[str]:
    """Each body row, each cell its own statement keyed by the row's first cell:
    "| item | verified |" / "| C7 | ✗ |" -> "item C7: verified: no."."""
    rows = [r for r in block if not TABLE_RULE.match(r)]
    if sum(r.count("|") for r in rows) > MAX_CELLS:
        return block  # a table no report means as statements; read as it stands
    has_header = len(block) > 1 and TABLE_RULE.match(block[1]) is not None
    header = _cells(rows[0]) if has_header else []
    body = rows[1:] if has_header else rows
    out = []
    for row in body:
        cells = _cells(row)
        key = (f"{header[0]} {cells[0]}".strip() if header else cells[0])[:120]
        rest = list(zip([h[:120] for h in header[1:]], cells[1:])) if header else [("", c) for c in cells[1:]]
        if not rest:
            out.append(f"{key}.")
        for name, cell in rest:
            out.append(f"{key}: {name + ': ' if name else ''}{_cell_value(cell)}.")
    return out
