"""Shared by every test level. At import: Qt set up for headless runs before any QApplication
exists (pytest-qt makes it; the checks' font test, the GUI tests and the browser tests all use
one), and a throw-away photo cache. Fixtures: the UI language, the shared articles of
``tests/samples.py``, a private photo cache. The GUI's window and editor fixtures are in
``tests/gui/conftest.py``, which every folder under tests/gui/ inherits."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

from netizen_editor.gui.app import web_engine_environment  # imports no Qt

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# web copies of photos are cached in a throw-away folder, never the user's cache
if "NETIZEN_EDITOR_CACHE_DIR" not in os.environ:
    _cache = tempfile.mkdtemp(prefix="netizen-cache-")
    os.environ["NETIZEN_EDITOR_CACHE_DIR"] = _cache
    atexit.register(shutil.rmtree, _cache, True)
web_engine_environment()  # the app's flags: --no-sandbox as root (CI), no zygote, no GPU process

try:
    from PySide6.QtCore import QCoreApplication, Qt

    # QtWebEngine needs shared OpenGL contexts, set before the application is created.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
except ImportError:  # the core tests run without Qt installed
    pass


from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tests.samples import SAMPLE_PATH, TEST_ARTICLE  # noqa: E402


@pytest.fixture(autouse=True)
def _language_kept():
    """A test that runs a command or starts a window sets the core's language, as their start
    does: the next test starts in the language this one started in (one such leak made a later
    test read its dates in English, in CI's order only)."""
    from netizen_editor import i18n

    before = i18n.language()
    yield
    if i18n.language() != before:
        i18n.set_language(before)


@pytest.fixture
def english():
    """The core's messages in English for the test (the default language is Indonesian)."""
    from netizen_editor import i18n

    before = i18n.language()
    i18n.set_language("en")
    yield
    i18n.set_language(before)


@pytest.fixture
def cli_in_english(tmp_path, monkeypatch):
    """A command run with private config and data folders whose settings say English (a
    command speaks the settings' language)."""
    from netizen_editor import i18n

    monkeypatch.setenv("NETIZEN_EDITOR_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("NETIZEN_EDITOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(i18n, "_language", "en")  # a command sets it: put back after
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.toml").write_text('ui_language = "en"\n', encoding="utf-8")


@pytest.fixture
def cli_folder(tmp_path, monkeypatch) -> Path:
    """A command run in ``tmp_path`` (its working folder) with private config, data and cache
    folders, the language it sets put back after."""
    from netizen_editor import i18n

    for name in ("CONFIG", "DATA", "CACHE"):
        monkeypatch.setenv(f"NETIZEN_EDITOR_{name}_DIR", str(tmp_path / name.lower()))
    monkeypatch.setattr(i18n, "_language", i18n.language())
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def indonesian():
    from netizen_editor import i18n

    before = i18n.language()
    i18n.set_language("id")
    yield
    i18n.set_language(before)


@pytest.fixture
def sample_path() -> Path:
    """The built-in sample article (resources/samples/putin-kim.md)."""
    return SAMPLE_PATH


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    """``TEST_ARTICLE`` saved as ``articles/uji-coba.md`` in the test's own folder."""
    path = tmp_path / "articles" / "uji-coba.md"
    path.parent.mkdir()
    path.write_text(TEST_ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The test's own empty photo cache (the photo and image-export tests count its files)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("NETIZEN_EDITOR_CACHE_DIR", str(folder))
    return folder / "photos"
