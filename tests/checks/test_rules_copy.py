"""The slips a desk checks first: a weekday that does not match its date, a doubled word, a
quotation mark or bracket left open. Each through ``check_text`` as the panel and ``check``
run it, with the line and column a user is taken to."""

from __future__ import annotations

import pytest

from netizen_editor.checks.house_style import KNOWN_RULES, parse_house_style
from netizen_editor.checks.registry import rules
from netizen_editor.settings import Settings
from tests.checks.helpers import CLEAN, findings

HEAD = "---\ntitle: Banjir\ndate: 2026-12-06T09:00:00+07:00\n---\n"
EN_HEAD = "---\ntitle: Floods\nlang: en\ndate: 2026-12-06T09:00:00+07:00\n---\n"


def found(body: str, rule: str, head: str = HEAD) -> list[tuple[int, int, tuple[str, ...]]]:
    return [(f.line, f.column, f.suggestions) for f in findings(head + body, rule)]


def column(body_line: str, part: str) -> int:
    return body_line.index(part) + 1


def test_the_clean_article_has_nothing_for_the_new_rules():
    for rule_id in ("weekday", "repeated-word", "quotes"):
        assert findings(CLEAN, rule_id) == []


def test_the_rules_are_registered_and_the_house_style_can_turn_them_off(tmp_path):
    for rule_id in ("weekday", "repeated-word", "quotes", "review"):
        assert rule_id in KNOWN_RULES
    assert {"weekday", "repeated-word", "quotes"} <= set(rules())
    style = tmp_path / "gaya.toml"
    style.write_text('disabled = ["weekday", "repeated-word", "quotes"]\n', encoding="utf-8")
    assert parse_house_style(style.read_text(), style).disabled == {
        "weekday",
        "repeated-word",
        "quotes",
    }
    body = 'Pada Sabtu (6/12/2026) yang yang "datang.\n'
    settings = Settings(house_style=str(style))
    text = HEAD + body
    assert [f for f in findings(text, settings=settings) if f.rule in KNOWN_RULES[-4:-1]] == []


# -- weekday ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "body, day, right",
    [
        ("Banjir datang pada Sabtu (6/12/2026) pagi.", "Sabtu", "Minggu"),
        ("Banjir datang Jumat, 5 Desember 2026, pagi.", "Jumat", "Sabtu"),
        ("Banjir datang pada Sabtu (6/12) pagi.", "Sabtu", "Minggu"),  # the article's year
        ("Rapat digelar Selasa (7/12/26).", "Selasa", "Senin"),
        ("Rapat digelar Rabu, tanggal 10 Des 2026.", "Rabu", "Kamis"),
    ],
)
def test_a_day_name_that_does_not_match_its_date_is_found_with_the_right_day(body, day, right):
    assert found(body + "\n", "weekday") == [(5, column(body, day), (right,))]


def test_matching_days_and_what_is_not_a_date_are_left_alone():
    body = (
        "Banjir datang Sabtu (5/12/2026) dan Minggu, 6 Desember 2026. Rapat Senin (7/12) "
        "pukul 10.00 WIB. Sabtu (31/2/2026) bukan tanggal. Harga naik 5/12 persen.\n\n"
        "`Sabtu (6/12/2026)` di kode dan [laporan](https://contoh.id/Sabtu,-6-Desember-2026) "
        "ditulis apa adanya? Tautan https://contoh.id/Sabtu/(6/12/2026) juga.\n"
    )
    assert found(body, "weekday") == []


def test_english_dates_in_an_english_article():
    body = "The flood came on Friday, December 5, 2026, and on Sunday, 6 December 2026.\n"
    assert found(body, "weekday", EN_HEAD) == [(6, column(body, "Friday"), ("Saturday",))]
    assert found("It came on Saturday, December 5, 2026.\n", "weekday", EN_HEAD) == []


def test_a_date_after_the_articles_date_in_a_sentence_that_says_kemarin_or_lalu():
    body = "Kemarin, Senin (7/12/2026), warga mengungsi. Pekan lalu, Selasa (8/12), hujan.\n"
    got = found(body, "weekday")
    assert [(line, col) for line, col, _s in got] == [
        (5, column(body, "Senin")),
        (5, column(body, "Selasa")),
    ]
    assert found("Besok, Senin (7/12/2026), warga kembali.\n", "weekday") == []
    assert len(found("Warga mengungsi Senin (7/12) lalu.\n", "weekday")) == 1
    then = "Rapat digelar Senin (7/12/2026), lalu dilanjutkan Selasa.\n"  # lalu: "then"
    assert found(then, "weekday") == []
    assert found("Kemarin, Sabtu (5/12/2026), warga mengungsi.\n", "weekday") == []


