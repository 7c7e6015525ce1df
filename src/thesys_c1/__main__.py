"""``python -m thesys_c1``: the ``thesys-c1`` command (see ``thesys_c1.cli``)."""

from .cli import main

raise SystemExit(main())
