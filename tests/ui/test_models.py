"""Every item model under qtmodeltester, the timeline also across fetchMore."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from carecenter.db.store import Store
from carecenter.services.customers.view import TimelineFilter
from carecenter.services.search.query import search
from tests.ui.builders import Demo
from ui.customer.timeline_model import CHANNEL, SUMMARY, TEAM, WHEN, TimelineModel
from ui.shell.ops import OpRunner
from ui.widgets.results_model import ID_ROLE, ResultsModel


def test_results_model(qtmodeltester: ModelTester, store: Store, demo: Demo) -> None:
    model = ResultsModel()
    qtmodeltester.check(model)
    hits = search(store, "Rossi")
    model.set_hits(hits)
    qtmodeltester.check(model)
    assert model.rowCount() == len(hits) >= 2
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [h.name for h in hits]
    assert model.index(0, 0).data(ID_ROLE) == hits[0].customer_id
    model.clear()
    assert model.rowCount() == 0


def _load_first(qtbot: QtBot, model: TimelineModel) -> None:
    with qtbot.waitSignal(model.page_loaded):
        model.reload()


def test_timeline_model_pages(qtbot: QtBot, qtmodeltester: ModelTester, runner: OpRunner,
                              store: Store, demo: Demo) -> None:
    model = TimelineModel(runner, store, demo.main_id, page_size=20)
    qtmodeltester.check(model)  # stays attached: every later insert is checked too
    _load_first(qtbot, model)
    assert model.rowCount() == 20
    # More to come: the Qt tester may already have asked for it from rowsInserted.
    assert model.loading or model.canFetchMore(QModelIndex())
    # The Qt tester may itself call fetchMore when rows arrive: wait for whatever is
    # loading, ask for the next page when nothing is, until the last page is in.
    while model.loading or model.canFetchMore(QModelIndex()):
        with qtbot.waitSignal(model.page_loaded):
            if not model.loading:
                model.fetchMore(QModelIndex())
    qtmodeltester.check(model)
    assert model.rowCount() == demo.main_contacts
    ats = [model.item(r).at for r in range(model.rowCount())]
    assert ats == sorted(ats, reverse=True)  # newest first
    assert len({model.item(r).id for r in range(model.rowCount())}) == demo.main_contacts
    assert model.headerData(WHEN, Qt.Orientation.Horizontal) == "When"
    assert model.index(0, SUMMARY).data() == model.item(0).summary


def test_fetch_more_is_not_doubled_while_loading(qtbot: QtBot, runner: OpRunner, store: Store,
                                                 demo: Demo) -> None:
    model = TimelineModel(runner, store, demo.main_id, page_size=10)
    _load_first(qtbot, model)
    model.fetchMore(QModelIndex())
    assert model.loading and not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # ignored: a page is already on its way
    with qtbot.waitSignal(model.page_loaded):
        pass
    assert model.rowCount() == 20
    assert model.pages_loaded == 2


def test_timeline_filter(qtbot: QtBot, qtmodeltester: ModelTester, runner: OpRunner,
                         store: Store, demo: Demo) -> None:
    model = TimelineModel(runner, store, demo.main_id, page_size=500)
    qtmodeltester.check(model)
    _load_first(qtbot, model)
    every = [model.item(r) for r in range(model.rowCount())]
    with qtbot.waitSignal(model.page_loaded):
        model.set_filter(TimelineFilter(teams=frozenset({"marketing"})))
    shown = [model.item(r) for r in range(model.rowCount())]
    assert shown == [i for i in every if i.team == "marketing"] and shown
    assert {model.index(r, TEAM).data() for r in range(model.rowCount())} == {"Marketing"}
    with qtbot.waitSignal(model.page_loaded):
        model.set_filter(TimelineFilter(teams=frozenset({"marketing"}),
                                        channels=frozenset({"phone"})))
    assert {model.index(r, CHANNEL).data() for r in range(model.rowCount())} == {"Phone"}
    assert model.rowCount() == sum(1 for i in every if i.team == "marketing"
                                   and i.channel == "phone")


def test_stale_page_is_dropped(qtbot: QtBot, runner: OpRunner, store: Store,
                               demo: Demo) -> None:
    model = TimelineModel(runner, store, demo.main_id, page_size=500)
    model.reload()  # its page is dropped: a newer generation starts at once
    with qtbot.waitSignal(model.page_loaded):
        model.set_filter(TimelineFilter(channels=frozenset({"counter"})))
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert model.pages_loaded == 1
    assert {model.item(r).channel for r in range(model.rowCount())} == {"counter"}


def test_picker_model(qtmodeltester: ModelTester, store: Store, demo: Demo) -> None:
    from ui.customer.picker import PickerModel

    hits = search(store, "Rossi")
    model = PickerModel(hits)
    qtmodeltester.check(model)
    assert model.rowCount() == len(hits) >= 2
    assert model.hit(0) == hits[0]
    assert PickerModel([]).rowCount() == 0


def test_rows_model(qtmodeltester: ModelTester) -> None:
    from ui.widgets.rows_model import ROW_ROLE, Column, RowsModel

    model: RowsModel[tuple[str, int]] = RowsModel([
        Column(lambda: "Name", lambda r: r[0], tip=lambda r: f"tip {r[0]}"),
        Column(lambda: "Count", lambda r: str(r[1]), right=True, bold=lambda r: r[1] > 1,
               colors=lambda r: ("#000000", "#ffffff") if r[1] else None),
    ])
    qtmodeltester.check(model)  # empty
    model.set_rows([("a", 0), ("b", 2)])
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == 2
    assert model.index(1, 1).data() == "2" and model.index(1, 0).data(ROW_ROLE) == ("b", 2)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    model.retranslate()
    model.set_rows([])
    qtmodeltester.check(model)
