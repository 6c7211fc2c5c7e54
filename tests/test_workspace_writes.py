"""The writes real agents make in a shell: here-documents, printf | tee, python3 -c (issues 11, 15).

Each shape must write what bash (and CPython) would write, and every hostile Python program must be
refused with one clear error, leaving the workspace exactly as it was and the host untouched.
"""

import os
import subprocess
import sys

import pytest

from schemeguard.workspace import Workspace, WorkspaceError


@pytest.fixture
def ws():
    return Workspace(files={"cfg.json": '{"enabled": true, "level": 2}\n', "notes.txt": "one\n"})


# ---- here-documents ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "command,path,text",
    [
        ("cat > out.txt <<'EOF'\nline $HOME `x`\n  two\nEOF", "out.txt", "line $HOME `x`\n  two\n"),
        ('cat > out.txt <<"END"\n$1 literal\nEND', "out.txt", "$1 literal\n"),
        ("cat <<EOF > out.txt\nplain text, costs 5 $ only\nEOF", "out.txt", "plain text, costs 5 $ only\n"),
        ("cat <<\\EOF >out.txt\n$x\nEOF", "out.txt", "$x\n"),
        ("cat >> notes.txt <<'EOF'\ntwo\nEOF", "notes.txt", "one\ntwo\n"),
        ("cat <<-EOF > out.txt\n\t\tindented\n\tEOF", "out.txt", "indented\n"),
        ("cat <<EOF > out.txt\nescaped \\$HOME and a \\\\ and \\`x\\`\njoined \\\nline\nEOF", "out.txt",
         "escaped $HOME and a \\ and `x`\njoined line\n"),
        ("cat > out.txt << 'EOF'\nEOF not at start\nEOF", "out.txt", "EOF not at start\n"),
        ("cat <<'EOF' | tee out.txt\nvia tee\nEOF", "out.txt", "via tee\n"),
        ("tee out.txt > /dev/null <<'EOF'\nquiet\nEOF", "out.txt", "quiet\n"),
        ("cat > out.txt <<'EOF'\n'quotes' and \"doubles\" | > < ; && stay text\nEOF", "out.txt",
         "'quotes' and \"doubles\" | > < ; && stay text\n"),
    ],
)
def test_heredoc_writes(ws, command, path, text):
    assert ws.run(command) in ("", text)
    assert ws.files[path] == text


def test_heredoc_refusals_change_nothing(ws):
    before = dict(ws.files)
    for command, message in [
        ("cat > out.txt <<EOF\nhome is $HOME\nEOF", "substitution"),  # bash would expand it: we cannot
        ("cat > out.txt <<EOF\nnow $(date)\nEOF", "substitution"),
        ("cat > out.txt <<EOF\n`rm -rf /`\nEOF", "substitution"),
        ("cat > out.txt <<'EOF'\nx\nEOF\nrm notes.txt", "one command per call"),
        ("cat > out.txt <<'EOF'", "body must start"),
        ("cat > out.txt <<", "delimiter"),
        ("cat <<< 'here string'", "not supported"),
    ]:
        with pytest.raises(WorkspaceError, match=message):
            ws.run(command)
    assert ws.files == before


def test_heredoc_without_end_line_takes_the_rest_as_bash_does(ws):
    ws.run("cat > out.txt <<'EOF'\nno end line")
    assert ws.files["out.txt"] == "no end line\n"


# ---- printf and tee -------------------------------------------------------------------------------
def test_printf(ws):
    assert ws.run("printf '%s\\n' a b") == "a\nb\n"
    assert ws.run("printf 'x=%d y=%.2f %s%%\\n' 3 1.5 ok") == "x=3 y=1.50 ok%\n"
    assert ws.run("printf 'no newline'") == "no newline"
    assert ws.run("printf '%b' 'a\\tb'") == "a\tb"
    with pytest.raises(WorkspaceError, match="invalid number"):
        ws.run("printf '%d' abc")
    with pytest.raises(WorkspaceError, match="width"):
        ws.run("printf '%999999999s' x")


