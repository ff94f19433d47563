"""Tests of netizen_editor/gui/desk: the desk in the window."""
