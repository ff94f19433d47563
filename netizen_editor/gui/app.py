"""Application start-up: Qt and QtWebEngine setup, settings, translations, the session lock,
the main window, and the offer to recover work a crashed session left behind."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from netizen_editor import APP_ID, APP_NAME, __version__

ORGANIZATION = "Netizen.co.id"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def web_engine_environment() -> None:
    """Chromium flags for the preview, set before QtWebEngine starts (the user's own
    ``QTWEBENGINE_CHROMIUM_FLAGS`` are kept):

    - ``--no-sandbox`` as root, where Chromium's sandbox refuses to run;
    - ``--no-zygote`` whenever the sandbox is off: the zygote only serves the sandbox and costs
      a process (about 150 MB of resident memory);
    - ``--disable-gpu``: the preview is one article page, software compositing draws it as
      fast, and the GPU process costs about 70 MB. ``NETIZEN_EDITOR_PREVIEW_GPU=1`` keeps it;
    - ``--js-flags=--lite-mode``: page scripts are off and the app's patch script is small, so
      V8's optimising compilers only cost memory (about 8 MB).

    Without the GPU nothing in the app draws with OpenGL, so Qt is told not to load it either
    (``QT_QUICK_BACKEND=software``, ``QT_XCB_GL_INTEGRATION=none``, unless set): on X11 with
    Mesa that keeps libLLVM and the DRI driver out of the process, about 95 MB.
    """
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    if hasattr(os, "geteuid") and os.geteuid() == 0 and "--no-sandbox" not in flags:
        flags.append("--no-sandbox")  # Chromium's sandbox refuses to run as root
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    if "--no-sandbox" in flags and "--no-zygote" not in flags:
        flags.append("--no-zygote")
    if os.environ.get("NETIZEN_EDITOR_PREVIEW_GPU") != "1":
        if "--disable-gpu" not in flags:
            flags.append("--disable-gpu")
        os.environ.setdefault("QT_QUICK_BACKEND", "software")
        os.environ.setdefault("QT_XCB_GL_INTEGRATION", "none")
    if not any(flag.startswith("--js-flags") for flag in flags):
        flags.append("--js-flags=--lite-mode")
    from netizen_editor.gui.messages import chromium_log_flags

    if not any(flag.startswith("--log-level") for flag in flags):
        flags += chromium_log_flags()
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join(flags)


def leave_out_openssl() -> None:
    """hashlib's built-in SHA-256 and SHA-1 for the window, not OpenSSL's, as in the bundle
    (packaging/netizen-editor.spec leaves ``_hashlib`` and ``ssl`` out): a window started from
    source then carries what the bundle carries. OpenSSL's libcrypto was 4.4 MB resident in
    the window's process, loaded only because hashlib (storage/, spelling/, and Jinja2's
    bytecode cache, which the preview imports) reaches for it first; nothing the window does
    needs it: the preview is Chromium, with its own, and the window hashes articles and paths
    of kilobytes. Spawned desk workers (desk/parallel.py) start fresh and keep OpenSSL. Only
    before anything has imported ``_hashlib``: after that there is nothing left to save."""
    if "_hashlib" not in sys.modules:
        sys.modules["_hashlib"] = None  # type: ignore[assignment]


def prepare_environment() -> None:
    """Settings QtWebEngine reads when it starts; must run before the QApplication exists."""
    from netizen_editor.gui.pyside_start import (
        defer_stub_generator,
        frozen_qt_conf,
        skip_feature_scan,
    )

    defer_stub_generator()
    skip_feature_scan()
    frozen_qt_conf()
    web_engine_environment()
    from netizen_editor.gui.messages import install_message_filter

    install_message_filter()
    from PySide6.QtCore import QCoreApplication, Qt

    # What importing QtWebEngineWidgets before the QApplication would do. The import itself
    # (~70 ms: libQt6WebEngineCore's relocations) waits until the preview makes its view, after
    # the window's first frame; Qt documents the attribute as the alternative.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)


def app_icon():  # -> QIcon
    from PySide6.QtGui import QIcon

    from netizen_editor.paths import resource_path

    icon = QIcon()
    for size in ICON_SIZES:
        png = resource_path("icons", f"{APP_ID}-{size}.png")
        if png.is_file():
            icon.addFile(str(png))
    svg = resource_path("icons", f"{APP_ID}.svg")
    if icon.isNull() and svg.is_file():
        icon.addFile(str(svg))
    return icon


def install_translators(app, language: str) -> list:
    """Our translations (resources/translations/netizen_editor_<lang>.qm) and Qt's own. The
    core's messages are the caller's to set (``i18n.set_language``, once, at start)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from netizen_editor.paths import resource_path

    installed = []
    locale = QLocale(language)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # ours first, then Qt's own catalogues where PySide6 ships them for the language (it has
    # none for Indonesian: the Qt texts our windows show are in our catalog, qt_strings.py)
    folders = [(str(resource_path("translations")), "netizen_editor")]
    folders += [(qt_folder, name) for name in ("qtbase", "qtwebengine")]
    for folder, name in folders:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def load_settings():  # -> tuple[Settings, str]
    """The settings (defaults for what cannot be used), and the lines that were ignored."""
    from netizen_editor.settings import Settings, default_settings_path

    settings, problems = Settings.load_lenient(default_settings_path())
    return settings, "\n".join(p.located() for p in problems)


