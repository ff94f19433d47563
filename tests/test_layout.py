"""The tests mirror the package: every package folder of netizen_editor/ and of
netizen_editor/gui/ has a test folder of the same path under tests/ (a Python package, so its
tests import as ``tests.<path>``). Tests of netizen_editor/X/Y.py live in tests/X/ (a deeper
folder such as publish/mdext is tested with its parent); tests of the modules directly in
netizen_editor/ (cli, document, snapshot, …) live directly in tests/, those of the modules
directly in netizen_editor/gui/ in tests/gui/. The levels that test the whole app from outside
(tests/hostile, browser, e2e, packaging, reference) sit beside the package folders."""

from __future__ import annotations

from tests.samples import ROOT

PACKAGE = ROOT / "netizen_editor"


def test_every_package_folder_has_a_test_folder():
    folders = [
        p.parent for p in [*PACKAGE.glob("*/__init__.py"), *PACKAGE.glob("gui/*/__init__.py")]
    ]
    missing = sorted(
        str(f.relative_to(PACKAGE))
        for f in folders
        if not (ROOT / "tests" / f.relative_to(PACKAGE) / "__init__.py").is_file()
    )
    assert missing == [], f"make tests/<folder>/__init__.py (and its tests) for: {missing}"
