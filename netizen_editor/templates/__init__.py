"""Templates: the shapes a story starts from (issue 25).

A template is a Markdown article with front matter whose text may hold Jinja2 expressions
(``{{ now }}``, ``{{ author }}``, ``{{ site_name }}``, ``{{ desk }}``), rendered in Jinja2's
sandbox, and placeholders: the text still to be filled in, written as a link without an address
(``[nama narasumber]()``) or with the bare ``https://`` of a link still to be given
(``[Judul berita](https://)``), the fields Tab walks through in the editor (the same fields as in
an inserted "Baca juga" link). The ``template-placeholder`` check reports any left.

- ``library``: the built-in templates (``resources/templates/``) and the newsroom's folder
  (Settings ``templates_folder``), which adds templates or overrides them by name;
- ``render``: a template's text as a new article, with ``template: NAME`` in its front matter;
- ``placeholders``: where the placeholders of a text are;
- ``saving``: "Save as template", an article turned into a template file in the folder;
- ``cli``: ``netizen-editor new``.
"""
