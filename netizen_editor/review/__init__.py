"""Review marks (CriticMarkup suggestions and comments) of an article, without Qt: where they
are in the file (``marks``), accepting and rejecting them (``resolve``), what an export may
publish (``publish``) and the ``netizen-editor review`` command (``cli``)."""
