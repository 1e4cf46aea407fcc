"""What the case, follow-up and supervisor screens share: the loaded checklist templates
and playbooks, the agent at this workstation, times in the agent's time zone, and the
words for the codes of cases and follow-ups.

One :class:`Recovery` per main window (``Recovery.of(window)``). At start the shipped
templates and playbooks (small files, with this workstation's overrides) are in effect;
the ones an administrator published into the store are read in the background right
after, and again whenever a sync or a publish changes them (a change set naming their
tables), so an edit reaches every workstation without a restart; ``reloaded`` fires
then. A broken one never stops the console: its problems (file or ``store:`` name and
line) are kept in ``problems`` and shown by the cases feature.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from carecenter.clock import utcnow
from carecenter.db.store import Store
from carecenter.problems import Refused
from carecenter.services.agents import desk_agent
from carecenter.services.cases import checklists, playbooks
from carecenter.services.cases.casework import CaseError
from carecenter.services.cases.checklists import Templates
from carecenter.services.cases.playbooks import PlaybookLibrary
from carecenter.settings import Settings
from ui.shell import i18n
from ui.shell.ops import OpRunner, user_message
from ui.widgets import formats

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

PUBLISHED_TABLES = ("checklist_template", "playbook_text")  # carecenter.services.published


class Recovery(QObject):
    """Templates, playbooks and the agent, for every panel of one main window."""

    reloaded = Signal()  # templates and playbooks were read again from the store

    def __init__(self, store: Store, settings: Settings, parent: QObject | None = None,
                 *, templates: Templates | None = None,
                 library: PlaybookLibrary | None = None,
                 runner: OpRunner | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.templates = templates if templates is not None else load_templates()
        self.playbooks = library if library is not None else load_playbooks()
        self._agent_id: str | None = None
        self.shown_problems: set[str] = set()  # those the cases feature has shown
        self.runner = runner
        if runner is not None and templates is None and library is None:
            runner.operation_did_execute.connect(self._changed)
            self.reload()

    def reload(self) -> None:
        """Read the templates and playbooks in effect (with the published ones) again, in
        the background; ``reloaded`` fires when they are in place."""
        if self.runner is None:
            return
        store = self.store

        def read(_state: Any) -> tuple[Templates, PlaybookLibrary]:
            from carecenter.services import published  # SQLAlchemy: not on the start path
            return (published.load_templates(store, _override(checklists)),
                    published.load_playbooks(store, _override(playbooks)))
        self.runner.op(self, read).success(self._loaded).run()

    def _loaded(self, result: tuple[Templates, PlaybookLibrary]) -> None:
        self.templates, self.playbooks = result
        self.reloaded.emit()

    def _changed(self, changes: Any) -> None:
        if any(changes.touches(t) for t in PUBLISHED_TABLES):
            self.reload()

    @staticmethod
    def of(window: MainWindow) -> Recovery:
        """The window's Recovery, made on first use (store and settings from the window)."""
        found = window.findChild(Recovery, "recovery")
        if isinstance(found, Recovery):
            return found
        made = Recovery(window.store, window.settings, window, runner=window.runner)
        made.setObjectName("recovery")
        # another agent signed in: their id from now on
        window.agent_changed.connect(lambda: made.follow(window.settings))
        return made

    def follow(self, settings: Settings) -> None:
        self.settings = settings
        self._agent_id = None

    @property
    def problems(self) -> list[str]:
        return [str(p) for p in self.templates.problems] + list(self.playbooks.problems)

    def agent_id(self) -> str:
        """The agent row of this workstation (worker thread only: it may write the row)."""
        if self._agent_id is None:
            try:
                ref = desk_agent(self.store, self.settings)
            except Refused as exc:
                raise CaseError(exc.code, **exc.values) from exc
            self._agent_id = ref.id
        return self._agent_id

    def category_label(self, code: str) -> str:
        tpl = self.templates.get(code)
        return tpl.label(i18n.current()) if tpl is not None else code

    def selected_case(self, view: object) -> str | None:
        from ui.cases.panel import panel_of

        panel = panel_of(view)  # type: ignore[arg-type]
        case = panel.case if panel is not None else None
        return case.id if case is not None else None

    def playbook_sections(self) -> list[tuple[str, str]]:
        """Every playbook section as (``category#heading``, "Category — heading"); the
        reference names the English heading, so it reads the same on every desk."""
        out = []
        for category in self.playbooks.categories():
            book, shown = self.playbooks.get(category, "en"), self.playbooks.get(
                category, i18n.current())
            if book is None or shown is None:
                continue
            for n, section in enumerate(book.sections):
                if not section.heading:
                    continue
                local = shown.sections[n].heading if n < len(shown.sections) else ""
                label = f"{self.category_label(category)} — {local or section.heading}"
                out.append((f"{category}#{section.heading}", label))
        return out

    def playbook_section(self, ref: str) -> tuple[str, str] | None:
        """(title, Markdown body) of a section named by ``playbook_sections``, in the
        console's language when it has the same section; None when it is gone."""
        category, _, heading = ref.partition("#")
        book, shown = self.playbooks.get(category, "en"), self.playbooks.get(
            category, i18n.current())
        if book is None or shown is None:
            return None
        at = next((n for n, x in enumerate(book.sections) if x.heading == heading), None)
        if at is None:
            return None
        section = shown.sections[at] if at < len(shown.sections) else book.sections[at]
        return f"{shown.title} — {section.heading}", section.body


