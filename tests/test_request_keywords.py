"""The build refuses a request schema keyword that the client's rule checks would not enforce."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from release_tools import clone_worktree, make

from generator.pipeline import generation
from generator.pipeline.request_keywords import UnenforcedKeyword
from generator.pipeline.validate import SpecInvalid

REPO = Path(__file__).resolve().parent.parent
USER = "$.components.schemas.CreateChatCompletionRequest.properties.user"
USER_AT = "#/components/schemas/CreateChatCompletionRequest/properties/user"


def _overlay(target: str, update: str) -> str:
    return (
        "overlay: 1.1.0\ninfo: {title: extra, version: '1'}\nactions:\n"
        f"  - target: {target}\n    description: an extra rule\n    update: {update}\n"
    )


def _inputs_with_extra_overlay(tmp_path: Path, text: str) -> generation.Inputs:
    overlays = tmp_path / "overlays"
    shutil.copytree(REPO / "overlays", overlays)
    (overlays / "99-extra.yaml").write_text(text, encoding="utf-8")
    return generation.Inputs(REPO / "spec", overlays)


@pytest.mark.parametrize(
    ("target", "update", "keyword", "location"),
    [
        (USER, "{format: email}", "format", USER_AT),
        (
            "$.components.schemas.CreateChatCompletionRequest.properties.metadata.anyOf[0]",
            "{patternProperties: {'^x': {type: string}}}",
            "patternProperties",
            "#/components/schemas/CreateChatCompletionRequest/properties/metadata/anyOf/0",
        ),
        # A C1 key nothing reads (a misspelt x-c1-rule) would be a rule nobody checks.
        (USER, "{x-c1-rules: no users}", "x-c1-rules", USER_AT),
    ],
    ids=["format", "patternProperties", "unknown x-c1 key"],
)
def test_an_overlay_adding_an_unenforced_keyword_to_a_request_is_refused_by_name(
    tmp_path: Path, target: str, update: str, keyword: str, location: str
) -> None:
    inputs = _inputs_with_extra_overlay(tmp_path, _overlay(target, update))
    with pytest.raises(UnenforcedKeyword) as refused:
        generation.effective_spec(inputs)
    message = str(refused.value)
    assert message.startswith("overlays/99-extra.yaml puts a keyword into a request schema that the client's rule")
    assert f"{keyword!r} in CreateChatCompletionRequest at {location}" in message
    assert "ENFORCED_KEYWORDS" in message
    assert isinstance(refused.value, SpecInvalid), "the command line reports it as it reports an invalid spec"


@pytest.mark.parametrize(
    ("schema", "prop", "update", "keyword", "value"),
    [
        ("CreateChatCompletionRequest", "user", "{maxLength: 64, examples: [u1], x-note: kept}", "maxLength", 64),
        ("CreateChatCompletionRequest", "user", "{multipleOf: 1, x-c1-rule: no users}", "x-c1-rule", "no users"),
        ("ChatCompletion", "id", "{format: uuid}", "format", "uuid"),
    ],
    ids=["enforced and annotation keywords", "a known x-c1 key", "a keyword in an answer-only schema"],
)
def test_keywords_the_checks_enforce_or_that_no_request_reaches_pass(
    tmp_path: Path, schema: str, prop: str, update: str, keyword: str, value: object
) -> None:
    target = f"$.components.schemas.{schema}.properties.{prop}"
    document, _ = generation.effective_spec(_inputs_with_extra_overlay(tmp_path, _overlay(target, update)))
    assert document["components"]["schemas"][schema]["properties"][prop][keyword] == value


def test_a_request_parameter_schema_is_held_to_the_same_keywords(tmp_path: Path) -> None:
    target = "$.components.parameters.ConversationIncludeQuery.schema"
    inputs = _inputs_with_extra_overlay(tmp_path, _overlay(target, "{contains: {const: a}}"))
    with pytest.raises(UnenforcedKeyword, match=r"'contains' in an inline schema at #/components/parameters/"):
        generation.effective_spec(inputs)


def test_make_generate_and_make_check_fail_naming_the_keyword(tmp_path: Path) -> None:
    clone = clone_worktree(tmp_path / "clone")
    (clone / "overlays" / "99-extra.yaml").write_text(_overlay(USER, "{format: email}"), encoding="utf-8")
    before = (clone / "generated" / "openapi.yaml").read_bytes()
    for target in ("generate", "check"):
        done = make(clone, target)
        assert done.returncode != 0, done.stdout
        assert f"'format' in CreateChatCompletionRequest at {USER_AT}" in done.stderr, done.stderr
    assert (clone / "generated" / "openapi.yaml").read_bytes() == before, "nothing was written"
