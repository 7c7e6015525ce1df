"""Every rule stated in words on the C1 docs page is in the effective spec, where the checks read it."""

from __future__ import annotations

import re
from typing import Any

import pytest
from docs_rows import todays_rule

from generator import yamlio
from generator.review import docs_page
from generator.review.docs_page import ROWS_PATH


@pytest.fixture(scope="module")
def schemas(repo: Any) -> dict[str, Any]:
    document = yamlio.load(repo / "generated" / "openapi.yaml")
    return dict(document["components"]["schemas"])


def _refs(union: dict[str, Any]) -> set[str]:
    return {
        branch["$ref"].rsplit("/", 1)[-1] for branch in union.get("anyOf", union.get("oneOf", [])) if "$ref" in branch
    }


def _nullable_branches(prop: dict[str, Any]) -> tuple[dict[str, Any], ...]:
    """The branches of a property that also takes null (``null`` means left out), null last."""
    branches = prop["anyOf"]
    assert {"type": "null"} in branches and len(branches) == 2, "the property is not a nullable value"
    value = next(branch for branch in branches if branch != {"type": "null"})
    return value, {"type": "null"}


@todays_rule("CreateChatCompletionRequest", "n", "must be 1")
def test_chat_n_must_be_1(schemas: dict[str, Any]) -> None:
    n = schemas["CreateChatCompletionRequest"]["properties"]["n"]
    value, _ = _nullable_branches(n)
    assert value["type"] == "integer" and value["const"] == 1
    assert n["x-c1-rule"] == "must be 1" and n["x-c1-support"] == "restricted"


@pytest.mark.parametrize(
    ("request_schema", "table"),
    [("CreateChatCompletionRequest", "chat completions"), ("CreateResponseRequest", "responses")],
)
def test_metadata_holds_thesys_as_a_json_string(
    schemas: dict[str, Any], repo: Any, request_schema: str, table: str
) -> None:
    prop = schemas[request_schema]["properties"]["metadata"]
    # The rule in the docs' words, as pinned: whatever else metadata may hold, thesys is in it.
    (words,) = (
        row.words for row in docs_page.read_rows(repo / ROWS_PATH) if (row.table, row.row) == (table, "metadata")
    )
    assert prop["x-c1-rule"] == words
    value, _ = _nullable_branches(prop)
    metadata = schemas[value["$ref"].rsplit("/", 1)[-1]] if "$ref" in value else value
    assert metadata["additionalProperties"] is False
    assert "thesys" in metadata["properties"]
    assert metadata["properties"]["thesys"]["type"] == "string"
    assert metadata["properties"]["thesys"]["x-c1-json-object-string"] is True


def test_chat_functions_and_function_call_replaced_by_tools(schemas: dict[str, Any]) -> None:
    request = schemas["CreateChatCompletionRequest"]
    assert "functions" not in request["properties"] and "function_call" not in request["properties"]
    assert request["x-c1-rejected-properties"] == {"functions": "use tools", "function_call": "use tool_choice"}
    assert request["additionalProperties"] is False


def test_chat_messages_audio_not_supported(schemas: dict[str, Any]) -> None:
    assert "ChatCompletionContentPartInputAudio" not in _refs(schemas["ChatCompletionUserContentPart"])
    assert schemas["ChatCompletionUserContentPart"]["x-c1-rejected-types"] == {"input_audio": "audio not supported"}
    # An answer's message sent back as history carries `audio: null`: only that stays accepted.
    audio = schemas["ChatCompletionAssistantMessageParam"]["properties"]["audio"]
    assert audio["type"] == "null" and "anyOf" not in audio and "$ref" not in audio
    assert audio["x-c1-rule"] == "audio not supported"
    assert schemas["CreateChatCompletionRequest"]["properties"]["messages"]["x-c1-rule"] == "audio not supported"


@pytest.mark.parametrize("request_schema", ["CreateChatCompletionRequest", "CreateResponseRequest"])
def test_parallel_tool_calls_true_by_default_without_sending_a_default(
    schemas: dict[str, Any], request_schema: str
) -> None:
    prop = schemas[request_schema]["properties"]["parallel_tool_calls"]
    assert prop["x-c1-default"] is True and prop["x-c1-rule"] == "true by default"
    assert "default" not in prop


def test_chat_gemini_reasoning_budget_table(schemas: dict[str, Any]) -> None:
    table = schemas["CreateChatCompletionRequest"]["properties"]["reasoning_effort"]["x-c1-gemini-max-reasoning-tokens"]
    assert table["c1/google/gemini-3-flash"]["none"] == 0 and table["c1/google/gemini-3-pro"]["none"] == 256
    assert table["c1/google/gemini-3-pro"]["xhigh"] == 8192


@todays_rule("CreateResponseRequest", "background", "Always false")
def test_responses_background_always_false(schemas: dict[str, Any]) -> None:
    background = schemas["CreateResponseRequest"]["properties"]["background"]
    value, _ = _nullable_branches(background)
    assert value["type"] == "boolean" and value["const"] is False
    assert background["x-c1-rule"] == "Always false" and background["x-c1-support"] == "restricted"


