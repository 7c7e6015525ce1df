"""Seven C1 docs changes, made as a maintainer makes them, on one fresh clone, through an inner `make test`.

The README promises that a change of the C1 docs page is an overlay edit and a
few commands. This suite takes a scratch clone of the worktree and makes seven
such changes in it, each in its own function that edits the files as text, the
way a maintainer edits them: only `overlays/`, `spec/` (for the new endpoint)
and the docs rows. It then follows MAINTAINING.md's "When the C1 docs change"
as written: the worked example's steps (`n` may be up to 4) with the version
bump, `make generate`, `make check` and `make test` run as a newcomer runs them
(no `PY=`: the clone creates its own .venv from requirements/dev.lock), the
documented commit, and `make check` on a fresh clone of that commit. Beside
that, each change is seen to take effect: in SUPPORT.md and in what the
clone's client sends to, and gets from, the clone's local C1 server.

It takes about a quarter of an hour (the inner `make test` is most of it), so
it is not part of `make test`: the `docs_changes` marker is deselected by
default, `make test-docs-changes` runs it, and so does `.ci/run` after
`make test`.
"""

from __future__ import annotations

import dataclasses
import difflib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from subprocess import CompletedProcess
from typing import Any

import pytest
from docs_pages import html_page
from release_tools import (
    NEWCOMER,
    REPO,
    block_lines,
    clone_worktree,
    failing_tests,
    git,
    make_as_newcomer,
    run,
    walk_through_in_versions_of,
)

from generator.review import docs_page
from generator.review.docs_page import BUILT_IN_TOOLS, CHAT, GEMINI, ROWS_PATH, budget_row

pytestmark = pytest.mark.docs_changes

MODEL = "c1/anthropic/claude-sonnet-4/v-20250930"
# What a first `make` costs on a fresh clone: the .venv from requirements/dev.lock, then the pipeline.
SETUP_TIMEOUT = 1200
# The inner `make test`: npm's install and build of the React example, then the whole suite.
INNER_TEST_TIMEOUT = 2400


def docs_rows_file(clone: Path) -> Path:
    """Where the rows of the C1 docs page's tables are pinned for the tests."""
    return clone / ROWS_PATH


def set_docs_row(clone: Path, table: str, row: str, words: str, after: str | None = None) -> None:
    """Write one docs row as the page now has it: its line replaced, or added where `make docs-rows` puts it.

    A new row goes after the row ``after`` of its table (a Gemini cell after the cell left of it on the
    page, which is how the page's rows are read), or else after its table's last line.
    """
    path = docs_rows_file(clone)
    lines = path.read_text(encoding="utf-8").splitlines()
    new = f"{table}\t{row}\t{words}"
    same_row = [i for i, line in enumerate(lines) if line.split("\t")[:2] == [table, row]]
    if same_row:
        (at,) = same_row
        lines[at] = new
    elif after is not None:
        (at,) = [i for i, line in enumerate(lines) if line.split("\t")[:2] == [table, after]]
        lines.insert(at + 1, new)
    else:
        in_table = [i for i, line in enumerate(lines) if line.startswith(f"{table}\t")]
        assert in_table, f"{path.name} has no row of the table {table!r}"
        lines.insert(in_table[-1] + 1, new)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def drop_docs_row(clone: Path, table: str, row: str) -> None:
    """Take out a docs row the page no longer has."""
    path = docs_rows_file(clone)
    lines = path.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if line.split("\t")[:2] != [table, row]]
    assert len(kept) == len(lines) - 1, f"{path.name} has no row {row!r} of the table {table!r}"
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    """Replace text that must be there exactly ``count`` times: an edit that finds nothing fails here, by file."""
    text = path.read_text(encoding="utf-8")
    found = text.count(old)
    assert found == count, f"{path.name}: expected {count} of {old!r}, found {found}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def chat_overlay(clone: Path) -> Path:
    return clone / "overlays" / "10-chat-completions.yaml"


def responses_overlay(clone: Path) -> Path:
    return clone / "overlays" / "20-responses.yaml"


