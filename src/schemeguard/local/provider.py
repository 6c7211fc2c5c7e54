"""The `local/<model>` Inspect provider: a GGUF model run in-process with llama.cpp.

    inspect eval schemeguard/suite --model local/qwen2.5-coder-1.5b
    schemeguard eval --model local/smollm2-135m -M n_ctx=4096

Tool calls are constrained by a grammar built from the tools' argument schemas (see `chat`),
so the model always emits a call to a real tool with well-formed arguments; with no tools it
answers in free text. Reasoning written between think tags becomes Inspect reasoning content.
A prompt that does not fit the context window returns stop_reason "model_length" (Inspect's
agents end the episode on it) instead of raising.

Model args (-M): model_path (any GGUF instead of a catalogued model), n_ctx, n_threads,
n_batch, think (reason between think tags before each answer; default true), think_tokens
(budget of each think block, default 256), max_tokens (per answer when the eval sets none).
"""

from __future__ import annotations

import atexit
import json
import os
import threading
import time
from pathlib import Path
from typing import Any

import anyio
from inspect_ai.model import (
    ChatCompletionChoice,
    ChatMessage,
    ChatMessageAssistant,
    ContentReasoning,
    ContentText,
    GenerateConfig,
    ModelAPI,
    ModelOutput,
    ModelUsage,
)
from inspect_ai.tool import ToolCall, ToolChoice, ToolInfo

from schemeguard.local import chat
from schemeguard.local.catalogue import MODELS
from schemeguard.local.fetch import verified_path

SUPPORTS_PREFILL = True  # raw completion: interventions can continue from an edited chain of thought
MIN_ROOM = 16  # fewer free context tokens than this: report model_length rather than generate nothing
DEFAULT_MAX_TOKENS = 512  # per answer (a tool call or a text reply)
DEFAULT_THINK_TOKENS = 256  # per think block, on top of the answer
CHATML = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


class LlamaNotInstalled(ImportError):
    pass


def import_llama() -> Any:
    """Import llama_cpp with settings that keep it from spinning on a shared core."""
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    try:
        import llama_cpp
    except ImportError as e:
        raise LlamaNotInstalled(
            "llama_cpp is not installed: pip install 'schemeguard[local]' "
            "(builds llama-cpp-python from source, ~9 minutes on one core)"
        ) from e
    return llama_cpp


def default_threads() -> int:
    # measured: with the other core busy, n_threads=2 fell from ~20 to 1-2 tokens/s
    return max(1, (os.cpu_count() or 2) // 2)


_LOADED: dict[tuple[str, int, int, int], tuple[Any, threading.Lock]] = {}
_LOAD_LOCK = threading.Lock()


def load(path: Path, n_ctx: int, n_threads: int, n_batch: int) -> tuple[Any, threading.Lock]:
    """One Llama per (file, settings) per process, with a lock: a Llama is not thread-safe."""
    key = (str(path), n_ctx, n_threads, n_batch)
    with _LOAD_LOCK:
        if key not in _LOADED:
            llama_cpp = import_llama()
            llm = llama_cpp.Llama(
                model_path=str(path), n_ctx=n_ctx, n_threads=n_threads, n_threads_batch=n_threads,
                n_batch=n_batch, verbose=False,
            )
            atexit.register(llm.close)  # before interpreter teardown, when llama.cpp's bindings are gone
            _LOADED[key] = (llm, threading.Lock())
        return _LOADED[key]


def _as_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"expected true or false, got '{value}'")


MODEL_ARGS = {
    "model_path": str, "n_ctx": int, "n_threads": int, "n_batch": int,
    "think": _as_bool, "think_tokens": int, "max_tokens": int,
}


def parse_model_args(model_args: dict[str, Any]) -> dict[str, Any]:
    unknown = set(model_args) - set(MODEL_ARGS)
    if unknown:
        raise ValueError(f"unknown local model argument(s): {', '.join(sorted(unknown))} (known: {', '.join(MODEL_ARGS)})")
    return {k: MODEL_ARGS[k](v) for k, v in model_args.items()}