def test_responses_store_true_by_default(schemas: dict[str, Any]) -> None:
    store = schemas["CreateResponseRequest"]["properties"]["store"]
    assert store["x-c1-default"] is True and "default" not in store
    value, _ = _nullable_branches(store)
    assert value == {"type": "boolean"} and "const" not in store


@pytest.mark.parametrize("name", ["previous_response_id", "conversation"])
def test_responses_history_needs_store_true(schemas: dict[str, Any], name: str) -> None:
    prop = schemas["CreateResponseRequest"]["properties"][name]
    assert prop["x-c1-requires"] == {"store": True}
    assert prop["x-c1-rule"] == "with store: true"


def test_responses_reasoning_effort_only(schemas: dict[str, Any]) -> None:
    config = schemas["ResponseReasoningConfig"]
    assert set(config["properties"]) == {"effort"}
    assert set(config["x-c1-rejected-properties"]) == {"summary", "generate_summary"}
    assert config["additionalProperties"] is False


def test_responses_text_verbosity_only_and_format_fixed(schemas: dict[str, Any]) -> None:
    text = schemas["ResponseTextConfig"]
    assert set(text["properties"]) == {"verbosity"}
    assert text["x-c1-rejected-properties"]["format"] == "Always Thesys format"
    assert text["additionalProperties"] is False


@todays_rule("CreateResponseRequest", "tools", "function only; built-in tools coming soon")
def test_responses_function_tools_only(schemas: dict[str, Any]) -> None:
    tools = schemas["CreateResponseRequest"]["properties"]["tools"]
    assert tools["x-c1-rule"] == "function only; built-in tools coming soon"
    assert _refs(schemas["ResponseTool"]) == {"ResponseFunctionTool"}


COMING_SOON = {
    "compaction",
    "web_search_call",
    "file_search_call",
    "computer_call",
    "computer_call_output",
    "code_interpreter_call",
    "image_generation_call",
    "mcp_list_tools",
    "mcp_approval_request",
    "mcp_approval_response",
    "mcp_call",
}
SUPPORTED_ITEMS = {
    "message",
    "function_call",
    "function_call_output",
    "item_reference",
    "reasoning",
    "local_shell_call",
    "local_shell_call_output",
    "shell_call",
    "shell_call_output",
    "apply_patch_call",
    "apply_patch_call_output",
    "custom_tool_call",
    "custom_tool_call_output",
}


def _item_types(schemas: dict[str, Any]) -> set[str]:
    found = set()
    for name in _refs(schemas["ResponseInputItem"]):
        type_prop = schemas[name]["properties"]["type"]
        found.add(type_prop.get("const") or type_prop["enum"][0])
    return found


@pytest.mark.todays_rules
def test_responses_coming_soon_input_items_removed(schemas: dict[str, Any]) -> None:
    marked = set(schemas["ResponseInputItem"]["x-c1-coming-soon"])
    assert not _item_types(schemas) & marked, "a type marked coming soon is still accepted"
    if marked != COMING_SOON:
        pytest.skip(f"today's coming-soon list no longer holds: the spec marks {sorted(marked)}")


def test_responses_supported_input_items_kept(schemas: dict[str, Any]) -> None:
    assert _item_types(schemas) >= SUPPORTED_ITEMS, "a type accepted today is no longer accepted"


@pytest.mark.todays_rules
def test_rows_without_words_are_marked_unverified_not_guessed(schemas: dict[str, Any]) -> None:
    # Today's rows whose marks were lost. Once the overlays give one of them a status, this literal no longer
    # holds and is skipped, saying which: the support-matrix tests check the new status against the docs rows.
    today = {
        "CreateChatCompletionRequest": ("temperature", "tools", "stream", "response_format", "web_search_options"),
        "CreateResponseRequest": ("include", "instructions", "temperature", "top_p", "tool_choice"),
    }
    marks = {
        f"{request}.{name}": schemas[request]["properties"][name].get("x-c1-support")
        for request, names in today.items()
        for name in names
    }
    moved = {name: mark for name, mark in marks.items() if mark in {"supported", "restricted", "unsupported"}}
    if moved:
        pytest.skip(f"the overlays now give these rows a status: {moved}")
    assert set(marks.values()) == {"unverified"}, marks


def test_every_overlay_action_names_the_docs_row_it_encodes(repo: Any) -> None:
    # The docs page's rows (overlays/c1-docs-rows.tsv): an action must name its API and one of them.
    rows: dict[str, set[str]] = {"Chat Completions": set(), "Responses": set()}
    for line in (repo / ROWS_PATH).read_text().splitlines():
        if line and not line.startswith("#"):
            table, row = line.split("\t")[:2]
            api = "Chat Completions" if table == "chat completions" else "Responses"
            rows[api].update(part.strip() for part in row.split("/"))
            rows[api].add(row.split(" ")[0])
    for path in sorted((repo / "overlays").glob("*.yaml")):
        for index, action in enumerate(yamlio.load(path)["actions"]):
            where = f"{path.name} action {index + 1}"
            description = " ".join(action.get("description", "").split())
            owner = next((name for name in rows if description.startswith(name + ",")), None)
            assert owner is not None, f"{where} does not start with its API: {description!r}"
            words = set(re.findall(r"[a-z_][a-z_.]*", description[len(owner) :]))
            assert words & rows[owner], f"{where} names no row of the docs page's {owner} tables: {description!r}"