# --- the seven changes --------------------------------------------------------


N_WORDS = "up to 4"


def save_page_with_n_up_to_4(clone: Path, page: Path) -> None:
    """The page a maintainer saves, worked example step 1: the clone's pinned rows, with n's words changed."""
    rows = [
        dataclasses.replace(row, words=N_WORDS) if (row.table, row.row) == (CHAT, "n") else row
        for row in docs_page.read_rows(docs_rows_file(clone))
    ]
    page.write_text(html_page(rows), encoding="utf-8")


def n_may_be_up_to_4(clone: Path, blocks: dict[str, str]) -> None:
    """MAINTAINING.md's worked example, step 2: its "before" block becomes its "after" block."""
    edit(chat_overlay(clone), blocks["before"], blocks["after"])


WEB_SEARCH_WORDS = "function and web_search; other built-in tools coming soon"


def web_search_becomes_supported(clone: Path) -> None:
    """The Responses tools row: web_search joins function tools; the other built-in tools stay coming soon."""
    overlay = responses_overlay(clone)
    edit(
        overlay,
        '  # --- tools: "function only; built-in tools coming soon" --------------------\n',
        f'  # --- tools: "{WEB_SEARCH_WORDS}" -------\n',
    )
    edit(
        overlay,
        "    description: 'Responses, tools: \"function only; built-in tools coming soon\"'\n"
        "    update:\n"
        "      x-c1-rule: function only; built-in tools coming soon\n",
        f"    description: 'Responses, tools: \"{WEB_SEARCH_WORDS}\"'\n"
        "    update:\n"
        f"      x-c1-rule: {WEB_SEARCH_WORDS}\n",
    )
    edit(
        overlay,
        'Responses, tools: "built-in tools coming soon" and the prose "Built-in\n'
        "      tools (web_search, file_search, code_interpreter, computer_use, mcp) will\n"
        '      be supported soon"',
        'Responses, tools: "other built-in tools coming soon" and the prose\n'
        '      "Built-in tools (file_search, code_interpreter, computer_use, mcp) will\n'
        '      be supported soon"',
        count=2,
    )
    edit(
        overlay,
        "x-c1-coming-soon: [web_search, file_search, code_interpreter, computer_use_preview, mcp]",
        "x-c1-coming-soon: [file_search, code_interpreter, computer_use_preview, mcp]",
    )
    edit(overlay, "@['$ref'] == '#/components/schemas/ResponseWebSearchTool' || ", "")
    edit(overlay, 'Responses, tools: "function only"', 'Responses, tools: "function and web_search"', count=2)
    edit(overlay, "        custom: function only\n", "        custom: function and web_search\n")
    set_docs_row(clone, "responses", "tools", WEB_SEARCH_WORDS)
    # The page's sentence "Built-in tools (...) will be supported soon" no longer names it.
    drop_docs_row(clone, BUILT_IN_TOOLS, "web_search")


def seed_gets_a_supported_row(clone: Path) -> None:
    """A new row of the Chat Completions table: seed, supported."""
    edit(
        chat_overlay(clone),
        "  # --- rows whose marks were lost ---",
        "  # --- seed: a row of its own, supported -------------------------------------\n"
        "  - target: $.components.schemas.CreateChatCompletionRequest.properties.seed\n"
        "    description: 'Chat Completions, seed: supported'\n"
        "    update:\n"
        "      x-c1-support: supported\n"
        "\n"
        "  # --- rows whose marks were lost ---",
    )
    set_docs_row(clone, "chat completions", "seed", "")


