"""generated/ is exactly what spec/, overlays/ and src/ produce, and goes stale when they change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import pipeline


@pytest.fixture(scope="module")
def fresh_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("golden") / "generated"
    pipeline.build(pipeline.Inputs.of_repo(), out)
    return out


def test_generated_tree_matches_a_fresh_build_byte_for_byte(fresh_build: Path, repo: Path) -> None:
    report = pipeline.differences(fresh_build, repo / "generated")
    assert not report, "generated/ is stale; run `make generate`:\n" + "\n".join(report)


def test_package_version_and_spec_hash_come_from_the_spec(fresh_build: Path) -> None:
    from generator import yamlio
    from generator.codegen import spec_sha256

    version_py = (fresh_build / "thesys_c1" / "_generated" / "version.py").read_text()
    effective = (fresh_build / "openapi.yaml").read_text()
    assert f'__version__ = "{yamlio.loads(effective)["info"]["version"]}"' in version_py
    assert spec_sha256(effective) in version_py


def test_hidden_and_backup_files_in_src_are_not_copied(tmp_path: Path, repo: Path) -> None:
    src = tmp_path / "src" / "thesys_c1"
    shutil.copytree(repo / "src" / "thesys_c1", src, ignore=shutil.ignore_patterns("__pycache__"))
    (src / "lib" / ".client.py.swp").write_bytes(b"swap")
    (src / "lib" / "client.py~").write_text("backup")
    out = tmp_path / "out"
    from generator.codegen import _copy_hand_written

    _copy_hand_written(src, out)
    assert (out / "lib" / "client.py").is_file()
    assert not (out / "lib" / ".client.py.swp").exists() and not (out / "lib" / "client.py~").exists()


def test_hand_written_code_is_copied_verbatim(fresh_build: Path, repo: Path) -> None:
    src = repo / "src" / "thesys_c1"
    copied = [p for p in src.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    assert copied, "src/thesys_c1 holds the hand-written package"
    for path in copied:
        twin = fresh_build / "thesys_c1" / path.relative_to(src)
        assert twin.read_bytes() == path.read_bytes(), path


def test_the_endpoint_modules_and_client_nothing_imports_are_not_generated(fresh_build: Path) -> None:
    generated = fresh_build / "thesys_c1" / "_generated"
    assert (generated / "models").is_dir() and (generated / "types.py").is_file()
    assert not (generated / "api").exists()
    assert not (generated / "client.py").exists() and not (generated / "errors.py").exists()
    assert "client" not in (generated / "__init__.py").read_text()


def test_an_overlay_edit_makes_generated_stale_and_the_report_says_where(tmp_path: Path, repo: Path) -> None:
    for name in ("spec", "overlays", "src"):
        shutil.copytree(repo / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    overlay = tmp_path / "overlays" / "10-chat-completions.yaml"
    text = overlay.read_text()
    assert "x-c1-rule: must be 1" in text
    overlay.write_text(text.replace("x-c1-rule: must be 1", "x-c1-rule: must be 1 or 2"))

    report = pipeline.check(pipeline.Inputs.of_repo(tmp_path), repo / "generated")

    assert "differs: openapi.yaml" in report
    assert any("+" in line and "must be 1 or 2" in line for line in report), report
