"""Tests of netizen_editor/gui/revisions: an article's revision pipeline."""