def web_search_call_items_leave_coming_soon(clone: Path) -> None:
    """The input item types table: web_search_call is accepted now, so its two actions go."""
    edit(
        responses_overlay(clone),
        "  - target: $.components.schemas.ResponseInputItem\n"
        "    description: 'Responses, input item types, web_search_call: \"coming soon\" (recorded)'\n"
        "    update:\n"
        "      x-c1-coming-soon: [web_search_call]\n"
        "  - target: \"$.components.schemas.ResponseInputItem.anyOf[?@['$ref'] == "
        "'#/components/schemas/ResponseWebSearchCallItem']\"\n"
        "    description: 'Responses, input item types, web_search_call: \"coming soon\"'\n"
        "    remove: true\n"
        "\n",
        "",
    )
    set_docs_row(clone, "input item types", "web_search_call", "")


METADATA_WORDS = "thesys and trace_id metadata only"


def chat_metadata_allows_trace_id(clone: Path) -> None:
    """The Chat Completions metadata row: a trace_id string beside thesys."""
    overlay = chat_overlay(clone)
    edit(overlay, '"thesys metadata only"', f'"{METADATA_WORDS}"', count=4)
    edit(overlay, "      x-c1-rule: thesys metadata only\n", f"      x-c1-rule: {METADATA_WORDS}\n")
    edit(
        overlay,
        "        C1 settings for this request. Only the `thesys` key is accepted; its\n",
        "        C1 settings for this request: the `thesys` key, whose\n",
    )
    edit(
        overlay,
        "          x-c1-json-object-string: true\n  - target: $.components.schemas.CreateChatCompletionRequest",
        "          x-c1-json-object-string: true\n"
        "        trace_id:\n"
        "          type: string\n"
        "          description: An id of the caller's own, to find the request again in C1's logs.\n"
        "  - target: $.components.schemas.CreateChatCompletionRequest",
    )
    edit(
        overlay,
        "      description: C1 settings for this request, under the one key `thesys`.\n",
        "      description: C1 settings for this request, under `thesys`, and a `trace_id`.\n",
    )
    set_docs_row(clone, "chat completions", "metadata", METADATA_WORDS)


RETRIEVE_RESPONSE = """\
  /embed/responses/{response_id}:
    get:
      operationId: retrieveResponse
      tags: [responses]
      summary: Retrieve a stored model response
      parameters:
        - name: response_id
          in: path
          required: true
          schema: {type: string}
          description: The id of a response created with `store` left true.
      responses:
        '2XX':
          description: The stored response.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Response'}
        '403': {$ref: '#/components/responses/PermissionDenied'}
        '404': {$ref: '#/components/responses/NotFound'}

"""


def responses_can_be_retrieved(clone: Path) -> None:
    """A new endpoint, GET /embed/responses/{response_id}, written into spec/responses.yaml."""
    edit(
        clone / "spec" / "responses.yaml",
        "\ncomponents:\n  schemas:\n",
        "\n" + RETRIEVE_RESPONSE.rstrip("\n") + "\n\ncomponents:\n  schemas:\n",
    )


ULTRA = "c1/google/gemini-3-ultra"
ULTRA_BUDGETS = {"none": 512, "minimal": 1024, "low": 2048, "medium": 4096, "high": 8192, "xhigh": 16384}


def gemini_table_gets_a_third_column(clone: Path) -> None:
    """The Gemini reasoning-budget table gains a column for 3 Ultra."""
    overlay = chat_overlay(clone)
    edit(
        overlay,
        "per model (3 Flash, 3 Pro; keyed by model id prefix)",
        "per model (3 Flash, 3 Pro, 3 Ultra; keyed by model id prefix)",
    )
    column = "".join(f"          {effort}: {tokens}\n" for effort, tokens in ULTRA_BUDGETS.items())
    edit(
        overlay,
        "          xhigh: 8192\n\n",
        f"          xhigh: 8192\n        {ULTRA}:\n{column}\n",
    )
    for effort, tokens in ULTRA_BUDGETS.items():
        set_docs_row(clone, GEMINI, budget_row("3 Ultra", effort), str(tokens), after=budget_row("3 Pro", effort))


OTHER_CHANGES: tuple[Callable[[Path], None], ...] = (
    web_search_becomes_supported,
    seed_gets_a_supported_row,
    web_search_call_items_leave_coming_soon,
    chat_metadata_allows_trace_id,
    responses_can_be_retrieved,
    gemini_table_gets_a_third_column,
)


