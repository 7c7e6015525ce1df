"""The package's spec library (``src/thesys_c1/_lib/specdoc.py``), loaded by its path.

The generator reads the spec with the same code as the runtime, but cannot
import it as ``thesys_c1._lib.specdoc``: importing ``thesys_c1`` needs the
generated code that the generator is about to write (a fresh clone has
none), and in the shared dev environment ``thesys_c1`` may be another
checkout's editable install. The file of this repository, loaded alone, is
always the one next to this generator; it imports only the standard library.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import TYPE_CHECKING

SPECDOC_FILE = Path(__file__).resolve().parent.parent / "src" / "thesys_c1" / "_lib" / "specdoc.py"
_MODULE_NAME = "generator._specdoc"

if TYPE_CHECKING:
    from thesys_c1._lib import specdoc
else:

    def _load():
        loaded = sys.modules.get(_MODULE_NAME)
        if loaded is not None:
            return loaded
        found = importlib.util.spec_from_file_location(_MODULE_NAME, SPECDOC_FILE)
        if found is None or found.loader is None:
            raise ImportError(f"cannot load the spec library from {SPECDOC_FILE}")
        module = importlib.util.module_from_spec(found)
        # Registered before it runs: dataclasses look their module up by name.
        sys.modules[_MODULE_NAME] = module
        found.loader.exec_module(module)
        return module

    specdoc = _load()

__all__ = ["SPECDOC_FILE", "specdoc"]
