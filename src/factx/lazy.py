"""Modules loaded on first use: stand-ins in `sys.modules` for modules that a library imports at its top but
uses only in code factx never runs (jieba's tempfile and HMM tables, the `inspect` that `dataclasses` wants
only for classes without a docstring). A one-article run is mostly start-up, and these imports were a sizeable
part of it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any


@contextmanager
def deferred_imports(*names: str) -> Iterator[None]:
    """Within the block, `import NAME` of a module not loaded yet gives a stand-in (`OnFirstUse`) that
    imports the real module the first time a name is looked up in it. Only the modules imported within the
    block hold a stand-in: it is taken out of sys.modules afterwards, so every later import gets the real
    module. For modules that a library imports at its top but uses only in code factx never runs."""
    standing = [name for name in names if name not in sys.modules]
    for name in standing:
        sys.modules[name] = OnFirstUse(name)
    try:
        yield
    finally:
        for name in standing:
            if isinstance(sys.modules.get(name), OnFirstUse):
                del sys.modules[name]


def lazy_submodule(package: str, name: str) -> None:
    """Put a stand-in for `package.name` in sys.modules (see `OnFirstUse`) unless it is loaded already."""
    full = f"{package}.{name}"
    if full not in sys.modules:
        sys.modules[full] = OnFirstUse(full)


class OnFirstUse(ModuleType):
    """A module not loaded yet: the first name looked up in it imports the real module, which then takes
    the stand-in's place in sys.modules (and on its package, for a submodule). (importlib's LazyLoader does
    not fit: the import system itself reads `__spec__` of a module found in sys.modules, and that would load
    it at once.)"""

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__"):
            raise AttributeError(attr)
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        import importlib

        return getattr(importlib.import_module(self.__name__), attr)
