"""Random front matter and Markdown through the command line: exit 0 or 2, never a traceback."""

from __future__ import annotations

import contextlib
import io
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netizen_editor.article.model import KNOWN_FIELDS
from netizen_editor.cli import main

ROOT = Path(__file__).resolve().parents[2]
MARKDOWN_BITS = [
    "[", "]", "(", ")", "![x](", "*", "_", "`", "```", "#", "> ", "- ", "1. ", "<", ">", "&",
    "<div>", "</div>", "<span>", "<iframe src=\"https://www.youtube.com\\@e/\">", "[[ad]]",
    "<!--more-->", "*[AB]: x", "[^1]", "[^1]: n", "|a|b|\n|-|-|", "\n", "\n\n", "    ",
    " data-line=\"3\"", "\x0b", "\x0c", "\x1b[31m", "\x00", "\ufeff", "\u202e", "Netizen.co.id",
    "kata", "Baca juga: [x](https://a.b)", "![f](foto.jpg \"Judul (Foto: A)\")",
]  # fmt: skip
YAML_VALUES = [
    "2023-09-31", "2023-09-14 25:00:00", "2023-09-14T10:00:00+99:00", "!!int abc",
    "!!timestamp besok", "!!float x", "!!binary zzz", "9" * 5000, "[" * 60, "{a: " * 50,
    "&a [x]", "*a", "'unclosed", "[a, b]", "{a: 1}", "yes", "~", "1e999", "-", "? x",
    "!!python/object:os.system x", "\"\\e[2J\"", "|\n  blok", "ready", "draft",
    "[{time: 2023-02-30T10:00:00, text: x}]", "[{time: 2023-09-14T10:00:00+07:00, text: x}]",
]  # fmt: skip
KEYS = [*KNOWN_FIELDS, "corrections", "verified", "x", "tanggal"]

lines = st.builds(
    lambda key, value: f"{key}: {value}",
    st.sampled_from(KEYS),
    st.one_of(st.sampled_from(YAML_VALUES), st.text(max_size=20)),
)
front_matter = st.lists(st.one_of(lines, st.text(max_size=15)), max_size=8)
body = st.lists(st.one_of(st.sampled_from(MARKDOWN_BITS), st.text(max_size=10)), max_size=40)


def _article(fm: list[str], parts: list[str], fenced: bool) -> str:
    head = "---\n" + "\n".join(fm) + "\n---\n" if fenced else ""
    return head + "".join(parts)


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    fm=front_matter,
    parts=body,
    fenced=st.booleans(),
    fmt=st.sampled_from(["page", "blogger", "atom"]),
)
def test_random_articles_export_or_fail_cleanly(fm, parts, fenced, fmt):
    text = _article(fm, parts, fenced)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "acak.md"
        src.write_text(text, encoding="utf-8", errors="surrogatepass")
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            code = main(["export", str(src), "--format", fmt, "-o", str(Path(tmp) / "o.html")])
        assert code in (0, 2), err.getvalue()
        assert "Traceback" not in err.getvalue()
        if code == 2:
            assert f"{src}:" in err.getvalue()
        assert "\x1b" not in err.getvalue()


def test_random_articles_through_the_real_command(tmp_path):
    rng = random.Random(9)
    files = []
    for number in range(25):
        fm = [f"{rng.choice(KEYS)}: {rng.choice(YAML_VALUES)}" for _ in range(rng.randint(0, 5))]
        parts = [rng.choice(MARKDOWN_BITS) for _ in range(rng.randint(0, 60))]
        files.append(tmp_path / f"acak{number}.md")
        files[-1].write_text(_article(fm, parts, rng.random() < 0.8), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    for fmt in ("page", "atom"):
        out = subprocess.run(
            [sys.executable, "-m", "netizen_editor", "export", *map(str, files),
             "--format", fmt, "-o", str(tmp_path / fmt)],
            capture_output=True, text=True, timeout=300, env=env,
        )  # fmt: skip
        assert out.returncode in (0, 2)
        assert "Traceback" not in out.stderr


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fm=front_matter, parts=body, fenced=st.booleans())
def test_random_articles_through_the_preview_and_the_metadata_panel(fm, parts, fenced):
    """What the window does with each revision: parse, preview state, read the fields and set
    one; each either works or raises ArticleError (shown as the error with its line)."""
    from netizen_editor.article.frontmatter import get_fields, set_field
    from netizen_editor.errors import ArticleError
    from netizen_editor.grammar.frontmatter import split_front_matter
    from netizen_editor.publish.preview_patch import PreviewRenderer
    from netizen_editor.settings import Settings as AppSettings

    text = _article(fm, parts, fenced)
    renderer = PreviewRenderer()
    try:
        article = renderer.parse(text, None)
    except ArticleError as exc:
        assert exc.line is not None
    else:
        state = renderer.state(article, AppSettings())
        renderer.page(state, article, AppSettings())
    with contextlib.suppress(ArticleError):
        get_fields(text)
    changed = set_field(text, "title", "Judul baru")
    # the body is never touched (a byte order mark at the very start stays at the very start,
    # before the front matter the field made)
    assert changed.endswith(split_front_matter(text)[1].removeprefix("\ufeff"))
