"""Each start-up hook (``gui/pyside_start.py``, ``gui/uiloader.py``) still applies to the
installed PySide6: what it patches is there, and what it saves can be seen. A PySide6 upgrade
that makes a hook useless (or wrong) fails here, naming the hook, instead of the start
quietly getting slower or breaking. The reasons and measured savings are beside each hook.

Each probe runs in a fresh interpreter: the hooks act on PySide's first import and on the
classes PySide makes lazily, which a test process has long since done."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from importlib.util import find_spec
from pathlib import Path

import pytest
from PySide6 import __version__ as PYSIDE_VERSION

ROOT = Path(__file__).resolve().parents[2]


def no_longer_applies(hook: str, why: str) -> None:
    pytest.fail(
        f"start-up hook {hook} no longer applies to PySide6 {PYSIDE_VERSION}: {why}. "
        "Remove or rework the hook (see its comment) and the PySide6 pin in pyproject.toml.",
        pytrace=False,
    )


def probe(code: str, tmp_path: Path | None = None) -> dict:
    """Run ``code`` (which prints one JSON object last) in a fresh interpreter."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, env=env, cwd=tmp_path or ROOT, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- gui/pyside_start.py ---------------------------------------------------------------------


def test_defer_stub_generator():
    hook = "pyside_start.defer_stub_generator"
    found = probe("""
        import json, sys
        from netizen_editor.gui import pyside_start
        pyside_start.defer_stub_generator()
        import PySide6.QtCore
        module = sys.modules.get(pyside_start.STUB_GENERATOR)
        asked = module is not None
        stand_in = asked and isinstance(module.__spec__.loader, pyside_start._DeferredGenerator)
        real = False
        if stand_in:  # the real generator is still where the stand-in looks for it
            real = callable(getattr(module, "generate_pyi", None))
        print(json.dumps(dict(asked=asked, stand_in=stand_in, real=real,
                              effect=pyside_start.in_effect())))
    """)
    if not found["asked"]:
        no_longer_applies(hook, "PySide no longer imports its stub generator at start")
    if not found["stand_in"]:
        no_longer_applies(hook, "PySide imported its stub generator before the stand-in")
    if not found["real"]:
        no_longer_applies(hook, "the real stub generator (generate_pyi) cannot be loaded")
    assert "stub" in found["effect"].split("+")


def test_skip_feature_scan(tmp_path):
    hook = "pyside_start.skip_feature_scan"
    code = """
        import importlib, inspect, json, sys
        from pathlib import Path
        from netizen_editor.gui import pyside_start
        import PySide6.QtCore
        feature = sys.modules.get("shibokensupport.feature")
        target = callable(getattr(feature, "_mod_uses_pyside", None))
        if HOOKED:
            pyside_start.skip_feature_scan()
        read = []
        real = inspect.getsource
        inspect.getsource = lambda obj: (read.append(getattr(obj, "__name__", "?")), real(obj))[1]
        Path("netizen_probe_NAME.py").write_text("VALUE = 1\\n", encoding="utf-8")
        sys.path.insert(0, ".")
        import netizen_probe_NAME
        print(json.dumps(dict(
            target=target, read="netizen_probe_NAME" in read,
            seen="netizen_probe_NAME" in getattr(feature, "pyside_feature_dict", {}),
            effect=pyside_start.in_effect())))
    """
    plain = probe(code.replace("HOOKED", "False").replace("NAME", "plain"), tmp_path)
    if not plain["target"]:
        no_longer_applies(hook, "shibokensupport.feature._mod_uses_pyside is gone")
    if not plain["seen"] or not plain["read"]:
        no_longer_applies(hook, "PySide no longer reads the source of modules imported after it")
    hooked = probe(code.replace("HOOKED", "True").replace("NAME", "hooked"), tmp_path)
    if hooked["read"] or not hooked["seen"]:
        no_longer_applies(hook, "with the hook, PySide still reads a module's source")
    assert "noscan" in hooked["effect"].split("+")


@pytest.mark.skipif(find_spec("PyInstaller") is None, reason="PyInstaller is not installed")
def test_frozen_qt_conf():
    """The frozen app calls PyInstaller's own qt.conf helper (its PySide6 run-time hook's)."""
    import PyInstaller

    helper = Path(PyInstaller.__file__).parent / "fake-modules" / "_pyi_rth_utils" / "qt.py"
    if "def create_embedded_qt_conf(" not in helper.read_text(encoding="utf-8"):
        no_longer_applies(
            "pyside_start.frozen_qt_conf",
            f"PyInstaller's {helper.name} has no create_embedded_qt_conf",
        )


# -- gui/uiloader.py ------------------------------------------------------------------------

