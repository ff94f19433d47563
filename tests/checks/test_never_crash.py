"""Whatever the text, the checks give findings or a located ArticleError, never a crash."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netizen_editor.checks import Finding
from netizen_editor.checks.context import check_text
from netizen_editor.errors import ArticleError
from netizen_editor.settings import Settings

PIECES = st.sampled_from([
    "---\n", "title: ", "summary: ", "labels: [", "]", "image: ", "corrections:\n  - ", "\n",
    "\n\n", "[[ad]]", "[[more]]", "<!--more-->", "Baca juga: ", "[", "](", ")", "![", "<img ",
    'src="', '"', ">", "<a href=", "</a>", "<iframe src=//x>", "```", "# ", "## ", "> ", "- ",
    "(15)", "pelaku", "Ralat:", "advertorial", "http://", "https://x.y/", "www.", "klik di sini",
    "é", "\u200b", "\ufeff", "\t", "`", "*", "_", "|", "Netizen.co.id - ", "JAKARTA, ",
])  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60))
def test_any_text_gives_findings_or_a_located_error(parts):
    text = "".join(parts)
    try:
        found = check_text(text, None, Settings())
    except ArticleError as exc:
        assert exc.located()
        return
    assert all(isinstance(f, Finding) and f.line >= 1 and f.column >= 1 for f in found)
    lines = max(1, len(text.splitlines()))
    assert all(f.line <= lines for f in found)
