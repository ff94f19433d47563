"""Clipboard HTML becomes clean Markdown."""

from __future__ import annotations

from netizen_editor.editing.html_to_markdown import html_to_markdown, looks_like_rich_text

WEB_PAGE = """<html><head><meta charset="utf-8"><title>t</title>
<style>p { color: red }</style><script>alert("x")</script></head><body>
<!--StartFragment--><h1>Judul Berita</h1>
<p>Presiden <b>Putin</b> dan <i>Kim</i> bertemu.
Lihat <a href="https://netizen.co.id/a">di sini</a>.</p>
<ul><li>satu</li><li>dua</li></ul>
<h3>Sub judul</h3>
<p><br></p><p>&nbsp;</p><p></p>
<blockquote><p>Kutipan</p></blockquote>
<p>Baris satu<br>baris dua <font face="Arial"><span style="color:red">merah</span></font></p>
<img src="data:image/png;base64,iVBORw0KGgo=">
<!--EndFragment--></body></html>"""


def test_web_page_fragment():
    md = html_to_markdown(WEB_PAGE)
    assert md == (
        "# Judul Berita\n\n"
        "Presiden **Putin** dan *Kim* bertemu. Lihat [di sini](https://netizen.co.id/a).\n\n"
        "- satu\n- dua\n\n"
        "### Sub judul\n\n"
        "> Kutipan\n\n"
        "Baris satu\\\nbaris dua merah"
    )


def test_no_scripts_styles_trailing_spaces_or_blank_runs():
    md = html_to_markdown(WEB_PAGE)
    assert "alert" not in md and "color" not in md and "<" not in md
    assert all(line == line.rstrip() for line in md.splitlines())
    assert "\n\n\n" not in md
    assert "base64" not in md


WORD = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
<style>p.MsoNormal {margin:0cm;}</style></head><body lang=EN-US>
<p class=MsoNormal><span style='font-family:"Calibri",sans-serif'>Paragraf
<b>tebal</b><o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>
<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>
Butir satu</p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>
<![if !supportLists]><span style='mso-list:Ignore'>·<span>&nbsp;</span></span><![endif]>
Butir dua</p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Penutup.</p>
</body></html>"""


def test_word_cruft_is_gone_and_lists_are_real():
    md = html_to_markdown(WORD)
    assert md == "Paragraf **tebal**\n\n- Butir satu\n- Butir dua\n\nPenutup."


def test_google_docs_spans_keep_bold_and_italic_but_not_the_wrapper():
    html = (
        '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b">'
        '<p dir="ltr"><span style="font-size:11pt;font-weight:700">Tebal</span>'
        '<span style="font-weight:400"> biasa </span>'
        '<span style="font-style:italic">miring</span></p></b>'
    )
    assert html_to_markdown(html) == "**Tebal** biasa *miring*"


def test_literal_asterisks_are_escaped_but_underscores_left_alone():
    assert html_to_markdown("<p>5*3 = file_name</p>") == "5\\*3 = file_name"


def test_rich_text_detection():
    assert looks_like_rich_text(WEB_PAGE)
    code_editor = '<div style="color:#d4d4d4"><span style="color:#569cd6">def</span> f():</div>'
    assert not looks_like_rich_text(code_editor)
