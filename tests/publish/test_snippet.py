"""The page's auto-snippet reads paragraphs only."""

from __future__ import annotations

from netizen_editor.publish.page_view import snippet_from_body


def test_the_snippet_skips_code_blocks_before_the_first_paragraph():
    # "<p" also opens "<pre>": the code went into the snippet, and from each code block the
    # search read on to the body's end (50,000 of them made the export hang)
    body = '<pre data-line="1"><code>kode()\n</code></pre>\n<p data-line="4">Teks pertama.</p>'
    assert snippet_from_body(body) == "Teks pertama."
    assert snippet_from_body("<pre><code></code></pre>\n" * 3) == ""
