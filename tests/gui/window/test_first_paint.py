"""What the window lists before its first paint (kept small for start-up) and right after it."""

from followup_desktop.app import build_main_window
from followup_desktop.core.store import Store
from followup_desktop.gui.window.main_window import FIRST_PAINT_ROWS
from followup_desktop.paths import prepare_data_dir


def test_sidebar_lists_a_screenful_first_then_everything(data_dir, clock, qtbot):
    store = Store.open(prepare_data_dir(data_dir).database, clock)
    for n in reversed(range(FIRST_PAINT_ROWS + 5)):
        store.applications.add(f"Company {n:03}", job_ad="A job ad")
    interview = store.interviews.add(store.applications.all()[-1].id)  # of "Company 000"
    store.close()
    window = build_main_window(data_dir, clock)
    qtbot.addWidget(window)
    model = window.sidebar.model
    assert model.item(0).text() == "Dashboard"
    assert model.rowCount() == 1 + FIRST_PAINT_ROWS and model.item(1).text() == "Company 000"
    window.after_first_paint()
    assert model.rowCount() == 1 + FIRST_PAINT_ROWS + 5 and model.item(1).rowCount() == 1
    assert window.sidebar.select("interview", interview.id)
    window.store.close()


def test_the_filter_and_search_boxes_get_their_clear_button_once_started(window):
    boxes = (window.sidebar.filter, window.search.box)
    assert not any(box.isClearButtonEnabled() for box in boxes)  # its icon's lookup waits for the first paint
    window.finish_startup()
    assert all(box.isClearButtonEnabled() for box in boxes)


def test_start_up_goes_on_once_the_window_has_painted(data_dir, clock, qtbot):
    window = build_main_window(data_dir, clock)
    qtbot.addWidget(window)
    assert not window.dashboard.active  # nothing of it before the window is on screen
    with qtbot.waitSignal(window.started):
        window.show()
    assert window.windowHandle().isExposed() and window.dashboard.active
    window.close()
    window.store.close()
