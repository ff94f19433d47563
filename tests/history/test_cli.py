"""``netizen-editor history``: the list (text and JSON), --show's exact bytes, --diff,
--restore, and the exit codes with their one-line messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netizen_editor.history.cli import history_main
from netizen_editor.history.store import History
from tests.history.conftest import ARTICLE, Clock


@pytest.fixture
def settings(tmp_path: Path) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text('ui_language = "en"\ndefault_author = "Siti Rahma"\ntimezone = "WITA"\n')
    return path


@pytest.fixture
def kept(article, history, clock: Clock) -> list[str]:
    """Three versions of the article: a save, a status change, an export (oldest first)."""
    _path, text, _id = article
    ids = [history.keep(text.replace("waspada", "hati-hati"), "save").version.id]
    clock.advance(minutes=5)
    ids.append(history.keep(text.replace("draft", "review"), "status").version.id)
    clock.advance(minutes=5)
    ids.append(history.keep(text, "export").version.id)
    return ids


def _run(capsys, *argv: str | Path) -> tuple[int, str, str]:
    code = history_main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_list_is_newest_first(capsys, article, kept, settings):
    path, _text, _id = article
    code, out, err = _run(capsys, path, "--settings", settings)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert [line.split("  ")[0] for line in lines] == kept[::-1]
    assert lines[0].split("  ")[1:] == ["2026-12-06T10:10:00+07:00", "export", "14", "Bambang"]


def test_the_list_as_json(capsys, article, kept, settings):
    path, _text, _id = article
    code, out, _err = _run(capsys, path, "--format", "json", "--settings", settings)
    assert code == 0
    data = json.loads(out)
    assert [v["id"] for v in data] == kept[::-1]
    assert set(data[0]) == {"id", "time", "author", "reason", "words"}
    assert [v["reason"] for v in data] == ["export", "status", "save"]
    assert data[0]["words"] == 14 and data[0]["author"] == "Bambang"


def test_an_unknown_author_is_null_in_json_and_unknown_in_text(capsys, article, history,
                                                                settings):  # fmt: skip
    """One form for "no author" in the commands' JSON (QA29 M6): null, as ``review`` gives it;
    an ``overwritten`` text's author was ``"unknown"`` (an earlier copy's ``""``)."""
    from netizen_editor.history.saving import Keeper

    path, text, _id = article
    history.keep(text, "save")
    theirs = text.replace("waspada", "siaga")
    assert Keeper("Siti Rahma").keep_replaced(path, theirs, text).version_id
    code, out, _err = _run(capsys, path, "--format", "json", "--settings", settings)
    assert code == 0
    data = json.loads(out)
    assert [(v["reason"], v["author"]) for v in data] == [
        ("overwritten", None),
        ("save", "Bambang"),
    ]
    code, out, _err = _run(capsys, path, "--settings", settings)
    assert [line.split("  ")[-1] for line in out.splitlines()] == ["unknown", "Bambang"]


def test_show_prints_the_versions_text_exactly(capsysbinary, article, history, settings):
    path, text, _id = article
    odd = text + "Baris\r\ndengan CRLF, tab\t, emoji 📰 dan \x1b[31m.\n"
    version = history.keep(odd, "import").version
    code = history_main([str(path), "--show", version.id, "--settings", str(settings)])
    out, _err = capsysbinary.readouterr()
    assert code == 0 and out == odd.encode("utf-8")


def test_an_id_may_be_shortened_while_it_names_one_version(capsysbinary, article, kept, settings):
    path, text, _id = article
    code = history_main([str(path), "--show", kept[1][:-3], "--settings", str(settings)])
    assert code == 0 and capsysbinary.readouterr().out == text.replace("draft", "review").encode()


def test_an_id_start_that_names_several_versions_says_so(capsys, article, kept, settings):
    path, _text, _id = article
    common = kept[0][: next(i for i in range(len(kept[0])) if kept[0][i] != kept[1][i])]
    code, out, err = _run(capsys, path, "--show", common, "--settings", settings)
    assert code == 2 and out == ""
    assert "versions" in err and kept[0] in err and kept[1] in err  # which ones it could be


def test_diff_to_the_current_text(capsys, article, kept, settings):
    path, _text, _id = article
    code, out, _err = _run(capsys, path, "--diff", kept[0], "--settings", settings)
    assert code == 0
    assert out == (  # the lines without a change are left out but for the nearest one
        "…\nHujan deras sejak Jumat malam membuat sejumlah jalan di Jakarta tergenang.\n"
        "\nWarga diminta [-hati-hati-]{+waspada+}.\n"
    )


def test_a_long_articles_diff_shows_the_changes_not_the_article(capsys, article, history, settings):
    path, text, _id = article
    paragraphs = [f"Paragraf {n} tentang banjir di kota." for n in range(200)]
    long = text + "\n" + "\n\n".join(paragraphs) + "\n"
    version = history.keep(long, "save").version
    path.write_text(long.replace("Paragraf 100 tentang", "Paragraf 100 soal"), encoding="utf-8")
    code, out, _err = _run(capsys, path, "--diff", version.id, "--settings", settings)
    assert code == 0
    assert "Paragraf 100 [-tentang-]{+soal+} banjir" in out
    assert "Paragraf 99 " in out and "Paragraf 101 " in out  # the nearest lines, for context
    assert "Paragraf 98 " not in out and "Paragraf 102 " not in out and "Paragraf 7 " not in out
    assert out.count("…") == 2


def test_diff_between_two_versions_lists_fields(capsys, article, kept, settings):
    path, _text, _id = article
    code, out, _err = _run(capsys, path, "--diff", kept[0], "--to", kept[1], "--settings", settings)
    assert code == 0
    assert out.splitlines()[0] == '~ status: "draft" → "review"'
    code, out, _err = _run(
        capsys, path, "--diff", kept[0], "--to", kept[1], "--format", "json", "--settings", settings
    )
    data = json.loads(out)
    assert data["fields"] == [{"field": "status", "old": "draft", "new": "review"}]
    assert {"kind": "insert", "text": "waspada"} in data["changes"]


def test_diff_escapes_control_characters_for_the_terminal(capsys, article, history, settings):
    path, text, _id = article
    version = history.keep(text + "Kode \x1b[2J di sini.\n", "import").version
    code, out, _err = _run(capsys, path, "--diff", version.id, "--settings", settings)
    assert code == 0 and "\x1b" not in out and "[-Kode \\x1b[2J di sini.\n-]" in out


def test_restore_keeps_the_current_text_first(capsys, article, kept, settings, history):
    path, text, _id = article
    path.write_text(text + "\nParagraf baru yang belum disimpan sebagai versi.\n", encoding="utf-8")
    before = path.read_text(encoding="utf-8")
    code, _out, err = _run(capsys, path, "--restore", kept[0], "--settings", settings)
    assert code == 0 and kept[0] in err
    assert path.read_text(encoding="utf-8") == text.replace("waspada", "hati-hati")
    versions = history.versions().versions
    newest = versions[0]
    assert (newest.reason, newest.author) == ("restore", "Siti Rahma")
    assert newest.time.endswith("+08:00")  # the settings' zone: WITA
    assert history.read(newest.id)[1] == before


def test_restore_keeps_a_bom(capsys, article, kept, settings):
    path, text, _id = article
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    assert _run(capsys, path, "--restore", kept[1], "--settings", settings)[0] == 0
    assert path.read_bytes() == b"\xef\xbb\xbf" + text.replace("draft", "review").encode()


def test_show_keeps_the_files_bom(capsysbinary, article, history, settings):
    """Exactly that version's text (QA29 L6): a BOM + CRLF story's version shown into a file
    is the story's bytes again, as --restore writes them, not the text without its BOM."""
    path, text, _id = article
    crlf = text.replace("\n", "\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + crlf.encode())
    version = history.keep(crlf, "review").version
    code = history_main([str(path), "--show", version.id, "--settings", str(settings)])
    assert code == 0 and capsysbinary.readouterr().out == path.read_bytes()


def test_restore_never_writes_through_a_link(capsys, article, kept, settings, tmp_path):
    path, text, _id = article
    real = path.with_name("real.md")  # in the folder: read (one outside is not: QA14)
    real.write_text(text, encoding="utf-8")
    link = path.with_name("link.md")
    link.symlink_to(real)
    code, _out, err = _run(capsys, link, "--restore", kept[0], "--settings", settings)
    assert code == 2 and err.startswith(f"{link}: is a link")
    assert real.read_text(encoding="utf-8") == text


@pytest.mark.parametrize("option", ["--show", "--diff", "--restore"])
def test_an_unknown_version_is_bad_input(capsys, article, kept, settings, option):
    path, text, _id = article
    code, out, err = _run(capsys, path, option, "20991231T000000000000Z-save-00000000",
                          "--settings", settings)  # fmt: skip
    assert code == 2 and out == ""
    assert err.startswith(f"{path}: no version 20991231T000000000000Z-save-00000000")
    assert len(err.splitlines()) == 1
    assert path.read_text(encoding="utf-8") == text


def test_an_ambiguous_start_of_an_id_is_bad_input(capsys, article, kept, settings):
    path, _text, _id = article
    assert _run(capsys, path, "--show", "2026", "--settings", settings)[0] == 2


def test_a_file_that_cannot_be_read_is_bad_input(capsys, tmp_path, settings):
    missing = tmp_path / "hilang.md"
    code, _out, err = _run(capsys, missing, "--settings", settings)
    assert code == 2 and err.startswith(f"{missing}: ")
    binary = tmp_path / "foto.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0")
    code, _out, err = _run(capsys, binary, "--settings", settings)
    assert code == 2 and err.startswith(f"{binary}: ")


