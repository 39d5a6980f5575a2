"""Baseline for the cold-start benchmark: the barest PySide6 window, started like the app.

Creates a QApplication and a QMainWindow holding a QLabel, shows it, and on the first turn
of the event loop after ``show()`` prints ``READY`` and quits. Run it as a script with the
interpreter under test, e.g. ``QT_QPA_PLATFORM=offscreen python benchmarks/bare_window.py``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Bare PySide6 window")
    window.setCentralWidget(QLabel("Bare PySide6 window"))
    window.show()

    def ready() -> None:
        print("READY", flush=True)
        app.quit()

    QTimer.singleShot(0, ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
