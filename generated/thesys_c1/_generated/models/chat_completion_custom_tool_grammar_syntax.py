from typing import Literal

ChatCompletionCustomToolGrammarSyntax = Literal["lark", "regex"]

CHAT_COMPLETION_CUSTOM_TOOL_GRAMMAR_SYNTAX_VALUES: set[ChatCompletionCustomToolGrammarSyntax] = {
    "lark",
    "regex",
}


def check_chat_completion_custom_tool_grammar_syntax(value: str) -> ChatCompletionCustomToolGrammarSyntax:
    if value in CHAT_COMPLETION_CUSTOM_TOOL_GRAMMAR_SYNTAX_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_CUSTOM_TOOL_GRAMMAR_SYNTAX_VALUES!r}"
    )
