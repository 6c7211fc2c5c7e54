"""Deployment guard: an OpenAI-compatible proxy that records every call, monitors it and applies a policy.

`schemeguard guard --upstream http://host:port/v1` serves `/v1/chat/completions` (streaming too),
`/v1/models`, and a reviewers' dashboard at `/guard/`. See `app.create_app`.
"""

from schemeguard.guard.app import GuardConfig, create_app
from schemeguard.guard.auth import Credentials, hash_agent_key, hash_password
from schemeguard.guard.policy import GuardPolicy, load_policy

__all__ = ["Credentials", "GuardConfig", "GuardPolicy", "create_app", "hash_agent_key", "hash_password", "load_policy"]