def test_tee_writes_every_file_and_passes_stdin_on(ws):
    assert ws.run("printf '%s\\n' 'k: 1' | tee a.yaml b.yaml") == "k: 1\n"
    assert ws.files["a.yaml"] == ws.files["b.yaml"] == "k: 1\n"
    assert ws.run("echo more | tee -a a.yaml > /dev/null") == ""
    assert ws.files["a.yaml"] == "k: 1\nmore\n"
    assert ws.run("echo x | tee /dev/null") == "x\n"
    assert "dev/null" not in ws.files
    assert ws.run("echo y | tee c.txt | wc -l").strip() == "1" and ws.files["c.txt"] == "y\n"
    with pytest.raises(WorkspaceError, match="no input"):
        ws.run("tee d.txt")


def test_tee_is_all_or_nothing(ws):
    before = dict(ws.files)
    with pytest.raises(WorkspaceError, match="escapes"):
        ws.run("echo x | tee ok.txt ../escape.txt")
    assert ws.files == before


def test_redirect_to_dev_null_and_from_a_file(ws):
    assert ws.run("cat notes.txt > /dev/null") == ""
    assert "dev/null" not in ws.files
    assert ws.run("wc -l < notes.txt").strip() == "1"


# ---- python3 -c -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "program,path,text",
    [
        ("open('o.txt', 'w').write('a\\nb\\n')", "o.txt", "a\nb\n"),
        ("open('notes.txt', 'a').write('two\\n')", "notes.txt", "one\ntwo\n"),
        ("import pathlib; pathlib.Path('d/o.txt').write_text('x')", "d/o.txt", "x"),
        ("from pathlib import Path; p = Path('d') / 'o.txt'; p.write_text('y', encoding='utf-8')", "d/o.txt", "y"),
        ("import json; json.dump({'a': 1}, open('o.json', 'w'))", "o.json", '{"a": 1}'),
        ("import json\nwith open('o.json', 'w') as f:\n    json.dump([1, 2], f, indent=2)", "o.json", "[\n  1,\n  2\n]"),
        ("import json; c = json.load(open('cfg.json')); c['enabled'] = False; "
         "open('cfg.json', 'w').write(json.dumps(c))", "cfg.json", '{"enabled": false, "level": 2}'),
        ("import os.path; open(os.path.join('d', 'o.txt'), 'w').write(f\"{1 + 2} items\")", "d/o.txt", "3 items"),
        ("s = open('notes.txt').read(); open('up.txt', 'w').write(s.upper().replace('ONE', 'uno'))", "up.txt", "uno\n"),
    ],
)
def test_python_c_writes_what_python_writes(ws, program, path, text, tmp_path):
    ws.run(f"python3 -c {_sq(program)}")
    assert ws.files[path] == text
    # the same program, run by the real interpreter on a real copy of the files, writes the same
    for k, v in Workspace(files={"cfg.json": '{"enabled": true, "level": 2}\n', "notes.txt": "one\n"}).files.items():
        (tmp_path / k).write_text(v)
    (tmp_path / "d").mkdir()
    subprocess.run([sys.executable, "-c", program], cwd=tmp_path, check=True)
    assert (tmp_path / path).read_text() == text


def _sq(s: str) -> str:
    return "'" + s.replace("'", "'\"'\"'") + "'"


def test_python_program_on_stdin_and_print(ws):
    assert ws.run("python3 - <<'EOF'\nprint('hi', 2)\nopen('o.txt', 'w').write('z')\nEOF") == "hi 2\n"
    assert ws.files["o.txt"] == "z"
    assert ws.run("python -c \"print(open('notes.txt').read().strip())\"") == "one\n"


def test_python_error_keeps_what_was_written_before_it(ws):
    """As CPython: the first write happened, then the read raised."""
    with pytest.raises(WorkspaceError, match="FileNotFoundError"):
        ws.run("python3 -c \"open('o.txt', 'w').write('x'); open('missing.txt').read()\"")
    assert ws.files["o.txt"] == "x"
    with pytest.raises(WorkspaceError, match="SyntaxError"):
        ws.run("python3 -c \"open('o.txt', 'w'\"")


