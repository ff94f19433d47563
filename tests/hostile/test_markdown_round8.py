"""Markdown that kept one step of Python-Markdown busy for minutes, where the time budget (it
looks between steps) never got a look in (QA20, hostile round 8):

- a run of ``[^`` that closes nothing: the footnote patterns read from every ``[^`` to the end
  of the paragraph (97 KB never finished exporting); now each reads up to the next ``[^`` and
  the run is shown as text;
- blocks by the ten thousand: every block processor took its block off the front of a list
  and put back what it left, moving all the blocks behind it (100,000 lines of ```` ``` ````,
  50,000 empty code blocks, spent 9 s of CPU before the refusal); now a deque;
- ``*[a] : b`` abbreviation definitions by the thousand, which the count of definitions did
  not know: Python-Markdown takes each off its block and reads the rest again (8,000 took
  19 s); now they are counted and refused at once.

Each case runs in a process of its own (``tests/hostile/bounded.py``), killed after
``KILL_AFTER`` seconds: a hang guard far above what the cases take now (a few seconds on a
loaded machine) and below what they took before (minutes). The figures are in
``benchmarks/bench_hostile.py`` (the cases are in ``tests/hostile/corpus.py``).
"""

from __future__ import annotations

import pytest

from tests.hostile.bounded import run_cases

KILL_AFTER = 60.0
HEAD = "---\ntitle: Judul\nslug: judul\n---\n"
OPEN_REFERENCES = "[^" * 100_000  # 195 KB in one paragraph
ARTICLES = {
    "open references": OPEN_REFERENCES + "\n",
    "open references on 100,000 lines": "[^\n" * 100_000,
    "abbreviations with a space": "*[a] : b\n" * 8_000,
}
#: blank lines alone make the cheapest blocks, so the time is the block queue's: 1,500,000 of
#: them (the export refuses over 50,000 blank lines before converting; code fences make blocks
#: without any, 1,500,000 of them would only take longer)
BLANK_BLOCKS = 1_500_000
#: each link pattern copied the rest of the paragraph for every "[" that closes nothing (the
#: export stops at 2.5 s; without that budget 1.6 MB took minutes)
OPEN_BRACKETS = 1_600_000


def preview(argv: list[str]) -> int:
    """The driver's entry: the preview's chunks of the article ``argv[0]``, what they show."""
    from pathlib import Path

    from netizen_editor.article.model import Article
    from netizen_editor.publish.body import BodyRenderer
    from netizen_editor.settings import Settings

    renderer = BodyRenderer()
    chunks = renderer.render_chunks(Article.parse(Path(argv[0]).read_text("utf-8")), Settings())
    shown = any(OPEN_REFERENCES[:2000] in chunk.html for chunk in chunks)
    print(f"shown={shown} problems={[(p.line, p.message) for p in renderer.problems]}")
    return 0


def convert(argv: list[str]) -> int:
    """The driver's entry: Python-Markdown as the app sets it up (no time budget) over
    ``BLANK_BLOCKS`` empty blocks between two paragraphs, or ``OPEN_BRACKETS`` of ``[``."""
    from netizen_editor.publish.mdext import make_markdown

    if argv == ["blocks"]:
        html = make_markdown().convert("erste\n" + "\n" * (2 * BLANK_BLOCKS) + "zweite\n")
        print(html.replace("\n", ""))
    else:
        html = make_markdown().convert("[" * OPEN_BRACKETS)
        print(html == f"<p>{'[' * OPEN_BRACKETS}</p>")
    return 0


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    folder = tmp_path_factory.mktemp("round8")
    cases = []
    for number, (name, body) in enumerate(ARTICLES.items()):
        article = folder / f"r{number}.md"
        article.write_text(HEAD + body, encoding="utf-8")
        page = folder / f"r{number}.html"
        cases.append({"name": name, "argv": ["export", str(article), "-o", str(page)]})
    cases.append(
        {"name": "preview", "argv": [str(folder / "r0.md")], "entry": f"{__name__}:preview"}
    )
    for what in ("blocks", "brackets"):
        cases.append({"name": what, "argv": [what], "entry": f"{__name__}:convert"})
    config = folder / "config"  # the messages in English (a module's fixture comes before
    config.mkdir()  # conftest's, which is each test's)
    (config / "settings.toml").write_text('ui_language = "en"\n', encoding="utf-8")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("NETIZEN_EDITOR_CONFIG_DIR", str(config))
        env.setenv("NETIZEN_EDITOR_DATA_DIR", str(folder / "data"))
        return folder, run_cases(cases, folder, kill_after=KILL_AFTER)


def _finished(result: dict) -> dict:
    assert not result["killed"], f"still running after {result['seconds']} s"
    assert not result["traceback"], result["output"]
    return result


@pytest.mark.slow
def test_a_paragraph_of_footnote_references_that_close_nothing_exports_as_text(results):
    folder, by_name = results
    assert _finished(by_name["open references"])["exit"] == 0
    page = (folder / "r0.html").read_text(encoding="utf-8")
    assert OPEN_REFERENCES in page


@pytest.mark.slow
def test_lines_opening_with_a_footnote_reference_that_closes_nothing_export(results):
    # the definition pattern read from each such line to the next "]", across the lines
    folder, by_name = results
    assert _finished(by_name["open references on 100,000 lines"])["exit"] == 0
    assert "[^\n[^\n[^\n" in (folder / "r1.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_the_preview_shows_the_run_as_text_or_names_its_line(results):
    result = _finished(results[1]["preview"])
    assert result["exit"] == 0
    # rendered, or (a machine too loaded for the chunk's second) shown as its source, named
    assert "shown=True" in result["output"] or "problems=[(5, " in result["output"]


@pytest.mark.slow
def test_thousands_of_abbreviation_definitions_with_a_space_are_refused_at_once(results):
    folder, by_name = results
    result = _finished(by_name["abbreviations with a space"])
    assert result["exit"] == 2
    assert f"{folder / 'r2.md'}:5: 8000 abbreviation definitions; at most 500" in result["output"]


@pytest.mark.slow
def test_the_converter_reads_a_million_blocks_one_by_one(results):
    result = _finished(results[1]["blocks"])
    assert result["exit"] == 0
    assert "<p>erste</p><p>zweite</p>" in result["output"]


@pytest.mark.slow
def test_the_converter_reads_megabytes_of_open_brackets_as_text(results):
    result = _finished(results[1]["brackets"])
    assert result["exit"] == 0
    assert result["output"].strip() == "True"
