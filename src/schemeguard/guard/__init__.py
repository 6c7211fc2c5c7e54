"""Deployment guard: an OpenAI-compatible proxy that records every call, monitors it and applies a policy.

`schemeguard guard --upstream http://host:port/v1` serves `/v1/chat/completions` (streaming too),
`/v1/models`, and a dashboard at `/guard/`. See `app.create_app`.
"""

from schemeguard.guard.app import GuardConfig, create_app
from schemeguard.guard.policy import GuardPolicy, load_policy

__all__ = ["GuardConfig", "GuardPolicy", "create_app", "load_policy"]
