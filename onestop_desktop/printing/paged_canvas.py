"""A reportlab canvas that numbers pages "Trang x/y": the pages are held back until the end."""

from __future__ import annotations

from functools import partial
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from onestop_desktop.printing.fonts import SERIF_ITALIC


class PagedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Holds the pages back until the end so each footer can say "Trang x/y"."""

    def __init__(
        self,
        *args: Any,
        footer: str,
        page_width: float,
        margin_left: float,
        margin_right: float,
        margin_bottom: float,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._footer_right = page_width - margin_right
        self._footer_left = margin_left
        self._footer_y = margin_bottom / 2
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.saveState()
            self.setFont(SERIF_ITALIC, 9)
            self.drawString(self._footer_left, self._footer_y, self._footer)
            self.drawRightString(self._footer_right, self._footer_y, f"Trang {number}/{total}")
            self.restoreState()
            super().showPage()
        super().save()


def paged_canvas(
    footer: str, *, page_width: float, margin_left: float, margin_right: float, margin_bottom: float
) -> Any:
    """The ``canvasmaker`` for ``SimpleDocTemplate.build``: footer text left, "Trang x/y" right."""
    return partial(
        PagedCanvas,
        footer=footer,
        page_width=page_width,
        margin_left=margin_left,
        margin_right=margin_right,
        margin_bottom=margin_bottom,
    )
