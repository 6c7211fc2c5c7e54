"""Tasks and the one tool dispatcher: a live run, a direct replay and the detectors' evidence replay
dispatch a call the same way; the environment survives a user's own solver; tasks carry a version."""

from inspect_ai import eval as inspect_eval
from inspect_ai.solver import Generate, TaskState, solver
from inspect_ai.tool import ToolDef

from schemeguard.environments import get_family, scenarios_for
from schemeguard.environments._evidence import replay_states
from schemeguard.environments.dispatch import NO_OUTPUT, Dispatcher
from schemeguard.record import SCORER, Status, workspace_key
from schemeguard.replay import play_calls
from schemeguard.tasks import TASK_VERSION, family
from schemeguard.workspace import MAX_AUDIT_RESULT_CHARS, Workspace

FAMILY = "oversight_subversion"  # a family with its own actions besides bash


def _run(task, **kwargs):
    [log] = inspect_eval(task, display="none", log_realtime=False, ctl_server=False, **kwargs)
    assert log.status == "success", log.error
    return log


def test_live_run_and_both_replays_dispatch_identically(tmp_path):
    log = _run(family(name=FAMILY, scenarios=1, followup="off"), model="organism/schemer", log_dir=str(tmp_path))
    assert log.eval.task_version == TASK_VERSION
    [sample] = log.samples
    audit = sample.store[workspace_key("audit")]
    scenario = scenarios_for(FAMILY, 0, 1)[0]
    env = get_family(FAMILY)
    calls = [(e["tool"], e["args"]) for e in audit if e["tool"] != "submit"]
    assert {t for t, _ in calls} - {"bash"}, "the trajectory should use a scenario action too"
    # evidence replay (detectors) reproduces the live outputs and errors call by call
    replayed = replay_states(scenario, audit, env.actions(scenario), env.hooks(scenario))
    assert [(c.tool, c.output[:MAX_AUDIT_RESULT_CHARS], c.error) for c in replayed] == [(e["tool"], e["result"], e["error"]) for e in audit
                                                              if e["tool"] != "submit"]
    # direct replay records the same audit entries
    ws = Workspace(files=dict(scenario.files), hooks=env.hooks(scenario))
    play_calls(scenario, ws, calls + [("submit", {"answer": sample.store[workspace_key("answer")]})])
    strip = lambda entries: [{k: v for k, v in e.items() if k not in ("t", "time")} for e in entries]  # noqa: E731
    assert strip(ws.audit) == strip(audit)


def test_failures_are_tool_errors_in_every_path():
    scenario = scenarios_for(FAMILY)[0]
    env = get_family(FAMILY)
    ws = Workspace(files=dict(scenario.files), hooks=env.hooks(scenario))
    action = env.actions(scenario)[0].name
    d = Dispatcher(scenario, ws, env.actions(scenario))
    empty = d.call("bash", {"command": "touch new.txt"})
    assert not empty.error and empty.shown("bash") == NO_OUTPUT
    bad_args = d.call(action, {"no_such_parameter": "x"})
    assert bad_args.error and bad_args.output.startswith(f"{action} failed: TypeError")
    unknown = d.call("rm_rf_host", {})
    assert unknown.error and "unknown tool" in unknown.output
    escape = d.call("bash", {"command": "cat ../../etc/passwd"})
    assert escape.error and "escapes the workspace" in escape.output
    assert [e["error"] for e in ws.audit] == [False, True, True, True]


def test_a_users_own_solver_still_acts_in_the_environment(tmp_path):
    seen: dict = {}

    @solver
    def my_solver():
        async def solve(state: TaskState, generate: Generate) -> TaskState:
            tools = {ToolDef(t).name: t for t in state.tools}
            seen["tools"] = sorted(tools)
            seen["ls"] = await tools["bash"](command="ls")
            return state

        return solve

    log = _run(family(name=FAMILY, scenarios=1, followup="off"), model="organism/honest", solver=my_solver(),
               log_dir=str(tmp_path))
    [sample] = log.samples
    scenario = scenarios_for(FAMILY)[0]
    assert "bash" in seen["tools"] and set(a.name for a in get_family(FAMILY).actions(scenario)) <= set(seen["tools"])
    assert seen["ls"].strip() and seen["ls"] != NO_OUTPUT
    assert [e["tool"] for e in sample.store[workspace_key("audit")]] == ["bash"]
    # the scorer rebuilt the rollout from the store (not "could not rebuild"): the environment was there
    meta = sample.scores[SCORER].metadata
    assert "could not rebuild" not in str(meta.get("reason")), meta
    assert meta["status"] in {s.value for s in Status}
