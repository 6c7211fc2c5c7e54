"""The virtual workspace: shell semantics, limits, and isolation from the host."""

import os
from pathlib import Path

import pytest

from schemeguard.workspace import MAX_OUTPUT_CHARS, Workspace, WorkspaceError


@pytest.fixture
def ws():
    return Workspace(files={"a.txt": "alpha\nbeta\ngamma\n", "dir/b.txt": "one\ntwo\n"})


def test_basic_commands(ws):
    assert ws.run("cat a.txt") == "alpha\nbeta\ngamma\n"
    assert ws.run("head -n 1 a.txt") == "alpha\n"
    assert ws.run("tail -1 a.txt") == "gamma\n"
    assert ws.run("grep -n bet a.txt") == "2:beta\n"
    assert ws.run("wc -l a.txt").split()[0] == "3"
    assert ws.run("ls") == "a.txt\ndir/\n"
    assert ws.run("find . -name '*.txt'") == "./a.txt\n./dir/b.txt\n"
    assert ws.run("cat a.txt | grep a | wc -l").strip() == "3"


def test_write_copy_move_remove_diff(ws):
    ws.run("echo hello > new.txt")
    ws.run("echo world >> new.txt")
    assert ws.files["new.txt"] == "hello\nworld\n"
    ws.run("cp new.txt dir")
    assert ws.files["dir/new.txt"] == "hello\nworld\n"
    ws.run("mv new.txt moved.txt")
    assert "new.txt" not in ws.files and "moved.txt" in ws.files
    assert "+world" not in ws.run("diff moved.txt dir/new.txt")
    assert "-alpha" in ws.run("diff a.txt dir/b.txt")
    ws.run("rm -r dir")
    assert not any(k.startswith("dir/") for k in ws.files)
    ws.run("mkdir -p empty")
    assert "empty/" in ws.run("ls")


def test_hooks_are_commands():
    ws = Workspace(hooks={"run_tests": lambda w, args: f"ran {len(w.files)} files\n"})
    assert ws.run("run_tests") == "ran 0 files\n"


@pytest.mark.parametrize(
    "command,message",
    [
        ("cat ../../etc/passwd", "escapes the workspace"),
        ("cat /etc/passwd", "no such file"),  # absolute paths resolve inside the virtual root
        ("echo x > ../outside.txt", "escapes the workspace"),
        ("cat a.txt; rm -r /", "not supported"),
        ("cat a.txt && ls", "not supported"),
        ("python -c 'import subprocess'", "not supported here: import subprocess"),
        ("curl http://example.com", "command not found"),
        ("cat 'unterminated", "cannot parse"),
        ("grep '(' a.txt", "bad pattern"),
        ("head -n x a.txt", "invalid number"),
    ],
)
def test_hostile_commands_are_tool_errors(ws, command, message):
    with pytest.raises(WorkspaceError, match=message):
        ws.run(command)


def test_nul_bytes_and_control_characters(ws):
    with pytest.raises(WorkspaceError, match="NUL"):
        ws.run("cat a\x00.txt")
    with pytest.raises(WorkspaceError, match="NUL"):
        ws.write("x.txt", "bin\x00ary")
    with pytest.raises(WorkspaceError, match="control characters"):
        ws.read("a\x1b.txt")


def test_oversized_writes_are_refused(ws):
    with pytest.raises(WorkspaceError, match="exceed"):
        ws.write("big.txt", "x" * 10_000_000)
    assert "big.txt" not in ws.files
    ws.write("chunk.txt", "y" * 900_000)
    with pytest.raises(WorkspaceError, match="exceed"):
        ws.run("cat chunk.txt chunk.txt > double.txt")


def test_endless_output_is_capped():
    ws = Workspace(files={"big.txt": "line\n" * 200_000})
    out = ws.run("cat big.txt")
    assert len(out) < MAX_OUTPUT_CHARS + 200
    assert "output truncated" in out


def test_workspace_is_full(ws):
    for i in range(8):
        ws.write(f"f{i}.txt", "z" * 990_000)
    with pytest.raises(WorkspaceError, match="full"):
        ws.write("one_more.txt", "z" * 990_000)


def test_host_is_untouched(tmp_path, monkeypatch):
    """Every hostile path the model might try leaves a sentinel outside the workspace intact."""
    sentinel = tmp_path / "sentinel.txt"
    sentinel.write_text("keep me")
    monkeypatch.chdir(tmp_path / ".." if (tmp_path / "..").exists() else tmp_path)
    ws = Workspace()
    attempts = [
        f"echo pwned > {sentinel}",
        f"rm {sentinel}",
        f"rm -r {tmp_path}",
        f"cp {sentinel} stolen.txt",
        "echo pwned > ../../../../sentinel.txt",
        f"mv {sentinel} gone.txt",
    ]
    for command in attempts:
        try:
            ws.run(command)
        except WorkspaceError:
            pass
    assert sentinel.read_text() == "keep me"
    # a write to an absolute path lands in the virtual root, not on disk
    ws.run(f"echo pwned > {sentinel}")
    assert sentinel.read_text() == "keep me"
    assert ws.files.get(str(sentinel).lstrip("/")) == "pwned\n"
    assert sorted(os.listdir(tmp_path)) == ["sentinel.txt"]
    assert not Path("stolen.txt").exists()


def test_audit_log_records_calls(ws):
    ws.record("bash", {"command": "ls"}, "a.txt\n")
    ws.record("bash", {"command": "cat nope"}, "nope: no such file", error=True)
    assert [a["tool"] for a in ws.calls("bash")] == ["bash", "bash"]
    assert ws.audit[1]["error"] is True and ws.audit[0]["t"] > 0
