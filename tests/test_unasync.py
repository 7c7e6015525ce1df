"""The blocking twins are derived from the async code, and `make check` fails when a derived one is edited by hand."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import cli
from generator.pipeline import unasync

REPO = Path(__file__).resolve().parent.parent
COMMITTED = REPO / "generated" / unasync.SYNC_TWINS
LIB, REACT = unasync.FOLDERS


def test_the_committed_twins_are_what_the_async_sources_derive() -> None:
    assert unasync.drift(REPO / unasync.ASYNC_SOURCES, COMMITTED) == []
    assert unasync.drift(REPO / REACT.sources, REPO / "generated" / REACT.target, REACT) == []
    assert unasync.drift_of_all(REPO, REPO / "generated") == []


def test_every_folder_of_async_sources_has_its_twins_and_the_streams_and_answer_body_are_among_them() -> None:
    for folder in unasync.FOLDERS:
        sources = {path.name for path in (REPO / folder.sources).glob("*.py")}
        twins = {path.name for path in (REPO / "generated" / folder.target).glob("*.py")}
        assert sources == twins, folder
    assert (REPO / LIB.sources / "streaming.py").is_file()
    assert (REPO / REACT.sources / "answer.py").is_file()
    # The react twins sit inside the client's, as their own package.
    assert REACT.target.parent == LIB.target


def test_a_hand_edit_to_a_derived_twin_is_drift_naming_the_file_and_the_source(tmp_path: Path) -> None:
    copy = tmp_path / "_sync"
    shutil.copytree(COMMITTED, copy)
    twin = copy / "transport.py"
    text = twin.read_text()
    assert "time.sleep(delay)" in text
    twin.write_text(text.replace("time.sleep(delay)", "time.sleep(0)"))

    report = unasync.drift(REPO / unasync.ASYNC_SOURCES, copy)

    assert report[0].startswith("differs: _sync/transport.py: a derived twin was edited by hand"), report
    assert "src/thesys_c1/_lib/_async/transport.py" in report[0]
    assert any(line.strip() == "-        time.sleep(0)" for line in report), report


def test_make_check_fails_on_a_hand_edited_twin_before_building(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "generated"
    shutil.copytree(COMMITTED, target / unasync.SYNC_TWINS)
    client = target / unasync.SYNC_TWINS / "client.py"
    client.write_text(client.read_text() + "\nPATCHED = True\n")

    assert cli.main(["check", "--out", str(target)]) == 1

    out = capsys.readouterr().out
    assert "differs: _sync/client.py" in out and "+PATCHED = True" not in out and "-PATCHED = True" in out


def test_make_check_names_a_hand_edited_react_twin_and_its_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "generated"
    shutil.copytree(COMMITTED, target / unasync.SYNC_TWINS)
    twin = target / REACT.target / "answer.py"
    text = twin.read_text()
    assert "notify(on_error," in text
    twin.write_text(text.replace("notify(on_error,", "(lambda *_: None)(on_error,"))

    assert cli.main(["check", "--out", str(target)]) == 1

    out = capsys.readouterr().out
    assert "differs: react/answer.py" in out, out
    assert "edit src/thesys_c1/react/_async/answer.py" in out
    assert "differs: _sync/" not in out


def test_a_twin_missing_or_extra_is_drift(tmp_path: Path) -> None:
    copy = tmp_path / "_sync"
    shutil.copytree(COMMITTED, copy)
    (copy / "pagination.py").rename(copy / "pages.py")

    report = unasync.drift(REPO / unasync.ASYNC_SOURCES, copy)

    assert [line.split(" (")[0] for line in report] == ["extra: _sync/pages.py", "missing: _sync/pagination.py"]


def test_the_rewrite_turns_async_code_into_its_blocking_twin() -> None:
    source = (
        "import asyncio\n"
        "from collections.abc import AsyncIterator, Awaitable, Callable\n"
        "from . import transport\n"
        "from ..calls import Call\n"
        "from ..._generated.resources import AsyncResources\n"
        "\n"
        "class Pages(AsyncResources):\n"
        "    fetch: Callable[[], Awaitable[dict[str, Awaitable[int]]]]\n"
        "    async def __aiter__(self) -> AsyncIterator[int]:\n"
        "        async for page in self.pages():\n"
        "            yield page\n"
        "        async with self.lock:\n"
        "            await asyncio.sleep(1)\n"
        "        await self.http.aclose()\n"
    )

    derived = unasync.derive(source, "thing.py")

    body = derived.split("\n", 2)[2]
    assert body == (
        "import time\n"
        "from collections.abc import Iterator, Callable\n"
        "from . import transport\n"
        "from ..._lib.calls import Call\n"
        "from ..._generated.resources import Resources\n"
        "\n"
        "class Pages(Resources):\n"
        "    fetch: Callable[[], dict[str, int]]\n"
        "    def __iter__(self) -> Iterator[int]:\n"
        "        yield from self.pages()\n"
        "        with self.lock:\n"
        "            time.sleep(1)\n"
        "        self.http.close()\n"
    )
    assert derived.startswith("# The blocking twin of src/thesys_c1/_lib/_async/thing.py, derived by `make generate`")


def test_an_async_name_with_no_blocking_counterpart_fails_naming_file_and_line() -> None:
    with pytest.raises(unasync.UnasyncError, match=r"_async/odd\.py:2: 'AsyncThing' has no blocking counterpart"):
        unasync.derive("x = 1\nclass AsyncThing: ...\n", "odd.py")


def test_prose_about_async_iteration_reads_right_in_the_blocking_twin() -> None:
    source = (
        "class AsyncStream:\n"
        '    """An async iterator of models; also an async context manager, read as an async generator."""\n'
    )

    body = unasync.derive(source, "thing.py").split("\n", 2)[2]

    assert body == 'class Stream:\n    """An iterator of models; also a context manager, read as a generator."""\n'


def test_a_react_source_imports_the_react_package_and_other_twins_from_its_deeper_package() -> None:
    source = (
        "from . import sibling\n"
        "from ..encoder import AnswerEncoder\n"
        "from ..._lib._async.streaming import AsyncStream\n"
        "from ..._lib.errors import APIError\n"
    )

    derived = unasync.derive(source, "answer.py", REACT)

    assert derived.split("\n", 2)[2] == (
        "from . import sibling\n"
        "from ....react.encoder import AnswerEncoder\n"
        "from ...._generated._sync.streaming import Stream\n"
        "from ...._lib.errors import APIError\n"
    )
    assert derived.startswith("# The blocking twin of src/thesys_c1/react/_async/answer.py, derived by")


def test_an_async_name_left_in_a_react_source_is_named_with_its_folder() -> None:
    with pytest.raises(unasync.UnasyncError, match=r"react/_async/answer\.py:1: 'AsyncThing' has no blocking"):
        unasync.derive("class AsyncThing: ...\n", "answer.py", REACT)
