"""Validating a bundled or effective document as OpenAPI 3.1."""

from __future__ import annotations

from typing import Any

from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from referencing.exceptions import Unresolvable


class SpecInvalid(Exception):
    pass


def validate_openapi(document: dict[str, Any], label: str) -> None:
    try:
        validate(document)
    except OpenAPIValidationError as error:
        where = "/".join(str(part) for part in error.path) or "(root)"
        raise SpecInvalid(f"{label} is not valid OpenAPI 3.1 at {where}: {error.message}") from None
    except Unresolvable as error:
        raise SpecInvalid(f"{label} has a reference that points nowhere: {error.ref}") from None
