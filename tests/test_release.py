"""From a docs change to a published package: scratch clones, `make build publish`, a real local index.

The index is pypiserver on loopback with upload auth from an htpasswd file
and no fallback to the public index. The published wheel is installed from it
into a fresh virtual environment (the package from the local index alone; its
runtime dependencies from wheels rebuilt out of the dev environment, with no
index at all) and used there. Nothing is sent beyond loopback.
"""

from __future__ import annotations

import json
import re
import shlex
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import installed_wheels
import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from recording_http import Answer, serve
from release_tools import (
    CLIENT_SCRIPT,
    PYTHON,
    LocalIndex,
    block_lines,
    chat_n_rule,
    clone_worktree,
    free_port,
    fresh_venv,
    git,
    local_index,
    make,
    run,
    walk_through_in_versions_of,
)

from generator.pipeline import layout
from generator.release import dist
from thesys_c1.testing import LocalC1

# Only the local index: no configuration, find-links or extra index of this machine.
LOCAL_ONLY = {
    "PIP_CONFIG_FILE": "/dev/null",
    "PIP_FIND_LINKS": None,
    "PIP_EXTRA_INDEX_URL": None,
    "PIP_INDEX_URL": None,
}


@dataclass(frozen=True)
class Released:
    clone: Path
    version: str
    spec_sha256: str
    publish_output: str


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalIndex]:
    with local_index(tmp_path_factory.mktemp("index")) as served:
        yield served


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory, index: LocalIndex) -> Released:
    """This worktree, cloned, built with `make build` and published with `make publish`."""
    clone = clone_worktree(tmp_path_factory.mktemp("released") / "clone")
    built = make(clone, "build")
    assert built.returncode == 0, built.stderr
    published = make(clone, "publish", f"INDEX_URL={index.url}", env=index.credentials())
    assert published.returncode == 0, published.stdout + published.stderr
    version, digest = dist.package_version(clone)
    assert f"published thesys-c1 {version}" in published.stdout
    return Released(clone, version, digest, published.stdout)


def _printed_install_commands(output: str) -> dict[str, list[list[str]]]:
    """The install commands `make publish` printed, by the kind of index each is for, split at `&&`."""
    found = re.findall(r"^  from (.+?):[^\n]*\n    (pip install .+)$", output, re.MULTILINE)
    return {kind: [shlex.split(part) for part in command.split(" && ")] for kind, command in found}


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory, released: Released, index: LocalIndex) -> Path:
    """A fresh venv with the package installed by the command `make publish` printed for any index, offline.

    The local index holds only thesys-c1, as pypiserver does by default. The
    public index the dependencies come from is stood in for by wheels rebuilt
    out of the dev environment (at the versions of requirements/dev.lock), so
    nothing leaves the machine.
    """
    commands = _printed_install_commands(released.publish_output)
    assert len(commands) == 2, released.publish_output
    any_index = next(steps for kind, steps in commands.items() if kind.startswith("any index"))
    proxying = next(steps for kind, steps in commands.items() if "also serves the public PyPI" in kind)
    pinned = f"thesys-c1=={released.version}"
    assert proxying == [["pip", "install", "--index-url", index.simple_url, pinned]]
    package_step, dependency_step = any_index
    assert package_step == ["pip", "install", "--no-deps", "--index-url", index.simple_url, pinned]
    python = fresh_venv(tmp_path_factory.mktemp("venv") / "fresh")
    pip = [str(python), "-m", "pip"]
    done = run([*pip, *package_step[1:], "--quiet"], python.parent, env=LOCAL_ONLY)
    assert done.returncode == 0, done.stderr
    wheels = tmp_path_factory.mktemp("runtime-wheels")
    runtime = dependency_step[2:]
    for distribution in installed_wheels.runtime_closure(Requirement(text).name for text in runtime):
        installed_wheels.rebuild(distribution, wheels)
    public = {**LOCAL_ONLY, "PIP_NO_INDEX": "1", "PIP_FIND_LINKS": str(wheels)}
    done = run([*pip, *dependency_step[1:], "--quiet"], python.parent, env=public)
    assert done.returncode == 0, done.stderr
    return python


