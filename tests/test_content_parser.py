"""thesys_c1.content: reading C1 answers, whole, streamed in pieces, and malformed."""

from __future__ import annotations

import json

import pytest

from thesys_c1.content import (
    AnswerParser,
    Artifact,
    ArtifactDiff,
    ContentBlock,
    ContentError,
    Context,
    CustomMarkdown,
    StrayText,
    ThinkItem,
    UnknownElement,
    escape,
    history_text,
    parse_answer,
    unescape,
)
from thesys_c1.content.parser import held_back
from thesys_c1.content.salvage import salvage_card

TREE = {
    "component": {
        "component": "Card",
        "props": {"children": [{"component": "TextContent", "props": {"textMarkdown": 'Tom\'s <b> & "quotes"'}}]},
    },
    "error": None,
}
THINK = (
    '<thinkitem ephemeral="true"><thinkitemtitle>Looking &amp; reading</thinkitemtitle>'
    "<thinkitemcontent>Checking the &lt;data&gt;</thinkitemcontent></thinkitem>"
)
CONTENT = f'<content thesys="true">{escape(json.dumps(TREE))}</content>'
ANSWER = (
    THINK
    + "\n"
    + CONTENT
    + '<artifact type="report" id="r1" version="2">{&quot;pages&quot;: []}</artifact>'
    + "<artifact_diff>[]</artifact_diff>"
    + "<custommarkdown>**Sources**: a &amp; b</custommarkdown>"
    + "<context>[{&quot;form&quot;: 1}]</context>"
)


def test_a_complete_answer_splits_into_its_parts_in_order() -> None:
    answer = parse_answer(ANSWER)

    assert answer.complete and answer.problems == ()
    assert [type(part) for part in answer.parts] == [
        ThinkItem,
        ContentBlock,
        Artifact,
        ArtifactDiff,
        CustomMarkdown,
        Context,
    ]
    think = answer.think_items[0]
    assert (think.title, think.content, think.ephemeral) == ("Looking & reading", "Checking the <data>", True)
    assert answer.content is not None and answer.content.version == 1
    assert answer.content.json() == TREE
    assert answer.content.attributes == {"thesys": "true"}
    artifact = answer.artifacts[0]
    assert (artifact.artifact_type, artifact.id, artifact.version) == ("report", "r1", 2)
    assert artifact.json() == {"pages": []}
    assert answer.custom_markdown[0].text == "**Sources**: a & b"
    assert answer.context is not None and answer.context.json() == [{"form": 1}]


def test_spans_point_at_each_element_in_the_text() -> None:
    answer = parse_answer(ANSWER)
    for part in answer.parts:
        start, end = part.span
        assert ANSWER[start] == "<" and ANSWER[end - 1] == ">"
    content = answer.content
    assert content is not None
    assert ANSWER[content.span[0] : content.span[1]] == CONTENT


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64])
def test_reading_in_pieces_of_any_size_gives_the_same_answer(size: int) -> None:
    parser = AnswerParser()
    for start in range(0, len(ANSWER), size):
        parser.feed(ANSWER[start : start + size])
    assert parser.close() == parse_answer(ANSWER)


def test_partial_answer_shows_the_open_element_as_incomplete() -> None:
    cut = ANSWER.index("Card") + 2
    parser = AnswerParser()
    parser.feed(ANSWER[:cut])

    snapshot = parser.snapshot()
    assert not snapshot.complete
    assert parser.open_tags == ("content",)
    content = snapshot.content
    assert content is not None and not content.complete
    assert content.payload == json.dumps(TREE)[: len(content.payload)]
    assert content.payload.endswith('"Ca')
    with pytest.raises(ContentError, match="not finished"):
        content.json()
    assert parser.closing_tags() == "</content>"


def test_an_unfinished_tag_or_entity_waits_for_the_next_piece() -> None:
    parser = AnswerParser()
    parser.feed('<content thesys="true">{&quo')
    assert parser.pending == "&quo"
    assert parser.snapshot().content == ContentBlock("{", 1, False, {"thesys": "true"}, (0, 24))
    parser.feed("t;a&quot;}</cont")
    assert parser.pending == "</cont"
    parser.feed("ent>")
    assert parser.pending == ""
    answer = parser.close()
    assert answer.complete and answer.content is not None and answer.content.payload == '{"a"}'


