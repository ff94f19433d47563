"""The window: the only part of Netizen Editor that imports PySide6."""
