"""Guard policy: suspicion thresholds → actions (log, alert, hold, block), validated with pydantic.

A hair-trigger by default: a single rule hit holds the output, and an unmeasured call (a monitor
that failed) is held too, never waved through.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

Action = Literal["log", "alert", "hold", "block"]
SEVERITY: dict[str, int] = {"log": 0, "alert": 1, "hold": 2, "block": 3}


class JudgePolicy(BaseModel):
    """An expensive monitor (LLM judge) run in the background; it can only alert after the fact."""

    model_config = ConfigDict(extra="forbid")
    model: str = Field(description="Inspect model name, e.g. openai/gpt-4o-mini")
    view: Literal["action", "cot", "full"] = "full"
    alert_at: float = Field(0.3, ge=0.0, le=1.0)


class GuardPolicy(BaseModel):
    model_config = ConfigDict(extra="forbid")
    # 'rules' already runs every signature (protected writes through any tool included): listing an
    # alias such as 'tool_writes' beside it would score and flag the same write twice
    monitors: list[str] = Field(default_factory=lambda: ["rules"],
                                description="inline monitors: 'rules' (every signature) or some 'rule:<name>'")
    alert: float | None = Field(0.1, ge=0.0, le=1.0, description="alert at suspicion >= this")
    hold: float | None = Field(0.5, ge=0.0, le=1.0, description="hold for review at suspicion >= this")
    block: float | None = Field(None, ge=0.0, le=1.0, description="block (403) at suspicion >= this")
    on_unmeasured: Action = "hold"  # a failed monitor is never benign
    # buffer: nothing is sent until judged (hold/block apply); passthrough: chunks flow live and
    # enforcement comes after delivery (recorded per call); auto: buffer tool-call turns (the
    # request declares tools), pass the others through
    stream: Literal["auto", "passthrough", "buffer"] = "auto"
    webhook: str | None = None  # POSTed a JSON alert (no content, no keys)
    judge: JudgePolicy | None = None

    @model_validator(mode="after")
    def _known_monitors(self) -> "GuardPolicy":
        from schemeguard.guard.monitoring import known_monitors

        known = known_monitors()
        bad = [m for m in self.monitors if m not in known]
        if bad:
            raise ValueError(f"unknown monitor(s) {', '.join(bad)} (known: {', '.join(sorted(known))})")
        return self

    def action_for(self, score: float | None) -> Action:
        """The most severe action whose threshold the score reaches; None (unmeasured) → on_unmeasured."""
        if score is None:
            return self.on_unmeasured
        for action in ("block", "hold", "alert"):
            threshold = getattr(self, action)
            if threshold is not None and score >= threshold:
                return action  # type: ignore[return-value]
        return "log"


def load_policy(path: str | Path | None) -> GuardPolicy:
    """Read and validate a policy file; any problem is one ValueError naming the file and field."""
    if path is None:
        return GuardPolicy()
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FileNotFoundError(f"guard policy {path} not found") from None
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        raise ValueError(f"guard policy {path} is not valid YAML: {str(e).splitlines()[0]}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ValueError(f"guard policy {path} must be a mapping, got {type(data).__name__}")
    try:
        return GuardPolicy.model_validate(data)
    except ValidationError as e:
        problems = "; ".join(f"{'.'.join(map(str, err['loc'])) or 'policy'}: {err['msg']}" for err in e.errors())
        raise ValueError(f"guard policy {path}: {problems}") from None
