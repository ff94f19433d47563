"""The headline (``title``), the search description (``summary``) and the photo caption
(``image_caption``) are spell checked like the body, each finding at the front matter line and
column the word is written at."""

from __future__ import annotations

from pathlib import Path

import pytest

from netizen_editor import i18n
from netizen_editor.checks.context import check_text
from netizen_editor.settings import Settings
from netizen_editor.spelling.ignored import ignore_word
from netizen_editor.storage.datadirs import CONFIG_ENV, DATA_ENV

RULES = ("spelling", "non-standard")

ARTICLE = """---
title: Presiden resmikan bendugan baru bersama mentri
summary: Ini yg dimana resiko merubah jalan.
author: Xyzzq Qwrtpz
---

Presiden meresmikan bendungan baru bersama menteri.
"""


@pytest.fixture(autouse=True)
def _own_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv(CONFIG_ENV, str(tmp_path / "config"))
    monkeypatch.setenv(DATA_ENV, str(tmp_path / "data"))
    monkeypatch.setattr(i18n, "_language", "en")


def found(text: str, path: Path | None = None, settings: Settings | None = None):
    return [
        (f.rule, f.line, f.column, f.length, f.extra.get("word"), f.suggestions[:1])
        for f in check_text(text, path, settings or Settings())
        if f.rule in RULES
    ]


def col(text: str, line: int, word: str) -> int:
    return text.splitlines()[line - 1].index(word) + 1


def test_typos_and_non_standard_forms_of_the_title_and_summary_are_found_where_written():
    assert [(rule, line, column, length, word) for rule, line, column, length, word, _s in
            found(ARTICLE)] == [
        ("spelling", 2, col(ARTICLE, 2, "bendugan"), 8, "bendugan"),
        ("spelling", 2, col(ARTICLE, 2, "mentri"), 6, "mentri"),
        ("spelling", 3, col(ARTICLE, 3, "yg"), 2, "yg"),
        ("non-standard", 3, col(ARTICLE, 3, "dimana"), 6, "dimana"),
        ("non-standard", 3, col(ARTICLE, 3, "resiko"), 6, "resiko"),
        ("non-standard", 3, col(ARTICLE, 3, "merubah"), 7, "merubah"),
    ]  # fmt: skip
    standard = {word: s for rule, _l, _c, _n, word, s in found(ARTICLE) if rule == "non-standard"}
    assert standard == {"dimana": ("di mana",), "resiko": ("risiko",), "merubah": ("mengubah",)}


def test_a_typo_typed_into_the_title_is_found_with_suggestions():
    text = ARTICLE.replace("bendugan", "bendungan").replace("mentri", "menteri")
    text = text.replace("Presiden resmikan", "Presidne resmikan")
    ((_rule, line, column, _n, word, suggestions),) = [
        f for f in found(text) if f[0] == "spelling" and f[1] == 2
    ]
    assert (line, column, word) == (2, col(text, 2, "Presidne"), "Presidne")
    assert suggestions == ("Presiden",)  # the main thread asks for suggestions


def test_title_case_headline_words_are_checked_and_names_the_article_uses_are_accepted():
    text = """---
title: Banjir Rob Genangi Pesisir Bendugan Xyzville
summary: Warga Xyzville mengungsi.
---
Banjir rob menggenangi Xyzville.
"""
    assert [(line, word) for _r, line, _c, _n, word, _s in found(text)] == [(2, "Bendugan")]


def test_a_summary_written_over_several_lines_quoted_or_folded_is_placed_on_its_lines():
    text = """---
title: "Banjir rob: warga \\"mengungsi\\" ke masjid"
summary: >-
  Banjir rob menggenangi permukiman,
  warga mengungsi dan petugas membuka dapur umm.
dateline: Jakarta
---
Teks.
"""
    assert [(line, column, word) for _r, line, column, _n, word, _s in found(text)] == [
        (5, col(text, 5, "umm"), "umm")
    ]
    text = text.replace("dapur umm", "dapur umum").replace("Banjir rob:", "Banjir robb:")
    assert [(line, column, word) for _r, line, column, _n, word, _s in found(text)] == [
        (2, col(text, 2, "robb"), "robb")
    ]


def test_a_word_not_written_as_yaml_reads_it_is_named_at_the_key_line():
    text = '---\ntitle: "Banjir di kotamadyya, kot\\u0061madyya lagi"\n---\nTeks.\n'
    assert [(r, line, column, length, word) for r, line, column, length, word, _s in
            found(text)] == [
        ("spelling", 2, 1, 0, "kotamadyya"),  # the whole key line: YAML's escape is not it
        ("spelling", 2, col(text, 2, "kotamadyya"), 10, "kotamadyya"),
    ]  # fmt: skip


def test_other_front_matter_keys_are_not_read():
    text = "---\ntitle: Banjir\nauthor: xyzzq qwrtpz\nslug: salahh-ketikk\n---\nTeks.\n"
    assert found(text) == []


def test_the_articles_language_is_respected():
    text = "---\ntitle: The minister opens a new dam\nsummary: Yg sentense.\nlang: en\n---\nText.\n"
    assert [(rule, word) for rule, _l, _c, _n, word, _s in found(text)] == [
        ("spelling", "Yg"),
        ("spelling", "sentense"),
    ]  # no non-standard forms in English, and English words are known
    unknown = "---\ntitle: Xyzzq qwrtpz\nlang: xx\n---\nText.\n"
    assert [(rule, word) for rule, _l, _c, _n, word, _s in found(unknown)] == [
        ("spelling", None)  # only "no dictionary for the language 'xx'"
    ]


