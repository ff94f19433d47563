"""The one registry of the window's actions: text, icon, shortcut and where they appear.

Every menu entry and toolbar button is an action from here. Shortcuts come from
``QKeySequence.StandardKey`` where the platform defines one; the others are fixed here once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP as _QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolBar, QToolButton, QWidget

from netizen_editor.editing.formatting import FORMAT_KINDS
from netizen_editor.gui.window.icon_colour import own_icon
from netizen_editor.paths import resource_path

SK = QKeySequence.StandardKey
#: marks a text for lupdate and returns it unchanged (PySide's stub says it returns ``object``)
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], _QT_TRANSLATE_NOOP)


@dataclass(frozen=True)
class ActionSpec:
    key: str
    text: str
    icon: str = ""
    shortcut: SK | str | None = None
    fallback: str = ""  # shortcut when the platform has no StandardKey binding
    tip: str = ""
    checkable: bool = False
    group: str = ""  # exclusive group name
    also: tuple[str, ...] = ()  # more shortcuts, on every platform


#: the formatting actions: each one's key is its kind for MarkdownEditor.apply_format
FORMAT_ACTIONS = FORMAT_KINDS
#: what writes in the story: off in a read-only tab (a colleague's, followed), where it would do
#: nothing without a word
WRITING_ACTIONS = (*FORMAT_ACTIONS, "cut", "paste", "embed", "add_update", "add_comment",
                   "accept_mark", "reject_mark")  # fmt: skip

SPECS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec(
        "new",
        QT_TRANSLATE_NOOP("Actions", "&New Article"),
        "document-new",
        SK.New,
        "Ctrl+N",
        QT_TRANSLATE_NOOP("Actions", "Start a new, untitled article"),
    ),
    ActionSpec(
        "new_from_template",
        QT_TRANSLATE_NOOP("Actions", "New from &Template…"),
        "document-new",
        None,
        "Ctrl+Shift+N",
        QT_TRANSLATE_NOOP("Actions", "Start an article from a template (news, correction, live…)"),
    ),
    ActionSpec(
        "open",
        QT_TRANSLATE_NOOP("Actions", "&Open…"),
        "document-open",
        SK.Open,
        "Ctrl+O",
        QT_TRANSLATE_NOOP("Actions", "Open a Markdown article"),
    ),
    ActionSpec("open_recent", QT_TRANSLATE_NOOP("Actions", "Open &Recent"), "document-open-recent"),
    ActionSpec(
        "open_desk",
        QT_TRANSLATE_NOOP("Actions", "Open &Desk…"),
        "document-open",
        tip=QT_TRANSLATE_NOOP("Actions", "Show a folder of stories as a desk: status, who, what"),
    ),
    ActionSpec(
        "quick_switcher",
        QT_TRANSLATE_NOOP("Actions", "&Go to Story…"),
        "",
        None,
        "Ctrl+P",
        QT_TRANSLATE_NOOP("Actions", "Find a story of the desk by its title"),
    ),
    ActionSpec(
        "import",
        QT_TRANSLATE_NOOP("Actions", "&Import…"),
        "document-open",
        tip=QT_TRANSLATE_NOOP("Actions", "Make an article of a press release (Word, PDF…)"),
    ),
    ActionSpec(
        "save",
        QT_TRANSLATE_NOOP("Actions", "&Save"),
        "document-save",
        SK.Save,
        "Ctrl+S",
        QT_TRANSLATE_NOOP("Actions", "Save the article"),
    ),
    ActionSpec(
        "save_as",
        QT_TRANSLATE_NOOP("Actions", "Save &As…"),
        "document-save-as",
        SK.SaveAs,
        "Ctrl+Shift+S",
    ),
    ActionSpec(
        "save_as_template",
        QT_TRANSLATE_NOOP("Actions", "Save as Te&mplate…"),
        "document-save-as",
        tip=QT_TRANSLATE_NOOP("Actions", "Save the article as a template of the newsroom"),
    ),
    ActionSpec(
        "history",
        QT_TRANSLATE_NOOP("Actions", "&History…"),
        "document-revert",
        tip=QT_TRANSLATE_NOOP("Actions", "Compare the article's versions, or restore one"),
    ),
    ActionSpec(
        "export",
        QT_TRANSLATE_NOOP("Actions", "&Export…"),
        "document-export",
        None,
        "Ctrl+E",
        QT_TRANSLATE_NOOP("Actions", "Export the article as a page or a Blogger post"),
    ),
    ActionSpec(
        "close",
        QT_TRANSLATE_NOOP("Actions", "&Close Article"),
        "document-close",
        SK.Close,
        "Ctrl+W",
    ),
    ActionSpec(
        "quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "application-exit", SK.Quit, "Ctrl+Q"
    ),
    # Edit
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), "edit-undo", SK.Undo, "Ctrl+Z"),
    ActionSpec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), "edit-redo", SK.Redo, "Ctrl+Shift+Z"),
    ActionSpec("cut", QT_TRANSLATE_NOOP("Actions", "Cu&t"), "edit-cut", SK.Cut, "Ctrl+X"),
    ActionSpec("copy", QT_TRANSLATE_NOOP("Actions", "&Copy"), "edit-copy", SK.Copy, "Ctrl+C"),
    ActionSpec("paste", QT_TRANSLATE_NOOP("Actions", "&Paste"), "edit-paste", SK.Paste, "Ctrl+V"),
    ActionSpec(
        "select_all", QT_TRANSLATE_NOOP("Actions", "Select &All"), "", SK.SelectAll, "Ctrl+A"
    ),
    ActionSpec("find", QT_TRANSLATE_NOOP("Actions", "&Find…"), "edit-find", SK.Find, "Ctrl+F"),
    ActionSpec(
        "replace",
        QT_TRANSLATE_NOOP("Actions", "R&eplace…"),
        "edit-find-replace",
        SK.Replace,
        "Ctrl+H",
    ),
    ActionSpec(
        "go_to_line", QT_TRANSLATE_NOOP("Actions", "&Go to Line…"), "go-jump", None, "Ctrl+L"
    ),
    ActionSpec(
        "settings",
        QT_TRANSLATE_NOOP("Actions", "Se&ttings…"),
        "preferences-system",
        SK.Preferences,
        "Ctrl+,",
    ),
    ActionSpec(
        "next_spelling",
        QT_TRANSLATE_NOOP("Actions", "Next &Spelling Finding"),
        "tools-check-spelling",
        None,
        "F7",
        QT_TRANSLATE_NOOP("Actions", "Select the next typo or non-standard spelling"),
    ),
    # Format
    ActionSpec(
        "bold", QT_TRANSLATE_NOOP("Actions", "&Bold"), "format-text-bold", SK.Bold, "Ctrl+B"
    ),
    ActionSpec(
        "italic", QT_TRANSLATE_NOOP("Actions", "&Italic"), "format-text-italic", SK.Italic, "Ctrl+I"
    ),
    ActionSpec("link", QT_TRANSLATE_NOOP("Actions", "&Link…"), "insert-link", None, "Ctrl+K"),
    ActionSpec(
        "heading", QT_TRANSLATE_NOOP("Actions", "&Heading"), "format-heading", None, "Ctrl+Shift+H"
    ),
    ActionSpec(
        "quote", QT_TRANSLATE_NOOP("Actions", "&Quote"), "format-quote", None, "Ctrl+Shift+Q"
    ),
    ActionSpec(
        "list",
        QT_TRANSLATE_NOOP("Actions", "Bulleted &List"),
        "format-list-unordered",
        None,
        "Ctrl+Shift+L",
    ),
    ActionSpec(
        "image", QT_TRANSLATE_NOOP("Actions", "I&mage…"), "insert-image", None, "Ctrl+Shift+I"
    ),
    # Insert
    ActionSpec(
        "ad",
        QT_TRANSLATE_NOOP("Actions", "&Ad Slot"),
        "netizen-ad",
        None,
        "Ctrl+Shift+A",
        QT_TRANSLATE_NOOP("Actions", "Insert an in-article ad slot"),
    ),
    ActionSpec(
        "baca_juga",
        QT_TRANSLATE_NOOP("Actions", '"&Baca juga" Link'),
        "netizen-baca-juga",
        None,
        "Ctrl+Shift+B",
        QT_TRANSLATE_NOOP("Actions", 'Insert a "Baca juga:" related link'),
    ),
    ActionSpec(
        "jump_break",
        QT_TRANSLATE_NOOP("Actions", "&Jump Break"),
        "netizen-jump-break",
        None,
        "Ctrl+Shift+J",
        QT_TRANSLATE_NOOP("Actions", 'Insert Blogger\'s "read more" jump break'),
    ),
    ActionSpec(
        "embed",
        QT_TRANSLATE_NOOP("Actions", "&Embed…"),
        "",
        None,
        "",
        QT_TRANSLATE_NOOP("Actions", "Embed a YouTube, X, Instagram, TikTok or Facebook post"),
    ),
    ActionSpec(
        "add_update",
        QT_TRANSLATE_NOOP("Actions", "Add &Update…"),
        "",
        None,
        "",
        QT_TRANSLATE_NOOP("Actions", "Add a timed update (Pembaruan) to a developing story"),
    ),
    # View
    ActionSpec(
        "toggle_preview",
        QT_TRANSLATE_NOOP("Actions", "Show &Preview"),
        "netizen-preview",
        None,
        "F9",
        QT_TRANSLATE_NOOP("Actions", "Show or hide the live article"),
        checkable=True,
    ),
    ActionSpec(
        "preview_desktop",
        QT_TRANSLATE_NOOP("Actions", "&Desktop Width"),
        "netizen-desktop",
        None,
        "Ctrl+Alt+D",
        QT_TRANSLATE_NOOP("Actions", "Preview at desktop width (1280 px)"),
        checkable=True,
        group="width",
    ),
    ActionSpec(
        "preview_mobile",
        QT_TRANSLATE_NOOP("Actions", "&Mobile Width"),
        "netizen-mobile",
        None,
        "Ctrl+Alt+P",  # P for phone (ponsel); Ctrl+Alt+M is Add Comment's
        QT_TRANSLATE_NOOP("Actions", "Preview at phone width (375 px)"),
        checkable=True,
        group="width",
    ),
    ActionSpec(
        "spell_check",
        QT_TRANSLATE_NOOP("Actions", "Check &Spelling"),
        "tools-check-spelling",
        tip=QT_TRANSLATE_NOOP("Actions", "Underline typos and non-standard spellings"),
        checkable=True,
    ),
    ActionSpec("zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom &In"), "zoom-in", SK.ZoomIn, "Ctrl++"),
    ActionSpec(
        "zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom &Out"), "zoom-out", SK.ZoomOut, "Ctrl+-"
    ),
    ActionSpec(
        "zoom_reset", QT_TRANSLATE_NOOP("Actions", "&Reset Zoom"), "zoom-original", None, "Ctrl+0"
    ),
    ActionSpec(
        "preview_fit",
        QT_TRANSLATE_NOOP("Actions", "Preview: &Fit Width"),
        "",
        None,
        "",
        QT_TRANSLATE_NOOP("Actions", "Scale the whole desktop page into the preview"),
        checkable=True,
        group="preview_zoom",
    ),
    ActionSpec(
        "preview_actual",
        QT_TRANSLATE_NOOP("Actions", "Preview: &100 %"),
        "",
        None,
        "",
        QT_TRANSLATE_NOOP(
            "Actions", "Show the page at its real size (Ctrl+wheel over the preview zooms)"
        ),
        checkable=True,
        group="preview_zoom",
    ),
    # Review
    ActionSpec(
        "suggest_mode",
        QT_TRANSLATE_NOOP("Actions", "&Suggest Changes"),
        "netizen-suggest",
        None,
        "Ctrl+Shift+E",
        QT_TRANSLATE_NOOP(
            "Actions", "Typing and deleting become suggestions the reporter accepts or rejects"
        ),
        checkable=True,
    ),
    ActionSpec(
        "preview_final",
        QT_TRANSLATE_NOOP("Actions", "Preview as &Accepted"),
        "",
        None,
        "",
        QT_TRANSLATE_NOOP(
            "Actions", "Show the article in the preview as if every suggestion were accepted"
        ),
        checkable=True,
    ),
    ActionSpec(
        "marks_all",
        QT_TRANSLATE_NOOP("Actions", "Marks: Show &All"),
        "",
        None,
        "",
        QT_TRANSLATE_NOOP("Actions", "The editor shows every suggestion and comment"),
        checkable=True,
        group="marks",
    ),
    ActionSpec(
        "marks_accepted",
        QT_TRANSLATE_NOOP("Actions", "Marks: Read as A&ccepted"),
        "",
        None,
        "",
        QT_TRANSLATE_NOOP(
            "Actions", "The editor reads as if every suggestion were accepted (the file is kept)"
        ),
        checkable=True,
        group="marks",
    ),
    ActionSpec(
        "marks_original",
        QT_TRANSLATE_NOOP("Actions", "Marks: Read as &Original"),
        "",
        None,
        "",
        QT_TRANSLATE_NOOP(
            "Actions", "The editor reads as before the suggestions (the file is kept)"
        ),
        checkable=True,
        group="marks",
    ),
    ActionSpec(
        "add_comment",
        QT_TRANSLATE_NOOP("Actions", "Add &Comment…"),
        "",
        None,
        "Ctrl+Alt+M",
        QT_TRANSLATE_NOOP("Actions", "A comment at the cursor, or on the selected words"),
    ),
    ActionSpec(
        "accept_mark",
        QT_TRANSLATE_NOOP("Actions", "Acc&ept Suggestion"),
        "",
        None,
        "Ctrl+Alt+A",
        QT_TRANSLATE_NOOP(
            "Actions", "Accept the suggestion at the cursor (or the one selected in the panel)"
        ),
    ),
    ActionSpec(
        "reject_mark",
        QT_TRANSLATE_NOOP("Actions", "&Reject Suggestion"),
        "",
        None,
        "Ctrl+Alt+R",
        QT_TRANSLATE_NOOP(
            "Actions", "Reject the suggestion at the cursor (or the one selected in the panel)"
        ),
    ),
    ActionSpec(
        "next_mark",
        QT_TRANSLATE_NOOP("Actions", "&Next Mark"),
        "",
        None,
        "Ctrl+Alt+N",
        QT_TRANSLATE_NOOP("Actions", "Go to the next suggestion or comment"),
    ),
    ActionSpec(
        "previous_mark",
        QT_TRANSLATE_NOOP("Actions", "Pre&vious Mark"),
        "",
        None,
        "Ctrl+Alt+Shift+N",  # (Ctrl+Alt+P is the phone preview's)
        QT_TRANSLATE_NOOP("Actions", "Go to the previous suggestion or comment"),
    ),
    ActionSpec(
        "review_panel",
        QT_TRANSLATE_NOOP("Actions", "Review &Panel"),
        "",
        None,
        "Ctrl+Shift+R",
        QT_TRANSLATE_NOOP("Actions", "Every suggestion and comment, to accept, reject or answer"),
    ),
    # the article tabs (View)
    ActionSpec(
        "next_tab",
        QT_TRANSLATE_NOOP("Actions", "Ne&xt Article"),
        "",
        None,
        "Ctrl+Tab",
        QT_TRANSLATE_NOOP("Actions", "Show the next article's tab (from the last: the first)"),
        also=("Ctrl+PgDown",),
    ),
    ActionSpec(
        "previous_tab",
        QT_TRANSLATE_NOOP("Actions", "Pre&vious Article"),
        "",
        None,
        "Ctrl+Shift+Tab",
        QT_TRANSLATE_NOOP("Actions", "Show the previous article's tab (from the first: the last)"),
        also=("Ctrl+PgUp",),
    ),
    # Help
    ActionSpec(
        "cheat_sheet",
        QT_TRANSLATE_NOOP("Actions", "Article &Syntax and Shortcuts"),
        "",
        SK.HelpContents,
        "F1",
        QT_TRANSLATE_NOOP("Actions", "Front matter keys, newsroom markup and keyboard shortcuts"),
    ),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About Netizen Editor"), "help-about"),
)

MENUS: dict[str, tuple[str, ...]] = {
    "menu_file": ("new", "new_from_template", "open", "open_recent", "import", "-",
                  "open_desk", "quick_switcher", "-", "save",
                  "save_as", "save_as_template", "history", "-",
                  "export", "-", "close", "quit"),
    "menu_edit": ("undo", "redo", "-", "cut", "copy", "paste", "select_all", "-", "find",
                  "replace", "go_to_line", "next_spelling", "-", "settings"),
    "menu_format": ("bold", "italic", "link", "-", "heading", "quote", "list"),
    # a photo is inserted, as an ad or an embed is (QA looked for it here); its shortcut stays
    "menu_insert": ("image", "-", "ad", "baca_juga", "jump_break", "-", "embed", "add_update"),
    "menu_view": ("toggle_preview", "preview_desktop", "preview_mobile", "preview_fit",
                  "preview_actual", "-", "spell_check", "-", "zoom_in", "zoom_out", "zoom_reset",
                  "-", "next_tab", "previous_tab"),
    "menu_review": ("suggest_mode", "add_comment", "preview_final", "-", "accept_mark",
                    "reject_mark", "next_mark", "previous_mark", "-", "marks_all",
                    "marks_accepted", "marks_original", "-", "review_panel"),
    "menu_help": ("cheat_sheet", "-", "about"),
}  # fmt: skip

# "-" is a separator, "~" pushes what follows to the right end.
TOOLBAR: tuple[str, ...] = (
    "new", "open", "save", "-", "undo", "redo", "-", "bold", "italic", "heading", "link",
    "quote", "list", "image", "-", "ad", "baca_juga", "jump_break", "-", "find",
    "suggest_mode", "~",
    "toggle_preview", "preview_desktop", "preview_mobile", "-", "export",
)  # fmt: skip
# Toolbar buttons that show their text beside the icon.
TOOLBAR_WITH_TEXT = ("export",)


@cache
def icon(name: str) -> QIcon:
    """Ours from ``resources/icons`` (the same look on every system), else the theme's icon
    called ``name``. The theme is asked only for the few we do not draw: a theme lookup costs
    from a fraction of a millisecond to 16 ms (seen with a user icon folder that has no
    cache, as Wine leaves one), and the window asks for 36 icons before its first frame."""
    own = resource_path("icons", f"{name}.svg")
    if own.is_file():
        return own_icon(own)  # in a colour a dark desktop theme's toolbar shows too
    if name.startswith("netizen-"):
        return QIcon()
    return QIcon.fromTheme(name)


def shortcut_for(spec: ActionSpec) -> list[QKeySequence]:
    keys = QKeySequence.keyBindings(spec.shortcut) if isinstance(spec.shortcut, SK) else []
    if not keys and spec.fallback:
        keys = [QKeySequence(spec.fallback)]
    more = [QKeySequence(key) for key in spec.also]
    return [*keys, *(key for key in more if key not in keys)]


class ActionRegistry(QObject):
    """Creates every action once; menus and the toolbar are filled from it."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._actions: dict[str, QAction] = {}
        self._specs = {spec.key: spec for spec in SPECS}
        groups: dict[str, QActionGroup] = {}
        for spec in SPECS:
            action = QAction(icon(spec.icon) if spec.icon else QIcon(), self._tr(spec.text), parent)
            action.setObjectName(f"action_{spec.key}")
            action.setShortcuts(shortcut_for(spec))
            tip = self._tr(spec.tip) if spec.tip else action.text().replace("&", "")
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            action.setStatusTip(tip)
            action.setCheckable(spec.checkable)
            if spec.checkable and spec.icon:  # the menu shows whether it is on (its check
                action.setIconVisibleInMenu(False)  # mark takes the icon's place), the toolbar
            if spec.group:
                groups.setdefault(spec.group, QActionGroup(self)).addAction(action)
            parent.addAction(action)  # shortcuts work with the menu bar hidden, too
            self._actions[spec.key] = action
        self._actions["settings"].setMenuRole(QAction.MenuRole.PreferencesRole)
        self._actions["about"].setMenuRole(QAction.MenuRole.AboutRole)
        self._actions["quit"].setMenuRole(QAction.MenuRole.QuitRole)

    @staticmethod
    def _tr(text: str) -> str:
        return QCoreApplication.translate("Actions", text)

    def __getitem__(self, key: str) -> QAction:
        return self._actions[key]

    def __contains__(self, key: str) -> bool:
        return key in self._actions

    def __iter__(self) -> Iterator[str]:
        return iter(self._actions)

    def connect_handlers(self, handlers: dict[str, Callable[[], object]]) -> None:
        """Wire each action to its handler; every action must have one."""
        missing = set(self._actions) - set(handlers) - {"open_recent"}
        if missing:
            raise RuntimeError(f"actions without a handler: {', '.join(sorted(missing))}")
        for key, handler in handlers.items():
            self._actions[key].triggered.connect(lambda _checked=False, h=handler: h())

    def fill_menu(self, menu: QMenu, keys: tuple[str, ...]) -> None:
        for key in keys:
            if key == "-":
                menu.addSeparator()
            else:
                menu.addAction(self._actions[key])

    def fill_toolbar(self, toolbar: QToolBar, keys: tuple[str, ...] = TOOLBAR) -> None:
        for key in keys:
            if key == "-":
                toolbar.addSeparator()
            elif key == "~":
                spacer = QWidget(toolbar)
                spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
                toolbar.addWidget(spacer)
            else:
                toolbar.addAction(self._actions[key])
                button = toolbar.widgetForAction(self._actions[key])
                if key in TOOLBAR_WITH_TEXT and isinstance(button, QToolButton):
                    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
