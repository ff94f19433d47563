"""Review marks in the preview, on the real window (QA37 #20): a deletion keeps a gap from the
words after it (a substitution's new ones, the next word), and a photo under a paragraph with
margin notes keeps the column's width."""

from __future__ import annotations

from tests.gui import TIMEOUT
from tests.gui.preview_fixtures import js, write_png

RINA = "@Rina (2026-12-08T10:52+07:00)"
ARTICLE = f"""\
---
title: Desa Digital
---
Program ini untuk {{~~memperkecil~>mempersempit~~}}{{>>{RINA}<<}} kesenjangan. Warga bisa \
mengurus KTP {{--langsung --}}{{>>{RINA}<<}}di balai desa.

Di Desa Sukamaju, {{==Siti Aminah==}}{{>>{RINA}: Umurnya berapa dan apa pekerjaannya? Tolong \
dilengkapi.<<}}{{>>@Dewi (2026-12-08T10:54+07:00): Sudah saya tambahkan: 42 tahun.<<}}, warga \
setempat, tidak perlu lagi ke kecamatan.

![Warga antre](foto/antre.png "Warga antre di balai desa. Foto: Dewi")

Kepala desa mengakui masih ada gangguan jaringan.
"""


def _rect(qtbot, view, element: str) -> dict:
    box = f"{element}.getBoundingClientRect()"
    return js(qtbot, view, f"(r => ({{left: r.left, right: r.right, width: r.width}}))({box})")


def test_deletions_keep_a_gap_and_the_photo_keeps_the_column(make_window, qtbot, tmp_path):
    write_png(tmp_path / "foto" / "antre.png", 1600, 900)
    article = tmp_path / "desa.md"
    article.write_text(ARTICLE, encoding="utf-8")
    window = make_window([article])
    window.resize(1500, 950)
    view = window.current_tab().preview
    image = "document.querySelector('#nz-body figure img')"
    qtbot.waitUntil(lambda: js(qtbot, view, f"{image}?.naturalWidth || 0") == 1600,
                    timeout=TIMEOUT)  # fmt: skip
    struck = "document.querySelectorAll('#nz-body del.nz-deleted')"
    old, new = _rect(qtbot, view, f"{struck}[0]"), _rect(qtbot, view, f"{struck}[0].nextSibling")
    assert new["left"] - old["right"] >= 3  # "memperkecil mempersempit", not run together
    # the word after the struck "langsung " (its space is struck too) starts a gap after it
    word = f"""(() => {{ const range = document.createRange();
        range.setStart({struck}[1].nextSibling, 0); range.setEnd({struck}[1].nextSibling, 2);
        return range.getBoundingClientRect().left; }})()"""
    after = js(qtbot, view, word)
    assert after - _rect(qtbot, view, f"{struck}[1]")["right"] >= 3
    column = _rect(qtbot, view, "document.getElementById('nz-body')")
    assert _rect(qtbot, view, image)["width"] >= column["width"] - 2  # not ~70 % beside notes
    # beside the paragraph before it: the question and its reply
    assert js(qtbot, view, "document.querySelectorAll('#nz-body .nz-note').length") == 2
