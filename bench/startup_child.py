"""One start-up, timed by bench/startup.py: prints PAINTED, CPU seconds and PSS (KiB) at the first paint.

Both modes do the same Qt set-up; "bare" then shows a QMainWindow with a QTextEdit, "app"
runs the real application start-up (arguments, data folder, lock, database, window).
"""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit


def memory_kb() -> int:
    """This process's proportional set size (PSS) in KiB, or its RSS where smaps_rollup is missing."""
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


class FirstPaint(QObject):
    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            print("PAINTED", time.process_time(), memory_kb(), flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
            QApplication.instance().removeEventFilter(self)
        return False


def main() -> int:
    mode, data_dir = sys.argv[1], sys.argv[2]
    app = QApplication(sys.argv[:1])
    watcher = FirstPaint()
    app.installEventFilter(watcher)
    if mode == "bare":
        window = QMainWindow()
        window.setCentralWidget(QTextEdit())
        window.resize(1180, 760)
        window.show()
        return app.exec()
    from followup_desktop import app as followup

    return followup.main(["--data-dir", data_dir])


if __name__ == "__main__":
    sys.exit(main())
