"""ThesysMetadata: the `thesys` metadata, typed, serialised the way C1 and the rule checks expect."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
import rule_cases

from thesys_c1 import C1RuleError, ThesysMetadata
from thesys_c1._lib import spec
from thesys_c1._lib.metadata import metadata_keys
from thesys_c1._lib.rules import check_request, find_violations

WEATHER = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}


def test_serialises_to_a_json_string_under_thesys() -> None:
    metadata = (
        ThesysMetadata()
        .with_custom_action("show_weather", WEATHER)
        .with_custom_component("WeatherCard", WEATHER)
        .excluding("Table", "Accordion")
        .as_artifact("report", "art_1")
    )
    wire = metadata.to_dict()
    assert list(wire) == ["thesys"]
    assert json.loads(wire["thesys"]) == {
        "c1_custom_actions": {"show_weather": WEATHER},
        "c1_custom_components": {"WeatherCard": WEATHER},
        "c1_excluded_components": ["Table", "Accordion"],
        "c1_artifact_type": "report",
        "id": "art_1",
    }
    assert ThesysMetadata.from_metadata(wire) == metadata


def test_only_given_settings_are_sent() -> None:
    assert ThesysMetadata(included_components=["Card"]).to_json() == '{"c1_included_components":["Card"]}'
    assert ThesysMetadata().to_json() == "{}"


def test_extra_keys_pass_through_for_settings_newer_than_the_sdk() -> None:
    assert json.loads(ThesysMetadata(extra={"c1_future": True}).to_json()) == {"c1_future": True}


def test_satisfies_the_thesys_metadata_rule_of_both_apis() -> None:
    metadata = ThesysMetadata(excluded_components=["Table"]).to_dict()
    chat = {"model": "c1/test", "messages": [{"role": "user", "content": "hi"}], "metadata": metadata}
    assert find_violations("createChatCompletion", chat) == []
    assert find_violations("createResponse", {"model": "c1/test", "input": "hi", "metadata": metadata}) == []


def _metadata_rule() -> str:
    rule: str = spec.resolve(spec.component("CreateChatCompletionRequest")["properties"]["metadata"])["x-c1-rule"]
    return rule


def test_metadata_other_than_thesys_breaks_the_rule_that_the_builder_avoids() -> None:
    unlisted = rule_cases.UNLISTED_KEY
    body = {"model": "c1/test", "messages": [{"role": "user", "content": "hi"}], "metadata": {unlisted: "a"}}
    with pytest.raises(C1RuleError) as caught:
        check_request("createChatCompletion", body)
    assert caught.value.param == f"metadata.{unlisted}"
    assert caught.value.rule == _metadata_rule()
    with pytest.raises(ValueError, match=rf"other_keys\['{unlisted}'\].*{re.escape(_metadata_rule())}"):
        ThesysMetadata(other_keys={unlisted: "a"})


# The schemas the overlays close `metadata` with, one per API.
METADATA_SCHEMAS = ("ChatCompletionRequestMetadata", "ResponseRequestMetadata")


def _spec_allowing(key: str) -> dict[str, Any]:
    """The shipped spec as if an overlay let `metadata` carry ``key`` (a string) in both APIs."""
    document = rule_cases.document()
    for name in METADATA_SCHEMAS:
        listed = dict(document["components"]["schemas"][name]["properties"])
        listed[key] = {"type": "string", "maxLength": 64}
        document = _with(document, name, listed)
    return document


def _with(document: dict[str, Any], name: str, properties: dict[str, Any]) -> dict[str, Any]:
    changed = dict(document, components=dict(document["components"], schemas=dict(document["components"]["schemas"])))
    changed["components"]["schemas"][name] = dict(changed["components"]["schemas"][name], properties=properties)
    return changed


def test_the_keys_follow_the_spec_when_an_overlay_allows_one_more(monkeypatch: pytest.MonkeyPatch) -> None:
    key = "trace_label"
    assert key not in metadata_keys()
    with pytest.raises(ValueError, match="other_keys"):
        ThesysMetadata(other_keys={key: "run-7"})
    loosened = _spec_allowing(key)
    assert set(metadata_keys(loosened)) == {*metadata_keys(), key}

    monkeypatch.setattr(spec, "effective_spec", lambda: loosened)
    metadata = ThesysMetadata(excluded_components=["Table"], other_keys={key: "run-7"})
    wire = metadata.to_dict()
    assert wire == {"thesys": '{"c1_excluded_components":["Table"]}', key: "run-7"}
    assert ThesysMetadata.from_metadata(wire) == metadata
    chat = {"model": "c1/test", "messages": [{"role": "user", "content": "hi"}], "metadata": wire}
    assert find_violations("createChatCompletion", chat) == []
    assert find_violations("createResponse", {"model": "c1/test", "input": "hi", "metadata": wire}) == []
    # The value is checked against the key's schema too.
    with pytest.raises(ValueError, match=rf"other_keys\['{key}'\]: may be at most 64"):
        ThesysMetadata(other_keys={key: "x" * 65})


def test_thesys_itself_is_not_an_other_key() -> None:
    with pytest.raises(ValueError, match="other_keys"):
        ThesysMetadata(other_keys={"thesys": "{}"})


@pytest.mark.parametrize(
    ("kwargs", "named"),
    [
        ({"included_components": ["Card"], "excluded_components": ["Card"]}, "included_components"),
        ({"included_components": "Card"}, "included_components"),
        ({"custom_actions": {"go": "not a schema"}}, "custom_actions"),
        ({"custom_components": {"": {}}}, "custom_components"),
        ({"artifact_type": "poster"}, "artifact_type"),
        ({"artifact_id": "art_1"}, "artifact_id"),
        ({"extra": {"c1_artifact_type": "slides"}}, "extra"),
    ],
)
def test_bad_settings_are_refused_naming_the_parameter(kwargs: dict[str, object], named: str) -> None:
    with pytest.raises(ValueError, match=named):
        ThesysMetadata(**kwargs)  # type: ignore[arg-type]


def test_a_model_class_with_a_json_schema_stands_for_its_schema() -> None:
    class OpenUrl:
        @classmethod
        def model_json_schema(cls) -> dict[str, object]:
            return {"type": "object", "properties": {"url": {"type": "string"}}}

    metadata = ThesysMetadata(custom_actions={"open_url": OpenUrl})
    assert json.loads(metadata.to_json())["c1_custom_actions"]["open_url"]["properties"] == {"url": {"type": "string"}}
