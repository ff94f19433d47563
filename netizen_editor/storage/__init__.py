"""Storage core: atomic writes, reading articles, backups, the autosave journal and recovery.

Pure Python; never imports Qt. Import the module you need (``storage.journal``, ...): the
package itself imports nothing, so the window's start loads only what it uses.
"""
