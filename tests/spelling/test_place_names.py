"""Indonesia's place names and KBBI words id_ID lacks are known, and a table cell's first word
is read as a name the way every other cell's is (QA37 #10)."""

from __future__ import annotations

import pytest

from netizen_editor.spelling import wordlists
from netizen_editor.spelling.speller import Speller
from tests.spelling.test_spelling import _own_config, flagged  # noqa: F401 (an autouse fixture)

BUDGET_TABLE = """---
title: Tasikmalaya dan Cianjur Dapat Desa Digital
---
Pemprov menyalurkan anggaran ke lima kabupaten. Sukabumi menerima 90 desa.

| Kabupaten | Jumlah desa | Anggaran (Rp miliar) |
| --- | --- | --- |
| Tasikmalaya | 120 | 36,0 |
| Cianjur | 110 | 33,2 |
| Sukabumi | 90 | 27,1 |

Desa sudah menyiapkan genset cadangan.
"""


def test_regency_names_in_a_table_a_headline_and_a_sentence_and_genset_are_not_flagged():
    assert flagged(BUDGET_TABLE) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Tasikmalaya diguyur hujan.",
        "Kulon Progo dan Gunungkidul kering.",
        "Tojo Una-Una dan Toli-Toli banjir.",
        "Pangkajene dan Kepulauan ikut.",
        "Palangka Raya berkabut.",
        "Jabar dan Jateng bersiap.",
    ],
)
def test_places_are_known_at_a_sentence_start(sentence):
    assert flagged(sentence + "\n") == []


def test_a_place_name_is_a_name_written_in_lowercase_it_is_a_typo():
    assert flagged("Warga tasikmalaya berdatangan.\n") == ["tasikmalaya"]


def test_a_table_cell_opens_no_sentence_a_capitalised_first_cell_is_a_name():
    # unknown to every list: read as the other cells' first words are (a name)
    table = "| Warga | Asal |\n| --- | --- |\n| Xyzzqovic | Qwrtpz |\n"
    assert flagged(table) == []
    assert flagged("| desaa | 12 |\n| --- | --- |\n") == ["desaa"]  # a word is still checked


def test_the_place_list_has_every_province_and_about_550_names():
    path = Speller().folder / wordlists.PLACES_LIST
    entries, notes = wordlists.read_with_notes(path, names=True)
    assert notes == []
    text = path.read_text(encoding="utf-8")
    names = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    # 38 provinces, 416 regencies and 98 cities (a name several share on one line), short names
    assert len(names) >= 500
    for province in ("Papua Pegunungan", "Kepulauan Bangka Belitung", "Nusa Tenggara Timur"):
        assert province in names
    words = {entry.word for entry in entries}
    assert {"Pegunungan", "Bangka", "Una-Una", "Tasikmalaya"} <= words
    assert all(not entry.model for entry in entries)  # "Kulon Progo": two words, no model


def test_a_names_list_parses_each_word_of_a_name_once():
    text = "# comment\nKulon Progo\nBau-Bau\nKulon Progo\n\n"
    assert wordlists.parse(text, names=True) == [
        wordlists.Entry("Kulon"),
        wordlists.Entry("Progo"),
        wordlists.Entry("Bau-Bau"),
    ]
    assert wordlists.parse("ujar kata\n") == [wordlists.Entry("ujar", "kata")]


def test_place_names_serve_english_articles_the_kbbi_supplement_does_not():
    assert flagged("---\nlang: en\n---\nSukabumi is dry; a genset hums.\n") == ["genset"]