def _wheel_names(wheel: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(wheel) as archive:
        return {name: archive.read(name) for name in archive.namelist() if not name.endswith("/")}


def test_make_build_gives_a_wheel_and_sdist_holding_only_the_package(released: Released, tmp_path: Path) -> None:
    files = sorted(p.name for p in (released.clone / "dist").iterdir())
    v = released.version
    assert files == [f"thesys_c1-{v}-py3-none-any.whl", f"thesys_c1-{v}.tar.gz"]
    wheel = released.clone / "dist" / files[0]
    names = _wheel_names(wheel)
    assert all(n.startswith(("thesys_c1/", f"thesys_c1-{v}.dist-info/")) for n in names), "no tests or tooling"
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    assert "thesys_c1/_generated/openapi.json" in names and "thesys_c1/py.typed" in names
    with zipfile.ZipFile(wheel) as archive:
        listed = archive.namelist()
    assert len(listed) == len(set(listed)), "every file is in the wheel once"
    package = {n.removeprefix("thesys_c1/") for n in names if n.startswith("thesys_c1/")}
    # The one package: the hand-written files of src/ and the generated ones, each at its real place.
    assert package == set(layout.package_files(released.clone))
    assert any(re.fullmatch(r"_generated/models/\w+\.py", n) for n in package)
    assert {"_lib/errors.py", "_lib/client.py"} <= package
    assert not [
        n for n in package if n.startswith("_generated/api/") or n in ("_generated/client.py", "_generated/errors.py")
    ]
    metadata = names[f"thesys_c1-{v}.dist-info/METADATA"].decode()
    requires = [line.split(": ", 1)[1] for line in metadata.splitlines() if line.startswith("Requires-Dist: ")]
    runtime = sorted(re.split(r"[<>=;\s]", r)[0] for r in requires if "extra ==" not in r)
    assert runtime == ["attrs", "httpx"], "test tooling stays out of the runtime dependencies"

    # The sdist alone builds the same wheel.
    rebuilt = run(
        [
            PYTHON,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(tmp_path),
            str(released.clone / "dist" / files[1]),
        ],
        tmp_path,
    )
    assert rebuilt.returncode == 0, rebuilt.stderr
    again = _wheel_names(tmp_path / files[0])
    assert {n: b for n, b in again.items() if not n.endswith("RECORD")} == {
        n: b for n, b in names.items() if not n.endswith("RECORD")
    }


# argv: an `n` the released spec refuses.
_USE_THE_PACKAGE = """
import importlib.metadata as m, json, sys
import thesys_c1
from thesys_c1._lib.rules import find_violations
messages = [{"role": "user", "content": "hi"}]
body = {"model": "c1/anthropic/claude-sonnet-4/v-20250930", "messages": messages, "n": int(sys.argv[1])}
print(json.dumps({
    "version": thesys_c1.__version__,
    "spec_sha256": thesys_c1.SPEC_SHA256,
    "file": thesys_c1.__file__,
    "violations": [v.param + ": " + str(v.rule) for v in find_violations("createChatCompletion", body)],
    "installed": {d.metadata["Name"]: d.requires or [] for d in m.distributions()},
}))
"""


def _needed(installed: dict[str, list[str]], root: str) -> set[str]:
    """``root`` and everything it needs here, markers evaluated for this interpreter."""
    by_name = {canonicalize_name(name): requires for name, requires in installed.items()}
    needed: set[str] = set()
    waiting = [canonicalize_name(root)]
    while waiting:
        name = waiting.pop()
        if name in needed:
            continue
        needed.add(name)
        for text in by_name.get(name, []):
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                waiting.append(canonicalize_name(requirement.name))
    return needed


def test_the_published_wheel_installs_from_the_local_index_and_works(installed: Path, released: Released) -> None:
    too_many, rule = chat_n_rule(released.clone)
    done = run([str(installed), "-I", "-c", _USE_THE_PACKAGE, str(too_many)], installed.parent)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen["version"] == released.version and seen["spec_sha256"] == released.spec_sha256
    assert Path(seen["file"]).is_relative_to(installed.parent.parent), "imported from the fresh venv"
    assert seen["violations"] == [f"n: {rule}"], "the effective spec shipped inside the wheel"
    present = {canonicalize_name(name) for name in seen["installed"]}
    needed = _needed(seen["installed"], "thesys-c1")
    assert sorted(present - needed - {"pip", "setuptools"}) == [], "only the runtime dependencies are installed"
    assert {"thesys-c1", "httpx", "attrs"} <= needed <= present
    check = run([str(installed), "-m", "pip", "check"], installed.parent)
    assert check.returncode == 0, check.stdout


def test_the_installed_client_refuses_a_rule_break_and_sends_a_valid_request(
    installed: Path, released: Released
) -> None:
    nobody = f"http://127.0.0.1:{free_port()}/v1"
    done = run([str(installed), "-I", "-c", CLIENT_SCRIPT, "thesys_c1", nobody, "c1-key"], installed.parent)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen["refused"] == ["thesys_c1._lib.rules", "n", chat_n_rule(released.clone)[1]], "refused before sending"
    assert seen["connection_error"] == "thesys_c1._lib.errors", "the valid request went out to the base URL"


def test_the_installed_client_completes_a_call_against_the_local_c1_server(installed: Path, released: Released) -> None:
    with LocalC1() as server:
        done = run(
            [str(installed), "-I", "-c", CLIENT_SCRIPT, "thesys_c1", server.base_url, server.api_key],
            installed.parent,
        )
        paths = [request.path for request in server.requests]
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen["refused"] == ["thesys_c1._lib.rules", "n", chat_n_rule(released.clone)[1]]
    assert '<content thesys="true">' in seen["content"]
    assert paths == ["/v1/embed/chat/completions"], "only the valid request reached the server"


def test_the_installed_console_script_asks_the_local_c1_server(installed: Path, released: Released) -> None:
    script = str(installed.parent / "thesys-c1")
    clean = {"PYTHONPATH": None, "THESYS_API_KEY": None, "THESYS_BASE_URL": None}
    version = run([script, "version"], installed.parent, env=clean)
    assert version.returncode == 0, version.stderr
    assert version.stdout == f"thesys-c1 {released.version} (spec sha256 {released.spec_sha256})\n"
    with LocalC1() as server:
        done = run([script, "-b", server.base_url, "-k", server.api_key, "ask", "Hi"], installed.parent, env=clean)
        paths = [request.path for request in server.requests]
    assert done.returncode == 0, done.stderr
    assert '<content thesys="true">' in done.stdout
    assert paths == ["/v1/embed/chat/completions"]


def test_a_vendored_copy_works_beside_the_installed_wheel(installed: Path, released: Released, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    git(other, "init", "--quiet")
    done = make(released.clone, "vendor", f"DEST={other}", "AS=acme_c1")
    assert done.returncode == 0, done.stderr
    script = (
        "import json, acme_c1, thesys_c1\n"
        "from acme_c1._lib.rules import find_violations\n"
        "body = {'model': 'm', 'input': 'hi', 'background': True}\n"
        "print(json.dumps([acme_c1.__file__, thesys_c1.__file__, acme_c1.SPEC_SHA256 == thesys_c1.SPEC_SHA256,"
        " [v.rule for v in find_violations('createResponse', body)]]))\n"
    )
    used = run([str(installed), "-c", script], other, env={"PYTHONPATH": str(other)})
    assert used.returncode == 0, used.stderr
    vendored_file, installed_file, same_spec, rules = json.loads(used.stdout)
    assert Path(vendored_file).parent == other / "acme_c1"
    assert Path(installed_file).is_relative_to(installed.parent.parent)
    assert same_spec is True and rules == ["Always false"]


def test_publish_refuses_and_says_why(released: Released, index: LocalIndex) -> None:
    clone = released.clone
    unset = make(clone, "publish")
    assert unset.returncode != 0 and "INDEX_URL is not set" in unset.stderr
    direct = run([PYTHON, "-m", "generator", "publish"], clone)
    assert direct.returncode == 1 and "INDEX_URL is not set" in direct.stderr

    nobody = f"http://127.0.0.1:{free_port()}/"
    unreachable = make(clone, "publish", f"INDEX_URL={nobody}", env=index.credentials())
    assert unreachable.returncode != 0 and f"cannot reach the package index at {nobody}simple/" in unreachable.stderr

    again = make(clone, "publish", f"INDEX_URL={index.url}", env=index.credentials())
    assert again.returncode != 0
    assert f"thesys-c1 {released.version} is already on {index.simple_url}" in again.stderr

    stray = clone / "notes.txt"
    stray.write_text("not committed\n")
    try:
        dirty = make(clone, "publish", f"INDEX_URL={index.url}", env=index.credentials())
    finally:
        stray.unlink()
    assert dirty.returncode != 0 and "uncommitted or untracked files" in dirty.stderr and "notes.txt" in dirty.stderr


def test_the_test_index_has_no_fallback_to_a_public_index(index: LocalIndex) -> None:
    assert index.status_of("no-such-project-here") == 404, "a redirect would lead off loopback"


def test_publish_sends_no_credentials_to_the_host_an_index_falls_back_to(released: Released, tmp_path: Path) -> None:
    # pypiserver as it runs by default, but with its fallback pointed at a sink on
    # another loopback address instead of the public index.
    with (
        serve("127.0.0.2", lambda method, path: Answer(404)) as sink,
        local_index(tmp_path, fallback_url=f"{sink.url}simple/") as falls_back,
    ):
        done = make(released.clone, "publish", f"INDEX_URL={falls_back.url}", env=falls_back.credentials())
        uploaded = falls_back.status_of("thesys-c1")
    assert not [seen for seen in sink.seen if seen.has_header("Authorization")], "the credentials stayed on loopback"
    assert sink.seen == [], "the redirect was not followed at all"
    assert done.returncode != 0
    there = sink.url.removeprefix("http://").rstrip("/")
    assert f"to {sink.url}simple/thesys-c1/, on {there}," in done.stderr
    assert "sent nothing to" in done.stderr and "--disable-fallback" in done.stderr
    assert uploaded != 200, "refused before the upload"


def test_the_maintainers_walk_through(tmp_path: Path, index: LocalIndex) -> None:
    """MAINTAINING.md's worked example up to publishing, with the dev environment (PY=).

    tests/test_docs_changes.py follows it on a fresh clone's own .venv, `make test` included.
    """
    clone = clone_worktree(tmp_path / "clone")
    blocks, now, bumped = walk_through_in_versions_of(clone)
    assert set(blocks) == {
        # Step 1, on a saved page; tests/test_docs_changes.py runs it (this test starts from step 2).
        "docs-diff",
        "docs-diff-after",
        "before",
        "after",
        "support",
        "api-diff",
        "check",
        "bump",
        "test",
        "commit",
    }
    overlay = clone / "overlays" / "10-chat-completions.yaml"
    if blocks["after"] in overlay.read_text() and blocks["before"] not in overlay.read_text():
        # A tree where the example's change was made for real (the docs-change suite's clone) has no
        # starting point for it; that run follows the walk-through itself.
        pytest.skip("the worked example's change is already in overlays/10-chat-completions.yaml")

    # 1. edit the one overlay action
    text = overlay.read_text()
    assert blocks["before"] in text
    overlay.write_text(text.replace(blocks["before"], blocks["after"]))

    # 2. make generate: SUPPORT.md follows
    generated = make(clone, "generate")
    assert generated.returncode == 0, generated.stderr
    matrix = (clone / "generated" / "SUPPORT.md").read_text()
    for line in block_lines(blocks["support"]):
        assert line in matrix.splitlines()

    # 3. make api-diff: what changed, nothing breaking
    diff = make(clone, "api-diff")
    assert diff.returncode == 0, diff.stderr
    for line in block_lines(blocks["api-diff"]):
        assert line in diff.stdout.splitlines(), f"{line!r} not in:\n{diff.stdout}"

    # 4. make check: the version must move
    check = make(clone, "check")
    assert check.returncode != 0
    for line in block_lines(blocks["check"]):
        assert line in check.stderr, check.stderr

    # 5. bump, regenerate, check, commit
    spec = clone / "spec" / "openapi.yaml"
    spec.write_text(spec.read_text().replace(f"  version: {now}\n", blocks["bump"]))
    assert make(clone, "generate").returncode == 0
    check = make(clone, "check")
    assert check.returncode == 0, check.stderr
    assert f"version {now} -> {bumped}" in check.stdout
    assert dist.package_version(clone)[0] == bumped

    refused = make(clone, "publish", f"INDEX_URL={index.url}", env=index.credentials())
    assert refused.returncode != 0 and "overlays/10-chat-completions.yaml" in refused.stderr
    (commit_step,) = block_lines(blocks["commit"])
    committed = run(["bash", "-c", commit_step], clone)
    assert committed.returncode == 0, committed.stderr
    assert git(clone, "status", "--porcelain", "--untracked-files=all") == "", "everything generated is committed"

    # 6. make build publish
    wrong = make(
        clone,
        "build",
        "publish",
        f"INDEX_URL={index.url}",
        env={"TWINE_USERNAME": index.user, "TWINE_PASSWORD": "not-the-password"},
    )
    assert wrong.returncode != 0 and "403" in wrong.stderr
    assert f"thesys_c1-{bumped}" not in index.listing()
    published = make(clone, "build", "publish", f"INDEX_URL={index.url}", env=index.credentials())
    assert published.returncode == 0, published.stderr
    listing = index.listing()
    assert f"thesys_c1-{bumped}-py3-none-any.whl" in listing and f"thesys_c1-{bumped}.tar.gz" in listing

    # The released version can be named as the base of a diff, and the new rule is in force.
    since = make(clone, "api-diff", f"BASE={now}")
    assert since.returncode == 0 and "now an integer from 1 to 4" in since.stdout
    probe = (
        "import thesys_c1\nfrom thesys_c1._lib.rules import find_violations\n"
        "body = lambda n: {'model': 'm', 'messages': [{'role': 'user', 'content': 'hi'}], 'n': n}\n"
        "rules = [str(v.rule) for n in (4, 5) for v in find_violations('createChatCompletion', body(n))]\n"
        "print(thesys_c1.__file__, rules)"
    )
    used = run([PYTHON, "-c", probe], tmp_path, env={"PYTHONPATH": str(clone / "src")})
    assert used.returncode == 0, used.stderr
    assert used.stdout.split()[0].startswith(str(clone)) and "['up to 4']" in used.stdout


def test_an_overlay_that_no_longer_matches_stops_generate(tmp_path: Path) -> None:
    clone = clone_worktree(tmp_path / "clone")
    overlay = clone / "overlays" / "10-chat-completions.yaml"
    target = "$.components.schemas.CreateChatCompletionRequest.properties.n\n"
    overlay.write_text(overlay.read_text().replace(target, target.replace(".n\n", ".n_choices\n"), 1))
    done = make(clone, "generate")
    assert done.returncode != 0
    assert "CreateChatCompletionRequest.properties.n_choices: the target selects nothing" in done.stderr
    assert git(clone, "status", "--porcelain") == " M overlays/10-chat-completions.yaml\n", "generated/ untouched"
