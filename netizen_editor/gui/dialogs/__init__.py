"""The window's dialogs, and ``Prompts``: every question the window asks, in one replaceable
object (tests swap single methods for canned answers)."""
