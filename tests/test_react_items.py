"""thesys_c1.react: reading stream items and encoding them for the React client, without I/O."""

from __future__ import annotations

import httpx
import openai.types.chat
import openai.types.responses
import pytest
from c1_items import ANSWER, HEADER, chat_chunk_dict, chat_chunks, notice_in, responses_events, split

from thesys_c1 import APIConnectionError, APIStreamError, APITimeoutError, RateLimitError
from thesys_c1.content import parse_answer
from thesys_c1.react import AnswerEncoder, C1StreamError, default_error_notice
from thesys_c1.react.items import item_failure, item_text


def _encode(items: list[object]) -> tuple[list[bytes], AnswerEncoder]:
    encoder = AnswerEncoder()
    out: list[bytes] = []
    for item in items:
        out.append(encoder.add(item))
        encoder.raise_failure()
    out.append(encoder.end())
    encoder.raise_failure()
    return out, encoder


def test_text_comes_from_generated_models_openai_objects_mappings_and_strings() -> None:
    generated = chat_chunks(["<con", "tent>"])
    from_openai = openai.types.chat.ChatCompletionChunk.model_validate(chat_chunk_dict("abc"))
    delta_event = openai.types.responses.ResponseTextDeltaEvent.model_validate(
        {
            "type": "response.output_text.delta",
            "sequence_number": 1,
            "item_id": "m",
            "output_index": 0,
            "content_index": 0,
            "delta": "xyz",
            "logprobs": [],
        }
    )
    assert [item_text(item) for item in generated] == ["<con", "tent>", ""]
    assert item_text(from_openai) == "abc"
    assert item_text(delta_event) == "xyz"
    assert item_text(chat_chunk_dict("from a dict")) == "from a dict"
    assert item_text({"type": "response.output_text.delta", "delta": "d"}) == "d"
    assert item_text("plain") == "plain"
    assert [item_text(event) for event in responses_events(["a", "b"])] == ["", "a", "b", ""]
    # Only the first alternative is the answer.
    assert item_text(chat_chunk_dict("second", index=1)) == ""
    assert item_text({"type": "response.reasoning.delta", "delta": "hidden"}) == ""


def test_failures_are_read_from_every_kind_of_terminal_item() -> None:
    failed = item_failure(responses_events([], end="failed")[-1])
    assert isinstance(failed, C1StreamError)
    assert (failed.message, failed.code, failed.event_type) == ("The model crashed.", "server_error", "response.failed")
    error = item_failure(responses_events([], end="error")[-1])
    assert error is not None and (error.message, error.code) == ("Slow down.", "rate_limit")
    nested = item_failure({"type": "error", "error": {"message": "nested", "code": "x"}})
    assert nested is not None and (nested.message, nested.code) == ("nested", "x")
    incomplete = item_failure(responses_events([], end="incomplete")[-1])
    assert (
        incomplete is not None and incomplete.message == "C1 cut the answer short: it reached the output token limit."
    )
    length = item_failure(chat_chunks([], finish_reason="length")[-1])
    assert length is not None and length.code == "length"
    assert item_failure(chat_chunks([], finish_reason="stop")[-1]) is None
    assert item_failure(responses_events([])[-1]) is None


@pytest.mark.parametrize("size", [1, 5, 64])
def test_the_bytes_sent_are_the_answer_and_never_stop_inside_a_tag_or_entity(size: int) -> None:
    out, encoder = _encode(list(chat_chunks(split(ANSWER, size))))
    assert b"".join(out).decode() == ANSWER
    sent = ""
    for data in out:
        sent += data.decode()
        # Every prefix the browser sees reads without a half tag or entity.
        tail = sent[sent.rfind("<") :] if "<" in sent else ""
        assert ">" in tail or not tail
        assert not sent.endswith(("&", "&q", "&quo", "&quot"))
    assert encoder.result().text == ANSWER
    assert encoder.result().completed


def test_a_failure_mid_content_repeats_the_whole_children_and_adds_a_notice() -> None:
    encoder = AnswerEncoder()
    cut = ANSWER.index("TextContent")
    sent = b"".join(encoder.add(piece) for piece in chat_chunks(split(ANSWER[:cut], 7), finish_reason=None))
    tail = encoder.fail(C1StreamError("The model crashed."))
    text = (sent + tail).decode()
    answer = parse_answer(text)
    assert answer.complete, answer.problems
    assert len(answer.content_blocks) == 2 and not answer.content_blocks[0].payload.endswith("&")
    # The React client shows the last block: the header that arrived whole, then the notice.
    shown = answer.content_blocks[1].json()["component"]["props"]["children"]
    assert shown[0] == HEADER
    assert [child["component"] for child in shown] == ["Header", "CalloutV2"]
    assert notice_in(text) == "The model crashed."
    result = encoder.result(error=RuntimeError("x"))
    assert result.text == text and not result.completed
    assert result.message()["content"] == (text[answer.content_blocks[1].span[0] :])


