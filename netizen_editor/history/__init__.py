"""An article's version history (no Qt), kept beside it in its folder's ``.netizen/history/``.

The history is keyed by the stable ``id`` in the article's front matter (a UUID added on first
save, :mod:`netizen_editor.history.article_id`), so it follows a rename or a move within the
folder and colleagues on a shared drive see the same versions.

On disk, ``FOLDER/.netizen/history/<article id>/`` holds one file per version, named
``<UTC time>-<reason>-<random>.nzv`` (``20261206T033000123456Z-save-1a2b3c4d.nzv``; its stem is
the version's id): a first line ``netizen-version 1``, one line of JSON (``time`` with the
newsroom's offset, ``author``, ``reason``, ``words``, ``sha256`` and ``size`` of the text), then
the text's UTF-8 bytes compressed with zlib (:mod:`netizen_editor.history.version_file`).
There is no index: the folder listing is the truth, so two writers at once never lose a version
(each writes its own file, atomically, never through a link).

- :mod:`~netizen_editor.history.store`: keep, list, read and prune versions;
- :mod:`~netizen_editor.history.policy`: what is kept (coalescing and the keep policy);
- :mod:`~netizen_editor.history.diff`: the word diff between two texts;
- :mod:`~netizen_editor.history.cli`: ``netizen-editor history``.
"""
