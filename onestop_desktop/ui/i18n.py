"""UI language: Vietnamese is the source language; English comes from resources/i18n.

Qt ships no Vietnamese translation of its own standard buttons, so ``qtbase_vi.qm`` (ours)
provides "Đồng ý", "Hủy", "Có", "Không" when the UI is in Vietnamese.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from onestop_desktop.resources_path import resource

_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, language: str) -> bool:
    """Install translators for ``language`` ('vi' or 'en'); returns False if a file is missing."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    files = ["onestop_en.qm"] if language == "en" else ["qtbase_vi.qm"]
    ok = True
    for name in files:
        translator = QTranslator(app)
        if translator.load(str(resource("i18n", name))):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            ok = False
    QLocale.setDefault(
        QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Vietnamese)
    )
    return ok
