"""Every rule stated in words on the C1 docs page is in the effective spec, where the checks read it.

The rows come from the docs rows file (``docs_rows``); tests marked
``todays_rules`` spell out what one of today's rules means in schema keywords,
and are skipped once the spec words that rule otherwise.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from docs_rows import DocsRow, docs_rows, todays_rule

from generator import yamlio

ROWS = docs_rows()
PROPERTY_TABLES = {"chat completions": "CreateChatCompletionRequest", "responses": "CreateResponseRequest"}


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


@pytest.mark.parametrize(
    "row",
    [row for row in ROWS if row.table in PROPERTY_TABLES and row.words],
    ids=lambda row: f"{row.table}: {row.row}",
)
def test_the_words_of_each_row_are_the_rule_the_spec_records(schemas: dict[str, Any], row: DocsRow) -> None:
    request = schemas[PROPERTY_TABLES[row.table]]
    if row.status == "not supported":
        assert request["x-c1-rejected-properties"][row.row] == row.words
        assert row.row not in request["properties"]
        return
    prop = request["properties"][row.row]
    assert prop["x-c1-rule"] == row.words and prop["x-c1-support"] == row.status
    if row.words == "true by default":
        # The default is C1's, so nothing is sent for it: no JSON Schema `default`.
        assert prop["x-c1-default"] is True and "default" not in prop
    if row.words == "with store: true":
        assert prop["x-c1-requires"] == {"store": True}


@pytest.mark.parametrize("row", [row for row in ROWS if row.table == "text sub-fields"], ids=lambda row: row.row)
def test_the_text_sub_fields_are_as_the_docs_mark_them(schemas: dict[str, Any], row: DocsRow) -> None:
    text = schemas["ResponseTextConfig"]
    name = row.row.removeprefix("text.")
    if row.status == "not supported":
        assert text["x-c1-rejected-properties"][name] == row.words and name not in text["properties"]
    else:
        assert text["properties"][name]["x-c1-support"] == row.status


@todays_rule("CreateChatCompletionRequest", "n", "must be 1")
def test_chat_n_must_be_1(schemas: dict[str, Any]) -> None:
    n = schemas["CreateChatCompletionRequest"]["properties"]["n"]
    value, _ = _nullable_branches(n)
    assert value["type"] == "integer" and value["const"] == 1
    assert n["x-c1-rule"] == "must be 1" and n["x-c1-support"] == "restricted"


@pytest.mark.parametrize("request_schema", ["CreateChatCompletionRequest", "CreateResponseRequest"])
def test_metadata_is_closed_and_holds_thesys_as_a_json_string(schemas: dict[str, Any], request_schema: str) -> None:
    prop = schemas[request_schema]["properties"]["metadata"]
    value, _ = _nullable_branches(prop)
    metadata = schemas[value["$ref"].rsplit("/", 1)[-1]] if "$ref" in value else value
    assert metadata["additionalProperties"] is False
    assert "thesys" in metadata["properties"]
    assert metadata["properties"]["thesys"]["type"] == "string"
    assert metadata["properties"]["thesys"]["x-c1-json-object-string"] is True


@pytest.mark.parametrize("table", list(PROPERTY_TABLES))
def test_the_rejected_properties_are_the_rows_marked_not_supported(schemas: dict[str, Any], table: str) -> None:
    request = schemas[PROPERTY_TABLES[table]]
    marked = {row.row: row.words for row in ROWS if row.table == table and row.status == "not supported"}
    assert request.get("x-c1-rejected-properties", {}) == marked
    assert request["additionalProperties"] is False


@todays_rule("CreateChatCompletionRequest", "messages", "audio not supported")
def test_chat_messages_audio_not_supported(schemas: dict[str, Any]) -> None:
    assert "ChatCompletionContentPartInputAudio" not in _refs(schemas["ChatCompletionUserContentPart"])
    assert schemas["ChatCompletionUserContentPart"]["x-c1-rejected-types"] == {"input_audio": "audio not supported"}
    # An answer's message sent back as history carries `audio: null`: only that stays accepted.
    audio = schemas["ChatCompletionAssistantMessageParam"]["properties"]["audio"]
    assert audio["type"] == "null" and "anyOf" not in audio and "$ref" not in audio
    assert audio["x-c1-rule"] == "audio not supported"
    assert schemas["CreateChatCompletionRequest"]["properties"]["messages"]["x-c1-rule"] == "audio not supported"


def test_chat_gemini_reasoning_budget_table(schemas: dict[str, Any]) -> None:
    table = schemas["CreateChatCompletionRequest"]["properties"]["reasoning_effort"]["x-c1-gemini-max-reasoning-tokens"]
    assert table["c1/google/gemini-3-flash"]["none"] == 0 and table["c1/google/gemini-3-pro"]["none"] == 256
    assert table["c1/google/gemini-3-pro"]["xhigh"] == 8192


@todays_rule("CreateResponseRequest", "background", "Always false")
def test_responses_background_always_false(schemas: dict[str, Any]) -> None:
    background = schemas["CreateResponseRequest"]["properties"]["background"]
    value, _ = _nullable_branches(background)
    assert value["type"] == "boolean" and value["const"] is False


@todays_rule("CreateResponseRequest", "store", "true by default")
def test_responses_store_true_by_default(schemas: dict[str, Any]) -> None:
    store = schemas["CreateResponseRequest"]["properties"]["store"]
    assert store["x-c1-default"] is True and "default" not in store
    value, _ = _nullable_branches(store)
    assert value == {"type": "boolean"} and "const" not in store


@todays_rule("CreateResponseRequest", "reasoning", "effort only")
def test_responses_reasoning_effort_only(schemas: dict[str, Any]) -> None:
    config = schemas["ResponseReasoningConfig"]
    assert set(config["properties"]) == {"effort"}
    assert set(config["x-c1-rejected-properties"]) == {"summary", "generate_summary"}
    assert config["additionalProperties"] is False


@todays_rule("CreateResponseRequest", "text", "verbosity only")
def test_responses_text_verbosity_only(schemas: dict[str, Any]) -> None:
    text = schemas["ResponseTextConfig"]
    assert set(text["properties"]) == {"verbosity"}
    assert text["additionalProperties"] is False


def _tags(schemas: dict[str, Any], union: str) -> set[str]:
    found = set()
    for name in _refs(schemas[union]):
        type_prop = schemas[name]["properties"]["type"]
        found.add(type_prop.get("const") or type_prop["enum"][0])
    return found


def test_no_refused_tool_type_is_left_among_the_accepted_ones(schemas: dict[str, Any]) -> None:
    tool = schemas["ResponseTool"]
    refused = set(tool.get("x-c1-coming-soon", ())) | set(tool.get("x-c1-rejected-types", {}))
    assert _tags(schemas, "ResponseTool") and not _tags(schemas, "ResponseTool") & refused


@todays_rule("CreateResponseRequest", "tools", "function only; built-in tools coming soon")
def test_responses_function_tools_only(schemas: dict[str, Any]) -> None:
    assert _refs(schemas["ResponseTool"]) == {"ResponseFunctionTool"}


ITEM_ROWS = [row for row in ROWS if row.table == "input item types"]


def test_the_coming_soon_input_items_are_the_rows_marked_so_and_removed(schemas: dict[str, Any]) -> None:
    coming_soon = {name for row in ITEM_ROWS if row.status == "coming soon" for name in row.names}
    assert set(schemas["ResponseInputItem"].get("x-c1-coming-soon", ())) == coming_soon
    assert not _tags(schemas, "ResponseInputItem") & coming_soon


def test_the_supported_input_items_are_kept(schemas: dict[str, Any]) -> None:
    supported = {name for row in ITEM_ROWS if row.status == "supported" for name in row.names}
    assert supported and _tags(schemas, "ResponseInputItem") >= supported


@pytest.mark.parametrize(
    "row",
    [row for row in ROWS if row.table in PROPERTY_TABLES and not row.words],
    ids=lambda row: f"{row.table}: {row.row}",
)
def test_rows_without_words_have_the_status_the_docs_rows_give(schemas: dict[str, Any], row: DocsRow) -> None:
    # Unverified where the marks were lost, not guessed; supported where the docs' examples use the row.
    assert schemas[PROPERTY_TABLES[row.table]]["properties"][row.row]["x-c1-support"] == row.status


def test_every_overlay_action_names_the_docs_row_it_encodes(repo: Any) -> None:
    # The docs page's rows (docs_rows()): an action must name its API and one of them.
    rows: dict[str, set[str]] = {"Chat Completions": set(), "Responses": set()}
    for docs_row in ROWS:
        api = "Chat Completions" if docs_row.table == "chat completions" else "Responses"
        rows[api].update(part.strip() for part in docs_row.row.split("/"))
        rows[api].add(docs_row.row.split(" ")[0])
    for path in sorted((repo / "overlays").glob("*.yaml")):
        for index, action in enumerate(yamlio.load(path)["actions"]):
            where = f"{path.name} action {index + 1}"
            description = " ".join(action.get("description", "").split())
            owner = next((name for name in rows if description.startswith(name + ",")), None)
            assert owner is not None, f"{where} does not start with its API: {description!r}"
            words = set(re.findall(r"[a-z_][a-z_.]*", description[len(owner) :]))
            assert words & rows[owner], f"{where} names no row of the docs page's {owner} tables: {description!r}"
