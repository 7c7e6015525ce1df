"""What the release tests run things with: a scratch clone, a real local package index, a fresh venv.

The scratch clone carries the worktree's uncommitted changes as one extra
commit, so the tests exercise what is on disk. Its Makefile is driven with
``PY=<this interpreter>``: the dev environment is reused, never modified.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import warnings
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from packaging.version import Version

from generator import yamlio
from generator.release import dist, version_check

REPO = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
BIN = Path(PYTHON).parent
GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "Release Test",
    "GIT_AUTHOR_EMAIL": "release-test@example.invalid",
    "GIT_COMMITTER_NAME": "Release Test",
    "GIT_COMMITTER_EMAIL": "release-test@example.invalid",
}


def run(
    command: list[str], cwd: Path, env: Mapping[str, str | None] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """Run a command; in ``env``, None removes a variable."""
    merged: dict[str, str | None] = {**os.environ, **GIT_IDENTITY, **(env or {})}
    # A make running these tests must not hand its flags to a nested make.
    for name in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS"):
        merged.pop(name, None)
    full_env = {name: value for name, value in merged.items() if value is not None}
    return subprocess.run(command, cwd=cwd, env=full_env, capture_output=True, text=True, timeout=timeout, check=False)


def make(clone: Path, *targets: str, env: Mapping[str, str | None] | None = None) -> subprocess.CompletedProcess[str]:
    return run(["make", "--no-print-directory", *targets, f"PY={PYTHON}"], clone, env)


def git(repo: Path, *args: str) -> str:
    done = run(["git", *args], repo)
    assert done.returncode == 0, f"git {' '.join(args)}: {done.stderr}"
    return done.stdout


def clone_worktree(into: Path) -> Path:
    """A git clone of this worktree, with its uncommitted changes committed on top."""
    git(REPO, "clone", "--quiet", str(REPO), str(into))
    listed = git(REPO, "ls-files", "--cached", "--others", "--exclude-standard", "-z").split("\0")
    for relative in filter(None, listed):
        source = REPO / relative
        target = into / relative
        if source.is_symlink():
            # A link stays a link (src/thesys_c1/_generated): copying what it reaches would add a copy.
            if target.is_symlink() or target.exists():
                target.unlink()
            target.parent.mkdir(parents=True, exist_ok=True)
            target.symlink_to(os.readlink(source))
        elif source.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
        elif target.exists():
            target.unlink()  # deleted in the worktree but not yet committed
    git(into, "add", "--all")
    if git(into, "status", "--porcelain").strip():
        git(into, "commit", "--quiet", "-m", "The worktree's uncommitted changes")
    return into


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass(frozen=True)
class LocalIndex:
    url: str
    user: str
    password: str

    @property
    def simple_url(self) -> str:
        return self.url + "simple/"

    def credentials(self) -> dict[str, str]:
        return {"TWINE_USERNAME": self.user, "TWINE_PASSWORD": self.password}

    def listing(self, project: str = "thesys-c1") -> str:
        try:
            with _NOT_REDIRECTED.open(f"{self.simple_url}{project}/", timeout=10) as answer:
                return str(answer.read().decode())
        except urllib.error.HTTPError as error:
            if error.code == 404:
                return ""
            raise

    def status_of(self, project: str) -> int:
        """The status the project's simple page answers with; a redirect is reported, not followed."""
        try:
            with _NOT_REDIRECTED.open(f"{self.simple_url}{project}/", timeout=10) as answer:
                return int(answer.status)
        except urllib.error.HTTPError as error:
            return error.code


class _RedirectsNotFollowed(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object) -> None:
        return None  # urllib then raises HTTPError with the redirect's status


# The tests' own look-ups: a redirect here would lead off loopback, so none is followed.
_NOT_REDIRECTED = urllib.request.build_opener(_RedirectsNotFollowed)


