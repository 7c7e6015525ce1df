"""An operation added to spec/ becomes a typed client method, sync and async, and the local server answers it.

Built in a scratch copy: spec/ and overlays/ with one more spec fragment, run
through the pipeline into a temporary folder, then the hand-written package
beside that generated code, driven in a child interpreter against its own
local server.

The fragment reads and deletes stored responses (the local server answers those
from what it keeps) and adds one operation under a name no C1 docs page uses
(which the server has no behaviour for). A docs change may well add a read or a
delete of responses to spec/ itself: so the fragment's paths and schemas take
the place of any the scratch spec has under the same names, and the test runs
the same on today's spec as on a later one.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import yamlio
from generator.pipeline import generation
from generator.pipeline.codegen import CodegenFailed

NEW_OPERATIONS = """\
paths:
  /embed/responses/{response_id}:
    parameters:
      - {name: response_id, in: path, required: true, schema: {type: string}, description: The response's id.}
    get:
      operationId: retrieveResponse
      tags: [responses]
      summary: Retrieve a model response
      responses:
        '2XX':
          description: The stored response.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Response'}
        '404': {$ref: '#/components/responses/NotFound'}
    delete:
      operationId: deleteResponse
      tags: [responses]
      summary: Delete a model response
      responses:
        '2XX':
          description: The response was deleted.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/ResponseDeleted'}
        '404': {$ref: '#/components/responses/NotFound'}
  /embed/responses/{response_id}/scratch_probe:
    parameters:
      - {name: response_id, in: path, required: true, schema: {type: string}, description: The response's id.}
    post:
      operationId: createResponseScratchProbe
      tags: [responses]
      summary: Probe a response (an operation of this test only)
      responses:
        '2XX':
          description: The probed response.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Response'}
components:
  schemas:
    ResponseDeleted:
      type: object
      description: The answer to deleting a response.
      required: [id, object, deleted]
      properties:
        id: {type: string, description: The id of the deleted response.}
        object: {type: string, const: response.deleted, description: Always `response.deleted`.}
        deleted: {type: boolean, description: Whether the response was deleted.}
"""

USE_THEM = """\
import asyncio

from thesys_c1 import AsyncC1, C1, NotFoundError
from thesys_c1._generated.models import ResponseDeleted, ResponseObject
from thesys_c1._lib.errors import APIStatusError
from thesys_c1.testing import LocalC1

with LocalC1() as c1:
    with C1(base_url=c1.base_url, api_key=c1.api_key, max_retries=0) as client:
        created = client.responses.create(model="c1/test", input="Hello")
        again = client.responses.retrieve(created.id)
        assert isinstance(again, ResponseObject) and again.id == created.id
        print("sync retrieve", again.output[0].to_dict() == created.output[0].to_dict())
        deleted = client.responses.delete(created.id)
        print("sync delete", deleted.id == created.id, deleted.deleted, deleted.object)
        try:
            client.responses.retrieve(created.id)
        except NotFoundError as error:
            print("sync gone", error.status_code)
        try:
            client.responses.scratch_probe.create(created.id)
        except APIStatusError as error:
            print(
                "sync probe", error.status_code, error.body["error"]["code"],
                "createResponseScratchProbe" in error.message,
            )

    async def main() -> None:
        async with AsyncC1(base_url=c1.base_url, api_key=c1.api_key, max_retries=0) as client:
            created = await client.responses.create(model="c1/test", input="Hello", stream=False)
            again = await client.responses.retrieve(created.id)
            print("async retrieve", isinstance(again, ResponseObject) and again.id == created.id)
            deleted = await client.responses.delete(created.id)
            print("async delete", isinstance(deleted, ResponseDeleted) and deleted.id == created.id)
            unstored = await client.responses.create(model="c1/test", input="Hello", store=False)
            try:
                await client.responses.retrieve(unstored.id)
            except NotFoundError as error:
                print("async unstored", error.status_code)

    asyncio.run(main())
"""


FRAGMENT_NAME = "new-operations.yaml"


def _scratch_inputs(repo: Path, into: Path, fragment: str) -> generation.Inputs:
    """spec/ and overlays/ copied, and ``fragment`` added to spec/ in place of what spec/ has under its names.

    A path item of the spec at one of the fragment's paths is taken out of its
    file and merged under the fragment's (whose operations win); a schema of
    the spec with the name of one of the fragment's is dropped for it.
    """
    for name in ("spec", "overlays"):
        shutil.copytree(repo / name, into / name, ignore=shutil.ignore_patterns("__pycache__"))
    spec_dir = into / "spec"
    assert not (spec_dir / FRAGMENT_NAME).exists(), f"spec/ has a {FRAGMENT_NAME} of its own"
    new = yamlio.loads(fragment)
    new_schemas = new.get("components", {}).get("schemas", {})
    for path in sorted(spec_dir.glob("*.yaml")):
        document = yamlio.load(path) or {}
        paths = document.get("paths") or {}
        schemas = (document.get("components") or {}).get("schemas") or {}
        taken = [key for key in paths if key in new["paths"]]
        dropped = [name for name in schemas if name in new_schemas]
        for key in taken:
            new["paths"][key] = {**paths.pop(key), **new["paths"][key]}
        for name in dropped:
            del schemas[name]
        if taken or dropped:
            path.write_text(yamlio.dumps(document), encoding="utf-8")
    (spec_dir / FRAGMENT_NAME).write_text(yamlio.dumps(new), encoding="utf-8")
    return generation.Inputs(spec_dir, into / "overlays")


@pytest.fixture(scope="module")
def scratch_package(tmp_path_factory: pytest.TempPathFactory, repo: Path) -> Path:
    """The package as it would be after `make generate` with the new operations: hand-written code unchanged."""
    root = tmp_path_factory.mktemp("new-operation")
    out = root / "generated"
    generation.build(_scratch_inputs(repo, root, NEW_OPERATIONS), out)
    package = root / "site" / "thesys_c1"
    shutil.copytree(repo / "src" / "thesys_c1", package, ignore=shutil.ignore_patterns("__pycache__", "_generated"))
    shutil.copytree(out / "thesys_c1" / "_generated", package / "_generated")
    return root / "site"


def test_the_new_operations_are_generated_as_methods_of_their_resource(scratch_package: Path) -> None:
    resources = (scratch_package / "thesys_c1" / "_generated" / "resources.py").read_text()
    for method in ("def retrieve(self, response_id: str", "def delete(self, response_id: str"):
        assert f"    {method}" in resources and f"    async {method}" in resources, method
    assert "class ResponsesScratchProbe(" in resources and "class AsyncResponsesScratchProbe(" in resources
    assert "_operations.RETRIEVE_RESPONSE" in resources and "_operations.DELETE_RESPONSE" in resources


def test_a_new_operation_works_against_the_local_server_sync_and_async(scratch_package: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", USE_THEM],
        env={"PYTHONPATH": str(scratch_package), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.splitlines() == [
        "sync retrieve True",
        "sync delete True True response.deleted",
        "sync gone 404",
        "sync probe 501 not_implemented True",
        "async retrieve True",
        "async delete True",
        "async unstored 404",
    ]


TYPED_USE = """\
from thesys_c1 import AsyncC1, C1
from thesys_c1._generated.models import ResponseDeleted, ResponseObject


def read(client: C1) -> tuple[ResponseObject, ResponseDeleted]:
    return client.responses.retrieve("resp_1"), client.responses.delete("resp_1")


async def aread(client: AsyncC1) -> tuple[ResponseObject, ResponseDeleted]:
    return await client.responses.retrieve("resp_1"), await client.responses.delete("resp_1")


def wrong(client: C1) -> None:
    client.responses.retrieve(1)
"""


def test_the_new_methods_type_check_sync_and_async(scratch_package: Path, tmp_path: Path) -> None:
    (tmp_path / "use.py").write_text(TYPED_USE)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(tmp_path / "cache"),
            "use.py",
        ],
        cwd=tmp_path,
        env={"MYPYPATH": str(scratch_package), "PYTHONPATH": str(scratch_package), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1 and errors[0].startswith("use.py:14:"), result.stdout[-3000:]
    assert '"retrieve" of "Responses" has incompatible type "int"; expected "str"' in errors[0]


STREAM_WITHOUT_EVENT_SCHEMA = NEW_OPERATIONS.replace(
    "application/json:\n              schema: {$ref: '#/components/schemas/ResponseDeleted'}",
    "text/event-stream:\n              schema: {type: string}",
)
STREAM_NO_CLASS_READS = NEW_OPERATIONS.replace(
    "      summary: Probe a response (an operation of this test only)\n",
    "      summary: Probe a response (an operation of this test only)\n"
    "      requestBody:\n        content:\n          application/json:\n"
    "            schema: {$ref: '#/components/schemas/CreateResponseRequest'}\n",
).replace(
    "description: The probed response.\n          content:\n",
    "description: The probed response.\n          content:\n            text/event-stream:\n"
    "              schema: {$ref: '#/components/schemas/ResponseDeleted'}\n",
)
TWO_AT_ONE_METHOD = NEW_OPERATIONS.replace(
    "  /embed/responses/{response_id}/scratch_probe:\n    parameters:\n      - {name: response_id,",
    "  /embed/responses/{other_id}:\n    parameters:\n      - {name: other_id,",
).replace("    post:\n      operationId: createResponseScratchProbe", "    get:\n      operationId: retrieveOther")


@pytest.mark.parametrize(
    ("fragment", "message"),
    [
        (
            STREAM_WITHOUT_EVENT_SCHEMA,
            "deleteResponse (DELETE /embed/responses/{response_id}) can answer text/event-stream but its schema"
            " there is not a reference to a component schema",
        ),
        (
            STREAM_NO_CLASS_READS,
            "createResponseScratchProbe (POST /embed/responses/{response_id}/scratch_probe) streams"
            " ResponseDeleted events,"
            " which no stream class reads",
        ),
        (
            TWO_AT_ONE_METHOD,
            "would both be client.responses.retrieve",
        ),
    ],
    ids=["stream-without-event-schema", "stream-no-class-reads", "two-at-one-method"],
)
def test_generation_refuses_an_operation_the_client_could_not_call(
    tmp_path: Path, repo: Path, fragment: str, message: str
) -> None:
    assert fragment != NEW_OPERATIONS
    with pytest.raises(CodegenFailed) as failure:
        generation.build(_scratch_inputs(repo, tmp_path, fragment), tmp_path / "out")
    assert message in str(failure.value)