# --- the clone they are made in -----------------------------------------------


@dataclass(frozen=True)
class Changed:
    clone: Path
    blocks: dict[str, str]
    version_before: str
    version_after: str
    # MAINTAINING.md's step 1 on the saved page, then docs-diff again after step 2's overlay edit.
    page: Path
    walk_docs_diff: CompletedProcess[str]
    walk_docs_rows: CompletedProcess[str]
    rows_diff: list[str]
    walk_docs_diff_after: CompletedProcess[str]
    # Its steps 3 to 5 with only the worked example's change made.
    walk_generate: CompletedProcess[str]
    walk_api_diff: CompletedProcess[str]
    walk_check: CompletedProcess[str]
    # All seven changes and the bump.
    generate: CompletedProcess[str]
    check: CompletedProcess[str]
    api_diff: CompletedProcess[str]

    @property
    def python(self) -> Path:
        return self.clone / ".venv" / "bin" / "python"

    def support_md(self) -> list[str]:
        return (self.clone / "generated" / "SUPPORT.md").read_text(encoding="utf-8").splitlines()

    def run_script(self, script: str) -> Any:
        """A script run by the clone's own .venv, against the clone's package; what it printed, as JSON."""
        done = run([str(self.python), "-c", script], self.clone, NEWCOMER, timeout=300)
        assert done.returncode == 0, done.stderr[-4000:]
        return json.loads(done.stdout.splitlines()[-1])


def _said(done: CompletedProcess[str]) -> str:
    return f"exit status {done.returncode}\n--- stdout\n{done.stdout[-6000:]}\n--- stderr\n{done.stderr[-6000:]}"


