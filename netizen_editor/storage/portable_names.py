"""Names every colleague's computer can use. A newsroom's shared drive is read from Windows,
macOS and Linux alike, and a name Linux takes (``siapa pelakunya?.md``, ``con.md``, a folder
``ekonomi.``) cannot be opened on Windows, or is another file there: Samba mangles it, and
the lock beside it no longer matches the story."""

from __future__ import annotations

from typing import Literal

#: characters Windows never allows in a file or folder name (besides the separators)
WINDOWS_FORBIDDEN = frozenset('<>:"|?*')
#: the names Windows keeps for its devices, in any case and with any suffix (``con.md``):
#: Microsoft's "Naming Files" lists COM0-COM9 and LPT0-LPT9, and the superscript digits ¹ ² ³
#: too (Windows reads them as 1 2 3 there, with no other such folding); CONIN$ and CONOUT$
#: open the console
WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$"}
    | {f"{port}{n}" for port in ("com", "lpt") for n in (*"0123456789", *"¹²³")}
)

Problem = Literal["character", "end", "reserved"]


def windows_problem(part: str) -> Problem | None:
    """Why Windows cannot use ``part`` (one file or folder name) as a name: a character it
    forbids (or a control character), a dot or space at its end, a device's name; None
    when it can."""
    if any(ch in WINDOWS_FORBIDDEN or ord(ch) < 32 for ch in part):
        return "character"
    if part.endswith((".", " ")):
        return "end"
    if part.split(".", 1)[0].rstrip(" ").lower() in WINDOWS_RESERVED:
        return "reserved"
    return None


def portable_stem(stem: str) -> str:
    """A file name's stem made from a title (a slug, ``con``) that Windows can use: a device's
    name gets ``-1`` (``con-1``); any other stem is itself."""
    return f"{stem}-1" if windows_problem(stem) == "reserved" else stem