class LocalLlamaAPI(ModelAPI):
    def __init__(
        self,
        model_name: str,
        base_url: str | None = None,
        api_key: str | None = None,
        config: GenerateConfig = GenerateConfig(),
        **model_args: Any,
    ) -> None:
        super().__init__(model_name, base_url, api_key, [], config)
        args = parse_model_args(model_args)
        catalogued = MODELS.get(model_name)
        if args.get("model_path"):
            path = Path(args["model_path"]).expanduser()
            if not path.is_file():
                raise FileNotFoundError(f"model_path {path} is not a file")
        else:
            path = verified_path(model_name)  # clear error if unknown or not fetched
        self.n_ctx = args.get("n_ctx") or (catalogued.n_ctx if catalogued else 4096)
        self.think = args.get("think", True)
        self.think_tokens = args.get("think_tokens", DEFAULT_THINK_TOKENS)
        self.default_max_tokens = args.get("max_tokens", DEFAULT_MAX_TOKENS)
        self.llama_cpp = import_llama()
        self.llm, self.lock = load(path, self.n_ctx, args.get("n_threads") or default_threads(), args.get("n_batch", 512))
        self.formatter = self._chat_formatter()
        self._grammars: dict[str, Any] = {}

    def _chat_formatter(self) -> Any:
        """The GGUF's own chat template (rendered in llama_cpp's sandboxed Jinja), else ChatML."""
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        eos_id, bos_id = self.llm.token_eos(), self.llm.token_bos()
        token = lambda i: self.llm.detokenize([i], special=True).decode("utf-8", "replace") if i >= 0 else ""
        template = self.llm.metadata.get("tokenizer.chat_template")
        eos = token(eos_id) if template else "<|im_end|>"  # the fallback's turn end is a stop string
        return Jinja2ChatFormatter(template=template or CHATML, eos_token=eos, bos_token=token(bos_id),
                                   stop_token_ids=[eos_id])

    def max_connections(self) -> int:
        return 1  # one model, one generation at a time; running samples in turn also keeps the prompt cache warm

    def max_tokens(self) -> int | None:
        return self.default_max_tokens

    async def count_text_tokens(self, text: str) -> int:
        return len(self.llm.tokenize(text.encode("utf-8"), add_bos=False, special=True))  # never tiktoken (downloads)

    async def generate(
        self,
        input: list[ChatMessage],
        tools: list[ToolInfo],
        tool_choice: ToolChoice,
        config: GenerateConfig,
    ) -> ModelOutput:
        return await anyio.to_thread.run_sync(self._generate, input, tools, tool_choice, config)

    def _grammar(self, tools: list[ToolInfo]) -> Any:
        from llama_cpp.llama_grammar import LlamaGrammar, json_schema_to_gbnf

        schema = json.dumps(chat.tool_call_schema(tools), sort_keys=True)
        if schema not in self._grammars:
            # the name first: the model picks the tool, then its arguments
            gbnf = json_schema_to_gbnf(schema, prop_order=["name", "arguments"])
            self._grammars[schema] = LlamaGrammar.from_string(gbnf, verbose=False)
        return self._grammars[schema]

    def _tokens(self, text: str) -> list[int]:
        return self.llm.tokenize(text.encode("utf-8"), add_bos=False, special=True)

    def _generate(
        self, input: list[ChatMessage], tools: list[ToolInfo], tool_choice: ToolChoice, config: GenerateConfig
    ) -> ModelOutput:
        """Two phases when thinking: free reasoning after an opened think tag (its own token
        budget, stopped at the closing tag), then the answer — under the tool-call grammar when
        tools are callable. A grammar cannot bound the length of free text, so one phase
        with an optional think block let the model ramble to max_tokens and never act."""
        # a trailing assistant message without tool calls is a reasoning prefill (causal CoT
        # interventions): the think phase continues from it; the reply holds only the continuation
        prefill = None
        if input and isinstance(input[-1], ChatMessageAssistant) and not input[-1].tool_calls:
            prefill, input = chat.reasoning_of(input[-1]).strip(), input[:-1]
        callable_tools = chat.callable_tools(tools, tool_choice)
        instructions = (
            chat.tool_instructions(callable_tools, self.think) if callable_tools else chat.text_instructions(self.think)
        )
        formatted = self.formatter(messages=chat.render_messages(input, instructions))
        prompt = self.llm.tokenize(formatted.prompt.encode("utf-8"), add_bos=not formatted.added_special, special=True)
        n_input, n_output, thought, notes = len(prompt), 0, "", []
        sampling = dict(
            temperature=0.7 if config.temperature is None else config.temperature,
            top_p=0.95 if config.top_p is None else config.top_p,
            top_k=config.top_k or 40,
            seed=config.seed,
            frequency_penalty=config.frequency_penalty or 0.0,
            presence_penalty=config.presence_penalty or 0.0,
            stopping_criteria=formatted.stopping_criteria,
        )
        with self.lock:
            self._reset_timings()
            started = time.perf_counter()
            if self.think or prefill is not None:
                head = prompt + self._tokens(chat.THINK_OPEN + (f"{prefill} " if prefill else ""))
                if self.n_ctx - len(head) >= MIN_ROOM:
                    result = self.llm.create_completion(
                        prompt=head, max_tokens=min(self.think_tokens, self.n_ctx - len(head)),
                        stop=[chat.THINK_CLOSE, *formatted.stop], **sampling,
                    )
                    thought = result["choices"][0]["text"].strip()
                    n_output += result["usage"]["completion_tokens"]
                    if result["choices"][0]["finish_reason"] == "length":
                        notes.append(f"reasoning cut at the {self.think_tokens}-token thinking budget")
                    prompt = head + self._tokens(f"{thought}{chat.THINK_CLOSE}\n")
            room = self.n_ctx - len(prompt)
            if room < MIN_ROOM:
                notes.append(f"prompt of {len(prompt)} tokens leaves no room in the {self.n_ctx}-token context")
                reply = chat.Reply(reasoning=thought, problems=notes)
                return self._output(reply, "model_length", n_input, n_output, time.perf_counter() - started, {})
            result = self.llm.create_completion(
                prompt=prompt,
                max_tokens=min(config.max_tokens or self.default_max_tokens, room),
                grammar=self._grammar(callable_tools) if callable_tools else None,
                stop=formatted.stop,
                **sampling,
            )
            elapsed = time.perf_counter() - started
            timings = self._timings()
        choice = result["choices"][0]
        n_answer = result["usage"]["completion_tokens"]
        reply = chat.parse_reply(choice["text"], callable_tools)
        reply.reasoning = "\n".join(r for r in (thought, reply.reasoning) if r)
        reply.problems = notes + reply.problems
        if reply.call is not None:
            stop = "tool_calls"
        elif choice["finish_reason"] == "length":
            stop = "model_length" if len(prompt) + n_answer >= self.n_ctx else "max_tokens"
        else:
            stop = "stop"
        return self._output(reply, stop, n_input, n_output + n_answer, elapsed, timings)

    def _reset_timings(self) -> None:
        try:
            self.llama_cpp.llama_perf_context_reset(self.llm._ctx.ctx)
        except Exception:  # timings are informative only
            pass

    def _timings(self) -> dict[str, float]:
        try:
            perf = self.llama_cpp.llama_perf_context(self.llm._ctx.ctx)
        except Exception:
            return {}
        out: dict[str, float] = {"prompt_tokens_evaluated": perf.n_p_eval}
        if perf.t_p_eval_ms > 0:
            out["prompt_tokens_per_second"] = round(1000 * perf.n_p_eval / perf.t_p_eval_ms, 1)
        if perf.t_eval_ms > 0:
            out["tokens_per_second"] = round(1000 * perf.n_eval / perf.t_eval_ms, 1)
        return out

    def _output(
        self, reply: chat.Reply, stop: str, input_tokens: int, output_tokens: int, elapsed: float, timings: dict[str, float]
    ) -> ModelOutput:
        content: list[Any] = []
        if reply.reasoning:
            content.append(ContentReasoning(reasoning=reply.reasoning))
        content.append(ContentText(text=reply.text))
        tool_calls = None
        if reply.call is not None:
            tool_calls = [ToolCall(id=f"call_{time.time_ns():x}", function=reply.call["name"], arguments=reply.call["arguments"])]
        model = f"local/{self.model_name}"
        message = ChatMessageAssistant(content=content, tool_calls=tool_calls, model=model, source="generate")
        return ModelOutput(
            model=model,
            choices=[ChatCompletionChoice(message=message, stop_reason=stop)],  # type: ignore[arg-type]
            usage=ModelUsage(input_tokens=input_tokens, output_tokens=output_tokens, total_tokens=input_tokens + output_tokens),
            time=elapsed,
            metadata={**timings, **({"problems": reply.problems} if reply.problems else {})},
        )