def test_a_failure_before_any_content_is_a_card_with_the_notice_only() -> None:
    encoder = AnswerEncoder()
    encoder.add('<thinkitem ephemeral="true"><thinkitemtitle>Searching')
    text = encoder.fail(C1StreamError("Quota exceeded.")).decode()
    assert text.startswith("</thinkitemtitle></thinkitem><content")
    answer = parse_answer(encoder.result().text)
    assert answer.complete
    content = answer.content
    assert content is not None
    assert [child["component"] for child in content.json()["component"]["props"]["children"]] == ["CalloutV2"]


def test_a_chat_stream_that_stops_without_finish_reason_is_a_failure() -> None:
    encoder = AnswerEncoder()
    for item in chat_chunks(["<custommarkdown>hi"], finish_reason=None):
        encoder.add(item)
    assert encoder.end() == b""
    with pytest.raises(C1StreamError, match="ended before the answer was finished"):
        encoder.raise_failure()


def test_a_responses_stream_that_stops_before_completed_is_a_failure() -> None:
    encoder = AnswerEncoder()
    for event in responses_events(["<custommarkdown>hi"], end="none"):
        encoder.add(event)
    encoder.end()
    with pytest.raises(C1StreamError, match="ended before the answer was finished"):
        encoder.raise_failure()


def test_plain_text_sources_have_no_terminal_item_to_wait_for() -> None:
    out, encoder = _encode(["<custommarkdown>a &amp", "; b</custommarkdown>"])
    assert out == [b"<custommarkdown>a ", b"&amp; b</custommarkdown>", b""]
    assert encoder.result().completed


def test_the_default_notice_hides_internal_errors_but_shows_c1s_words() -> None:
    assert default_error_notice(C1StreamError("Quota exceeded.")) == "Quota exceeded."
    assert default_error_notice(KeyError("/etc/secret")) == "The server could not finish it."
    lost = httpx.RemoteProtocolError("peer closed connection")
    assert default_error_notice(lost) == "The connection to C1 was lost."
    wrapped = RuntimeError("wrapper")
    wrapped.__cause__ = ConnectionResetError()
    assert default_error_notice(wrapped) == "The connection to C1 was lost."
    assert default_error_notice(httpx.ReadTimeout("slow")) == "C1 did not answer in time."


def test_the_default_notice_for_the_clients_errors() -> None:
    response = httpx.Response(429, request=httpx.Request("POST", "http://127.0.0.1/v1/embed/chat/completions"))
    limited = RateLimitError("Too many tokens.", response=response, body=None, request_id="req_123")
    assert default_error_notice(limited) == "C1 answered with HTTP status 429. (request id req_123)"
    ok = httpx.Response(200, request=response.request)
    broken = APIStreamError("the stream ended without [DONE]", response=ok, request_id="req_9")
    assert default_error_notice(broken) == "C1's answer broke off or could not be read. (request id req_9)"
    dropped = APIStreamError("the connection broke", response=ok, request_id="req_9")
    dropped.__cause__ = httpx.RemoteProtocolError("peer closed connection without sending complete message body")
    assert default_error_notice(dropped) == "The connection to C1 was lost. (request id req_9)"
    event = {"type": "error", "code": "server_error", "message": "Overloaded.", "sequence_number": 3}
    assert default_error_notice(APIStreamError("x", response=ok, body=event, request_id=None)) == (
        "C1 reported an error: Overloaded."
    )
    reported = APIStreamError(
        "the server reported an error mid-stream",
        response=ok,
        body={"error": {"message": "Overloaded."}},
        request_id=None,
    )
    assert default_error_notice(reported) == "C1 reported an error: Overloaded."
    assert default_error_notice(APITimeoutError()) == "C1 did not answer in time."
    assert default_error_notice(APIConnectionError()) == "The connection to C1 was lost."


def test_a_failing_custom_notice_falls_back_to_the_default() -> None:
    def broken(error: BaseException) -> str:
        raise ValueError("bug in the notice")

    encoder = AnswerEncoder(error_notice=broken)
    assert b"The server could not finish it." in encoder.fail(KeyError("x"))


def test_the_history_message_of_a_result() -> None:
    encoder = AnswerEncoder()
    encoder.add('<thinkitem ephemeral="true"><thinkitemtitle>t</thinkitemtitle></thinkitem>')
    encoder.add(ANSWER[:50])
    result = encoder.result(disconnected=True)
    assert result.message() == {
        "role": "assistant",
        "content": result.text[result.text.index("<content") :] + "</content>",
    }