HOSTILE = [
    ("import os; os.system('touch /tmp/pwned')", "os.system"),
    ("import subprocess; subprocess.run(['id'])", "import subprocess"),
    ("__import__('os').system('id')", "__import__"),
    ("open('o.txt', 'w').write('x'); eval('1')", "eval"),
    ("open('o.txt', 'w').write('x'); exec('import os')", "exec"),
    ("().__class__.__bases__[0].__subclasses__()", "__class__"),
    ("open('o.txt', 'w').write('{0.__class__}'.format(1))", "str.format"),
    ("import sys; sys.exit(0)", "import sys"),
    ("from os import system", "from os import system"),
    ("import os; os.remove('notes.txt')", "os.remove"),
    ("f = open('notes.txt'); f.__class__", "__class__"),
    ("open('o.txt', 'w').write('x'); import shutil", "import shutil"),
    ("open('o.txt', 'wb').write(b'x')", "mode"),
    ("for i in [1]: open('o.txt', 'w').write('x')", "For"),
    ("open('o.txt', 'w').write('x' * 10**9)", "Pow"),
    ("open('o.txt', 'w').write('x' * 2000000)", "larger"),
    ("x = 3\n" + "x = x * x\n" * 40, "integer"),
    ("a = [1]\n" + "a = [a, a]\n" * 60 + "open('o.txt', 'w').write(str(a))", "larger"),
    ("lambda: 1", "Lambda"),
    ("x = " + "(" * 500 + "1" + ")" * 500, "nested|parsed"),
    ("x = " + "-" * 5000 + "1", "nested|parsed"),
    ("open('o.txt', 'w').write('x'); open('../../etc/passwd', 'w').write('x')", "escapes the workspace"),
    # text multipliers that no step budget sees (one call each)
    ("import json; json.dump([1, 2], open('o.json', 'w'), indent=100000000)", "indent"),
    ("import json; json.dump([1, 2], open('o.json', 'w'), separators=('x' * 900000, ':'))", "separators"),
    ("s = 'x' * 900000\nprint(1, 2, 3, sep=s)", "more output"),
    ("s = 'x' * 900000\nopen('o.txt', 'w').write(f'{s}{s}')", "larger"),
    ("from pathlib import Path\np = Path('a')\n" + "p = p / p\n" * 30 + "p.write_text('x')", "too long"),
    ("d = {}\nd['x' * 900000]", "KeyError"),
]


@pytest.mark.parametrize("program,message", HOSTILE)
def test_hostile_python_is_refused_and_changes_nothing(ws, program, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    before, dirs = dict(ws.files), list(ws.dirs)
    with pytest.raises(WorkspaceError) as err:
        ws.run(f"python3 -c {_sq(program)}")
    text = str(err.value)
    import re

    assert re.search(message, text), text
    assert text.startswith("python3: ") and "\n" not in text and len(text) < 700
    if "escapes" not in message:  # a refused program leaves the workspace exactly as it was
        assert ws.files == before and ws.dirs == dirs
    assert os.listdir(tmp_path) == [] and not os.path.exists("/tmp/pwned")


def test_long_programs_are_refused(ws, monkeypatch):
    before = dict(ws.files)
    with pytest.raises(WorkspaceError, match="command longer than"):
        ws.run(f"python3 -c {_sq(chr(10).join(['x = 1'] * 3000))}")
    import schemeguard._pywrite as pw

    monkeypatch.setattr(pw, "MAX_STEPS", 50)  # the budget is a backstop: no loops, and the command is short
    with pytest.raises(WorkspaceError, match="step budget"):
        ws.run("python3 -c " + _sq("open('o.txt', 'w').write('x')" + "; x = [1, 2, 3]" * 20))
    assert ws.files == before


def test_reading_outside_resolves_inside_the_virtual_root(ws):
    with pytest.raises(WorkspaceError, match="FileNotFoundError"):
        ws.run("python3 -c \"print(open('/etc/passwd').read())\"")
    with pytest.raises(WorkspaceError, match="escapes the workspace"):
        ws.run("python3 -c \"print(open('../x').read())\"")


def test_python_file_arguments_are_refused(ws):
    with pytest.raises(WorkspaceError, match="only `python3 -c PROGRAM`"):
        ws.run("python3 script.py")
