"""Tests of netizen_editor/gui: the folders below mirror its packages; the modules directly in
netizen_editor/gui/ (app, collector, pyside_start, uiloader, …) are tested directly here."""

TIMEOUT = 20_000  # ms a GUI test waits: QtWebEngine starts slowly on a busy 2-core machine
