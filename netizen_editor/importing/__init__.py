"""Import a document someone sent (a press release in Word, LibreOffice, PDF, a web page or
plain text) as an article: ``netizen-editor import FILE`` and File › Import… (no Qt here).

- :mod:`~netizen_editor.importing.safety`: bounded reads; archives checked before unpacking.
- :mod:`~netizen_editor.importing.docx`, :mod:`~.odt`, :mod:`~.pdf`, :mod:`~.webpage`,
  :mod:`~.plain`: one reader per kind of document.
- :mod:`~netizen_editor.importing.word_changes`, :mod:`~.tracked`: tracked changes and
  comments → review marks with who and when.
- :mod:`~netizen_editor.importing.html`: the documents' HTML → Markdown (the paste's
  conversion, with footnotes, safe links and stored pictures).
- :mod:`~netizen_editor.importing.front_matter`, :mod:`~.importer`: the article written.
"""

from __future__ import annotations

from pathlib import Path

#: the documents the window imports instead of opening (a .txt opens as an article; File ›
#: Import… takes it too)
DOCUMENT_SUFFIXES = (".docx", ".odt", ".pdf", ".html", ".htm")


def is_document(path: Path) -> bool:
    """A document to import rather than an article to open."""
    return path.suffix.lower() in DOCUMENT_SUFFIXES
