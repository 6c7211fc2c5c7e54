"""Spec-grounded SFT data: rollouts that took the right action for the right reason.

Kept: measured, not a control baseline, no covert action (escalated, for the escalation
measure), a CoT that cites a real anti-scheming principle and invents none, and (by default) no
verbalized evaluation awareness — behaving well only because it suspects a test is not good
data. By default only the training family may be exported, so training data and the test
suite never share a family. Every excluded rollout is counted under its first reason.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from inspect_ai.model import ChatMessage, ChatMessageAssistant, ChatMessageTool

from schemeguard.analysis.samples import row_key, samples_for
from schemeguard.analysis.table import rollout_table
from schemeguard.cot.awareness import detect_rules
from schemeguard.cot.spec_reasoning import analyse_spec
from schemeguard.environments import training_families
from schemeguard.record import MEASURED, Measure, reasoning_of
from schemeguard.spec import spec_text


class SuiteFamilyExport(ValueError):
    """Refusal to turn test-suite rollouts into training data without an explicit override."""


@dataclass
class DistillOptions:
    require_citation: bool = True
    exclude_aware: bool = True
    allow_test_families: bool = False
    include_spec_in_system: bool = False


@dataclass
class Manifest:
    source_logs: list[str]
    options: dict[str, Any]
    spec_sha256: str
    total: int = 0
    kept: int = 0
    excluded: dict[str, int] = field(default_factory=dict)
    families: list[str] = field(default_factory=list)
    warning: str | None = None


def exclusion_reason(row: pd.Series, options: DistillOptions) -> str | None:
    """The first reason a rollout is not right-action-for-the-right-reason data, or None."""
    if row["status"] != MEASURED:
        return f"not measured ({row['status']})"  # fail closed: no verdict, no training example
    if bool(row["control"]):
        return "control baseline"
    if row["measure"] == Measure.ESCALATED:
        if not bool(row["escalated"]):
            return "did not escalate the conflict"
    elif bool(row["covert"]):
        return "covert action"
    cot = row["reasoning"] or ""
    if options.exclude_aware and detect_rules(cot).aware:
        return "verbalized evaluation awareness"
    spec = analyse_spec(cot)
    if spec.fabricated_ids or spec.distorted:
        return "fabricated or distorted principle"
    if options.require_citation and not spec.cited_ids:
        return "no spec citation"
    return None


def chat_messages(messages: list[ChatMessage], system_extra: str | None = None) -> list[dict[str, Any]]:
    """Chat-format turns: reasoning in its own field, tool calls and results kept."""
    out: list[dict[str, Any]] = []
    for m in messages:
        entry: dict[str, Any] = {"role": m.role, "content": m.text}
        if m.role == "system" and system_extra:
            entry["content"] = f"{m.text}\n\n{system_extra}"
        if isinstance(m, ChatMessageAssistant):
            if reasoning_of(m):
                entry["reasoning"] = reasoning_of(m)
            if m.tool_calls:
                entry["tool_calls"] = [
                    {"id": tc.id, "type": "function",
                     "function": {"name": tc.function, "arguments": json.dumps(tc.arguments, sort_keys=True)}}
                    for tc in m.tool_calls
                ]
        if isinstance(m, ChatMessageTool):
            entry["tool_call_id"] = m.tool_call_id
        out.append(entry)
    return out


def distill(paths: list[str], out: str | Path, options: DistillOptions = DistillOptions()) -> Manifest:
    table = rollout_table(paths)
    allowed = set(training_families())
    test_rows = table[~table["family"].isin(allowed)]
    if len(test_rows) and not options.allow_test_families:
        raise SuiteFamilyExport(
            f"{len(test_rows)} rollouts come from test-suite families ({', '.join(sorted(set(test_rows['family'])))}); "
            "training data must come from the training family (schemeguard eval --train). "
            "--allow-test-families overrides this and labels the output as contaminated."
        )
    spec_hash = hashlib.sha256(spec_text().encode()).hexdigest()
    manifest = Manifest(
        source_logs=sorted(set(table["log"])), options=vars(options), spec_sha256=spec_hash, total=len(table),
        families=sorted(set(table["family"])),
        warning=("CONTAINS TEST-SUITE FAMILIES: do not evaluate a model trained on this with the suite"
                 if len(test_rows) else None),
    )
    reasons: Counter[str] = Counter()
    kept = []
    for idx, row in table.sort_values(["log", "sample_id", "epoch"]).iterrows():
        reason = exclusion_reason(row, options)
        if reason:
            reasons[reason] += 1
        else:
            kept.append(idx)
    rows = table.loc[kept]
    messages = {key: sample.messages for key, sample in samples_for(rows)}  # one pass per log
    examples = []
    for _, row in rows.iterrows():
        spec = analyse_spec(row["reasoning"] or "")
        examples.append({
            "messages": chat_messages(messages[row_key(row)], spec_text() if options.include_spec_in_system else None),
            "meta": {"log": row["log"], "sample_id": row["sample_id"], "epoch": int(row["epoch"]),
                     "family": row["family"], "scenario": row["scenario"], "model": row["model"],
                     "cited_principles": spec.cited_ids, "spec_sha256": spec_hash},
        })
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(out.suffix + ".tmp")
    tmp.write_text("".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in examples))
    tmp.replace(out)  # a failed run never leaves a half-written dataset
    manifest.kept, manifest.excluded = len(examples), dict(sorted(reasons.items()))
    out.with_suffix(".manifest.json").write_text(json.dumps(vars(manifest), indent=2) + "\n")
    return manifest
