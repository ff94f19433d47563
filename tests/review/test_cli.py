"""``netizen-editor review``: the marks as lines or JSON, exit codes, accepting or rejecting
them all in place or to another file (atomically, never through a link)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time

import pytest

from netizen_editor.cli import main

ARTICLE = (
    "---\n"
    "title: Banjir {++surut++}\n"
    "---\n"
    "\n"
    "Banjir {++ pada Sabtu++}{>>@Bambang Sutejo (2026-12-06T10:30+07:00)<<} surut.\n"
    "Warga {~~merubah~>mengubah~~} rencana {==Rp5 miliar==}{>>dari mana?<<}\n"
    "{>>@Ani (2026-12-06T11:00+07:00): Sumbernya siapa?<<}\n"
    "\n"
    "```\n"
    "{--kode--}\n"
    "```\n"
    "Pakai `{--kode--}` saja {--ini--}.\n"
)


@pytest.fixture(autouse=True)
def isolated_config(tmp_path, monkeypatch):
    from netizen_editor import i18n

    monkeypatch.setenv("NETIZEN_EDITOR_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("NETIZEN_EDITOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(i18n, "_language", i18n.language())  # a command sets it: put it back


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "banjir.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_one_line_per_mark_and_exit_one(article, capsys):
    assert main(["review", str(article)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{article}:5:8: insert: Bambang Sutejo:  pada Sabtu",
        f"{article}:6:7: substitute: unknown: merubah ~> mengubah",
        f"{article}:6:39: highlight: unknown: Rp5 miliar",
        f"{article}:7:1: comment: Ani: Sumbernya siapa?",
        f"{article}:12:25: delete: unknown: ini",
    ]


def test_json_list_with_every_field(article, capsys):
    assert main(["review", str(article), "--format", "json"]) == 1
    marks = json.loads(capsys.readouterr().out)
    assert [m["kind"] for m in marks] == ["insert", "substitute", "highlight", "comment", "delete"]
    assert marks[0] == {
        "kind": "insert", "line": 5, "column": 8, "end_line": 5, "end_column": 71,
        "text": " pada Sabtu", "new_text": "", "author": "Bambang Sutejo",
        "time": "2026-12-06T10:30:00+07:00", "comment": "",
    }  # fmt: skip
    assert (marks[1]["new_text"], marks[1]["author"], marks[1]["time"]) == ("mengubah", None, None)
    assert marks[2]["comment"] == "dari mana?"
    for mark in marks:
        assert set(mark) == {"kind", "line", "column", "end_line", "end_column", "text",
                             "new_text", "author", "time", "comment"}  # fmt: skip


def test_no_marks_exit_zero_and_bad_input_exit_two(tmp_path, capsys):
    clean = tmp_path / "bersih.md"
    clean.write_text("---\ntitle: '{++x++}'\n---\nTeks {kurung}.\n```\n{++y++}\n```\n")
    assert main(["review", str(clean)]) == 0
    assert main(["review", str(clean), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["review", str(tmp_path / "tidak-ada.md")]) == 2
    latin = tmp_path / "latin.md"
    latin.write_bytes("Caf\xe9 {++x++}\n".encode("latin-1"))
    assert main(["review", str(latin)]) == 2
    binary = tmp_path / "foto.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00{++")
    assert main(["review", str(binary)]) == 2
    assert "tidak-ada.md" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stop:  # argparse: both at once
        main(["review", str(clean), "--accept-all", "--reject-all"])
    assert stop.value.code == 2
    assert main(["review", str(clean), "-o", str(tmp_path / "x.md")]) == 2  # -o alone


def test_accept_all_in_place_and_reject_all_to_another_file(article, tmp_path, capsys):
    out = tmp_path / "ditolak.md"
    assert main(["review", str(article), "--reject-all", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == ARTICLE.replace(  # a mark that goes takes a
        " {++ pada Sabtu++}{>>@Bambang Sutejo (2026-12-06T10:30+07:00)<<}",
        "",  # space with it
    ).replace("{~~merubah~>mengubah~~}", "merubah").replace(
        "{==Rp5 miliar==}{>>dari mana?<<}", "Rp5 miliar"
    ).replace("{>>@Ani (2026-12-06T11:00+07:00): Sumbernya siapa?<<}\n", "").replace(
        "{--ini--}", "ini"
    )
    assert article.read_text(encoding="utf-8") == ARTICLE  # untouched
    assert main(["review", str(article), "--accept-all"]) == 0
    accepted = article.read_text(encoding="utf-8")
    assert "Banjir  pada Sabtu surut.\nWarga mengubah rencana Rp5 miliar\n\n" in accepted
    assert "title: Banjir {++surut++}" in accepted  # front matter is never touched
    assert "{--kode--}" in accepted and "`{--kode--}` saja." in accepted
    assert main(["review", str(article)]) == 0
    assert main(["review", str(article), "--accept-all"]) == 0  # nothing left: no write
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == [".netizen"]
    # (the history, where the text before was kept; no temp files left)


def test_accept_all_leaves_no_mark_or_changes_nothing_and_names_the_line(tmp_path, capsys):
    joined = tmp_path / "gabung.md"
    joined.write_text("---\ntitle: A\n---\n\nHarga {{--x--}++ naik ++} kini.\n", "utf-8")
    assert main(["review", str(joined), "--accept-all"]) == 0
    assert joined.read_text(encoding="utf-8").endswith("Harga  naik  kini.\n")
    assert main(["review", str(joined)]) == 0  # no mark left
    nested = tmp_path / "sarang.md"
    planted = "---\ntitle: A\n---\n\n" + "{" * 12 + "{++++}" + "++++}" * 12 + "\n"
    nested.write_text(planted, "utf-8")
    capsys.readouterr()
    assert main(["review", str(nested), "--accept-all"]) == 2  # nothing written
    said = capsys.readouterr().err
    assert f"{nested}:5: " in said and ("nested deeper than 8 level(s)" in said
                                        or "bersarang lebih dari 8 tingkat" in said)  # fmt: skip
    assert nested.read_text(encoding="utf-8") == planted  # no id given either


NEST_HEAD = "---\ntitle: Uji\nsummary: x\n---\n\nPembuka.\n\n"


def test_nested_marks_resolve_to_their_end_in_one_run(tmp_path, capsys):
    """QA32 #12: a nest within the rounds is resolved whole, with or without spaces."""
    path = tmp_path / "sarang.md"
    path.write_text(NEST_HEAD + "{++" * 8 + "isi\n\nlanjut" + "++}" * 8 + "\n", "utf-8")
    assert main(["review", str(path), "--accept-all"]) == 0
    assert path.read_text(encoding="utf-8").endswith("Pembuka.\n\nisi\n\nlanjut\n")
    spaced = tmp_path / "spasi.md"
    spaced.write_text(NEST_HEAD + "A {++ " * 6 + "isi" + " ++}" * 6 + " B.\n", "utf-8")
    assert main(["review", str(spaced), "--accept-all"]) == 0
    assert review_main_marks(spaced) == []
    assert "isi" in spaced.read_text(encoding="utf-8")