LOADER_PROBE = """
    import json, sys
    from PySide6 import QtWidgets
    from PySide6.QtCore import QFile, QIODevice
    from PySide6.QtUiTools import QUiLoader
    from PySide6.QtWidgets import QApplication, QDockWidget, QToolBar
    app = QApplication([])
    from netizen_editor.gui import uiloader
    from netizen_editor.paths import ui_path

    class PythonLoader(QUiLoader):
        def createWidget(self, class_name, parent=None, name=""):
            return super().createWidget(class_name, parent, name)

    def made():  # the QtWidgets classes PySide has made so far (it makes them when first met)
        return len(QtWidgets.__dict__)

    def load(kind):
        file = QFile(str(ui_path("main_window.ui")))
        file.open(QIODevice.OpenModeFlag.ReadOnly)
        return uiloader._without_plugins(kind).load(file, None)

    def webengine_mapped():
        try:
            with open("/proc/self/maps", encoding="utf-8") as maps:
                return "WebEngineCore" in maps.read()
        except OSError:
            return None

    start = made()
    form = load(QUiLoader)
    plain = made()
    form.findChildren(QToolBar), form.findChildren(QDockWidget)
    typed = made()
    load(PythonLoader)
    python = made()
    form.children()
    untyped = made()
    without = "QWebEngineView" in uiloader._without_plugins(QUiLoader).availableWidgets()
    mapped_before = webengine_mapped()
    loader = QUiLoader()
    print(json.dumps(dict(
        start=start, plain=plain, typed=typed, untyped=untyped, python=python,
        without=without, with_plugins="QWebEngineView" in loader.availableWidgets(),
        mapped_before=mapped_before, mapped_after=webengine_mapped(),
        plugin_paths=loader.pluginPaths())))
"""


@pytest.fixture(scope="module")
def loader_probe() -> dict:
    return probe(LOADER_PROBE)


def test_without_plugins(loader_probe):
    """QUiLoader loads every Qt Designer plugin it finds (PySide6's web view plugin brings all
    of QtWebEngine before the first frame); the forms use none."""
    hook = "uiloader._without_plugins"
    found = loader_probe
    if not found["with_plugins"]:
        no_longer_applies(hook, "a plain QUiLoader no longer loads the QtWebEngine designer plugin "
                          f"(plugin paths {found['plugin_paths']})")  # fmt: skip
    if found["without"]:
        no_longer_applies(hook, "emptying the library paths no longer keeps the plugins out")
    if found["mapped_before"] is not None and found["mapped_before"]:
        no_longer_applies(hook, "QtWebEngine was loaded without any plugin")


def test_plain_loader_for_the_first_frame(loader_probe):
    """A QUiLoader with a Python ``createWidget`` makes PySide make many more widget classes
    than Qt's loader as it is (the main window and plain widgets use the latter)."""
    found = loader_probe
    if found["python"] <= found["typed"]:
        no_longer_applies(
            "uiloader.load_ui (Qt's plain loader for the main window and widgets)",
            f"a Python createWidget makes no more widget classes ({found['python']}) than Qt's "
            f"loader ({found['typed']})",
        )


def test_typed_look_ups_in_take_main_window(loader_probe):
    """``children()`` of the loaded window makes PySide make every widget class (the private
    layout class it meets); the typed ``findChildren`` do not."""
    found = loader_probe
    if found["untyped"] - found["python"] <= found["typed"] - found["plain"]:
        no_longer_applies(
            "uiloader._take_main_window (typed findChildren instead of children())",
            f"QtWidgets classes made: {found['plain']} after the load, {found['typed']} after "
            f"findChildren, {found['untyped']} after children()",
        )


# -- gui/app.py ------------------------------------------------------------------------------


def test_the_window_hashes_without_openssl_as_the_bundle_does(tmp_path):
    """``run`` leaves OpenSSL's hashes out before anything imports hashlib (the bundle has no
    ``_hashlib``): the window, its preview's modules and Jinja2 loaded, libcrypto is not in the
    process, and the digests, tokens and comparisons the app uses are as before."""
    article = tmp_path / "artikel.md"
    article.write_text("---\ntitle: Banjir\n---\n\nNetizen.co.id - Air naik.\n", encoding="utf-8")
    code = f"""
        import atexit, json, sys
        def report():
            import hashlib, hmac, secrets
            maps = open("/proc/self/maps", encoding="utf-8").read()
            print(json.dumps(dict(
                openssl=sys.modules.get("_hashlib") is not None or "libcrypto" in maps,
                jinja2="jinja2" in sys.modules,
                sha256=hashlib.sha256(b"abc").hexdigest()[:16],
                sha1=hashlib.sha1(b"abc").hexdigest()[:16],
                token=len(secrets.token_hex(4)),
                same=hmac.compare_digest("a", "a"),
            )))
        atexit.register(report)
        from netizen_editor.cli import main
        sys.exit(main([{str(article)!r}]))
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               NETIZEN_EDITOR_SMOKE="1", NETIZEN_EDITOR_DATA_DIR=str(tmp_path / "data"),
               NETIZEN_EDITOR_CONFIG_DIR=str(tmp_path / "config"))  # fmt: skip
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found == dict(openssl=False, jinja2=True, sha256="ba7816bf8f01cfea",
                         sha1="a9993e364706816a", token=8, same=True)  # fmt: skip