def test_kemarin_names_the_day_before_the_articles_date():
    body = "Warga mengungsi kemarin (Jumat) dan Jumat kemarin.\n"
    assert found(body, "weekday") == [
        (5, column(body, "Jumat"), ("Sabtu",)),
        (5, body.rindex("Jumat") + 1, ("Sabtu",)),
    ]
    assert found("Warga mengungsi kemarin (Sabtu).\n", "weekday") == []
    assert found("Minggu kemarin warga mengungsi.\n", "weekday") == []  # last week


def test_without_an_article_date_a_date_without_its_year_is_not_judged():
    head = "---\ntitle: Banjir\n---\n"
    assert findings(head + "Banjir datang Sabtu (6/12) pagi.\n", "weekday") == []
    assert len(findings(head + "Banjir datang Sabtu (6/12/2026) pagi.\n", "weekday")) == 1


# -- repeated-word -----------------------------------------------------------------------------
def test_a_word_written_twice_is_found_with_the_single_word():
    body = "Warga yang yang mengungsi kembali. Yang yang lain menunggu.\n"
    assert found(body, "repeated-word") == [
        (5, column(body, "yang yang"), ("yang",)),
        (5, column(body, "Yang yang"), ("Yang",)),
    ]


def test_a_word_repeated_over_a_line_break_is_found_on_the_second_line():
    body = "Warga mengungsi ke\nke gedung sekolah.\n"
    assert found(body, "repeated-word") == [(6, 1, ())]


def test_reduplications_names_numbers_and_what_is_not_prose_are_not_repeats():
    body = (
        "Warga bersama-sama membersihkan rumah masing-masing. Band Duran Duran tampil di "
        "Bora Bora. Burung Diuca diuca terlihat. Nilainya 10 10 persen.\n\n"
        "Perintah `ls ls` dan https://contoh.id/yang/yang serta {--ya ya--} saja.\n\n"
        "```\nyang yang\n```\n"
    )
    assert found(body, "repeated-word") == []
    english = "What he had had was gone, and that that mattered.\n"
    assert found(english, "repeated-word", EN_HEAD) == []


# -- quotes ------------------------------------------------------------------------------------
def test_an_opening_quotation_mark_without_its_closing_one_is_found():
    straight = '"Kami sudah siaga, kata Kepala BPBD.\n'
    curly = "“Kami sudah siaga, kata Kepala BPBD.\n"
    assert found(straight, "quotes") == [(5, 1, ())]
    assert found(curly, "quotes") == [(5, 1, ())]
    nested = "Ia berkata “kami (tim SAR sudah siap” kemarin.\n"
    assert found(nested, "quotes") == [(5, column(nested, "("), ())]


def test_closed_quotes_and_brackets_links_and_code_are_fine():
    body = (
        '"Kami siaga," katanya. “Kami juga,” kata Budi (45). Lihat [laporan BPBD]'
        '(https://contoh.id/a_(b)) dan `print("x` serta <span title="a">teks</span>.\n\n'
        "Kutipan panjang “pertama\nberlanjut di baris kedua” tetap satu paragraf.\n"
    )
    assert found(body, "quotes") == []


def test_a_quotation_going_on_into_the_next_paragraph_is_the_convention():
    body = "“Kami siaga sejak semalam.\n\n“Air naik cepat,” katanya.\n"
    assert found(body, "quotes") == []
    not_continued = "“Kami siaga sejak semalam.\n\nAir naik cepat, katanya.\n"
    assert found(not_continued, "quotes") == [(5, 1, ())]


def test_a_bracket_opened_and_not_closed():
    body = "Kepala BPBD (Budi Santoso mengatakan air naik [lagi.\n"
    assert found(body, "quotes") == [
        (5, column(body, "("), ()),
        (5, column(body, "["), ()),
    ]


def test_a_house_style_may_turn_off_every_rule_there_is():
    """``disabled`` accepts every registered rule's id (the list is written out so that a
    house style is read without loading the rules; it drifted: three were refused)."""
    from netizen_editor.checks.registry import rules

    assert set(rules()) <= set(KNOWN_RULES)
    style = parse_house_style('disabled = ["front-matter", "featured-image", "repeated-key"]\n')
    assert style.disabled == {"front-matter", "featured-image", "repeated-key"}
