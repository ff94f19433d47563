"""Affixed Indonesian words of a known root pass the spell check; real slips are still caught."""

from __future__ import annotations

import pytest

from netizen_editor import i18n
from netizen_editor.spelling.morphology import valid_form
from netizen_editor.spelling.speller import Speller
from netizen_editor.storage.datadirs import CONFIG_ENV
from tests.spelling.test_spelling import check, flagged


@pytest.fixture(autouse=True)
def _own_config(tmp_path, monkeypatch):
    monkeypatch.setenv(CONFIG_ENV, str(tmp_path / "config"))
    monkeypatch.setattr(i18n, "_language", "en")


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller()


#: correct affixed words of finished copy that the id_ID dictionary does not list
AFFIXED = (
    "kerahkan didistribusikan dioperasikan menormalisasi dirilis pemeringkat dipicu "
    "terintegrasi kuartalan perpanjangannya diperlemah disutradarai mendeskripsikan "
    "diidolakan berkomitmen berkewarganegaraan perkuatan kapitalisasi finalisasi beraliran "
    "diperebutkan berencana"
).split()

#: slips: a wrong nasal prefix, a letter missing from the root, a doubled or swapped letter,
#: an affix that never goes with another (di-...-an, ke-...-i), a prefix that does not stack
SLIPS = (
    "menhentikan menfaatkan menpersiapkan pemerinth dioperaskn dioperaskan didistribusikn "
    "kebahagian pertempruan berlansung menempatkkannya pengunaannya dikomunikasian "
    "ditarian dipelemah keculai alamiinya bekata diamin berlata dimilki"
).split()


def test_correct_affixed_words_of_news_copy_are_not_flagged():
    text = "Pemerintah " + " ".join(AFFIXED) + ".\n"
    assert flagged(text) == []


def test_slips_in_affixed_words_are_still_flagged(speller):
    assert [w for w in SLIPS if speller.known(w, "id")] == []
    text = "Kata " + " ".join(SLIPS) + ".\n"
    assert flagged(text) == SLIPS


def test_the_kbbi_standard_news_words_pass():
    assert flagged("Dulu, seusai laga sepekan lalu, skuad bank syariah itu berlatih.\n") == []


def test_informal_forms_are_non_standard_findings_with_the_standard_form_not_typos():
    text = "Dia bilang, tapi curhat itu nggak penting, udah lewat.\n"
    found = check(text)
    assert [(f.rule, f.extra["word"], f.suggestions[0]) for f in found] == [
        ("non-standard", "tapi", "tetapi"),
        ("non-standard", "curhat", "curahan hati"),
        ("non-standard", "nggak", "tidak"),
        ("non-standard", "udah", "sudah"),
    ]


def test_an_unmelted_nasal_is_a_non_standard_form_with_the_melted_one():
    found = check("Mereka mengkonversi dan mensukseskan acara, lalu mentaati aturan.\n")
    assert [(f.rule, f.extra["word"], f.suggestions[0]) for f in found] == [
        ("non-standard", "mengkonversi", "mengonversi"),
        ("non-standard", "mensukseskan", "menyukseskan"),
        ("non-standard", "mentaati", "menaati"),
    ]
    assert flagged("Ia mengkaji dan mengkritik laporan itu.\n") == []  # standard per KBBI


def test_suggestions_for_an_affixed_typo_keep_the_affixes_and_fix_the_root(speller):
    assert speller.suggest("dioperaskan", "id")[0] == "dioperasikan"
    assert speller.suggest("menhentikan", "id")[0] == "menghentikan"
    assert speller.suggest("Dikordinasikan", "id")[0] == "Dikoordinasikan"
    finding = check("Bantuan itu dioperaskan relawan.\n", rule="spelling")[0]
    assert finding.suggestions[0] == "dioperasikan"


def test_affixes_that_do_not_go_together_are_refused():
    assert valid_form("didistribusikan", "distribusi")
    assert valid_form("diberdayakan", "daya")
    assert valid_form("keberhasilan", "hasil")
    assert valid_form("menulis", "tulis")
    assert not valid_form("dikomunikasian", "komunikasi")  # di-...-an
    assert not valid_form("kembaki", "mbak")  # ke-...-i
    assert not valid_form("dipelemah", "lemah")  # di-pe- does not stack
    assert not valid_form("betanya", "tanya")  # be- only before r or -er-


#: slips that give a rare root a valid affix (ber- + dadar, di- + untut, cicik + -an): the
#: stemmer finds a root, but the dictionary gives that root no such affix and knows a word one
#: slip away; each with the word the reporter meant
RARE_DERIVATIONS = {
    "berdadar": "berdasar",
    "berenti": "berhenti",
    "berkayalah": "berkatalah",
    "cicikan": "cicilan",
    "didayanginya": "disayanginya",
    "diuntut": "dituntut",
    "ditabah": "ditambah",
    "halmaan": "halaman",
}

#: correct affixed words of the news sample with a root the dictionary gives no such affix
#: and a known word one slip away (sekelas/sebelas, berjangka/bersangka, seiring/sering)
NEAR_BUT_RIGHT = (
    "kerahkan didistribusikan dioperasikan menormalisasi sekelas seiring senama serumit "
    "terganas tersempit tersambung terutang berjangka beraliran mengenalkan menyesalkan "
    "tampilan dibintangi diramalkan diasap amankan masukkan perkuatan pengomposan penghujan"
).split()


def test_a_slip_that_makes_a_rare_derivation_is_flagged_with_the_word_meant_first(monkeypatch):
    from netizen_editor.spelling import rules

    monkeypatch.setattr(rules, "SUGGEST_SECONDS", 60.0)  # the words meant, not the time (CI)
    typos = list(RARE_DERIVATIONS)
    found = check("Kata " + " ".join(typos) + ".\n", rule="spelling")
    assert [(f.extra["word"], f.suggestions[0]) for f in found] == list(RARE_DERIVATIONS.items())


def test_a_capitalised_rare_derivation_keeps_its_case_in_the_suggestion(speller):
    assert speller.suggest("Berdadar", "id")[0] == "Berdasar"


def test_right_affixed_words_near_a_known_word_still_pass():
    assert flagged("Pemerintah " + " ".join(NEAR_BUT_RIGHT) + ".\n") == []


def test_a_known_word_one_slip_away_is_the_first_suggestion(speller):
    # Hunspell alone put anjlok, agrobisnis, dang, gung and gementam first
    assert speller.suggest("anjlokyna", "id")[0] == "anjloknya"  # two letters swapped
    assert speller.suggest("bisniisnya", "id")[0] == "bisnisnya"  # a letter doubled
    assert speller.suggest("datng", "id")[0] == "datang"  # a letter left out
    assert speller.suggest("Gunug", "id")[0] == "Gunung"  # case kept
    assert speller.suggest("ageement", "id")[0] == "agreement"  # English in Indonesian copy
