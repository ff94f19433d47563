from __future__ import annotations

from netizen_editor.editing.textstats import reading_minutes, text_stats
from netizen_editor.grammar.inline import count_words


def test_counts_words_of_the_body_not_the_front_matter():
    text = "---\ntitle: Satu dua tiga\nauthor: Redaksi\n---\nPutin dan Kim bertemu.\n"
    stats = text_stats(text)
    assert stats.words == 4
    assert stats.characters == len("Putin dan Kim bertemu.")


def test_markup_and_link_targets_are_not_words():
    assert count_words("**Tebal** dan _miring_ [tautan](https://contoh.com/a-b-c)") == 4
    assert count_words("<!-- ad -->\n## Judul\n- satu\n- dua") == 3


def test_joined_words_and_numbers_count_once():
    assert count_words("kerja-sama Kim's 13.9.2023 1,5 persen") == 5


def test_reading_time_at_200_words_a_minute():
    assert reading_minutes(0) == 0
    assert reading_minutes(1) == 1
    assert reading_minutes(200) == 1
    assert reading_minutes(201) == 2
    assert text_stats("kata " * 450).reading_minutes == 3


def test_empty_article():
    stats = text_stats("")
    assert (stats.words, stats.characters, stats.reading_minutes) == (0, 0, 0)


def test_line_breaks_are_not_characters():
    assert text_stats("ab\r\ncd\n").characters == 4
