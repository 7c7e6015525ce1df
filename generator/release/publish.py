"""`make publish`: upload dist/ to the company's package index with twine, or refuse and say why.

It refuses, before anything is sent, when:
- the git tree has uncommitted or untracked files (the release would not be
  reproducible from a commit);
- dist/ does not hold exactly the wheel and sdist of the current version, or
  the wheel is not byte for byte the package in src/thesys_c1 and
  generated/thesys_c1/_generated;
- the index cannot be reached, or already has this version (an index keeps a
  released file forever: a new release needs a new version).

Credentials are twine's business: TWINE_USERNAME / TWINE_PASSWORD in the
environment or a keyring. Nothing is read from the repository, and twine
runs non-interactively so a missing credential fails instead of prompting.
They go to the index's own host and nowhere else: the project lookup follows
a redirect only within that origin and refuses one to another host, naming
it; twine's upload refuses every redirect.
"""

from __future__ import annotations

import base64
import os
import shlex
import subprocess
import sys
import urllib.error
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import InvalidSdistFilename, InvalidWheelFilename, parse_sdist_filename, parse_wheel_filename
from packaging.version import Version

from . import dist, gitrepo, same_origin

TIMEOUT_SECONDS = 15


class PublishError(Exception):
    """Publishing was refused or failed; the message says why and what to do."""


@dataclass(frozen=True)
class Index:
    upload_url: str
    simple_url: str

    @classmethod
    def of(cls, upload_url: str, simple_url: str | None = None) -> Index:
        if not upload_url:
            raise PublishError("INDEX_URL is not set: say where to publish, e.g. make publish INDEX_URL=https://host/")
        if not upload_url.startswith(("http://", "https://")):
            raise PublishError(f"INDEX_URL={upload_url!r} is not an http(s) URL")
        # pypiserver, devpi-style and most hosted indexes serve the simple API
        # under the upload URL; SIMPLE_URL covers the others.
        return cls(upload_url, simple_url or upload_url.rstrip("/") + "/simple/")

    def project_url(self) -> str:
        return self.simple_url.rstrip("/") + f"/{dist.PROJECT}/"


def publish(repo: Path, dist_dir: Path, index: Index, env: Mapping[str, str] | None = None) -> dist.Artifacts:
    env = dict(os.environ if env is None else env)
    _clean_tree(repo)
    artifacts = dist.find(repo, dist_dir)
    stale = dist.wheel_differences(artifacts.wheel, repo)
    if stale:
        raise PublishError(
            f"{artifacts.wheel.name} was not built from this tree's package; run `make build`:\n"
            + "\n".join(stale[:10])
        )
    on_index = released_versions(index, env)
    if Version(artifacts.version) in on_index:
        raise PublishError(
            f"{dist.PROJECT} {artifacts.version} is already on {index.simple_url}; an index never replaces a"
            " released file. Bump info.version in spec/openapi.yaml, `make generate`, commit, `make build`."
        )
    _upload(index, artifacts, env)
    if Version(artifacts.version) not in released_versions(index, env):
        raise PublishError(f"twine reported success but {index.project_url()} does not list {artifacts.version}")
    return artifacts


@dataclass(frozen=True)
class InstallHint:
    works_on: str
    command: str


def install_hints(index: Index, artifacts: dist.Artifacts) -> list[InstallHint]:
    """How to install the release from ``index``: first a command for any index, then one for a proxying one.

    An index such as pypiserver (by default) holds only what was uploaded to it,
    so httpx and attrs are not there and ``--index-url`` alone fails to resolve
    them. ``--extra-index-url`` would work but lets pip take thesys-c1 itself
    from the public index if someone published that name there; installing the
    package with ``--no-deps`` from this index, then its dependencies by name
    from pip's usual index, takes each from where it belongs.
    """
    pinned = f"{dist.PROJECT}=={artifacts.version}"
    simple = shlex.quote(index.simple_url)
    dependencies = " ".join(shlex.quote(text) for text in runtime_requirements(artifacts.wheel))
    return [
        InstallHint(
            "any index, also one holding only your own packages (pypiserver's default): the package from it,"
            " its dependencies from pip's usual index (PyPI)",
            f"pip install --no-deps --index-url {simple} {pinned} && pip install {dependencies}",
        ),
        InstallHint(
            "an index that also serves the public PyPI packages (devpi, Artifactory, Nexus, pypiserver"
            " with its fallback): everything from it",
            f"pip install --index-url {simple} {pinned}",
        ),
    ]