def _override(module: Any) -> Any:
    folder = module.default_override_dir()
    return folder if folder.is_dir() else None


def load_templates() -> Templates:
    return checklists.load_templates(_override(checklists))


def load_playbooks() -> PlaybookLibrary:
    return playbooks.load_playbooks(_override(playbooks))


# -- time ---------------------------------------------------------------------------------

def now() -> datetime:
    return utcnow()


def local_tz() -> tzinfo:
    return datetime.now().astimezone().tzinfo or UTC


def when(value: datetime | None, *, with_day: bool = True) -> str:
    """A time in the agent's time zone, e.g. "Fri 21 Nov 10:00"."""
    if value is None:
        return ""
    return formats.weekday_date_time(value) if with_day else formats.time(value)


def error_text(exc: BaseException) -> str:
    """The one sentence for a refused or failed write."""
    return user_message(exc)  # a CaseError's code, in the console's words


# -- words for codes ----------------------------------------------------------------------

def _words(table: dict[str, str], code: str | None) -> str:
    return table.get(code or "", code or "")


def severity(code: str) -> str:
    return _words({
        "low": QCoreApplication.translate("recovery", "Low"),
        "medium": QCoreApplication.translate("recovery", "Medium"),
        "high": QCoreApplication.translate("recovery", "High")}, code)


def status(code: str) -> str:
    return _words({
        "open": QCoreApplication.translate("recovery", "Open"),
        "in_progress": QCoreApplication.translate("recovery", "In progress"),
        "resolved": QCoreApplication.translate("recovery", "Resolved"),
        "closed": QCoreApplication.translate("recovery", "Closed")}, code)


def reason(code: str) -> str:
    return _words({
        "promise": QCoreApplication.translate("recovery", "Promise"),
        "remedy_check": QCoreApplication.translate("recovery", "Remedy check"),
        "call_back": QCoreApplication.translate("recovery", "Call back")}, code)


def outcome(code: str | None) -> str:
    return _words({
        "satisfied": QCoreApplication.translate("recovery", "Satisfied"),
        "not_satisfied": QCoreApplication.translate("recovery", "Not satisfied"),
        "unreachable": QCoreApplication.translate("recovery", "Unreachable")}, code)


def bucket(code: str) -> str:
    return _words({
        "overdue": QCoreApplication.translate("recovery", "Overdue"),
        "missed": QCoreApplication.translate("recovery", "Window missed"),
        "today": QCoreApplication.translate("recovery", "Today"),
        "upcoming": QCoreApplication.translate("recovery", "Upcoming"),
        "done": QCoreApplication.translate("recovery", "Done")}, code)
