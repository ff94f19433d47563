"""The Debian package, built from the one-folder bundle with ``dpkg-deb`` (Linux, by build.py).

Layout: the bundle under ``/opt/netizen-editor``, ``/usr/bin/netizen-editor`` a symlink to its
executable (the bootloader finds ``_internal/`` through the link), the desktop entry
(``MimeType=text/markdown``, so "Open with" offers the app for ``.md`` files) and the icons
in ``/usr/share``. ``Depends`` lists the Debian packages of the shared libraries the bundle's
binaries need and do not carry (found with ``ldd`` and ``dpkg -S`` on the build machine).
No maintainer scripts: the menu and icon caches are refreshed by the triggers of
desktop-file-utils and hicolor-icon-theme. Removal (``dpkg -r``) leaves nothing in /opt.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

APP_ID = "netizen-editor"
INSTALL_DIR = Path("opt") / APP_ID
MAINTAINER = "Netizen Editor developers <redaksi@netizen.co.id>"
DESCRIPTION = (
    "Offline Markdown editor for Netizen.co.id journalists\n"
    " Drafts news articles in Markdown with a live preview in the Netizen.co.id site's skin,\n"
    " and exports the page, a Blogger post body or a Blogger import file."
)
# Libraries every system has through libc6 itself, whatever ldd says.
_LIBC = re.compile(r"^(ld-linux[-\w.]*|lib(c|m|dl|rt|pthread|resolv|util|anl)\.so[.\d]*)$")


def deb_name(version: str) -> str:
    return f"{APP_ID}_{version}_amd64.deb"


def _elf_files(folder: Path) -> list[Path]:
    found = []
    for dirpath, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(dirpath, name)
            if path.is_symlink() or not path.is_file():
                continue
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def system_libraries(bundle: Path) -> set[str]:
    """Paths of the system libraries the bundle's binaries load from outside the bundle."""
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))  # as the bootloader sets it
    paths: set[str] = set()
    for elf in _elf_files(bundle):
        out = subprocess.run(
            ["ldd", str(elf)], capture_output=True, text=True, env=env, check=False
        ).stdout
        for line in out.splitlines():
            match = re.match(r"^\s*(\S+) => (/\S+)", line)
            if match and not Path(match.group(2)).resolve().is_relative_to(bundle.resolve()):
                paths.add(match.group(2))
    return paths


def dependencies(bundle: Path) -> list[str]:
    """Debian package names for ``Depends``: the owners of the system libraries, and libc6."""
    packages = {"libc6"}
    for path in sorted(system_libraries(bundle)):
        if _LIBC.match(Path(path).name):
            continue
        owner = None
        for candidate in (path, str(Path(path).resolve())):
            result = subprocess.run(
                ["dpkg", "-S", candidate], capture_output=True, text=True, check=False
            )
            if result.returncode == 0:
                owner = result.stdout.split(":")[0].strip()
                break
        if owner:
            packages.add(owner)
    glibc = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Version}", "libc6"], capture_output=True, text=True
    ).stdout.strip()
    upstream = re.match(r"^(\d+\.\d+)", glibc)
    deps = sorted(packages - {"libc6"})
    return [f"libc6 (>= {upstream.group(1)})" if upstream else "libc6", *deps]


def _link_tree(source: Path, target: Path) -> None:
    """Copy a tree as hard links where the file system allows (fast; dpkg-deb reads them)."""

    def link(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(source, target, symlinks=True, copy_function=link)


def build_deb(bundle: Path, version: str, out_dir: Path, desktop: Path, icons: Path) -> Path:
    """Build ``out_dir/netizen-editor_VERSION_amd64.deb`` from the bundle folder."""
    if shutil.which("dpkg-deb") is None:
        raise RuntimeError("dpkg-deb is missing (it comes with dpkg)")
    stage = out_dir / "deb-root"
    shutil.rmtree(stage, ignore_errors=True)
    opt = stage / INSTALL_DIR
    opt.parent.mkdir(parents=True)
    _link_tree(bundle, opt)
    usr_bin = stage / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    (usr_bin / APP_ID).symlink_to(Path("/") / INSTALL_DIR / APP_ID)
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy2(desktop, apps / f"{APP_ID}.desktop")
    for icon in sorted(icons.glob(f"{APP_ID}*")):
        size = re.search(r"-(\d+)\.png$", icon.name)
        folder = f"{size.group(1)}x{size.group(1)}" if size else "scalable"
        target = stage / "usr" / "share" / "icons" / "hicolor" / folder / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(icon, target / f"{APP_ID}{icon.suffix}")
    doc = stage / "usr" / "share" / "doc" / APP_ID
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Netizen Editor: MIT licence. The bundled Qt, QtWebEngine, Python and libraries keep\n"
        "their own licences; see /opt/netizen-editor/_internal.\n",
        encoding="utf-8",
    )
    installed_kib = (
        sum(p.lstat().st_size for p in stage.rglob("*") if p.is_file() or p.is_symlink()) // 1024
    )
    control = stage / "DEBIAN"
    control.mkdir()
    (control / "control").write_text(
        f"Package: {APP_ID}\n"
        f"Version: {version}\n"
        "Section: editors\n"
        "Priority: optional\n"
        "Architecture: amd64\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(dependencies(bundle))}\n"
        "Homepage: https://netizen.co.id\n"
        f"Description: {DESCRIPTION}\n",
        encoding="utf-8",
    )
    for path in [stage, *stage.rglob("*")]:  # dpkg-deb wants sane modes
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    deb = out_dir / deb_name(version)
    deb.unlink(missing_ok=True)
    # zstd is quick and Debian 12's dpkg reads it; the archive budget is the .tar.xz's
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zzstd", "-z9", "--build", str(stage), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(stage)
    return deb