def start_settings():  # -> tuple[Settings, str]
    """``load_settings`` at the window's start: the core's language is set to the settings'
    (once, for this run), and the lines that were ignored are told in it (they were read in
    the language before, Indonesian unless a test set another)."""
    from netizen_editor import i18n

    settings, problem = load_settings()
    if settings.ui_language != i18n.language():
        i18n.set_language(settings.ui_language)
        if problem:
            problem = load_settings()[1]
    return settings, problem


def run(files: list[str], *, desk: str | None = None) -> int:
    """Open the window (with ``files``, or the last session's articles) and run until closed;
    ``desk``: a desk folder to open (``netizen-editor desk FOLDER``), through the window's
    ``open_desk`` once it has one. 2, after one line on stderr, when there is no screen
    (``terminal.no_screen``: asked before Qt is imported, which would abort the process)."""
    leave_out_openssl()  # before anything imports hashlib
    from netizen_editor.terminal import no_screen, say

    problem = no_screen(desk=desk is not None)
    if problem:
        say(problem)
        return 2
    from netizen_editor.gui.pyside_start import defer_stub_generator

    defer_stub_generator()  # before anything imports PySide6 (the collector does)
    from netizen_editor.gui.collector import pause_for_start

    pause_for_start()  # the IdleCollector made after the window is shown resumes them
    prepare_environment()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from netizen_editor.errors import error_message
    from netizen_editor.gui.automation import smoke
    from netizen_editor.gui.automation.test_hook import install_test_hook
    from netizen_editor.gui.collector import IdleCollector
    from netizen_editor.gui.file_open_events import Application
    from netizen_editor.gui.plain_text import shown_plain
    from netizen_editor.gui.window.main_window import MainWindow
    from netizen_editor.gui.window.name_bar import offer_name
    from netizen_editor.gui.window.session_end import end_with_session
    from netizen_editor.gui.window.termination import end_on_terminate
    from netizen_editor.storage.datadirs import journal_dir
    from netizen_editor.storage.journal import Journal

    # Qt's own command line options are not passed on: the CLI parsed ours already.
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else Application(sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())

    # the window's one language, for this run: the core's messages (checks, export warnings,
    # photo status, the settings' ignored lines) and Qt's; a language chosen in Settings is
    # used from the next start
    settings, settings_problem = start_settings()
    install_translators(app, settings.ui_language)

    journal: Journal | None = Journal(journal_dir())
    journal_problem = ""
    try:
        if journal is not None:
            journal.start()
    except OSError as exc:
        journal_problem = error_message(exc)
        journal = None

    window = MainWindow(settings, journal=journal)
    window.restore_session([str(Path(f)) for f in files])
    if isinstance(app, Application) and app.file_opens is not None:
        app.file_opens.attach(window)  # a story double-clicked in the Finder opens there
    offer_name(window)  # no author in Settings: a bar asks for the name (non-modal)
    window.show()
    collector = IdleCollector(app)  # noqa: F841 - lives as long as the event loop
    if settings_problem:
        window.prompts.error(
            QApplication.translate("App", "Settings Not Used"),
            QApplication.translate(  # one wrong value is one default: the rest are used
                "App",
                "Some of the settings file cannot be used (below): the defaults stand in for "
                "it until the file is fixed.",
            ),
            settings_problem,
        )
    if journal_problem:
        QMessageBox.warning(
            window,
            QApplication.translate("App", "No Recovery Journal"),
            shown_plain(
                QApplication.translate(
                    "App",
                    "Unsaved work cannot be journaled for recovery after a crash: {problem}\n\n"
                    "Save often until this is fixed.",
                ).format(problem=journal_problem)
            ),
        )
    install_test_hook(window)
    end_on_terminate(window)  # a logout's SIGTERM: the story locks go, unsaved text stays journaled
    end_with_session(app, window)  # Windows' logoff: the same, without a question
    smoke.maybe_install(app, window)
    QTimer.singleShot(0, window.offer_recovery)
    open_desk = getattr(window, "open_desk", None) if desk is not None else None
    if open_desk is not None:
        QTimer.singleShot(0, lambda: open_desk(desk))
    code = app.exec()
    from netizen_editor.gui.revisions.pipeline import leave_if_running

    leave_if_running(int(code))  # a render thread that does not end: no abort at the very end
    return int(code)
