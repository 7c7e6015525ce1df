"""generated/ is exactly what spec/ and overlays/ produce, holds nothing else, and goes stale when they change."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from generator.pipeline import generation


@pytest.fixture(scope="module")
def fresh_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("golden") / "generated"
    generation.build(generation.Inputs.of_repo(), out)
    return out


def test_generated_tree_matches_a_fresh_build_byte_for_byte(fresh_build: Path, repo: Path) -> None:
    report = generation.differences(fresh_build, repo / "generated")
    assert not report, "generated/ is stale; run `make generate`:\n" + "\n".join(report)


def test_package_version_and_spec_hash_come_from_the_spec(fresh_build: Path) -> None:
    from generator import yamlio
    from generator.pipeline.codegen import spec_sha256

    version_py = (fresh_build / "thesys_c1" / "_generated" / "version.py").read_text()
    effective = (fresh_build / "openapi.yaml").read_text()
    assert f'__version__ = "{yamlio.loads(effective)["info"]["version"]}"' in version_py
    assert spec_sha256(effective) in version_py


def test_a_build_writes_generated_output_only_and_no_hand_written_file(fresh_build: Path, repo: Path) -> None:
    written = {p.relative_to(fresh_build).as_posix() for p in fresh_build.rglob("*") if p.is_file()}
    top = {name for name in written if "/" not in name}
    assert top == {"openapi.yaml", "SUPPORT.md", "README.md"}
    assert all(name.startswith("thesys_c1/_generated/") for name in written - top), sorted(written - top)[:5]
    hand_written = {
        p.relative_to(repo / "src").as_posix() for p in (repo / "src" / "thesys_c1").rglob("*.py") if p.is_file()
    }
    assert hand_written and not hand_written & written, "a hand-written file was copied into generated/"


def test_the_endpoint_modules_and_client_nothing_imports_are_not_generated(fresh_build: Path) -> None:
    generated = fresh_build / "thesys_c1" / "_generated"
    assert (generated / "models").is_dir() and (generated / "types.py").is_file()
    assert not (generated / "api").exists()
    assert not (generated / "client.py").exists() and not (generated / "errors.py").exists()
    assert "client" not in (generated / "__init__.py").read_text()


def test_an_overlay_edit_makes_generated_stale_and_the_report_says_where(tmp_path: Path, repo: Path) -> None:
    for name in ("spec", "overlays"):
        shutil.copytree(repo / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    overlay = tmp_path / "overlays" / "10-chat-completions.yaml"
    text = overlay.read_text()
    # Whichever rule the overlay words first: its words gain a few more.
    found = re.search(r"x-c1-rule: (.+)", text)
    assert found is not None, "the overlay records no rule"
    words = found.group(1).strip().strip("'\"")
    overlay.write_text(text.replace(found.group(0), f"x-c1-rule: '{words} or so'", 1))

    report = generation.check(generation.Inputs.of_repo(tmp_path), repo / "generated")

    assert "differs: openapi.yaml" in report
    assert any("+" in line and f"{words} or so" in line for line in report), report
