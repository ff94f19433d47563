"""The outline, the checks and the editor's spell underlines read one grammar: on a document
with every tricky construct they agree with each other and with the page Python-Markdown
renders (the same headings, no spelling finding in code, raw HTML or comments, the same
language).

How the tricky parts read (as the page shows them):
- a fence opened with four backticks is closed only by four: a longer run does not close it,
  so it is no fence at all: its ``#`` line is a heading and its words are prose;
- a fence indented under a list item is the item's text (Python-Markdown finds fences at the
  start of a line only): its ``#`` line is a heading inside the list, not in the outline.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from netizen_editor.checks.context import context_for
from netizen_editor.checks.registry import run_checks
from netizen_editor.grammar.scan import Heading
from netizen_editor.gui.editor.markdown_editor import MarkdownEditor
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.settings import Settings
from netizen_editor.snapshot import take_snapshot
from netizen_editor.spelling.speller import article_language
from netizen_editor.storage.datadirs import CONFIG_ENV, DATA_ENV

DOCUMENT = """\


---
title: Tricky article
lang: en
---
# First heading

The minister said the sentense was clear.

```
# not a heading
~~~
wrongg codee
```

````text
# Not closed so a heading
```
a longer run does not close it
`````

    # indented code, not a heading
    indentedd wordz

<div>
# not a heading
<p>Thiss iss nott checkedd</p>
</div>

<!-- a comment with mispeled wordz -->
## After the comment

Second heading
--------------

The reporter {--wrotte--}{++wrote++} it {>>@Ani (2026-12-06T10:30+07:00): checkk<<} again.

- item one
- item twoo

    ```
    # nested fence text
    still the item
    ```

- item three
"""

HEADINGS = [
    Heading(1, "First heading", 7),
    Heading(1, "Not closed so a heading", 18),
    Heading(2, "After the comment", 32),
    Heading(2, "Second heading", 34),
]
#: (file line, word) of every word spelt wrong in the article's prose
TYPOS = [(9, "sentense"), (40, "twoo")]


@pytest.fixture
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_ENV, str(tmp_path / "data"))
    monkeypatch.setenv(CONFIG_ENV, str(tmp_path / "config"))


def test_the_outline_is_the_pages_headings():
    snapshot = take_snapshot(1, DOCUMENT, None, Settings(), checks=False)
    assert list(snapshot.headings) == HEADINGS  # what the outline panel is given
    assert snapshot.article is not None
    html = BodyRenderer().render(snapshot.article, Settings())
    top = re.findall(r'^<h([1-6]) data-line="(\d+)"[^>]*>(.*?)</h\1>$', html, re.MULTILINE)
    assert [Heading(int(level), title, int(line)) for level, line, title in top] == HEADINGS


def hand_over_the_snapshot(editor: MarkdownEditor, text: str) -> None:
    """What the editor's tab does with each revision's snapshot (made by its render thread):
    the spell layer reads the prose lines and the language from it."""
    snapshot = take_snapshot(1, text, None, Settings(), checks=False)
    assert snapshot.scan is not None
    editor.spell.use_snapshot(snapshot.scan, snapshot.article)


def check_findings() -> tuple[str | None, list[tuple[int, str]]]:
    context = context_for(DOCUMENT, None, Settings())
    found = run_checks(context)
    lang = article_language(context.article.meta.get("lang"))
    return lang, [(f.line, f.extra["word"]) for f in found if f.rule == "spelling"]


def test_the_checks_read_english_and_flag_only_the_proses_typos(private_dirs):
    lang, typos = check_findings()
    assert lang == "en"
    assert typos == TYPOS


def test_the_editor_underlines_what_the_checks_flag_in_the_same_language(private_dirs, qtbot):
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.resize(700, 2000)  # every line on screen
    editor.show()
    qtbot.waitExposed(editor)
    editor.setPlainText(DOCUMENT)
    layer = editor.spell
    hand_over_the_snapshot(editor, DOCUMENT)
    qtbot.waitUntil(lambda: layer.speller is not None or bool(layer.problem), timeout=60_000)
    assert layer.speller is not None, layer.problem
    qtbot.waitUntil(lambda: not layer.busy(), timeout=10_000)
    underlined = []
    block = editor.document().firstBlock()
    while block.isValid():
        for start, end, rule in layer.underlines(block):
            if rule == "spelling":
                underlined.append((block.blockNumber() + 1, block.text()[start:end]))
        block = block.next()
    lang, typos = check_findings()
    assert layer.lang == lang == "en"
    assert underlined == typos == TYPOS


@pytest.mark.parametrize(
    "front",
    [
        "lang: en # English",
        "lang: en\nlang: id",  # YAML: the last one
        "lang:\n  en",
        "lang: >\n  en",
        '"lang": en',
        "lang: !!str en",
        "lang: ~",
        "lang: en-GB",
    ],
)
def test_the_editor_reads_the_language_as_the_checks_do(front, private_dirs, qtbot):
    text = f"\n---\ntitle: Uji\n{front}\n---\nThe minister said so.\n"
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.setPlainText(text)
    layer = editor.spell
    hand_over_the_snapshot(editor, text)
    qtbot.waitUntil(lambda: layer.speller is not None or bool(layer.problem), timeout=60_000)
    assert layer.speller is not None, layer.problem
    qtbot.waitUntil(lambda: not layer.busy(), timeout=10_000)
    checks = article_language(context_for(text, None, Settings()).article.meta.get("lang"))
    assert layer.lang == checks
