"""A small bar chart drawn with QPainter: one group of bars per category (an hour of the day),
one bar per series, a value axis with round ticks, category labels and a legend.

No plotting library: the dashboard needs two simple charts, and a QWidget paints them in a few
milliseconds. Data is plain lists; ``set_data`` repaints.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass(frozen=True)
class Series:
    name: str
    color: str  # "#1f6fb2"
    values: Sequence[float]


def nice_ceiling(value: float, ticks: int = 4) -> tuple[float, float]:
    """The axis top and tick step: a round step (1, 2, 2.5, 5 × 10ⁿ) so that ``ticks`` steps
    reach at least ``value``. Integers never get a step below 1."""
    if value <= 0:
        return float(ticks), 1.0
    raw = value / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * power
        if step * ticks >= value:
            break
    step = max(step, 1.0)
    return step * math.ceil(value / step), step


def _default_format(value: float) -> str:
    return f"{value:g}"


class BarChart(QWidget):
    def __init__(
        self,
        title: str,
        *,
        value_format: Callable[[float], str] = _default_format,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.value_format = value_format
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 200)

    def sizeHint(self) -> QSize:
        return QSize(480, 240)

    def set_data(self, categories: Sequence[str], series: Sequence[Series]) -> None:
        self.categories = list(categories)
        self.series = list(series)
        self.update()

    def set_empty_text(self, text: str) -> None:
        """What the chart says when there is nothing to draw."""
        self.empty_text = text
        self.update()

    def top_value(self) -> float:
        values = [v for s in self.series for v in s.values]
        return max(values, default=0.0)

    # -- painting --------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        text_color = palette.text().color()
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        margin = 8.0

        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text_color)
        painter.drawText(
            QRectF(margin, margin, self.width() - 2 * margin, line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.title,
        )
        painter.setFont(self.font())
        legend_x = self.width() - margin
        for s in reversed(self.series):
            width = metrics.horizontalAdvance(s.name)
            legend_x -= width
            painter.setPen(text_color)
            painter.drawText(
                QRectF(legend_x, margin, width, line), int(Qt.AlignmentFlag.AlignVCenter), s.name
            )
            legend_x -= line * 0.8 + 4
            painter.fillRect(
                QRectF(legend_x, margin + line * 0.2, line * 0.8, line * 0.6), QColor(s.color)
            )
            legend_x -= 14

        top, step = nice_ceiling(self.top_value())
        ticks = round(top / step)
        labels = [self.value_format(step * i) for i in range(ticks + 1)]
        axis_width = max(metrics.horizontalAdvance(t) for t in labels) + 6
        plot = QRectF(
            margin + axis_width,
            margin + line * 1.6,
            self.width() - 2 * margin - axis_width,
            self.height() - 2 * margin - line * 2.8,
        )
        if plot.width() < 20 or plot.height() < 20:
            painter.end()
            return

        grid = QPen(QColor("#d9d9d9"))
        for i, label in enumerate(labels):
            y = plot.bottom() - plot.height() * i / ticks
            painter.setPen(grid)
            painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
            painter.setPen(text_color)
            painter.drawText(
                QRectF(margin, y - line / 2, axis_width - 6, line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
        painter.setPen(QPen(text_color))
        painter.drawLine(QLineF(plot.left(), plot.bottom(), plot.right(), plot.bottom()))

        if not self.categories or not self.series:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter), self.empty_text)
            painter.end()
            return

        slot = plot.width() / len(self.categories)
        group = slot * 0.78
        bar = group / len(self.series)
        # Label every category if they fit, else every second, third … one.
        widest = max(metrics.horizontalAdvance(c) for c in self.categories) + 6
        every = max(1, math.ceil(widest / slot))
        for i, category in enumerate(self.categories):
            left = plot.left() + slot * i + (slot - group) / 2
            for j, s in enumerate(self.series):
                value = s.values[i] if i < len(s.values) else 0.0
                height = plot.height() * value / top if top else 0.0
                painter.fillRect(
                    QRectF(left + bar * j, plot.bottom() - height, max(bar - 1, 1), height),
                    QColor(s.color),
                )
            if i % every == 0:
                painter.setPen(text_color)
                painter.drawText(
                    QRectF(plot.left() + slot * i - slot, plot.bottom() + 2, slot * 3, line),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                    category,
                )
        painter.end()