def test_an_article_without_an_id_has_no_history(capsys, tmp_path, settings):
    path = tmp_path / "baru.md"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out, err = _run(capsys, path, "--settings", settings)
    assert code == 0 and out == "" and "no history" in err
    assert _run(capsys, path, "--show", "x", "--settings", settings)[0] == 2


@pytest.mark.parametrize("line", ["", "id: ../../etc\n", "id: 5\n"])
def test_the_json_list_without_a_history_is_an_empty_list(capsys, tmp_path, settings, line):
    """A script's ``json.load`` reads ``[]``, not nothing, whether the id is missing or one
    the app refuses (QA29 H1)."""
    path = tmp_path / "baru.md"
    path.write_text(ARTICLE.replace("status:", line + "status:"), encoding="utf-8")
    code, out, err = _run(capsys, path, "--format", "json", "--settings", settings)
    assert code == 0 and json.loads(out) == [] and "no history" in err


@pytest.mark.parametrize("value", ["../../etc", "5", "'a b'"])
def test_an_id_the_app_refuses_is_said_to_be_not_valid(capsys, tmp_path, settings, value):
    """Not "no id yet" (QA29 L5): the id's line and what an id may be; the editor never gives
    such a story another id, so the message says how to get one."""
    path = tmp_path / "baru.md"
    path.write_text(ARTICLE.replace("status:", f"id: {value}\nstatus:"), encoding="utf-8")
    code, out, err = _run(capsys, path, "--settings", settings)
    assert code == 0 and out == ""
    assert err.startswith(f"{path}:4: no history: the article's id is not valid")
    assert "no id yet" not in err
    code, out, err = _run(capsys, path, "--show", "x", "--settings", settings)
    assert code == 2 and out == "" and "is not valid" in err


