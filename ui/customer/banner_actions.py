"""What the banner's action lines do (``banner.ACTION_KINDS``): a possible duplicate the hub
flagged opens the existing merge of the two records (audited and undoable, ``merge_dialog``)
with the other record already chosen; "Changes to check" opens that view at the customer
(``ui.conflicts.api.CONFLICTS``) when the feature is installed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from carecenter.services.customers.banner import BannerLine
from ui.conflicts.api import CONFLICTS
from ui.customer.banner_words import same_key
from ui.customer.merge_dialog import MergeDialog

if TYPE_CHECKING:
    from ui.customer.view import CustomerView
    from ui.shell.main_window import MainWindow


def act(window: MainWindow, view: CustomerView, line: BannerLine) -> MergeDialog | None:
    if line.kind == "possible_duplicate" and line.ref:
        return merge_flagged(window, view.customer_id, line)
    if line.kind == "changes_to_check":
        api = window.registry.find(CONFLICTS)
        if api is not None:
            api.show_changes(view.customer_id)
        else:
            window.statusBar().showMessage(QCoreApplication.translate(
                "BannerStrip", "The Changes to check view is not part of this console yet."),
                8000)
    return None


def merge_flagged(window: MainWindow, customer_id: str, line: BannerLine) -> MergeDialog:
    """The merge dialog for this customer and the one the hub flagged, with the reason
    filled in from the hub's finding (the agent may change it before confirming)."""
    assert line.ref is not None
    dialog = MergeDialog(window.runner, window.store, window.settings, customer_id, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.merged.connect(window.open_customer)
    dialog.choose_other(line.ref)
    dialog.reason.setText(QCoreApplication.translate(
        "BannerStrip", "Flagged by the hub as a possible duplicate: {0}").format(
            same_key(line.values.get("field"), line.values.get("value"))))
    dialog.show()
    return dialog