@pytest.fixture(scope="module")
def changed(tmp_path_factory: pytest.TempPathFactory) -> Changed:
    clone = clone_worktree(tmp_path_factory.mktemp("docs-changes") / "clone")
    blocks, before, after = walk_through_in_versions_of(clone)

    page = clone.parent / "page.html"
    save_page_with_n_up_to_4(clone, page)
    rows_before = docs_rows_file(clone).read_text(encoding="utf-8").splitlines()
    walk_docs_diff = make_as_newcomer(clone, "docs-diff", f"DOCS={page}", timeout=SETUP_TIMEOUT)
    walk_docs_rows = make_as_newcomer(clone, "docs-rows", f"DOCS={page}")
    rows_after = docs_rows_file(clone).read_text(encoding="utf-8").splitlines()
    rows_diff = [
        line
        for line in difflib.unified_diff(rows_before, rows_after, lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    n_may_be_up_to_4(clone, blocks)
    walk_docs_diff_after = make_as_newcomer(clone, "docs-diff", f"DOCS={page}")
    walk_generate = make_as_newcomer(clone, "generate")
    assert walk_generate.returncode == 0, "make generate on the fresh clone:\n" + _said(walk_generate)
    walk_api_diff = make_as_newcomer(clone, "api-diff")
    walk_check = make_as_newcomer(clone, "check")

    for change in OTHER_CHANGES:
        change(clone)
    edit(clone / "spec" / "openapi.yaml", f"  version: {before}\n", blocks["bump"])
    generate = make_as_newcomer(clone, "generate")
    assert generate.returncode == 0, "make generate after the seven changes:\n" + _said(generate)
    check = make_as_newcomer(clone, "check")
    api_diff = make_as_newcomer(clone, "api-diff", f"BASE={before}")
    return Changed(
        clone,
        blocks,
        before,
        after,
        page,
        walk_docs_diff,
        walk_docs_rows,
        rows_diff,
        walk_docs_diff_after,
        walk_generate,
        walk_api_diff,
        walk_check,
        generate,
        check,
        api_diff,
    )


# --- MAINTAINING.md's worked example, as written ------------------------------


def _page_lines(block: str, page: Path) -> list[str]:
    """A block's lines with the page's name as this run saved it."""
    return [line.replace("page.html", str(page)) for line in block_lines(block)]


def test_the_worked_example_starts_from_the_saved_page_with_docs_diff_and_docs_rows(changed: Changed) -> None:
    first, rows, after = changed.walk_docs_diff, changed.walk_docs_rows, changed.walk_docs_diff_after
    # make exits 2 when its recipe fails; the command's own exit status 1 means "the page differs".
    assert first.returncode == 2 and "Error 1" in first.stderr, _said(first)
    for line in _page_lines(changed.blocks["docs-diff"], changed.page):
        assert line in first.stdout.splitlines(), f"{line!r} not in:\n{first.stdout}"
    assert rows.returncode == 0, _said(rows)
    removed, added = changed.rows_diff
    assert removed.startswith(f"-{CHAT}\tn\t") and added == f"+{CHAT}\tn\t{N_WORDS}", changed.rows_diff
    assert after.returncode == 0, _said(after)
    for line in _page_lines(changed.blocks["docs-diff-after"], changed.page):
        assert line in after.stdout.splitlines(), f"{line!r} not in:\n{after.stdout}"


def test_the_worked_example_alone_shows_its_support_row_api_diff_and_check(changed: Changed) -> None:
    blocks = changed.blocks
    diff, check = changed.walk_api_diff, changed.walk_check
    assert diff.returncode == 0, _said(diff)
    for line in block_lines(blocks["api-diff"]):
        assert line in diff.stdout.splitlines(), f"{line!r} not in:\n{diff.stdout}"
    assert check.returncode != 0, "make check refuses the change until the version moves"
    for line in block_lines(blocks["check"]):
        assert line in check.stderr, _said(check)


def test_make_check_passes_after_the_seven_changes_and_the_bump(changed: Changed) -> None:
    assert changed.check.returncode == 0, _said(changed.check)
    assert f"version {changed.version_before} -> {changed.version_after}" in changed.check.stdout
    spec = (changed.clone / "generated" / "openapi.yaml").read_text(encoding="utf-8")
    assert f"  version: {changed.version_after}\n" in spec


# --- each change took effect ---------------------------------------------------


def test_n_up_to_4_is_in_support_md_and_sent_while_5_is_refused(changed: Changed) -> None:
    for line in block_lines(changed.blocks["support"]):
        assert line in changed.support_md()
    seen = changed.run_script(f"""
import json
from thesys_c1 import C1, C1RuleError
from thesys_c1.testing import LocalC1
seen = {{}}
messages = [{{"role": "user", "content": "Three ways to say hello"}}]
with LocalC1() as c1, C1(base_url=c1.base_url, api_key=c1.api_key, max_retries=0) as client:
    completion = client.chat.completions.create(model={MODEL!r}, messages=messages, n=4)
    seen["choices"] = len(completion.choices)
    try:
        client.chat.completions.create(model={MODEL!r}, messages=messages, n=5)
    except C1RuleError as error:
        seen["refused"] = [error.param, str(error.rule)]
    seen["sent"] = [request.json["n"] for request in c1.requests]
print(json.dumps(seen))
""")
    assert seen["sent"] == [4], "n=4 reached the server; n=5 did not leave the client"
    assert seen["refused"] == ["n", "up to 4"]


def test_web_search_is_a_supported_tool_and_file_search_still_coming_soon(changed: Changed) -> None:
    assert "| web_search | supported |  |" in changed.support_md()
    assert f"| `tools` | restricted | {WEB_SEARCH_WORDS} | some types refused (see `tools[]` types below) |" in (
        changed.support_md()
    )
    seen = changed.run_script(f"""
import json
from thesys_c1 import C1, C1RuleError
from thesys_c1.testing import LocalC1
seen = {{}}
with LocalC1() as c1, C1(base_url=c1.base_url, api_key=c1.api_key, max_retries=0) as client:
    answer = client.responses.create(model={MODEL!r}, input="Weather in Oslo?", tools=[{{"type": "web_search"}}])
    seen["status"] = answer.status
    try:
        client.responses.create(
            model={MODEL!r}, input="Find it", tools=[{{"type": "file_search", "vector_store_ids": ["vs_1"]}}]
        )
    except C1RuleError as error:
        seen["refused"] = [error.param, str(error.rule)]
    seen["sent"] = [request.json["tools"] for request in c1.requests]
print(json.dumps(seen))
""")
    assert seen["sent"] == [[{"type": "web_search"}]] and seen["status"] == "completed"
    assert seen["refused"][0].startswith("tools") and "coming soon" in seen["refused"][1], seen


def test_seed_has_a_supported_row_and_is_sent(changed: Changed) -> None:
    (row,) = (line for line in changed.support_md() if line.startswith("| `seed` |"))
    assert row.startswith("| `seed` | supported |"), row
    seen = changed.run_script(f"""
import json
from thesys_c1 import C1
from thesys_c1.testing import LocalC1
with LocalC1() as c1, C1(base_url=c1.base_url, api_key=c1.api_key, max_retries=0) as client:
    client.chat.completions.create(model={MODEL!r}, messages=[{{"role": "user", "content": "hi"}}], seed=7)
    print(json.dumps([request.json.get("seed") for request in c1.requests]))
""")
    assert seen == [7]


def test_a_web_search_call_item_is_accepted_as_input(changed: Changed) -> None:
    items = [line for line in changed.support_md() if line.startswith("| web_search_call |")]
    assert items and all(line == "| web_search_call | supported |  |" for line in items), items
    seen = changed.run_script(f"""
import json
from thesys_c1 import C1
from thesys_c1.testing import LocalC1
history = [
    {{"role": "user", "content": "Weather in Oslo?"}},
    {{"type": "web_search_call", "id": "ws_1", "status": "completed", "action": {{"type": "search", "query": "Oslo"}}}},
    {{"role": "user", "content": "And tomorrow?"}},
]
with LocalC1() as c1, C1(base_url=c1.base_url, api_key=c1.api_key, max_retries=0) as client:
    answer = client.responses.create(model={MODEL!r}, input=history)
    print(json.dumps([answer.status, [request.json["input"][1]["type"] for request in c1.requests]]))
""")
    assert seen == ["completed", ["web_search_call"]]


def test_chat_metadata_takes_trace_id_and_still_refuses_other_keys(changed: Changed) -> None:
    assert "| `metadata.trace_id` | no docs row |  |  |" in changed.support_md()
    seen = changed.run_script(f"""
import json
from thesys_c1 import C1, C1RuleError
from thesys_c1.testing import LocalC1
seen = {{}}
messages = [{{"role": "user", "content": "hi"}}]
with LocalC1() as c1, C1(base_url=c1.base_url, api_key=c1.api_key, max_retries=0) as client:
    client.chat.completions.create(model={MODEL!r}, messages=messages, metadata={{"thesys": "{{}}", "trace_id": "t-1"}})
    try:
        client.chat.completions.create(model={MODEL!r}, messages=messages, metadata={{"team": "a"}})
    except C1RuleError as error:
        seen["refused"] = [error.param, str(error.rule)]
    seen["sent"] = [request.json["metadata"] for request in c1.requests]
print(json.dumps(seen))
""")
    assert seen["sent"] == [{"thesys": "{}", "trace_id": "t-1"}]
    assert seen["refused"][0].startswith("metadata") and seen["refused"][1] == METADATA_WORDS, seen


def test_the_new_endpoint_is_a_typed_method_sync_and_async(changed: Changed) -> None:
    resources = (changed.clone / "generated" / "thesys_c1" / "_generated" / "resources.py").read_text()
    assert "    def retrieve(self, response_id: str" in resources
    assert "    async def retrieve(self, response_id: str" in resources
    seen = changed.run_script(f"""
import asyncio, json
from thesys_c1 import AsyncC1, C1, NotFoundError
from thesys_c1.testing import LocalC1
seen = {{}}
with LocalC1() as c1:
    with C1(base_url=c1.base_url, api_key=c1.api_key, max_retries=0) as client:
        created = client.responses.create(model={MODEL!r}, input="Hello")
        seen["sync"] = [type(again := client.responses.retrieve(created.id)).__name__, again.id == created.id]

    async def main():
        async with AsyncC1(base_url=c1.base_url, api_key=c1.api_key, max_retries=0) as client:
            again = await client.responses.retrieve(created.id)
            seen["async"] = [type(again).__name__, again.id == created.id]
            try:
                await client.responses.retrieve("resp_unknown")
            except NotFoundError as error:
                seen["unknown"] = error.status_code

    asyncio.run(main())
    seen["paths"] = [(request.method, request.path) for request in c1.requests]
print(json.dumps(seen))
""")
    assert seen["sync"] == ["ResponseObject", True] and seen["async"] == ["ResponseObject", True]
    assert seen["unknown"] == 404
    assert [method for method, _ in seen["paths"]] == ["POST", "GET", "GET", "GET"]


def test_the_third_gemini_column_is_in_support_md_api_diff_and_the_client(changed: Changed) -> None:
    header = next(line for line in changed.support_md() if line.startswith("| reasoning_effort |"))
    assert header == f"| reasoning_effort | c1/google/gemini-3-flash | c1/google/gemini-3-pro | {ULTRA} |"
    assert changed.api_diff.returncode == 0, _said(changed.api_diff)
    cells = ", ".join(f"{effort} {tokens}" for effort, tokens in ULTRA_BUDGETS.items())
    column = f"Gemini max reasoning tokens: new model column {ULTRA}: {cells}"
    assert column in changed.api_diff.stdout, changed.api_diff.stdout
    seen = changed.run_script(f"""
import json
from thesys_c1.models import max_reasoning_tokens
print(json.dumps({{e: max_reasoning_tokens({ULTRA + "/v-20260301"!r}, e) for e in {list(ULTRA_BUDGETS)!r}}}))
""")
    assert seen == ULTRA_BUDGETS


# --- the documented test run and commit ---------------------------------------


def test_the_documented_make_test_passes_on_the_fresh_clone(changed: Changed) -> None:
    (step,) = block_lines(changed.blocks["test"])
    done = run(["bash", "-c", step], changed.clone, NEWCOMER, timeout=INNER_TEST_TIMEOUT)
    # Kept where CI collects artifacts: pytest's own temporary folders are rotated away by later runs.
    log = REPO / "test-artifacts" / "docs-changes-inner-make-test.log"
    log.parent.mkdir(exist_ok=True)
    log.write_text(done.stdout + "\n--- stderr\n" + done.stderr, encoding="utf-8")
    failing = failing_tests(done.stdout)
    summary = "\n".join(failing) if failing else "(no FAILED/ERROR lines: see the end of the output)"
    assert done.returncode == 0, (
        f"`{step}` in the changed clone exited {done.returncode}; the inner tests that failed:\n{summary}\n"
        f"full output: {log}\n--- last lines\n{done.stdout[-3000:]}{done.stderr[-3000:]}"
    )


def test_the_documented_commit_holds_everything_and_a_fresh_clone_of_it_passes_make_check(
    changed: Changed, tmp_path: Path
) -> None:
    (step,) = block_lines(changed.blocks["commit"])
    committed = run(["bash", "-c", step], changed.clone, NEWCOMER)
    assert committed.returncode == 0, _said(committed)
    left = git(changed.clone, "status", "--porcelain", "--untracked-files=all")
    fresh = tmp_path / "fresh"
    git(tmp_path, "clone", "--quiet", str(changed.clone), str(fresh))
    # The changed clone's .venv holds exactly requirements/dev.lock; a second one would only cost time.
    check = run(["make", "--no-print-directory", "check", f"PY={changed.python}"], fresh, NEWCOMER)
    assert check.returncode == 0, "make check on a fresh clone of the commit:\n" + _said(check)
    assert left == "", f"`{step}` left these out of the commit:\n{left}"
