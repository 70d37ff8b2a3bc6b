"""The 进度 tab's chart: one stacked horizontal bar per street, its communities by stage
(QtCharts, as the 统计 tab's charts; imported when the tab is first built)."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QHorizontalStackedBarSeries, QBarSet, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from fdh_desktop.domain.vocab import PROGRESS
from fdh_desktop.reports.bulletin import STAGE_COLOURS


class ProgressChart(QChartView):
    """Streets top to bottom in the district's order; 已完成 first so the bars compare by completion."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progress_chart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumWidth(320)
        self._values: dict[str, list[int]] = {}
        self._streets: list[str] = []

    def set_streets(self, rows: list[tuple[str, dict[str, int]]]) -> None:
        """rows: (street, communities per 换届进度)."""
        self._streets = [name for name, _ in rows]
        # A horizontal bar chart draws its first category at the bottom: reverse to read top-down.
        ordered = list(reversed(rows))
        self._values = {stage: [counts.get(stage, 0) for _, counts in ordered] for stage in PROGRESS}
        chart = QChart()
        chart.setTitle(self.tr("各街道换届进度（社区数）"))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        series = QHorizontalStackedBarSeries()
        for stage in reversed(PROGRESS):
            bar_set = QBarSet(stage)
            bar_set.append([float(v) for v in self._values[stage]])
            bar_set.setColor(QColor(STAGE_COLOURS[stage]))
            bar_set.setBorderColor(QColor("#ffffff"))
            series.append(bar_set)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append([name for name, _ in ordered])
        axis_y.setTruncateLabels(False)  # street names are short: never "…"
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1.5))
        axis_y.setLabelsFont(small)  # every street named, even on a low screen
        series.setLabelsPosition(QHorizontalStackedBarSeries.LabelsPosition.LabelsCenter)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = QValueAxis()
        longest = max((sum(c.values()) for _, c in rows), default=0)
        axis_x.setRange(0, max(longest, 1))
        axis_x.applyNiceNumbers()
        axis_x.setLabelFormat("%d")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

    def values(self) -> dict[str, list[int]]:
        """Per stage, the counts drawn, streets top to bottom (what a test compares with the table)."""
        return {stage: list(reversed(v)) for stage, v in self._values.items()}
