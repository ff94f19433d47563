"""Tests of netizen_editor/gui: the folders below mirror its packages; the modules directly in
netizen_editor/gui/ (app, collector, pyside_start, uiloader, …) are tested directly here."""
