"""`schemeguard local-model serve`: llama.cpp's OpenAI-compatible server for a local model.

For OpenAI-compatible clients (Inspect's `openai-api` provider, the deployment guard, curl).
Plain chat works; the server's own tool calling does not (its function-calling format drops
tool results, `tool_choice="required"` fails): agents that use tools should run the model
in-process with `--model local/<model>` instead.

Serves on loopback by default; uvicorn stops cleanly on SIGINT and SIGTERM.
"""

from __future__ import annotations

import os
import signal
from dataclasses import dataclass
from pathlib import Path

from schemeguard.local.catalogue import get_model
from schemeguard.local.fetch import verified_path
from schemeguard.local.provider import default_threads, import_llama


@dataclass(frozen=True)
class ServeConfig:
    model: str
    host: str = "127.0.0.1"
    port: int = 8000
    n_ctx: int | None = None
    n_threads: int | None = None
    model_path: Path | None = None


def inspect_usage(alias: str, host: str, port: int) -> str:
    """How to point Inspect (or any OpenAI client) at the server."""
    base = f"http://{host}:{port}/v1"
    return (
        f"export LOCAL_BASE_URL={base} LOCAL_API_KEY=local\n"
        f"inspect eval schemeguard/suite --model openai-api/local/{alias}\n"
        f"(Inspect model string: openai-api/local/{alias}; tools are not usable through this server: "
        f"use --model local/{alias} for agents)"
    )


def build_app(config: ServeConfig):  # type: ignore[no-untyped-def]
    import_llama()
    try:
        from llama_cpp.server.app import create_app
        from llama_cpp.server.settings import ModelSettings, ServerSettings
    except ImportError as e:
        raise ImportError("the llama.cpp server needs pip install 'schemeguard[local]' (llama-cpp-python[server])") from e
    path = config.model_path or verified_path(config.model)
    n_ctx = config.n_ctx or (4096 if config.model_path else get_model(config.model).n_ctx)
    threads = config.n_threads or default_threads()
    os.environ.pop("CONFIG_FILE", None)  # llama_cpp would otherwise replace our settings with that file's
    return create_app(
        server_settings=ServerSettings(host=config.host, port=config.port),
        model_settings=[
            ModelSettings(model=str(path), model_alias=config.model, n_ctx=n_ctx, n_threads=threads,
                          n_threads_batch=threads, verbose=False)
        ],
    )


def serve(config: ServeConfig) -> int:
    import uvicorn

    app = build_app(config)
    print(f"serving {config.model} on http://{config.host}:{config.port}/v1 (Ctrl-C or SIGTERM stops it)")
    print(inspect_usage(config.model, config.host, config.port), flush=True)
    # uvicorn shuts down gracefully on SIGINT/SIGTERM, then re-raises the signal so the default
    # action applies; absorb that re-raise so a requested stop exits with status 0
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: None)
    try:
        uvicorn.run(app, host=config.host, port=config.port, log_level="warning")
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
    print("server stopped", flush=True)
    return 0
