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
