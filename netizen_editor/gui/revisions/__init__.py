"""One open article's revision pipeline: each text revision goes to one render thread, which
makes the preview's page or patch and, once the text rests, the revision's frozen
:class:`~netizen_editor.snapshot.Snapshot` (one scan, one run of the checks). The tab owns it;
the preview, outline, status bar, metadata panel, checks dock and export dialog consume it."""
