"""Work-arounds for defects of the Qt binding, applied once at start-up.

PySide6 6.12 on CPython 3.11 drops a reference to ``None`` each time a ``QVariant`` is
turned into ``None`` or back (``item.data()`` of an unset role, ``combo.currentData()``
of an item without data, a model's ``data()`` returning ``None`` to a view — i.e. on
every paint), and to ``True``/``False`` in some conversions. After enough calls CPython
frees ``None`` and aborts ("none_dealloc: deallocating None"). CPython 3.12 made these
objects immortal, which hides the defect; on 3.11 :func:`immortalize_singletons` does the
same by giving them a reference count no session can use up.

The dependency is pinned below 6.12 (``pyproject.toml``), where the defect is absent; this
guard only acts when a 6.12 binding is found anyway (an environment that ignored the pin),
so a user's session can never end in that abort.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40  # ~10^12 lost references before anything could happen
_done = False


def immortalize_singletons() -> bool:
    """Protect ``None``, ``True`` and ``False`` on CPython < 3.12; True when applied."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    import PySide6

    if not PySide6.__version__.startswith("6.12."):
        return False
    for obj in (None, True, False, Ellipsis, NotImplemented):
        ctypes.c_ssize_t.from_address(id(obj)).value += _HEADROOM
    _done = True
    return True
