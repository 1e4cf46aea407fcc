"""What the case, follow-up and supervisor screens share: the loaded checklist templates
and playbooks, the agent at this workstation, times in the agent's time zone, and the
words for the codes of cases and follow-ups.

One :class:`Recovery` per main window (``Recovery.of(window)``). Templates and playbooks
are small files read once at start; a broken one never stops the console: its problems
(file and line) are kept in ``problems`` and shown once by the cases feature.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from carecenter.clock import utcnow
from carecenter.db.store import Store
from carecenter.services import checklists, playbooks
from carecenter.services.agents import workstation_agent
from carecenter.services.casework import CaseError
from carecenter.services.checklists import Templates
from carecenter.services.playbooks import PlaybookLibrary
from carecenter.settings import Settings
from ui import i18n
from ui.ops import user_message


class Recovery(QObject):
    """Templates, playbooks and the agent, for every panel of one main window."""

    def __init__(self, store: Store, settings: Settings, parent: QObject | None = None,
                 *, templates: Templates | None = None,
                 library: PlaybookLibrary | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.templates = templates if templates is not None else load_templates()
        self.playbooks = library if library is not None else load_playbooks()
        self._agent_id: str | None = None

    @staticmethod
    def of(window: QObject) -> Recovery:
        """The window's Recovery, made on first use (store and settings from the window)."""
        found = window.findChild(Recovery, "recovery")
        if isinstance(found, Recovery):
            return found
        made = Recovery(window.store, window.settings, window)  # type: ignore[attr-defined]
        made.setObjectName("recovery")
        return made

    @property
    def problems(self) -> list[str]:
        return [str(p) for p in self.templates.problems] + list(self.playbooks.problems)

    def agent_id(self) -> str:
        """The agent row of this workstation (worker thread only: it may write the row)."""
        if self._agent_id is None:
            try:
                ref = workstation_agent(self.store, self.settings.agent_name,
                                        self.settings.agent_role)
            except ValueError as exc:
                raise CaseError(str(exc)) from exc
            self._agent_id = ref.id
        return self._agent_id

    def category_label(self, code: str) -> str:
        tpl = self.templates.get(code)
        return tpl.label(i18n.current()) if tpl is not None else code


def apply_style() -> None:
    """Add ``resources/styles/recovery.qss`` to the application's stylesheet, once."""
    from importlib import resources

    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    if not isinstance(app, QApplication) or app.property("recoveryStyle"):
        return
    try:
        qss = (resources.files("resources") / "styles" / "recovery.qss").read_text("utf-8")
    except OSError:
        return
    app.setProperty("recoveryStyle", True)
    app.setStyleSheet(app.styleSheet() + "\n" + qss)


def load_templates() -> Templates:
    folder = checklists.default_override_dir()
    return checklists.load_templates(folder if folder.is_dir() else None)


def load_playbooks() -> PlaybookLibrary:
    folder = playbooks.default_override_dir()
    return playbooks.load_playbooks(folder if folder.is_dir() else None)


# -- time ---------------------------------------------------------------------------------

def now() -> datetime:
    return utcnow()


def local_tz() -> tzinfo:
    return datetime.now().astimezone().tzinfo or UTC


def when(value: datetime | None, *, with_day: bool = True) -> str:
    """A time in the agent's time zone, e.g. "Fri 21 Nov 10:00"."""
    if value is None:
        return ""
    local = value.astimezone(local_tz())
    locale = QLocale(i18n.current())
    if not with_day:
        return f"{local:%H:%M}"
    day = QDate(local.year, local.month, local.day)
    return f"{locale.toString(day, 'ddd d MMM')} {local:%H:%M}"


def error_text(exc: BaseException) -> str:
    """The one sentence for a refused or failed write."""
    return user_message(exc)  # a CaseError is the core's sentence, in the console's language


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
        "today": QCoreApplication.translate("recovery", "Today"),
        "upcoming": QCoreApplication.translate("recovery", "Upcoming"),
        "done": QCoreApplication.translate("recovery", "Done")}, code)
