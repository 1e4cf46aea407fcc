"""Work around a reference-count bug of PySide6 6.12 on Python 3.11: when Qt (C++) calls
a Python override that returns a QVariant — ``data``, ``headerData`` — and it returns
``None``, the binding releases one reference to ``None`` that it never took. Python 3.11's
``None`` is not immortal, so after some thousands of calls (a table view scrolling for a
while) the interpreter aborts with "none_dealloc: deallocating None".

``no_data()`` takes the reference the binding will release and returns ``None``. Taking a
reference too many (when Python code calls ``data`` itself) is harmless: ``None`` is never
freed. Use it for every "no data for this role" answer of an item model.
"""

from __future__ import annotations

import ctypes
import sys

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None
_NEEDED = sys.version_info < (3, 12)  # from 3.12 None is immortal: nothing to do


def no_data() -> None:
    if _NEEDED:
        _incref(None)
    return None
