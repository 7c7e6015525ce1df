"""thesys_c1.content.AnswerWriter: the tags the React SDK parses, and its ordering rules."""

from __future__ import annotations

import pytest

from thesys_c1.content import AnswerOrderError, AnswerWriter, ContentBlock, ThinkItem, parse_answer

CARD = {"component": "Card", "props": {"children": [{"component": "Header", "props": {"title": "Q3 <sales> & more"}}]}}


def test_writes_think_items_content_and_markdown_that_parse_back() -> None:
    writer = AnswerWriter()
    pieces = [
        writer.think("Looking up sales", "Querying the <orders> table"),
        writer.think("Kept step", ephemeral=False),
        writer.component(CARD),
        writer.custom_markdown("**Source**: *orders* & 'returns'"),
        writer.context({"selected": "Q3"}),
        writer.finish(),
    ]
    assert pieces[-1] == ""
    assert "".join(pieces) == writer.text

    answer = parse_answer(writer.text)
    assert answer.complete and answer.problems == ()
    assert answer.think_items == (
        ThinkItem("Looking up sales", "Querying the <orders> table", True, True, answer.think_items[0].span),
        ThinkItem("Kept step", "", False, True, answer.think_items[1].span),
    )
    assert answer.content is not None
    assert answer.content.json() == {"component": CARD, "error": None}
    assert [part.text for part in answer.custom_markdown] == ["**Source**: *orders* & 'returns'"]
    assert answer.context is not None and answer.context.json() == {"selected": "Q3"}


def test_the_exact_tags_written() -> None:
    writer = AnswerWriter()
    assert writer.think("a&b", "c") == (
        '<thinkitem ephemeral="true"><thinkitemtitle>a&amp;b</thinkitemtitle>'
        "<thinkitemcontent>c</thinkitemcontent></thinkitem>"
    )
    assert writer.content('{"x": "<y>"}') == '<content thesys="true">{&quot;x&quot;: &quot;&lt;y&gt;&quot;}</content>'
    assert writer.custom_markdown("it's") == "<custommarkdown>it&#39;s</custommarkdown>"
    assert AnswerWriter().content("root = Card()", version=2) == (
        '<content thesys="true" version="2">root = Card()</content>'
    )


def test_the_history_message_leaves_out_ephemeral_think_items() -> None:
    writer = AnswerWriter()
    writer.think("working")
    kept = writer.think("decided", "why", ephemeral=False)
    content = writer.component(CARD)
    assert writer.message() == {"role": "assistant", "content": kept + content}


@pytest.mark.parametrize("first", ["component", "custom_markdown"])
def test_no_think_item_after_the_answer_started(first: str) -> None:
    writer = AnswerWriter()
    if first == "component":
        writer.component(CARD)
    else:
        writer.custom_markdown("intro")
    expected = "<content>" if first == "component" else "<custommarkdown>"
    with pytest.raises(AnswerOrderError, match=f"think item cannot follow {expected}"):
        writer.think("too late")


def test_a_second_content_block_is_refused() -> None:
    writer = AnswerWriter()
    writer.component(CARD)
    writer.custom_markdown("between")
    with pytest.raises(AnswerOrderError, match="already has a content block"):
        writer.content("{}")


def test_c1_text_passes_through_and_the_rules_hold_around_it() -> None:
    writer = AnswerWriter()
    writer.think("asking C1")
    c1_text = '<content thesys="true">{&quot;component&quot;: {}}</content>'
    streamed = [writer.c1(c1_text[i : i + 5]) for i in range(0, len(c1_text), 5)]
    assert "".join(streamed) == c1_text
    with pytest.raises(AnswerOrderError, match="already has a content block"):
        writer.component(CARD)
    writer.custom_markdown("after C1")
    answer = parse_answer(writer.text)
    assert isinstance(answer.parts[1], ContentBlock) and answer.parts[1].payload == '{"component": {}}'


def test_nothing_may_be_written_inside_c1_text_that_is_still_open() -> None:
    writer = AnswerWriter()
    writer.c1('<content thesys="true">{&quot;a')
    with pytest.raises(AnswerOrderError, match="<content> from c1\\(\\) is still open"):
        writer.custom_markdown("x")
    assert writer.finish() == "</content>"
    with pytest.raises(AnswerOrderError, match="nothing can follow finish"):
        writer.c1("more")


def test_c1_text_that_breaks_the_rules_stops_the_writer() -> None:
    writer = AnswerWriter()
    writer.c1('<content thesys="true">{}</content>')
    with pytest.raises(AnswerOrderError, match="second <content> block"):
        writer.c1('<content thesys="true">{}</content>')
    with pytest.raises(AnswerOrderError, match="stopped after an ordering error"):
        writer.custom_markdown("x")

    late_think = AnswerWriter()
    late_think.c1("<custommarkdown>x</custommarkdown>")
    with pytest.raises(AnswerOrderError, match="think item after the answer had started"):
        late_think.c1("<thinkitem><thinkitemtitle>t</thinkitemtitle></thinkitem>")


def test_bad_arguments_name_the_parameter() -> None:
    writer = AnswerWriter()
    with pytest.raises(TypeError, match=r"think\(\): title must be a str, got int"):
        writer.think(3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"content\(\): version must be a positive integer, got 0"):
        writer.content("{}", version=0)
    with pytest.raises(TypeError, match=r"content\(\): payload must be a str or a mapping, got list"):
        writer.content([1])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"component\(\): root must be a mapping"):
        writer.component("Card")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"c1\(\): text must be a str, got bytes"):
        writer.c1(b"x")  # type: ignore[arg-type]