def review_main_marks(path):
    from netizen_editor.review.marks import review_marks

    return review_marks(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("flag", ["--accept-all", "--reject-all"])
def test_marks_nested_50000_deep_are_refused_at_their_line_in_one_run(tmp_path, capsys, flag):
    """QA32 #12: 'review --accept-all' took 8 levels a run (6,250 runs), exit 1, saying the marks
    were 'formed where resolved marks met the text around them'; the file is left as it was
    and the message names the line and the nesting."""
    path = tmp_path / "nest.md"
    planted = NEST_HEAD + "{++" * 50_000 + "isi\n\nlanjut" + "++}" * 50_000 + "\n"
    path.write_text(planted, "utf-8")
    capsys.readouterr()
    code = main(["review", str(path), flag])
    said = capsys.readouterr().err
    if flag == "--reject-all":  # the outer mark goes with its text: the closings are left
        assert code == 0 and not review_main_marks(path)
        assert "isi" not in path.read_text(encoding="utf-8")
        return
    assert code == 2
    assert f"{path}:8: " in said and "formed where" not in said
    assert "review marks inside review marks" in said or "di dalam tanda tinjauan" in said
    assert path.read_text(encoding="utf-8") == planted


def test_line_ends_and_the_byte_order_mark_are_kept(tmp_path):
    path = tmp_path / "crlf.md"
    path.write_bytes(b"\xef\xbb\xbf---\r\ntitle: A\r\n---\r\nSatu {++dua\r\n\r\ntiga++} x.\r\n")
    assert main(["review", str(path), "--accept-all"]) == 0
    written = path.read_bytes()  # the id it was given to keep the text before has them too
    assert re.fullmatch(
        rb"\xef\xbb\xbf---\r\ntitle: A\r\nid: [0-9a-f-]{36}\r\n---\r\nSatu dua\r\n\r\ntiga x.\r\n",
        written,
    )


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_never_written_through_a_link(article, tmp_path):
    link = tmp_path / "tautan.md"
    link.symlink_to(article)
    assert main(["review", str(link), "--accept-all"]) == 2
    assert link.is_symlink() and article.read_text(encoding="utf-8") == ARTICLE
    other = tmp_path / "lain.md"
    other.write_text("milik orang lain\n", encoding="utf-8")
    out = tmp_path / "keluar.md"
    out.symlink_to(other)
    assert main(["review", str(article), "--accept-all", "-o", str(out)]) == 2
    assert other.read_text(encoding="utf-8") == "milik orang lain\n"


def test_text_from_the_file_is_safe_on_a_terminal(tmp_path, capsys):
    path = tmp_path / "esc.md"
    path.write_text("A {++\x1b[31mmerah\u202e++}{>>@\x1b]0;judul\x07 (x)<<} b\n", encoding="utf-8")
    assert main(["review", str(path)]) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out and out.count("\n") == 1
    assert main(["review", str(path), "--format", "json"]) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out
    assert json.loads(out)[0]["text"] == "\x1b[31mmerah\u202e"


def test_hostile_files(tmp_path, capsys):
    path = tmp_path / "jahat.md"
    path.write_text("Teks.\n\n" + "{++" * 350_000, encoding="utf-8")  # a megabyte of openings
    start = time.perf_counter()
    assert main(["review", str(path)]) == 0
    assert main(["review", str(path), "--accept-all"]) == 0
    assert time.perf_counter() - start < 10
    path.write_text("Satu {++dua\n\ntiga\n\n- empat++} lima {>>a\n\nb<<}\n", encoding="utf-8")
    assert main(["review", str(path), "--format", "json"]) == 1
    marks = json.loads(capsys.readouterr().out)
    assert [(m["kind"], m["line"], m["end_line"]) for m in marks] == [
        ("insert", 1, 5),
        ("comment", 5, 7),
    ]


@pytest.mark.slow
def test_the_installed_command(article):
    run = subprocess.run(
        [sys.executable, "-m", "netizen_editor", "review", str(article), "--format", "json"],
        capture_output=True,
        text=True,
        env={**os.environ, "NETIZEN_EDITOR_CONFIG_DIR": str(article.parent / "config")},
    )
    assert run.returncode == 1
    assert len(json.loads(run.stdout)) == 5


def test_in_place_the_text_before_is_kept_as_a_review_version(tmp_path, capsys):
    from netizen_editor.history.store import History

    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.toml").write_text('default_author = "Siti Rahma"\n')
    uid = "8c0e5a52-4c1b-4d0e-9a36-0f6f1f0b5a11"
    text = f"---\ntitle: A\nid: {uid}\n---\nWarga {{++kembali++}} pulang.\n"
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    assert main(["review", str(path), "--reject-all", "-o", str(tmp_path / "b.md")]) == 0
    assert History(tmp_path, uid).versions().versions == []  # another file: nothing to keep
    assert main(["review", str(path), "--accept-all"]) == 0
    (version,) = History(tmp_path, uid).versions().versions
    assert (version.reason, version.author) == ("review", "Siti Rahma")
    assert History(tmp_path, uid).read(version.id)[1] == text
    assert path.read_text(encoding="utf-8").endswith("Warga kembali pulang.\n")


def test_in_place_an_article_without_an_id_gets_one_and_its_text_before_is_kept(tmp_path):
    from netizen_editor.history.article_id import article_id
    from netizen_editor.history.store import History

    text = "---\ntitle: A\n---\nWarga {++kembali++} pulang.\n"
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    assert main(["review", str(path), "--accept-all"]) == 0
    written = path.read_text(encoding="utf-8")
    uid = article_id(written)
    assert uid is not None and written.endswith("Warga kembali pulang.\n")
    (version,) = History(tmp_path, uid).versions().versions
    before = History(tmp_path, uid).read(version.id)[1]
    assert "{++kembali++}" in before and article_id(before) == uid
