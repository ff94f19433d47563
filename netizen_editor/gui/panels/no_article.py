"""What the side docks show while no article is open: "No article is open" in their middle, as
the Checks panel's pictures say it. The details and the outline were blank grey docks then, and
the Review panel said "No suggestions or comments.", as for an open story without any."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QWidget


def no_article_text() -> str:
    """The one sentence every panel says with no article open."""
    return QCoreApplication.translate("NoArticle", "No article is open")


class NoArticlePage(QLabel):
    """A dock's page with no article open: the sentence in the middle, in the grey of the
    Checks panel's empty pictures."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(no_article_text(), parent)
        self.setObjectName("no_article")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setContentsMargins(8, 8, 8, 8)
        self.setStyleSheet("color: #5f6368;")


def follow_tabs(tabs: QTabWidget, *stacks: QStackedWidget) -> None:
    """Each of ``stacks`` (a page for each of the tabs) gets a :class:`NoArticlePage`, shown
    while ``tabs`` has no current tab; the window shows a tab's own page when it has one."""
    pages = []
    for stack in stacks:
        page = NoArticlePage()
        stack.insertWidget(0, page)
        pages.append((stack, page))

    def follow(index: int) -> None:
        if index < 0:
            for stack, page in pages:
                stack.setCurrentWidget(page)

    tabs.currentChanged.connect(follow)
    follow(tabs.currentIndex())
