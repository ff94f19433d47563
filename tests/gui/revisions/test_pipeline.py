"""``Revisions``: the tab's end of its render thread (jobs, document switches, settings)."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt

from netizen_editor.gui.revisions.pipeline import Revisions
from netizen_editor.gui.revisions.worker import ErrorResult, PageResult, PatchResult
from netizen_editor.settings import Settings
from netizen_editor.snapshot import Snapshot
from tests.gui import TIMEOUT

TEXT = "---\ntitle: Uji Pipa\n---\nParagraf pertama.\n\n## Bagian\n\nParagraf kedua.\n"


def test_a_text_brings_a_page_then_patches_and_one_snapshot(qtbot):
    revisions = Revisions()
    results: list[object] = []
    snapshots: list[Snapshot] = []
    revisions.rendered.connect(results.append)
    revisions.snapshot_ready.connect(snapshots.append)
    try:
        revisions.submit(TEXT, None, revision=7)
        qtbot.waitUntil(lambda: bool(snapshots), timeout=TIMEOUT)
        assert isinstance(results[0], PageResult) and results[0].seq == revisions.job == 1
        assert snapshots[0].revision == 7 and [h.title for h in snapshots[0].headings] == ["Bagian"]
        revisions.submit(TEXT.replace("kedua", "ketiga"), None, revision=8)
        qtbot.waitUntil(lambda: len(snapshots) == 2, timeout=TIMEOUT)
        patch = results[-1]
        assert isinstance(patch, PatchResult) and patch.script and "ketiga" in patch.script
        assert snapshots[1].revision == 8 and snapshots[1].scan is not None
        assert revisions.worker.renders == 2
    finally:
        revisions.shutdown()


def test_another_path_is_announced_and_loads_a_whole_page(qtbot, tmp_path: Path):
    revisions = Revisions()
    switched: list[int] = []
    results: list[object] = []
    revisions.switched.connect(switched.append)
    revisions.rendered.connect(results.append)
    try:
        revisions.submit(TEXT, tmp_path / "a.md")
        revisions.submit(TEXT, tmp_path / "a.md")
        revisions.submit(TEXT, tmp_path / "b.md")
        assert switched == [1, 3]  # the first document, then the other one
        qtbot.waitUntil(lambda: any(getattr(r, "seq", 0) == 3 for r in results), timeout=TIMEOUT)
        assert isinstance(next(r for r in results if r.seq == 3), PageResult)
    finally:
        revisions.shutdown()


def test_new_settings_render_the_text_again_as_the_preview_wants_it(qtbot):
    revisions = Revisions()
    results: list[object] = []
    revisions.rendered.connect(results.append)
    try:
        revisions.submit(TEXT, None, render=False)  # the preview is hidden
        qtbot.waitUntil(lambda: bool(results), timeout=TIMEOUT)
        renders = revisions.worker.renders
        revisions.set_settings(replace(Settings(), site_name="Situs Lain"))
        assert revisions.settings.site_name == "Situs Lain"
        qtbot.waitUntil(lambda: len(results) == 2, timeout=TIMEOUT)
        assert isinstance(results[-1], ErrorResult) and not results[-1].error  # parsed only
        assert revisions.worker.renders == renders  # still hidden: nothing rendered
    finally:
        revisions.shutdown()


def test_after_shutdown_nothing_more_comes(qtbot):
    revisions = Revisions()
    results: list[object] = []
    revisions.rendered.connect(results.append)
    revisions.shutdown()
    assert not revisions.worker.isRunning()
    revisions.submit(TEXT, None)
    qtbot.wait(300)
    assert results == []


def test_a_snapshot_made_with_the_settings_replaced_is_dropped_even_on_its_way(
    qtbot, tmp_path: Path
):
    """The window applies new settings while the render thread's snapshot of the old ones is
    already on its way to the window's thread: it never shows as the new settings' checks."""
    style = tmp_path / "gaya.toml"
    style.write_text('disabled = ["summary"]\n', encoding="utf-8")
    revisions = Revisions(Settings(ui_language="en"))
    snapshots: list[Snapshot] = []
    revisions.snapshot_ready.connect(snapshots.append)
    made = threading.Event()
    revisions.worker.snapshot_ready.connect(
        lambda *_: made.set(), Qt.ConnectionType.DirectConnection
    )
    try:
        revisions.submit(TEXT, None)
        assert made.wait(TIMEOUT / 1000)  # made; its delivery waits for the window's thread
        revisions.set_settings(Settings(ui_language="en", house_style=str(style)))
        qtbot.waitUntil(lambda: bool(snapshots), timeout=TIMEOUT)
        assert snapshots[0].checked and "summary" not in {f.rule for f in snapshots[0].findings}
    finally:
        revisions.shutdown()
