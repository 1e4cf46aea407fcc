"""The recovery checklist of one case: a row per step, ticked with who, when and a note.

The widget only asks: ``tick_requested(step, note)``, ``untick_requested(step)`` and
``action_requested(step)`` (the steps that need more than a note: "compensate" asks what
was offered, "follow up" asks when). The panel writes and then calls ``set_case`` with
what the store holds, so a check box never shows a tick that was not recorded.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carecenter.services.cases.checklists import COMPENSATE, FOLLOW_UP
from carecenter.services.cases.lifecycle import CaseView, StepState
from ui.cases.recovery import when
from ui.shell import i18n
from ui.widgets.access import named, named_icon_buttons

ACTION_STEPS = (COMPENSATE, FOLLOW_UP)


class StepRow(QFrame):
    def __init__(self, step: StepState, number: int, closed: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepRow")
        self.step = step
        self.setProperty("done", step.done)
        lang = i18n.current()
        self.box = QCheckBox(f"{number}. {step.label(lang)}")
        self.box.setObjectName("stepBox")
        self.box.setChecked(step.done)
        self.box.setEnabled(not closed)
        self.hint = QLabel(step.hints.get(lang) or step.hints.get("en", ""))
        self.hint.setObjectName("stepHint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(self.hint.text()) and not step.done)
        self.note = QLineEdit()
        self.note.setObjectName("stepNote")
        self.note.setClearButtonEnabled(True)
        self.note.setVisible(not step.done and not closed and step.id != FOLLOW_UP)
        self.meta = QLabel()
        self.meta.setObjectName("stepMeta")
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.RichText)
        self.action = QPushButton()
        self.action.setObjectName("stepAction")
        self.action.setAutoDefault(False)
        self.action.setVisible(step.id in ACTION_STEPS and not step.done and not closed)
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.box, 0, 0)
        grid.addWidget(self.action, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.hint, 1, 0, 1, 2)
        grid.addWidget(self.note, 2, 0, 1, 2)
        grid.addWidget(self.meta, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        self.retranslate()

    def retranslate(self) -> None:
        s = self.step
        hint = (self.tr("What was offered (Enter ticks the step)") if s.id == COMPENSATE
                else self.tr("Note (optional; Enter ticks the step)"))
        self.note.setPlaceholderText(hint)
        named(self.note, self.tr("Note on the step “{0}”").format(s.label(i18n.current())),
              hint)
        named_icon_buttons(self.note, self.tr("Clear the note"))
        self.action.setText(self.tr("Compensate…") if s.id == COMPENSATE
                            else self.tr("Follow up…"))
        if s.at is None:
            self.meta.hide()
            return
        who = escape(s.by_name or self.tr("unknown agent"))
        what = self.tr("Done by {0}, {1}") if s.done else self.tr("Unticked by {0}, {1}")
        text = escape(what).format(f"<b>{who}</b>", escape(when(s.at)))
        if s.note:
            text += f" — <i>{escape(s.note)}</i>"
        self.meta.setText(text)
        self.meta.show()


class ChecklistWidget(QWidget):
    tick_requested = Signal(str, str)  # step id, note
    untick_requested = Signal(str)
    action_requested = Signal(str)  # compensate or follow_up, without a note yet

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist")
        self.rows: dict[str, StepRow] = {}
        self.case: CaseView | None = None
        self._col = QVBoxLayout(self)
        self._col.setContentsMargins(0, 0, 0, 0)
        self._col.setSpacing(6)
        self._col.addStretch(1)

    def set_case(self, case: CaseView | None) -> None:
        focused = next((sid for sid, r in self.rows.items()
                        if r.box.hasFocus() or r.note.hasFocus()), None)
        notes = {sid: r.note.text() for sid, r in self.rows.items()}
        same_case = self.case is not None and case is not None and self.case.id == case.id
        for row in self.rows.values():
            self._col.removeWidget(row)
            row.deleteLater()
        self.rows = {}
        self.case = case
        if case is None:
            return
        for n, step in enumerate(case.steps, 1):
            row = StepRow(step, n, case.is_closed)
            if same_case and not step.done:
                row.note.setText(notes.get(step.id, ""))
            row.box.clicked.connect(lambda checked, s=step.id: self._clicked(s, checked))
            row.note.returnPressed.connect(lambda s=step.id: self._clicked(s, True))
            row.action.clicked.connect(lambda _=False, s=step.id: self.action_requested.emit(s))
            self._col.insertWidget(self._col.count() - 1, row)
            self.rows[step.id] = row
        if focused in self.rows:
            self.rows[focused].box.setFocus()

    def _clicked(self, step_id: str, checked: bool) -> None:
        row = self.rows[step_id]
        row.box.setChecked(row.step.done)  # shows what is stored until the write is back
        if not checked:
            if row.step.done:
                self.untick_requested.emit(step_id)
            return
        if row.step.done:
            return
        note = row.note.text().strip()
        if step_id == FOLLOW_UP or (step_id == COMPENSATE and not note):
            self.action_requested.emit(step_id)
        else:
            self.tick_requested.emit(step_id, note)

    def first_open_box(self) -> QCheckBox | None:
        for row in self.rows.values():
            if not row.step.done and row.box.isEnabled():
                return row.box
        return None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.set_case(self.case)
        super().changeEvent(event)