def test_words_ignored_in_the_article_are_left_out_of_the_title_and_summary(tmp_path):
    path = tmp_path / "banjir.md"
    text = ARTICLE.replace("author: Xyzzq Qwrtpz\n", "id: 0b1c2d3e-aaaa-bbbb-cccc-1234567890ab\n")
    path.write_text(text, encoding="utf-8")
    assert ignore_word(path, text, "mentri")
    assert ignore_word(path, text, "resiko")
    words = [word for _r, _l, _c, _n, word, _s in found(text, path)]
    assert words == ["bendugan", "yg", "dimana", "merubah"]


def test_the_house_style_can_turn_the_rules_off(tmp_path):
    style = tmp_path / "gaya.toml"
    style.write_text('disabled = ["spelling", "non-standard"]\n', encoding="utf-8")
    assert found(ARTICLE, settings=Settings(house_style=str(style))) == []


def test_check_prints_them_at_the_front_matter_lines_in_its_format(tmp_path, capsys):
    from netizen_editor.cli import main

    path = tmp_path / "t2.md"
    path.write_text(  # the QA report's article
        "---\ntitle: Presiden resmikan bendugan baru bersama mentri\nsummary: Ini yg dimana resiko "
        "merubah jalan.\n---\n\nPresiden meresmikan bendugan baru bersama mentri.\n",
        encoding="utf-8",
    )
    settings = tmp_path / "settings.toml"
    settings.write_text('ui_language = "id"\n', encoding="utf-8")
    assert main(["check", str(path), "--settings", str(settings)]) == 0  # warnings only
    lines = [line for line in capsys.readouterr().out.splitlines()
             if ": spelling: " in line or ": non-standard: " in line]  # fmt: skip
    assert lines == [
        f"{path}:2:26: warning: spelling: mungkin salah ketik: “bendugan”",
        f"{path}:2:48: warning: spelling: mungkin salah ketik: “mentri”",
        f"{path}:3:14: warning: spelling: mungkin salah ketik: “yg”",
        f"{path}:3:17: warning: non-standard: ejaan tidak baku “dimana”: bentuk bakunya “di mana”",
        f"{path}:3:24: warning: non-standard: ejaan tidak baku “resiko”: bentuk bakunya “risiko”",
        f"{path}:3:31: warning: non-standard: ejaan tidak baku “merubah”: bentuk bakunya "
        "“mengubah”",
        f"{path}:6:21: warning: spelling: mungkin salah ketik: “bendugan”",
        f"{path}:6:43: warning: spelling: mungkin salah ketik: “mentri”",
    ]


CAPTION = """---
title: Banjir rob
image_caption: >-
  Petugas mengevakuasi warga
  dengn perahu karet di Jakarta Utara.
author: Xyzzq Qwrtpz
---

Warga mengungsi.
"""


def test_a_typo_in_the_photo_caption_is_found_where_it_is_written():
    assert [(rule, line, column, length, word) for rule, line, column, length, word, _s in
            found(CAPTION)] == [("spelling", 5, col(CAPTION, 5, "dengn"), 5, "dengn")]  # fmt: skip
    text = CAPTION.replace("  dengn", "  dengan").replace("warga\n", "warga yg\n")
    assert [(r, line, column, word) for r, line, column, _n, word, _s in found(text)] == [
        ("spelling", 4, col(text, 4, "yg"), "yg")
    ]


def test_a_name_in_the_caption_reads_as_a_name_in_the_body_does():
    text = "---\ntitle: Banjir\nimage_caption: Warga Xyzville mengungsi.\n---\n\nTeks.\n"
    assert found(text) == []  # inside a sentence: a name, not checked
    text = "---\ntitle: Banjir\nimage_caption: Xyzville dilanda banjir.\n---\n\nTeks.\n"
    assert [(line, column, word) for _r, line, column, _n, word, _s in found(text)] == [
        (3, col(text, 3, "Xyzville"), "Xyzville")  # a sentence's first word is checked...
    ]
    assert found(text.replace("Teks.", "Warga Xyzville mengungsi.")) == []  # ...a name used
    body = "---\ntitle: Banjir\nimage_caption: Warga Xyzville mengungsi.\n---\n\nXyzville lagi.\n"
    assert found(body) == []  # and the caption's names are the body's too


def test_the_editor_reads_the_front_matter_as_the_rules_do_while_its_yaml_is_being_typed():
    from netizen_editor.spelling.front import front_issues
    from netizen_editor.spelling.speller import shared_speller

    speller = shared_speller(())
    speller.load(("id", "en"))
    raw = '---\ntitle: "Pemerintah mengumumkn kebijakan\nimage_caption: Warga dengn perahu.\n---\n'
    issues = front_issues(raw, speller, "id", None, set())
    assert {line: [(i.start, i.word) for i in found] for line, found in issues.items()} == {
        2: [(raw.splitlines()[1].index("mengumumkn"), "mengumumkn")],
        3: [(raw.splitlines()[2].index("dengn"), "dengn")],
    }  # the unclosed quote is broken YAML: each key's one line is read meanwhile
