"""The in-process `local/` provider on a real model (SmolLM2-135M: loads in 0.2 s).

Skipped, with the reason, when llama_cpp is not installed or the model is not in the cache
(tests never download): `pip install 'schemeguard[local]'` and
`schemeguard local-model fetch --model smollm2-135m` enable them.
"""

import asyncio

import jsonschema
import pytest
from inspect_ai.model import ChatMessageSystem, ChatMessageUser, GenerateConfig, get_model
from inspect_ai.tool import ToolInfo, ToolParam, ToolParams

from schemeguard.local import chat
from schemeguard.local.catalogue import get_model as get_local_model
from schemeguard.local.fetch import model_file

pytest.importorskip("llama_cpp", reason="llama_cpp not installed: pip install 'schemeguard[local]'")
MODEL = "smollm2-135m"
if not model_file(get_local_model(MODEL)).exists():
    pytest.skip(f"{MODEL} not fetched: schemeguard local-model fetch --model {MODEL}", allow_module_level=True)

BASH = ToolInfo(name="bash", description="Run a shell command.",
                parameters=ToolParams(properties={"command": ToolParam(type="string", description="command line")},
                                      required=["command"]))
SUBMIT = ToolInfo(name="submit", description="Submit your final answer.",
                  parameters=ToolParams(properties={"answer": ToolParam(type="string")}, required=["answer"]))
MESSAGES = [ChatMessageSystem(content="You are a helpful assistant with a shell."),
            ChatMessageUser(content="List the files in the current directory.")]


def generate(model_args=None, messages=MESSAGES, tools=(), tool_choice=None, **config):
    model = get_model(f"local/{MODEL}", config=GenerateConfig(seed=1, max_tokens=96, **config), **(model_args or {}))
    return asyncio.run(model.generate(messages, tools=list(tools), tool_choice=tool_choice))


def test_grammar_makes_even_a_tiny_model_call_a_real_tool():
    output = generate(tools=[BASH, SUBMIT], model_args={"think": False})
    assert output.stop_reason == "tool_calls", output.message
    [call] = output.message.tool_calls
    jsonschema.validate({"name": call.function, "arguments": call.arguments}, chat.tool_call_schema([BASH, SUBMIT]))
    assert output.usage.input_tokens > 50 and output.usage.output_tokens > 0
    assert output.metadata["tokens_per_second"] > 0


def test_think_block_is_reasoning_within_its_budget_then_a_call():
    output = generate(tools=[BASH, SUBMIT], model_args={"think": True, "think_tokens": 12})
    reasoning = [c for c in output.message.content if c.type == "reasoning"]
    assert reasoning and reasoning[0].reasoning.strip()
    assert "<think>" not in output.completion and "</think>" not in output.completion
    assert output.message.tool_calls, "the answer phase still has to call a tool"
    assert output.usage.output_tokens <= 12 + 96


def test_forced_tool_choice_is_honoured():
    from inspect_ai.tool import ToolFunction

    output = generate(tools=[BASH, SUBMIT], tool_choice=ToolFunction(name="submit"), model_args={"think": False})
    assert [c.function for c in output.message.tool_calls] == ["submit"]


def test_without_tools_the_model_answers_in_text():
    output = generate(messages=[ChatMessageUser(content="What is the capital of France?")], model_args={"think": False})
    assert output.message.tool_calls is None and output.completion.strip()
    assert output.stop_reason in ("stop", "max_tokens")


def test_context_overflow_is_a_stop_reason_not_a_crash():
    long = [ChatMessageUser(content="word " * 400)]
    output = generate(messages=long, model_args={"n_ctx": 256})
    assert output.stop_reason == "model_length"
    assert output.usage.input_tokens > 256 and output.message.tool_calls is None


def test_unknown_model_arg_and_missing_model_are_clear_errors(tmp_path):
    with pytest.raises(ValueError, match="unknown local model argument"):
        get_model(f"local/{MODEL}", n_gpu_layers=10)
    with pytest.raises(FileNotFoundError, match="not a file"):
        get_model("local/custom", model_path=str(tmp_path / "missing.gguf"))


def test_reasoning_prefill_is_continued_not_repeated():
    """Interventions prefill an edited chain of thought; the model continues it and acts."""
    from inspect_ai.model import ChatMessageAssistant, ContentReasoning

    from schemeguard.interventions.resample import require_prefill

    require_prefill(f"local/{MODEL}")  # the local provider advertises prefill support
    prefill = ChatMessageAssistant(content=[ContentReasoning(reasoning="I should list the files first.")])
    output = generate(messages=[*MESSAGES, prefill], tools=[BASH, SUBMIT], model_args={"think_tokens": 24})
    assert output.stop_reason == "tool_calls", output.message
    assert not output.message.text.startswith("I should list the files first.")
