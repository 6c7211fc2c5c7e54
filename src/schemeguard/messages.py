"""Small helpers over Inspect chat messages, shared by providers, scorers and analyses."""

from __future__ import annotations

from inspect_ai.model import ChatMessage, ContentReasoning


def reasoning_of(message: ChatMessage) -> str:
    """The reasoning (chain of thought) of a message: its ContentReasoning parts, joined."""
    if isinstance(message.content, str):
        return ""
    return "\n".join(c.reasoning for c in message.content if isinstance(c, ContentReasoning) and not c.redacted)
