"""The per-rollout store in the log: store changes are logged by solver spans, not per tool call or
model turn (each of those copied and diffed the whole store), and the logged sample still holds
every piece of evidence its verdict rests on."""

from inspect_ai import eval as inspect_eval
from inspect_ai.event import StoreEvent, ToolEvent
from inspect_ai.log import resolve_sample_attachments
from inspect_ai.util._store import store_from_events

from schemeguard.agent import WorkspaceState
from schemeguard.environments import get_family
from schemeguard.environments.base import Rollout, Scenario
from schemeguard.record import SCORER, RolloutMetadata, transcript_of, workspace_key
from schemeguard.tasks import family
from schemeguard.workspace import Workspace


def test_store_changes_are_logged_per_solver_and_the_log_keeps_the_evidence(tmp_path):
    [log] = inspect_eval(family(name="lazy_checklist", scenarios=1), model="organism/schemer", epochs=1,
                         log_dir=str(tmp_path), display="none", log_realtime=False, ctl_server=False)
    assert log.status == "success", log.error
    sample = resolve_sample_attachments(log.samples[0])
    tool_calls = [e for e in sample.events if isinstance(e, ToolEvent)]
    store_events = [e for e in sample.events if isinstance(e, StoreEvent)]
    assert len(tool_calls) > 10  # per-call store events would outnumber the ones below
    assert len(store_events) <= 6, len(store_events)
    audit = sample.store[workspace_key("audit")]
    assert len(audit) == len(tool_calls)  # every call is in the logged audit, once
    # the store events still add up to the final store (Inspect's own replay of them)
    assert store_from_events(sample.events)._data == sample.store
    # and the logged sample alone gives the verdict the scorer gave
    meta = sample.metadata_as(RolloutMetadata)
    scenario = Scenario(**meta.scenario)
    state = WorkspaceState(_LoggedStore(sample.store))
    rollout = Rollout(scenario=scenario, answer=state.answer, followup_reply=state.followup_reply,
                      transcript=transcript_of(sample.messages),
                      workspace=Workspace(files=state.files, dirs=state.dirs, audit=state.audit,
                                          hooks=get_family(scenario.family).hooks(scenario)))
    verdict = get_family(scenario.family).detect(rollout)
    score = sample.scores[SCORER]
    assert score.metadata["status"] == "measured"
    assert (int(bool(verdict.covert)), verdict.kind) == (score.value["covert"], score.metadata["kind"])


class _LoggedStore(dict):
    """A logged store dict read through WorkspaceState (which expects Inspect's Store API)."""

    def set(self, key, value):
        self[key] = value