def test_to_without_diff_is_bad_input(capsys, article, kept, settings):
    path, _text, _id = article
    assert _run(capsys, path, "--to", kept[0], "--settings", settings)[0] == 2


def test_two_actions_at_once_are_refused(capsys, article, kept, settings):
    path, _text, _id = article
    with pytest.raises(SystemExit) as exit_:
        history_main([str(path), "--show", kept[0], "--restore", kept[0]])
    assert exit_.value.code == 2


def test_a_damaged_version_is_reported_and_the_rest_listed(capsys, article, kept, settings):
    path, _text, found = article
    folder = History(path.parent, found).path
    (folder / "20261206T010000000000Z-save-0badc0de.nzv").write_bytes(b"rusak")
    code, out, err = _run(capsys, path, "--settings", settings)
    assert code == 0 and len(out.splitlines()) == 3
    assert "0badc0de.nzv: not a version file" in err
    code, _out, err = _run(capsys, path, "--show", "20261206T010000000000Z-save-0badc0de",
                           "--settings", settings)  # fmt: skip
    assert code == 2 and "not a version file" in err


def test_messages_are_in_indonesian_by_default(capsys, tmp_path):
    settings = tmp_path / "id.toml"
    settings.write_text('ui_language = "id"\n')
    path = tmp_path / "baru.md"
    path.write_text(ARTICLE, encoding="utf-8")
    try:
        _code, _out, err = _run(capsys, path, "--settings", settings)
    finally:
        from netizen_editor import i18n

        i18n.set_language(i18n.DEFAULT_LANGUAGE)
    assert "belum ada riwayat" in err


def test_the_command_line_dispatches_history(capsys, article, kept, settings):
    from netizen_editor.cli import COMMANDS, main

    path, _text, _id = article
    assert "history" in COMMANDS
    assert main(["history", str(path), "--format", "json", "--settings", str(settings)]) == 0
    assert [v["id"] for v in json.loads(capsys.readouterr().out)] == kept[::-1]


def test_a_history_folder_that_is_a_link_is_reported_not_read(capsys, article, kept, settings,
                                                               tmp_path):  # fmt: skip
    path, _text, _id = article
    netizen = path.parent / ".netizen"
    netizen.rename(tmp_path / "moved")
    netizen.symlink_to(tmp_path / "moved", target_is_directory=True)
    code, out, err = _run(capsys, path, "--settings", settings)
    assert code == 2 and out == "" and "is a link" in err  # not an empty history: unseen
    code, out, err = _run(capsys, path, "--format", "json", "--settings", settings)
    assert code == 2 and out == "" and "is a link" in err  # not "[]"
    code, out, err = _run(capsys, path, "--show", kept[0], "--settings", settings)
    assert code == 2 and out == "" and "is a link" in err and f"no version {kept[0]}" in err


def test_a_history_folder_that_cannot_be_read_is_bad_input_not_an_empty_list(capsys, article,
                                                                            settings):  # fmt: skip
    """A script told ``[]`` and exit 0 would take the story to have no versions; the folder
    could not be read (here a file stands where the story's folder of versions should be)."""
    path, _text, found = article
    folder = History(path.parent, found).path
    folder.parent.mkdir(parents=True)
    folder.write_text("not a folder")
    code, out, err = _run(capsys, path, "--format", "json", "--settings", settings)
    assert code == 2 and out == ""
    assert err.startswith(f"{folder}:") and len(err.splitlines()) == 1