def test_snapshot_during_a_think_item_shows_its_title_so_far() -> None:
    parser = AnswerParser()
    parser.feed('<thinkitem ephemeral="true"><thinkitemtitle>Search')
    item = parser.snapshot().think_items[0]
    assert (item.title, item.complete) == ("Search", False)
    assert parser.open_tags == ("thinkitem", "thinkitemtitle")
    assert parser.closing_tags() == "</thinkitemtitle></thinkitem>"


def test_unknown_tags_are_kept_and_reported() -> None:
    answer = parse_answer('<thinking>hmm</thinking><content thesys="true">{}</content><note kind=x/>')
    assert answer.unknown == (
        UnknownElement("thinking", "hmm", True, {}, (0, 24)),
        UnknownElement("note", "", True, {"kind": "x"}, (59, 73)),
    )
    assert answer.content is not None and answer.content.json() == {}
    assert answer.complete
    assert answer.problems == ("unknown element <thinking> at offset 0", "unknown element <note> at offset 59")


def test_malformed_answers_are_read_leniently_and_every_problem_is_named() -> None:
    text = 'before <content thesys="true" version="x">{"a": 1 < 2}</custommarkdown></content> after < end'
    answer = parse_answer(text)

    assert answer.content is not None
    assert answer.content.payload == '{"a": 1 < 2}'
    assert answer.content.version == 1
    assert [part.text for part in answer.parts if isinstance(part, StrayText)] == ["before ", " after < end"]
    assert answer.problems == (
        "text outside every element at offset 0",
        "a '<' that starts no tag at offset 50 was read as text",
        "a closing </custommarkdown> at offset 54 matches no open element",
        "<content> at offset 7 has a version that is not a number",
        "text outside every element at offset 81",
        "a '<' that starts no tag at offset 88 was read as text",
    )
    assert answer.complete


def test_a_truncated_answer_is_incomplete_and_says_why() -> None:
    think = "<thinkitem><thinkitemtitle>a</thinkitemtitle><thinkitemcontent>b</thinkitemcontent></thinkitem>"
    answer = parse_answer(think + '<content thesys="true">{"x": 1</conte')

    assert not answer.complete
    assert answer.think_items == (ThinkItem("a", "b", False, True, (0, 95)),)
    content = answer.content
    assert content is not None and not content.complete and content.payload == '{"x": 1'
    assert answer.problems == (
        "the text ends inside a tag at offset 125",
        "<content> opened at offset 95 was never closed",
    )


def test_a_mismatched_closing_tag_closes_the_elements_inside_it() -> None:
    answer = parse_answer("<thinkitem><thinkitemtitle>t</thinkitem><custommarkdown>m</custommarkdown>")
    assert answer.think_items[0].title == "t"
    assert answer.custom_markdown == (CustomMarkdown("m", True, (40, 74)),)
    assert answer.problems == ("<thinkitemtitle> opened at offset 11 was closed by </thinkitem>",)


def test_nested_elements_where_none_belong_are_reported_and_their_text_kept() -> None:
    answer = parse_answer("<custommarkdown>a<b>bold</b>c</custommarkdown>")
    assert answer.custom_markdown[0].text == "aboldc"
    assert answer.problems == ("<b> at offset 17 inside <custommarkdown> is not expected there",)


def test_a_lone_angle_bracket_at_the_end_makes_the_answer_incomplete() -> None:
    parser = AnswerParser()
    parser.feed("<custommarkdown>x</custommarkdown><")
    assert parser.pending == "<"
    answer = parser.close()
    assert not answer.complete
    assert answer.problems == ("the text ends with a lone '<' at offset 34",)


def test_a_tag_that_never_ends_is_read_as_text_rather_than_held_forever() -> None:
    parser = AnswerParser()
    parser.feed("<custommarkdown>" + "<a" + "b" * 5000)
    assert parser.pending == ""
    assert parser.snapshot().custom_markdown[0].text.startswith("<abbb")


def test_entities_decode_as_the_react_sdk_decodes_them() -> None:
    assert unescape("&amp;&lt;&gt;&quot;&apos;&#39;&#x27;&#128512;") == "&<>\"''' \U0001f600".replace(" ", "")
    # HTML's named entities are not XML's: the React SDK leaves them alone.
    assert unescape("&nbsp;&copy;&amp") == "&nbsp;&copy;&amp"
    assert unescape("&#0;&#xD800;") == "\ufffd\ufffd"
    text = 'Tom\'s <b> & "q"'
    assert escape(text) == "Tom&#39;s &lt;b&gt; &amp; &quot;q&quot;"
    assert unescape(escape(text)) == text


