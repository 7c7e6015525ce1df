"""One source tree: the package runs from the files that are edited, and no file exists twice."""

from __future__ import annotations

import importlib.util
import os
import shutil
import traceback
from collections.abc import Callable
from pathlib import Path

import pytest

import thesys_c1
import thesys_c1._lib.errors
from generator.pipeline import layout
from thesys_c1 import C1, InvalidArgumentError

REPO = Path(__file__).resolve().parent.parent
SRC_PACKAGE = REPO / "src" / "thesys_c1"


def test_the_imported_package_is_the_hand_written_source() -> None:
    assert Path(thesys_c1.__file__).parent == SRC_PACKAGE
    assert Path(thesys_c1._lib.errors.__file__).resolve() == SRC_PACKAGE / "_lib" / "errors.py"


def test_a_traceback_from_inside_the_package_points_into_src() -> None:
    with pytest.raises(InvalidArgumentError) as raised:
        C1(api_key="c1-key", timeout=-1)
    frames = traceback.extract_tb(raised.value.__traceback__)
    inside = [Path(frame.filename) for frame in frames if "thesys_c1" in Path(frame.filename).parts]
    assert inside, frames
    assert all(SRC_PACKAGE in path.parents for path in inside), inside


def test_the_generated_subpackage_is_reached_through_the_committed_link() -> None:
    assert layout.link_problem(REPO) is None
    assert os.readlink(SRC_PACKAGE / "_generated") == "../../generated/thesys_c1/_generated"
    spec = importlib.util.find_spec("thesys_c1._generated.models")
    assert spec is not None and spec.origin is not None
    assert Path(spec.origin).resolve().parent == REPO / "generated" / "thesys_c1" / "_generated" / "models"


def test_the_unused_endpoint_modules_are_not_importable() -> None:
    for name in ("thesys_c1._generated.api", "thesys_c1._generated.client", "thesys_c1._generated.errors"):
        assert importlib.util.find_spec(name) is None, name


def test_the_package_files_are_each_at_one_real_place() -> None:
    files = layout.package_files(REPO)
    assert files["_lib/errors.py"] == REPO / "src" / "thesys_c1" / "_lib" / "errors.py"
    assert files["_generated/version.py"] == REPO / "generated" / "thesys_c1" / "_generated" / "version.py"
    assert not any(path.is_symlink() for path in files.values())
    assert all(SRC_PACKAGE / "_generated" not in path.parents for path in files.values())
    generated = [path for path in files.values() if (REPO / "generated") in path.parents]
    assert generated and all(name.startswith("_generated/") for name, path in files.items() if path in generated)


def test_hidden_and_backup_files_are_not_part_of_the_package(tmp_path: Path) -> None:
    shutil.copytree(REPO / "src", tmp_path / "src", symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "generated", tmp_path / "generated", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "src" / "thesys_c1" / "_lib" / ".client.py.swp").write_bytes(b"swap")
    (tmp_path / "src" / "thesys_c1" / "_lib" / "client.py~").write_text("backup")
    files = layout.package_files(tmp_path)
    assert "_lib/client.py" in files
    assert "_lib/.client.py.swp" not in files and "lib/client.py~" not in files


@pytest.mark.parametrize(
    ("make_it", "message"),
    [
        (lambda link: None, "src/thesys_c1/_generated is missing"),
        (lambda link: link.mkdir(), "src/thesys_c1/_generated is a real file or folder"),
        (lambda link: link.symlink_to("../elsewhere"), "src/thesys_c1/_generated points to ../elsewhere"),
    ],
)
def test_a_missing_or_wrong_link_is_reported_with_the_fix(
    tmp_path: Path, make_it: Callable[[Path], object], message: str
) -> None:
    link = tmp_path / "src" / "thesys_c1" / "_generated"
    link.parent.mkdir(parents=True)
    make_it(link)
    problem = layout.link_problem(tmp_path)
    assert problem is not None and problem.startswith(message), problem
    assert "../../generated/thesys_c1/_generated" in problem
