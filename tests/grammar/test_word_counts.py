"""The quick word counts give exactly the exact ones: ``word_total`` is the word pattern's
``findall``, and ``count_article_words`` is the scan's count (the status bar's), for any text:
links, images, HTML comments, code spans and fences, review marks, markers, definitions, front
matter, CRLF and lone CR line ends, a byte order mark, other scripts."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from benchmarks.generate import generate_article
from netizen_editor.grammar.inline import _WORD, word_total
from netizen_editor.grammar.scan import count_article_words, count_body_words, scan_article

#: characters of every class the word pattern knows: word characters of several scripts,
#: its joiners, and others (punctuation, spaces, line ends, a combining mark, a surrogate)
CHARS = "\\aZ9_é߀ßٮ٣中\u0301'’-.,/ \t\n\r!?\"“”—–()[]<>{}`~*#|:;\u00a0\u2028\ufeff\ud800"

PIECES = [
    "kata", "Kim's", "kerja-sama", "13.9.2023", "1,5", "a/b", "’", "é", " ", "  ", "\n", "\n\n",
    "\r\n", "\r", "\t", "    ", "[", "]", "(", ")", "](", "!", "[teks](https://x.id/a b)",
    "![foto](f.jpg \"Judul\")", "[ref][1]", "[1]: https://x.id", "[^1]: catatan", "*[KPK]: Komisi",
    "[[ad]]", "[[ad:slot-1]]", "[[more]]", "<!-- more -->", "<!--", "-->", "<!-- c -->", "<div>",
    "</div>", "<b>tebal</b>", "`kode`", "``", "```", "```py", "~~~", "{++tambah++}",
    "{--hapus--}", "{~~lama~>baru~~}", "{==sorot==}", "{>>@Rina (2026-01-01): catatan<<}", "{",
    "}", "# Judul", "## Sub", "===", "---", "***", "- butir", "1. satu", "> kutip", ": definisi",
    "| a | b |", "|---|---|", "Baca juga: ", "---\ntitle: x\n---\n", "\ufeff", "中文", "٣٤",
    "\\", "\\_x\\_", "\\[z\\](u)", "a\\-b", "5\\.000", "\\`", "C:\\Users", "\\\\",
]  # fmt: skip

#: the pieces that leave the count to the quick path (no review mark, comment or definition)
QUICK_PIECES = [p for p in PIECES if "{" not in p and "<!--" not in p and "]:" not in p]


def _scan_words(text: str) -> int:
    return scan_article(text).words


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=CHARS, max_size=60))
@example("a’b ’c d’’e")
@example("j’a")  # a joiner's stand-in is not the letter j
@example("a\ud83d\ude00b c’d")  # a surrogate pair's halves, as the editor may hand them over
def test_word_total_is_the_patterns_findall(text):
    assert word_total(text) == len(_WORD.findall(text))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_word_total_on_any_text(text):
    assert word_total(text) == len(_WORD.findall(text))


def test_word_total_with_many_other_characters():
    text = " ".join(chr(0x4E00 + n) + "’" + chr(0x0627 + n % 20) for n in range(300))
    assert word_total(text) == len(_WORD.findall(text)) == 300


@settings(max_examples=4000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_article_words_are_the_scans(pieces):
    text = "".join(pieces)
    assert count_article_words(text) == _scan_words(text)


@settings(max_examples=4000, deadline=None)
@given(st.lists(st.sampled_from(QUICK_PIECES), max_size=40))
def test_article_words_on_the_quick_path_are_the_scans(pieces):
    text = "".join(pieces)
    assert count_article_words(text) == _scan_words(text)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25).map(" \n".join))
def test_lines_of_markup_are_counted_as_the_scan_counts_them(text):
    assert count_article_words(text) == _scan_words(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=CHARS, max_size=80))
def test_any_text_of_its_characters(text):
    assert count_article_words(text) == _scan_words(text)


def test_news_copy_with_links_markers_headings_lists_and_quotes():
    for seed in range(12):
        for words in (300, 1200, 5000):
            text = generate_article(words, seed)
            assert count_article_words(text) == _scan_words(text) > words * 0.9
            crlf = "\ufeff" + text.replace("\n", "\r\n")
            assert count_article_words(crlf) == _scan_words(crlf) == _scan_words(text)


def test_what_the_reader_does_not_read_is_not_counted():
    body = (
        "Satu [dua](https://x.id/tiga-empat) ![lima](enam.jpg)\n\n[[ad]]\n\n"
        "[[ad:slot-1]]\n\ntujuh\n"
    )
    assert count_body_words(body) == _scan_words(body) == 4  # satu dua lima tujuh
    marked = "Satu {--dua--} {++tiga++} <!-- empat --> lima\n\n[^1]: enam\n"
    assert count_body_words(marked) == _scan_words(marked) == 3
    fenced = "```\n[[ad]]\n```\n\nsatu\n"  # a marker in code is the code's words
    assert count_body_words(fenced) == _scan_words(fenced) == 2


def test_a_story_past_the_mark_cap_is_counted_without_reading_its_marks(monkeypatch):
    # 10 MB of review marks held the desk's listing 3-6 s while every one was read; past the
    # cap a story holds (``MAX_MARKS``) each mark's text is counted as typed, read as no mark
    from netizen_editor.grammar import inline
    from netizen_editor.grammar.mark_count import MAX_MARKS

    read: list[int] = []
    raw_marks = inline._raw_marks

    def counted(text, *args, **kwargs):
        found = raw_marks(text, *args, **kwargs)
        read.append(len(found))
        return found

    monkeypatch.setattr(inline, "_raw_marks", counted)
    within = "Satu {--dua--} tiga\n\n" * (MAX_MARKS // 2)
    assert count_body_words(within) == MAX_MARKS  # each deletion's word is no word
    assert sum(read) == MAX_MARKS // 2
    read.clear()
    for past in (
        "Satu {--dua--} tiga\n\n" * (MAX_MARKS + 1),
        "{--dua--}" * (MAX_MARKS + 1) + "\n",  # one paragraph
        "<!-- c -->\n\n" + "{--dua--}\n" * (MAX_MARKS + 1),  # a comment: the blocks are scanned
    ):
        assert count_body_words(past) == past.count("dua") + past.count("Satu") * 2
        assert read == []
