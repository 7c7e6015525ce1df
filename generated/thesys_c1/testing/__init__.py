"""A local C1 server: the offline stand-in for C1 in tests, demos and your own apps.

It is a real HTTP server on loopback, driven by the same effective spec as
the client: it checks every request with C1's rules, answers in the Thesys
format (deterministically), streams both APIs, keeps responses and
conversations, and fails on demand (see ``faults``).

    from thesys_c1.testing import LocalC1

    with LocalC1() as c1:
        ...  # c1.base_url, c1.embed_url, c1.root_url, c1.api_key

From a shell: ``python -m thesys_c1.testing --port 8000``. In pytest: the
``local_c1`` fixture. Running it needs the ``testing`` extra
(``pip install 'thesys-c1[testing]'``); importing this module does not.
"""

from .auth import DEFAULT_API_KEY
from .faults import FAULT_HEADER, Fault, FaultError
from .limits import DEFAULT_MAX_BODY_BYTES
from .recording import ReceivedRequest
from .server import LocalC1

__all__ = [
    "DEFAULT_API_KEY",
    "DEFAULT_MAX_BODY_BYTES",
    "FAULT_HEADER",
    "Fault",
    "FaultError",
    "LocalC1",
    "ReceivedRequest",
]
