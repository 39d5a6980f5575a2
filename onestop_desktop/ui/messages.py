"""Showing refusals and unexpected errors to the clerk: a message with what to do, never a
traceback (that goes to the log file)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from onestop_desktop.domain.errors import UserError

log = logging.getLogger(__name__)

_language = "vi"


def set_message_language(language: str) -> None:
    global _language
    _language = language


def error_text(exc: BaseException) -> str:
    if isinstance(exc, UserError):
        return exc.message(_language)
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    return QCoreApplication.translate(
        "Messages",
        "Đã xảy ra lỗi không mong muốn ({0}). Thao tác chưa được lưu. "
        "Hãy thử lại; nếu lỗi lặp lại, báo bộ phận CNTT (chi tiết trong tệp nhật ký).",
    ).format(type(exc).__name__)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    title = QCoreApplication.translate("Messages", "Không thực hiện được")
    QMessageBox.warning(parent, title, error_text(exc))