@contextmanager
def local_index(workdir: Path, fallback_url: str | None = None) -> Iterator[LocalIndex]:
    """pypiserver on loopback; uploads need the user and password of an htpasswd file made here.

    pypiserver sends a project it does not have on to the public index unless
    told otherwise; here it never does: without ``fallback_url`` there is no
    fallback at all, and a test that wants one passes a loopback URL.
    """
    if fallback_url is not None and not (urlsplit(fallback_url).hostname or "").startswith("127."):
        raise ValueError(f"fallback_url={fallback_url!r}: the test index may fall back to a loopback address only")
    with warnings.catch_warnings():
        # passlib imports the stdlib crypt module, deprecated since Python 3.11; bcrypt-free htpasswd needs no crypt.
        warnings.simplefilter("ignore", DeprecationWarning)
        from passlib.apache import HtpasswdFile  # type: ignore[import-untyped]

    packages = workdir / "packages"
    packages.mkdir(parents=True)
    htpasswd = workdir / "htpasswd"
    users = HtpasswdFile(str(htpasswd), new=True)
    users.set_password("releaser", "s3cret-for-tests")
    users.save()
    port = free_port()
    log = (workdir / "pypiserver.log").open("w")
    server = subprocess.Popen(
        [
            str(BIN / "pypi-server"),
            "run",
            "-i",
            "127.0.0.1",
            "-p",
            str(port),
            "-P",
            str(htpasswd),
            "-a",
            "update",
            *(["--disable-fallback"] if fallback_url is None else ["--fallback-url", fallback_url]),
            str(packages),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    index = LocalIndex(f"http://127.0.0.1:{port}/", "releaser", "s3cret-for-tests")
    try:
        _wait_until_serving(index, server, workdir / "pypiserver.log")
        yield index
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def _wait_until_serving(index: LocalIndex, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"pypiserver exited ({server.returncode}):\n{log.read_text()}")
        try:
            with _NOT_REDIRECTED.open(index.simple_url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"pypiserver did not answer on {index.simple_url} within 30 s:\n{log.read_text()}")


def fresh_venv(path: Path) -> Path:
    """A new virtual environment with nothing but pip; returns its python."""
    done = run([PYTHON, "-m", "venv", str(path)], path.parent)
    assert done.returncode == 0, done.stderr
    return path / "bin" / "python"


def too_many_choices(n_schema: Mapping[str, Any]) -> int:
    """The smallest ``n`` of chat completions that the C1 rule on ``n`` refuses."""
    (integer,) = (branch for branch in n_schema["anyOf"] if branch.get("type") == "integer")
    return int(integer["const"] if "const" in integer else integer["maximum"]) + 1


def chat_n_rule(repo: Path) -> tuple[int, str]:
    """From ``repo``'s effective spec: an ``n`` that breaks C1's rule on it, and the rule's words."""
    spec = yamlio.load(repo / "generated" / "openapi.yaml")
    n_schema = spec["components"]["schemas"]["CreateChatCompletionRequest"]["properties"]["n"]
    return too_many_choices(n_schema), str(n_schema["x-c1-rule"])


# Run by the interpreter under test with argv: package name, base URL, API key. It prints what the
# client did: refused a request that breaks a rule (an `n` above what the package's own spec allows)
# before sending, and what became of a valid one.
CLIENT_SCRIPT = """
import importlib, json, sys
package = importlib.import_module(sys.argv[1])
spec = importlib.import_module(sys.argv[1] + "._lib.spec")
client = package.C1(base_url=sys.argv[2], api_key=sys.argv[3], max_retries=0, timeout=10)
messages = [{"role": "user", "content": "How did the world population grow from 1950 to 2020?"}]
model = "c1/anthropic/claude-sonnet-4/v-20250930"
seen = {"package_file": package.__file__}
n_schema = spec.request_schema("createChatCompletion")["properties"]["n"]
(integer,) = [branch for branch in n_schema["anyOf"] if branch.get("type") == "integer"]
too_many = (integer["const"] if "const" in integer else integer["maximum"]) + 1
try:
    client.chat.completions.create(model=model, messages=messages, n=too_many)
except package.C1RuleError as error:
    seen["refused"] = [type(error).__module__, error.param, error.rule]
try:
    completion = client.chat.completions.create(model=model, messages=messages)
    seen["content"] = completion.choices[0].message.content
except package.APIConnectionError as error:
    seen["connection_error"] = type(error).__module__
print(json.dumps(seen))
"""


# A newcomer's shell: no interpreter, path or virtualenv of the session running these tests leaks into
# the clone, whose Makefile then creates and uses its own .venv from requirements/dev.lock.
NEWCOMER = {"PYTHONPATH": None, "VIRTUAL_ENV": None, "PY": None, "PYTHON": None}


def make_as_newcomer(clone: Path, *targets: str, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    """``make`` in ``clone`` as the README says to run it: no ``PY=``, so the clone's own .venv."""
    return run(["make", "--no-print-directory", *targets], clone, NEWCOMER, timeout=timeout)


def walk_through_blocks(repo: Path) -> dict[str, str]:
    """MAINTAINING.md's worked example, by the name of each ``<!-- walkthrough: NAME -->`` block."""
    text = (repo / "MAINTAINING.md").read_text(encoding="utf-8")
    return dict(re.findall(r"<!-- walkthrough: (\S+) -->\n```[a-z]*\n(.*?)```", text, re.DOTALL))


def walk_through_in_versions_of(clone: Path) -> tuple[dict[str, str], str, str]:
    """The walk-through's blocks with the versions of the time of writing replaced by the clone's.

    Returns the blocks, the clone's version and the one the walk-through bumps it to.
    """
    blocks = walk_through_blocks(clone)
    written_now = re.search(r"info\.version is still (\S+):", blocks["api-diff"])
    written_bump = re.search(r"version: (\S+)", blocks["bump"])
    assert written_now is not None and written_bump is not None, "the walk-through names both versions"
    now, _ = dist.package_version(clone)
    bumped = version_check.suggest(Version(now), breaking=False)
    versions = {written_now.group(1): now, written_bump.group(1): bumped}
    pattern = "|".join(re.escape(v) for v in versions)
    renamed = {
        name: re.sub(rf"(?<![\d.])({pattern})(?![\d.])", lambda m: versions[m.group()], block)
        for name, block in blocks.items()
    }
    return renamed, now, bumped


def block_lines(block: str) -> list[str]:
    return [line for line in block.splitlines() if line.strip()]


def failing_tests(pytest_output: str) -> list[str]:
    """The FAILED and ERROR lines of pytest's short summary (``-ra``), one per failing test."""
    return re.findall(r"^(?:FAILED|ERROR) \S+.*$", pytest_output, re.MULTILINE)
