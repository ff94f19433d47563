"""Two things PySide6 does when it is first imported that the app never needs (~12 ms and
~30 ms of the start, measured below), left out without touching PySide's files.

- ``defer_stub_generator``: PySide's signature loader imports its ``.pyi`` stub generator, a
  developer's tool (``pyside6-genpyi``) with argparse, logging and inspect behind it, and its
  bootstrap imports the loader twice. A stand-in takes the generator's place and loads the
  real module the first time one of its names is asked for.
- ``skip_feature_scan``: PySide reads the source of every module imported after it
  (``inspect.getsource``, in ``shibokensupport.feature``) to see whether it mentions PySide6,
  for the opt-in ``from __feature__ import snake_case``, which the app never uses.

Both are harmless with a PySide that does things differently: nothing asks for the stand-in,
and without that hook nothing is replaced. ``frozen_qt_conf`` is the part of PyInstaller's
PySide6 run-time hook the bundle still needs, done once QtCore is imported.

``tests/gui/test_startup_hooks.py`` fails, naming the hook, when one no longer applies to the
installed PySide6 (pinned to the minor tested, pyproject.toml). Savings measured with PySide6
6.11.3, Python 3.11.7, on the 2 shared cores of the development machine (medians of 9 fresh
interpreters each; ``python -X importtime`` agrees):

==================  =====================================================  =======
hook                measured                                               saving
==================  =====================================================  =======
stub generator      ``import PySide6.QtCore``: 61.5 ms → 49.2 ms            ~12 ms
                    (``-X importtime``: the generator's import, with
                    inspect, argparse and logging, 13 ms)
feature scan        QtGui, QtWidgets and ``gui.window.main_window`` (the    ~30 ms
                    app's modules) imported after QtCore: 249.5 → 219.8 ms
both                QtCore to the main window's module: 312.8 → 272.2 ms    ~41 ms
==================  =====================================================  =======
"""

from __future__ import annotations

import importlib.machinery
import os
import sys
from types import ModuleType
from typing import Any

STUB_GENERATOR = "shibokensupport.signature.lib.pyi_generator"


class _DeferredGenerator:
    """A finder and loader (``sys.meta_path``; not importlib.abc's classes, whose import
    costs more than this saves) of ``STUB_GENERATOR`` as a stand-in module whose first unknown
    name loads the real one (from the same package folder) and hands its names on."""

    def __init__(self) -> None:
        self.real: ModuleType | None = None

    def find_spec(self, fullname: str, path: Any = None, target: Any = None):
        if fullname != STUB_GENERATOR or self.real is not None:
            return None
        return importlib.machinery.ModuleSpec(fullname, self)  # type: ignore[arg-type]

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> None:
        return None  # a plain module

    def exec_module(self, module: ModuleType) -> None:
        def __getattr__(name: str) -> Any:
            if name.startswith("__"):
                raise AttributeError(name)
            return getattr(self.load_real(), name)

        module.__getattr__ = __getattr__  # type: ignore[method-assign]

    def load_real(self) -> ModuleType:
        if self.real is None:
            import importlib.util

            package = sys.modules[STUB_GENERATOR.rpartition(".")[0]]
            spec = importlib.machinery.PathFinder.find_spec(STUB_GENERATOR, package.__path__)
            if spec is None or spec.loader is None:
                raise ImportError(f"PySide's {STUB_GENERATOR} is not where its package is")
            real = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(real)
            self.real = real
        return self.real


def defer_stub_generator() -> None:
    """Before PySide6 is first imported: the stub generator comes only when it is used.

    Why: ``shibokensupport.signature.loader`` imports ``pyi_generator`` at PySide's first
    import, only to re-export it; nothing in the app generates stubs. Saves ~12 ms (above)."""
    if "shiboken6" not in sys.modules and not any(
        isinstance(finder, _DeferredGenerator) for finder in sys.meta_path
    ):
        sys.meta_path.insert(0, _DeferredGenerator())


def skip_feature_scan() -> None:
    """Every module gets the answer PySide gives a module that uses it ("no feature")
    without its source being read.

    Why: PySide's ``__import__`` hook calls ``feature._mod_uses_pyside`` for every module
    imported after it, which reads (and tokenizes) the module's source to look for "PySide6";
    the answer only matters for ``from __feature__ import ...``, never used here. Saves ~30 ms
    of the app's imports (above)."""
    import PySide6.QtCore  # noqa: F401  (installs shibokensupport)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_pyside_unread  # type: ignore[attr-defined]


def _uses_pyside_unread(_module: ModuleType) -> bool:
    return True  # what PySide answers for a module that mentions PySide6: "no feature"


def frozen_qt_conf() -> None:
    """In the frozen app, what PyInstaller's PySide6 run-time hook did besides setting the
    paths (``packaging/rthook_qt_paths.py`` does that): a ``qt.conf`` giving Qt its prefix in
    the bundle when PySide registered none (it leaves it out under conda's environment
    variables or ``PYSIDE_DISABLE_INTERNAL_QT_CONF``). Here, after QtCore is imported anyway,
    instead of in a hook that imported it at every start.

    Why: PyInstaller's PySide6 run-time hook imports QtCore before the app's own start set-up,
    which would make the two hooks above come too late (their whole ~41 ms); this one costs
    nothing outside the bundle. Relies on PyInstaller's ``create_embedded_qt_conf``."""
    if not getattr(sys, "frozen", False):
        return
    try:
        from _pyi_rth_utils import qt as pyinstaller_qt  # PyInstaller's own helper
    except ImportError:
        return
    base = sys._MEIPASS  # type: ignore[attr-defined]
    windows = sys.platform.startswith("win")
    qt_dir = os.path.join(base, "PySide6") if windows else os.path.join(base, "PySide6", "Qt")
    pyinstaller_qt.create_embedded_qt_conf("PySide6", qt_dir)


def in_effect() -> str:
    """What of this module is in effect in the running app, for the smoke hook's report:
    ``stub`` (the generator a stand-in) and ``noscan`` (the feature scan skipped), joined by
    ``+``, or ``none``."""
    parts = []
    generator = sys.modules.get(STUB_GENERATOR)
    spec = getattr(generator, "__spec__", None)
    if isinstance(getattr(spec, "loader", None), _DeferredGenerator):
        parts.append("stub")
    feature = sys.modules.get("shibokensupport.feature")
    if getattr(feature, "_mod_uses_pyside", None) is _uses_pyside_unread:
        parts.append("noscan")
    return "+".join(parts) or "none"
