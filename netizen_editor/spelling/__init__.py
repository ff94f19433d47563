"""Spell check for Indonesian and English articles, and non-standard (tidak baku) spellings.

``words`` reads the prose words of Markdown, ``speller`` wraps Hunspell with the newsroom's
word lists (``wordlists``), ``nonstandard`` knows the standard forms, ``check`` finds the
issues of a text and ``rules`` registers the check rules ``spelling`` and ``non-standard``.
"""