def test_version_two_content_is_not_json() -> None:
    answer = parse_answer('<content thesys="true" version="2">```openui\nroot = Card()\n```</content>')
    block = answer.content
    assert block is not None and block.version == 2
    assert block.payload.startswith("```openui")
    with pytest.raises(ContentError, match="version 2"):
        block.json()


def test_invalid_json_payload_raises_content_error() -> None:
    block = parse_answer('<content thesys="true">{"a": </content>').content
    assert block is not None
    with pytest.raises(ContentError, match="not valid JSON"):
        block.json()


def test_feeding_after_close_or_non_text_is_refused() -> None:
    parser = AnswerParser()
    with pytest.raises(TypeError, match="text must be a str"):
        parser.feed(b"<content>")  # type: ignore[arg-type]
    parser.close()
    with pytest.raises(ValueError, match="parser was closed"):
        parser.feed("x")


def test_history_text_drops_ephemeral_think_items_and_closes_open_elements() -> None:
    kept = "<thinkitem><thinkitemtitle>kept</thinkitemtitle><thinkitemcontent></thinkitemcontent></thinkitem>"
    assert history_text(THINK + kept + CONTENT) == kept + CONTENT
    # The text stops inside "&quot;": the unfinished entity is dropped with the rest of the cut.
    assert CONTENT[:40].endswith("component&")
    assert history_text(CONTENT[:40]) == CONTENT[:39] + "</content>"
    assert history_text(CONTENT + "<custommarkdown>a</custom") == CONTENT + "<custommarkdown>a</custommarkdown>"
    assert history_text(THINK[:60]) == ""


def test_context_and_content_with_context_from_a_prompt() -> None:
    answer = parse_answer('<content thesys="true">Buy &quot;2&quot;</content><context>[{&quot;q&quot;:2}]</context>')
    assert answer.content is not None and answer.content.payload == 'Buy "2"'
    assert answer.context == Context('[{"q":2}]', True, (50, 88))


def test_salvage_keeps_the_children_that_arrived_whole() -> None:
    # The title holds the characters a naive scan would take for structure.
    header = {"component": "Header", "props": {"title": 'a "quoted" ]} \\ title'}}
    text = {"component": "TextContent", "props": {"textMarkdown": "b"}}
    card = {"component": "Card", "props": {"variant": "card", "children": [header, text]}}
    payload = json.dumps({"component": card, "error": None})
    second = payload.index('{"component": "TextContent"')

    assert salvage_card(payload) == card
    assert salvage_card(payload[: second + 20]) == {
        "component": "Card",
        "props": {"variant": "card", "children": [header]},
    }
    opened = payload.index("[") + 1
    assert salvage_card(payload[:opened]) == {"component": "Card", "props": {"variant": "card", "children": []}}
    assert salvage_card(payload[:30]) is None
    assert salvage_card('{"component": {"component": "Table", "props": {"children": []}}}') is None
    assert salvage_card("not json at all") is None


HOLD_BACK_TEXTS = [
    ANSWER,
    '<thinkitem ephemeral="true"><thinkitemtitle>R &amp; D</thinkitemtitle></thinkitem>'
    + '<content thesys="true">'
    + escape(json.dumps({"component": {"component": "Card", "props": {"t": "a < b & c > d &#39; &#x27;"}}}))
    + "</content><artifact type='slides' id=\"x&amp;y\">body</artifact>",
    "a < b &am c <1 </ <a href='&amp;' &#x1f &#123 &amp",
    "text < " + "x" * 5000 + " &lt",
    "<" + "y" * 4094 + "<z" * 3 + "</content",
    "<<<>>> & && &;&#;&#x;",
]


@pytest.mark.parametrize("text", HOLD_BACK_TEXTS, ids=range(len(HOLD_BACK_TEXTS)))
@pytest.mark.parametrize("size", [1, 2, 3, 5, 8, 13, 4097])
def test_held_back_is_what_the_parser_keeps_pending_after_every_piece(text: str, size: int) -> None:
    parser = AnswerParser()
    for start in range(0, len(text), size):
        combined = parser.pending + text[start : start + size]
        parser.feed(text[start : start + size])
        assert held_back(combined) == len(parser.pending), (start, combined[-40:])
