"""The PyInstaller bundle, end to end: it builds, fits its size budget, and the frozen app
prints its version, exports an article, and opens the window with a painted preview.

The session fixture (``conftest.py``) builds the bundle with ``packaging/build.py`` when
``dist/netizen-editor`` is missing or older than any source file (PyInstaller's cache in
``build/`` keeps a rebuild to a minute or two). Linux only: the Windows and macOS bundles are
built by ``.github/workflows/bundles.yml`` (Windows also by ``packaging/windows_wine.sh``).
"""

from __future__ import annotations

import html
import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from netizen_editor import APP_ID, __version__
from tests.packaging.bundle_tools import (
    BUNDLE,
    EXE,
    REPORT,
    ROOT,
    SAMPLE,
    clean_env,
    load_build_module,
    sample_title,
)

INTERNAL = BUNDLE / "_internal"
RUN_TIMEOUT_S = 120

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]


def test_version(bundle: Path) -> None:
    result = subprocess.run(
        [str(EXE), "--version"], capture_output=True, text=True, timeout=RUN_TIMEOUT_S
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"netizen-editor {__version__}"
    assert (bundle / "VERSION").read_text(encoding="utf-8").strip() == __version__


def test_the_command_line_does_not_load_qt(bundle: Path, tmp_path: Path) -> None:
    """``--version`` and ``export`` never load a Qt library (PyInstaller's own PySide6
    run-time hook imported QtCore at every start; the spec replaces it)."""
    out = tmp_path / "x.html"
    for args in (["--version"], ["export", str(SAMPLE), "-o", str(out)]):
        env = dict(clean_env(tmp_path), LD_DEBUG="files")  # glibc: every library it loads
        result = subprocess.run([str(EXE), *args], capture_output=True, text=True,
                                timeout=RUN_TIMEOUT_S, env=env)  # fmt: skip
        assert result.returncode == 0, result.stderr[-2000:]
        loaded = [line for line in result.stderr.splitlines() if "file=" in line]
        assert any("libpython3" in line for line in loaded)  # the listing works
        assert not [line for line in loaded if "libQt6" in line or "libshiboken" in line]


def test_export_from_the_command_line(bundle: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.html"
    result = subprocess.run(
        [str(EXE), "export", str(SAMPLE), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        env=clean_env(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    page = html.unescape(out.read_text(encoding="utf-8"))
    title = sample_title()
    assert f"<title>{title}" in page
    assert 'class="post-title"' in page


def test_a_big_desk_is_read_by_worker_processes(bundle: Path, tmp_path: Path) -> None:
    """A first listing of a big desk starts worker processes of the frozen app (spawned, as
    the window starts them, they run the executable again, with multiprocessing's resource
    tracker beside them; forked, as the desk command starts them): they read the files and
    go, no window opens, nothing falls back to reading one by one."""
    import re

    from netizen_editor.desk.parallel import PARALLEL_AT_LEAST, cores

    desk = tmp_path / "desk"
    for n in range(PARALLEL_AT_LEAST + 10):
        folder = desk / f"{n % 7}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"b{n:04d}.md").write_text(
            f"---\ntitle: Berita {n}\nstatus: review\n---\n\nWarga menunggu {n}.\n",
            encoding="utf-8")  # fmt: skip
    # the window's way (spawned: the executable runs again) and the desk command's (forked)
    for method, cache in (("spawn", "cache-spawned"), ("", "cache-forked")):
        env = dict(clean_env(tmp_path), LD_DEBUG="files", NETIZEN_EDITOR_DESK_WORKERS=method,
                   NETIZEN_EDITOR_CACHE_DIR=str(tmp_path / cache))  # fmt: skip
        result = subprocess.run([str(EXE), "desk", str(desk), "--format", "json"],
                                capture_output=True, text=True, timeout=RUN_TIMEOUT_S,
                                env=env)  # fmt: skip
        assert result.returncode == 0, result.stderr[-2000:]
        entries = json.loads(result.stdout)
        assert len(entries) == PARALLEL_AT_LEAST + 10
        titles = {f"Berita {n}" for n in range(PARALLEL_AT_LEAST + 10)}
        assert {e["title"] for e in entries} == titles
        assert all(e["status"] == "review" and e["words"] == 3 for e in entries)
        assert "worker processes failed" not in result.stderr
        processes = set(re.findall(r"^\s*(\d+):\s+file=", result.stderr, re.M))
        if cores() > 1 and method == "spawn":  # the listing, its workers, the resource tracker
            assert len(processes) >= 4, processes
        assert not [line for line in result.stderr.splitlines() if "libQt6" in line]


def test_check_finds_typos_with_the_bundled_dictionaries(bundle: Path, tmp_path: Path) -> None:
    """The frozen ``check`` spells with the dictionaries inside the bundle, in both languages."""
    articles = {
        "id.md": "---\ntitle: Warga Menunggu\nlang: id\n---\n\nWarga menunggu kepastain.\n",
        "en.md": "---\ntitle: Residents Wait\nlang: en\n---\n\nResidents are wiating for news.\n",
    }
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = subprocess.run(
        [str(EXE), "check", "--format", "json", *(str(tmp_path / n) for n in articles)],
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        env=clean_env(tmp_path),
    )
    assert result.returncode in (0, 1), result.stderr
    found = {(Path(f["file"]).name, f["message"]) for f in json.loads(result.stdout)
             if f["rule"] == "spelling"}  # fmt: skip
    words = {(name, word) for name, message in found for word in ("kepastain", "wiating")
             if word in message}  # fmt: skip
    assert words == {("id.md", "kepastain"), ("en.md", "wiating")}, result.stdout


def test_a_press_release_imports_with_the_bundled_readers(bundle: Path, tmp_path: Path) -> None:
    """The frozen ``import`` reads a Word file (mammoth, lxml) and its photo (Pillow): the
    readers are imported only when a document is, so only a real import shows they are in."""
    from tests.importing.documents import press_release_docx
    from tests.photo_factory import jpeg_bytes, scene

    source = tmp_path / "rilis.docx"
    source.write_bytes(press_release_docx(jpeg_bytes(scene((320, 240)))))
    result = subprocess.run(
        [str(EXE), "import", str(source)],
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        env=clean_env(tmp_path),
    )
    assert result.returncode == 0, result.stderr[-2000:]
    article = (tmp_path / "rilis.md").read_text(encoding="utf-8")
    assert "template: rilis" in article and "{++" in article  # a tracked insertion's mark
    assert list((tmp_path / "rilis_files").glob("*.jpg"))  # the photo, made web-sized


def test_window_starts_and_paints_the_preview(bundle: Path, tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    env["NETIZEN_EDITOR_SMOKE"] = "1"
    result = subprocess.run(
        [str(EXE)], capture_output=True, text=True, timeout=RUN_TIMEOUT_S, env=env, cwd=tmp_path
    )
    smoke = [line for line in result.stdout.splitlines() if line.startswith("SMOKE")]
    print("\n".join(smoke))
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert smoke and smoke[0].startswith("SMOKE OK"), result.stdout + result.stderr[-3000:]
    assert f"title={json.dumps(sample_title(), ensure_ascii=False)}" in smoke[0]
    assert smoke[0].endswith(" pyside_start=stub+noscan")  # no run-time hook imported Qt first


def test_the_archive_unpacks_and_runs_elsewhere(bundle: Path, tmp_path: Path) -> None:
    """What users download: unpacked into another folder, the app still finds everything."""
    report = json.loads(REPORT.read_text(encoding="utf-8"))
    with tarfile.open(ROOT / report["archive"]) as tar:
        tar.extractall(tmp_path / "opt", filter="tar")
    exe = tmp_path / "opt" / APP_ID / APP_ID
    env = clean_env(tmp_path)
    env["NETIZEN_EDITOR_SMOKE"] = "1"
    result = subprocess.run(
        [str(exe), str(SAMPLE)], capture_output=True, text=True, timeout=RUN_TIMEOUT_S, env=env
    )
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert "SMOKE OK" in result.stdout


def test_size_budget(bundle: Path) -> None:
    build = load_build_module()
    report = json.loads(REPORT.read_text(encoding="utf-8"))
    folder_bytes, _biggest = build.folder_size(bundle)
    assert folder_bytes == report["folder_bytes"], "size-report.json is stale; rebuild"
    folder_mib, archive_mib = build.BUDGETS["linux"]
    sizes = (
        f"folder {folder_bytes / build.MIB:.1f} MiB, "
        f"archive {report['archive_bytes'] / build.MIB:.1f} MiB"
    )
    print(f"bundle: {sizes} (budget {folder_mib} / {archive_mib} MiB)")
    assert folder_bytes <= folder_mib * build.MIB, sizes
    assert report["archive_bytes"] <= archive_mib * build.MIB, sizes
    assert (ROOT / report["archive"]).name == f"{APP_ID}-{__version__}-linux-x86_64.tar.xz"


ICU_PROBE = """
import sys
from PySide6.QtCore import QCollator, QLocale
words = ["zebra", "\u00e1pel", "Bola", "apel", "\u00c7ek"]
for name in ("id_ID", "en_US", "de_DE"):  # de_DE's data is gone: ICU falls back to root
    collator = QCollator(QLocale(name))
    print(name, sorted(words, key=collator.sortKey))
print(QLocale("id_ID").toUpper("istana"), QLocale("tr_TR").toUpper("istana"))
maps = open("/proc/self/maps").read()
print("icu:", [line.split()[-1] for line in maps.splitlines() if "libicudata" in line][0])
"""


def test_icu_data_is_trimmed_and_still_serves_qt(bundle: Path) -> None:
    """Qt's ICU data keeps root, English and Indonesian: collation and case mapping still
    work with the bundle's Qt libraries (loaded first through LD_LIBRARY_PATH)."""
    qt_lib = INTERNAL / "PySide6" / "Qt" / "lib"
    (icu,) = qt_lib.glob("libicudata.so.*")
    assert icu.stat().st_size < 15 * 2**20, icu.stat().st_size
    env = dict(os.environ, LD_LIBRARY_PATH=str(qt_lib), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", ICU_PROBE],
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    expected = "['apel', '\u00e1pel', 'Bola', '\u00c7ek', 'zebra']"
    assert lines[0] == f"id_ID {expected}", lines  # accents sort beside their letter
    assert lines[1] == f"en_US {expected}", lines
    assert lines[2] == f"de_DE {expected}", lines
    assert lines[3] == "ISTANA \u0130STANA", lines  # Turkish dotted I: ICU's case data
    assert lines[4] == f"icu: {icu}", lines


def test_bundle_carries_what_the_app_needs_and_no_more(bundle: Path) -> None:
    qt = INTERNAL / "PySide6" / "Qt"
    for name in ("skins/gradient", "skins/plain", "samples/putin-kim.md", "preview/preview.js"):
        assert (INTERNAL / "resources" / name).exists(), name
    assert (INTERNAL / "ui" / "main_window.ui").is_file()
    # QtWebEngine: the helper process and the resources it cannot start without
    assert os.access(qt / "libexec" / "QtWebEngineProcess", os.X_OK)
    for name in ("qtwebengine_resources.pak", "icudtl.dat", "v8_context_snapshot.bin"):
        assert (qt / "resources" / name).is_file(), name
    locales = sorted(p.name for p in (qt / "translations" / "qtwebengine_locales").iterdir())
    assert locales == ["en-US.pak", "id.pak"]
    translations = {p.name for p in (qt / "translations").glob("*.qm")}
    assert translations <= {
        "qt_en.qm",
        "qtbase_en.qm",
        "qtwebengine_en.qm",
        "qt_id.qm",
        "qtbase_id.qm",
        "qtwebengine_id.qm",
    }
    assert not (qt / "qml").exists()
    libs = {p.name.split(".so")[0] for p in (qt / "lib").iterdir()}
    for unused in (
        "libQt6Pdf",
        "libQt63DCore",
        "libQt6Charts",
        "libQt6Multimedia",
        "libQt6Quick3D",
        "libQt6VirtualKeyboard",
        "libQt6Designer",
    ):
        assert unused not in libs, unused
    assert not list(INTERNAL.glob("libgtk-3*")), "the build machine's GTK leaked in"
    dangling = [str(p) for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling, dangling

    from PyInstaller.archive.readers import CArchiveReader

    modules = set(CArchiveReader(str(EXE)).open_embedded_archive("PYZ.pyz").toc)
    top = {name.split(".")[0] for name in modules}
    leaked = top & {
        "pytest",
        "_pytest",
        "pytestqt",
        "hypothesis",
        "IPython",
        "tkinter",
        "pygments",
        "PyInstaller",
        "setuptools",
        "pip",
        "numpy",
    }
    assert not leaked, leaked
    assert "netizen_editor.gui.automation.smoke" in modules
    assert {"markdown.extensions.tables", "markdown.extensions.footnotes"} <= modules


def test_every_shared_library_resolves(bundle: Path) -> None:
    """What the trimming keeps must be complete: ldd finds every library of every binary."""
    if shutil.which("ldd") is None:
        pytest.skip("no ldd")
    env = dict(os.environ, LD_LIBRARY_PATH=str(INTERNAL))  # as the bootloader sets it
    missing: dict[str, list[str]] = {}
    for dirpath, _dirs, filenames in os.walk(bundle):
        for filename in filenames:
            path = Path(dirpath, filename)
            if path.is_symlink() or not path.is_file():
                continue
            with path.open("rb") as f:
                if f.read(4) != b"\x7fELF":
                    continue
            out = subprocess.run(
                ["ldd", str(path)], capture_output=True, text=True, env=env, check=False
            ).stdout
            lost = [line.split()[0] for line in out.splitlines() if "not found" in line]
            if lost:
                missing[str(path.relative_to(bundle))] = lost
    assert not missing, missing


def test_desktop_files_in_the_bundle(bundle: Path) -> None:
    share = bundle / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