def runtime_requirements(wheel: Path) -> list[str]:
    """The wheel's Requires-Dist lines that no extra asks for, as written there (markers and all)."""
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = archive.read(name).decode("utf-8")
    requires = [line.split(": ", 1)[1] for line in metadata.splitlines() if line.startswith("Requires-Dist: ")]
    return [text for text in requires if "extra" not in str(Requirement(text).marker or "")]


def _clean_tree(repo: Path) -> None:
    if not gitrepo.is_repository(repo):
        raise PublishError(f"{repo} is not a git checkout; publish from a commit so the release can be rebuilt")
    dirty = gitrepo.dirty_paths(repo)
    if dirty:
        shown = "\n".join(f"  {path}" for path in dirty[:20])
        more = f"\n  ... and {len(dirty) - 20} more" if len(dirty) > 20 else ""
        raise PublishError(
            f"the working tree has uncommitted or untracked files; commit or remove them first:\n{shown}{more}"
        )


def released_versions(index: Index, env: Mapping[str, str]) -> set[Version]:
    """Versions of the project that the index lists (PEP 503 simple API); empty when it has none."""
    url = index.project_url()
    headers = {"Accept": "text/html"}
    user, password = env.get("TWINE_USERNAME"), env.get("TWINE_PASSWORD")
    if user and password:
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        headers["Authorization"] = f"Basic {token}"
    try:
        page = same_origin.get(url, headers, TIMEOUT_SECONDS)
    except same_origin.CrossOriginRedirect as redirect:
        raise PublishError(_refused_redirect(redirect)) from None
    except urllib.error.HTTPError as error:
        if error.code == 404:
            return set()
        raise PublishError(f"the package index answered {error.code} {error.reason} for {url}") from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise PublishError(f"cannot reach the package index at {url}: {reason}") from None
    return {version for name in _links(page) if (version := _version_of(name)) is not None}


def _refused_redirect(redirect: same_origin.CrossOriginRedirect) -> str:
    here, there = same_origin.host_of(redirect.url), redirect.target_host
    return (
        f"the package index redirected the lookup of {redirect.url} to {redirect.target}, on {there}, not {here};"
        f" publish sends the index credentials to {here} alone, so it did not follow the redirect and sent"
        f" nothing to {there}. If {there} is a public index that {here} falls back to for projects it does not"
        " have (pypiserver does unless started with --disable-fallback), turn that fallback off; if the"
        f" index's simple API really lives on {there}, say so with SIMPLE_URL=<its simple API URL>."
    )


def _version_of(filename: str) -> Version | None:
    try:
        if filename.endswith(".whl"):
            return parse_wheel_filename(filename)[1]
        return parse_sdist_filename(filename)[1]
    except (InvalidWheelFilename, InvalidSdistFilename):
        return None


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []
        self._inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._inside = tag == "a"

    def handle_endtag(self, tag: str) -> None:
        self._inside = False

    def handle_data(self, data: str) -> None:
        if self._inside and data.strip():
            self.names.append(data.strip())


def _links(page: str) -> list[str]:
    parser = _Anchors()
    parser.feed(page)
    return parser.names


def _upload(index: Index, artifacts: dist.Artifacts, env: Mapping[str, str]) -> None:
    command = [
        sys.executable,
        "-m",
        "twine",
        "upload",
        "--non-interactive",
        "--disable-progress-bar",
        "--repository-url",
        index.upload_url,
        *map(str, artifacts.files),
    ]
    # NO_COLOR keeps terminal colour codes out of the message shown on failure.
    done = subprocess.run(command, capture_output=True, text=True, env={**env, "NO_COLOR": "1"}, check=False)
    if done.returncode != 0:
        raise PublishError(f"twine upload failed (exit {done.returncode}):\n{(done.stdout + done.stderr).strip()}")
