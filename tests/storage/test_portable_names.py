"""Names every colleague's computer can use (QA28 L3), with the device names QA32 #7 found
missing: COM0, COM¹ ... LPT³, CONIN$ and CONOUT$."""

from __future__ import annotations

from pathlib import Path

import pytest

from netizen_editor.document import Document
from netizen_editor.gui.dialogs.export_dialog import default_output
from netizen_editor.storage.portable_names import portable_stem, windows_problem


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("banjir-jakarta.md", None),
        ("Ekonomi", None),
        ("con-1.md", None),
        ("console.md", None),
        ("siapa?.md", "character"),
        ("a:b.md", "character"),
        ('kata "kunci".md', "character"),
        ("tab\there.md", "character"),
        ("ekonomi.", "end"),
        ("ekonomi ", "end"),
        ("con", "reserved"),
        ("CON.md", "reserved"),
        ("nul.tar.gz", "reserved"),
        ("Com1.md", "reserved"),
        ("lpt9", "reserved"),
        ("com0.md", "reserved"),
        ("COM¹.md", "reserved"),
        ("com².txt", "reserved"),
        ("Lpt³", "reserved"),
        ("LPT¹.md", "reserved"),
        ("lpt0.tar.gz", "reserved"),
        ("CONIN$.md", "reserved"),
        ("conout$", "reserved"),
        ("Conout$.log", "reserved"),
        ("com⁴.md", None),  # only ¹ ² ³: Windows folds no other superscript
        ("com10.md", None),
        ("conin.md", None),
    ],
)
def test_windows_problem(name: str, problem: str | None) -> None:
    assert windows_problem(name) == problem


def test_a_title_that_is_a_device_name_gets_a_stem_windows_can_use(tmp_path: Path) -> None:
    assert portable_stem("con") == "con-1" and portable_stem("aux") == "aux-1"
    assert portable_stem("konser") == "konser" and portable_stem("") == ""
    save_as = Document.untitled("").suggested_path(tmp_path, "nul", "artikel")
    assert save_as == tmp_path / "nul-1.md"
    assert default_output(None, "prn", str(tmp_path), "page") == tmp_path / "prn-1.html"
