"""Tests of netizen_editor/gui/automation. Its smoke hook runs inside the built bundle, so it is
tested from outside, at the packaging level: tests/packaging/test_smoke_hook.py."""
