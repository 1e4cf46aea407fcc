"""How the Cases section's case page is laid out (no words: the panel names its widgets)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


def case_page(heads: Sequence[QWidget], checklist: QWidget, buttons: Sequence[QPushButton],
              closer: QPushButton) -> QWidget:
    """``heads`` one under the other, the checklist scrolling below them, and a row of
    ``buttons`` with ``closer`` on the right at the bottom."""
    scroll = QScrollArea()
    scroll.setObjectName("checklistScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(checklist)
    actions = QHBoxLayout()
    actions.setSpacing(8)
    for b in buttons:
        actions.addWidget(b)
    actions.addStretch(1)
    actions.addWidget(closer)
    page = QWidget()
    page.setObjectName("caseDetail")
    col = QVBoxLayout(page)
    col.setContentsMargins(16, 12, 16, 12)
    col.setSpacing(8)
    for w in heads:
        col.addWidget(w)
    col.addWidget(scroll, 1)
    col.addLayout(actions)
    return page
