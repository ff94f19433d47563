"""The documents' HTML → Markdown, also what a paste from Word or LibreOffice goes through."""

from __future__ import annotations

from netizen_editor.importing.html import convert_html, pasted_markdown
from netizen_editor.importing.safety import Notes

WORD_CLIPBOARD = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>
<!--StartFragment--><p class=MsoNormal>Menteri <b>meresmikan</b> jembatan<a
href="#_ftn1" name="_ftnref1"><sup>[1]</sup></a> di <a href="file:///C:/Users/humas/x.docx">sini</a>
dan <a href="https://pu.go.id/">situs PU</a>.</p>
<p class=MsoNormal><img width=200 src="file:///C:/Users/humas/AppData/Local/Temp/clip_image002.jpg"
alt="Jembatan"></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·</span
>Satu</p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·</span
>Dua</p>
<table><tr><td><p>Kota</p></td><td><p>Jumlah</p></td></tr><tr><td>Solo</td><td>3</td></tr></table>
<div style='mso-element:footnote-list'><div style='mso-element:footnote' id=ftn1>
<p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1"><sup>[1]</sup></a> Data PUPR, 2026.</p>
</div></div><!--EndFragment--></body></html>"""


def test_a_word_paste_keeps_structure_and_drops_what_points_at_the_disk():
    assert pasted_markdown(WORD_CLIPBOARD) == (
        "Menteri **meresmikan** jembatan[^1] di sini dan [situs PU](https://pu.go.id/).\n\n"
        "- Satu\n- Dua\n\n| Kota | Jumlah |\n| --- | --- |\n| Solo | 3 |\n\n"
        "[^1]: Data PUPR, 2026."
    )


def test_a_web_picture_in_a_paste_stays_a_link():
    html = '<p>Foto <img src="https://cdn.example/a.jpg" alt="A"></p>'
    assert pasted_markdown(html) == "Foto ![A](https://cdn.example/a.jpg)"


def test_footnotes_become_markdown_footnotes():
    html = (
        '<p>Teks<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> dan lagi'
        '<sup><a href="#endnote-2" id="endnote-ref-2">[2]</a></sup>.</p>'
        '<ol><li id="footnote-1"><p>Sumber satu. <a href="#footnote-ref-1">↑</a></p></li></ol>'
        '<ol><li id="endnote-2"><p>Sumber <a href="https://a.id/">dua</a>. '
        '<a href="#endnote-ref-2">↑</a></p></li></ol>'
    )
    assert convert_html(html, Notes(), None) == (
        "Teks[^1] dan lagi[^2].\n\n[^1]: Sumber satu.\n\n[^2]: Sumber [dua](https://a.id/)."
    )


def test_nested_lists_nest_for_python_markdown():
    html = "<ol><li><p>satu</p><ul><li>a</li><li>b</li></ul></li><li>dua</li></ol>"
    assert convert_html(html, Notes(), None) == "1. satu\n    - a\n    - b\n2. dua"


def test_a_video_s_poster_on_the_web_is_left_out_as_a_web_picture_is():
    """QA20: ``<video poster src>`` became ``[![](https://…/poster.jpg)](https://…/v.mp4)``,
    a picture every reader's browser fetched from the sender's server, with no note. The
    poster goes as an ``img`` on the web does; the video stays a link that shows its address."""
    notes = Notes()
    html = (
        '<p>Isi.</p><video src="https://t.example/v.mp4" poster="https://t.example/p.jpg"></video>'
    )
    assert convert_html(html, notes, None) == (
        "Isi.\n\n[https://t.example/v.mp4](https://t.example/v.mp4)"
    )
    assert notes.items == ["a linked image was left out (never fetched): https://t.example/p.jpg"]


def test_a_video_s_file_goes_and_its_text_stays():
    notes = Notes()
    html = (
        '<video poster="https://t.example/p.jpg"><source src="file:///C:/klip.mp4">Tonton'
        '</video><video poster="rilis_files/p.jpg"></video>'
    )
    assert convert_html(html, notes, None) == "Tonton"
    assert notes.items == [
        "a linked image was left out (never fetched): https://t.example/p.jpg",
        "links to files and other programs were removed (their text stays): file:///C:/klip.mp4",
        "an image file the document links to was left out (never read): rilis_files/p.jpg",
    ]


def test_a_video_s_poster_in_a_paste_stays_as_a_web_picture_does():
    html = '<video src="https://t.example/v.mp4" poster="https://t.example/p.jpg"></video>'
    assert pasted_markdown(html) == "[![](https://t.example/p.jpg)](https://t.example/v.mp4)"
