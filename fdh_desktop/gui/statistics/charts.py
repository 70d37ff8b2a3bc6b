"""Bar charts of the 统计 tab: age bands and education, this term against the previous.

Imported only when a chart is first shown: QtCharts is large and the window should open fast.
"""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QPointF, QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QComboBox, QGraphicsSimpleTextItem, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from fdh_desktop.domain.organisation import FORM_FEDERATION
from fdh_desktop.domain.records import term_label

AGE = "age_band"
EDUCATION = "education"
EXECUTIVE_AGE = "executive_age_band"
# kind → (the report's group, its figure): the chairs' bands and education, every 执委's bands.
SOURCES = {AGE: ("chairs", "age_band"), EDUCATION: ("chairs", "education"), EXECUTIVE_AGE: ("executives", "age_band")}
TITLES = {AGE: QT_TRANSLATE_NOOP("ChartPanel", "妇代会主任年龄结构"),
          EDUCATION: QT_TRANSLATE_NOOP("ChartPanel", "妇代会主任文化程度"),
          EXECUTIVE_AGE: QT_TRANSLATE_NOOP("ChartPanel", "执委年龄结构")}
FEDERATION_TITLES = {AGE: QT_TRANSLATE_NOOP("ChartPanel", "妇联主席年龄结构"),
                     EDUCATION: QT_TRANSLATE_NOOP("ChartPanel", "妇联主席文化程度"),
                     EXECUTIVE_AGE: QT_TRANSLATE_NOOP("ChartPanel", "执委年龄结构")}
_COLOURS = (QColor("#c0392b"), QColor("#95a5a6"))  # this term, last term
ALL = "__all__"
BAR_WIDTH = 0.5  # QBarSeries' default share of a category's width
DASH = "—"


class ChartPanel(QWidget):
    """One figure (age_band or education) per street, or every band of one scope."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._group, self._figure = SOURCES[kind]
        self._rows: list[tuple[str, dict]] = []  # (name, report); the scope's own report last
        self._item: str | None = None  # the band/group chosen, ALL for every one of the scope
        self._decimals = 1
        self._labels: list[tuple[QGraphicsSimpleTextItem, int, int, float]] = []  # item, category, set, value
        self.item_combo = QComboBox(self)
        self.item_combo.setObjectName("chart_item_combo")
        self.item_combo.currentIndexChanged.connect(self._item_changed)
        self.chart_view = QChartView(self)
        self.chart_view.setObjectName("chart_view")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("显示："), self))
        top.addWidget(self.item_combo)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.chart_view, 1)

    def set_rows(self, rows: list[tuple[str, dict]], per_street: bool, decimals: int = 1) -> None:
        """`rows`: (street name, report) for each street then ('全区', district report); or one row."""
        self._rows = rows
        self._decimals = decimals
        labels = list(rows[-1][1][self._group][self._figure]) if rows else []
        self.item_combo.blockSignals(True)
        self.item_combo.clear()
        if per_street:
            for label in labels:
                self.item_combo.addItem(self.tr("各街道：{0}").format(label), label)
        scope = self.tr("全区") if per_street else rows[-1][0] if rows else ""
        self.item_combo.addItem(self.tr("{0}：全部").format(scope), ALL)
        found = self.item_combo.findData(self._item) if self._item else -1
        self.item_combo.setCurrentIndex(max(found, 0))
        self._item = self.item_combo.currentData()
        self.item_combo.blockSignals(False)
        self._draw()

    def _item_changed(self) -> None:
        self._item = self.item_combo.currentData()
        self._draw()

    def series_values(self) -> tuple[list[str], list[tuple[str, list[float]]]]:
        """Categories and (set name, values in %) as drawn: for tests and the chart alike."""
        categories, sets = self._series()
        return categories, [(name, [value for value, _ in row]) for name, row in sets]

    def bar_labels(self) -> list[list[str]]:
        """The label above each bar, per set, as drawn (every bar has one, zero bars too)."""
        _, sets = self._series()
        return [[text for _, text in row] for _, row in sets]

    def _series(self) -> tuple[list[str], list[tuple[str, list[tuple[float, str]]]]]:
        """Categories and (set name, [(value in %, its label)]): one format for every label, the
        percentage with the district's decimals as the tables print it (the axis says %)."""
        if not self._rows:
            return [], []
        item = self._item
        report = self._rows[-1][1]
        sets = [(term_label(report["term"]), False)]
        if report.get("previous") is not None:
            sets.append((term_label(report["term"] - 1), True))
        if item == ALL or item is None:
            categories = list(report[self._group][self._figure])
            picked = [(report, label) for label in categories]
        else:
            categories = [name for name, _ in self._rows]
            picked = [(r, item) for _, r in self._rows]
        values = []
        for name, previous in sets:
            row = []
            for r, label in picked:
                source = (r.get("previous") or {}).get(self._group) if previous else r.get(self._group)
                share = (source or {}).get(self._figure, {}).get(label) if source else None
                pct = share.get("pct") if share else None
                row.append((float(pct), pct) if pct is not None else (0.0, DASH))
            values.append((name, row))
        return categories, values

    def _draw(self) -> None:
        categories, values = self.series_values()
        chart = QChart()
        item = self._item
        where = self._rows[-1][0] if self._rows else ""
        federation = bool(self._rows) and self._rows[-1][1].get("form") == FORM_FEDERATION
        title = QCoreApplication.translate("ChartPanel", (FEDERATION_TITLES if federation else TITLES)[self.kind])
        if item and item != ALL:
            chart.setTitle(self.tr("{0}：{1}（各街道）").format(title, item))
        else:
            chart.setTitle(self.tr("{0}（{1}）").format(title, where))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        series = QBarSeries()
        for (name, row), colour in zip(values, _COLOURS):
            bar_set = QBarSet(name)
            bar_set.append(row)
            bar_set.setColor(colour)
            bar_set.setLabelColor(QColor("#222222"))
            series.append(bar_set)
        series.setBarWidth(BAR_WIDTH)
        # Qt's own labels drop zero bars and print 25.0 as "25": the panel draws its own.
        series.setLabelsVisible(False)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(categories)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        top = max([v for _, row in values for v in row] + [10.0])
        ceiling = min(100, (int(top * 1.12) // 10 + 1) * 10)  # room above the bars for their labels
        axis_y.setRange(0, ceiling)
        axis_y.setTickCount(ceiling // 10 + 1)
        axis_y.setLabelFormat("%d")
        axis_y.setTitleText(self.tr("占比（%）"))
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        old = self.chart_view.chart()
        self.chart_view.setChart(chart)
        if old is not None:
            old.deleteLater()
        self._labels = []
        label_font = QFont(self.font())
        label_font.setPointSizeF(max(7.0, label_font.pointSizeF() - 1))
        _, sets = self._series()
        for j, (_, row) in enumerate(sets):
            for i, (value, text) in enumerate(row):
                label = QGraphicsSimpleTextItem(text, chart)
                label.setBrush(QColor("#222222"))
                label.setFont(label_font)
                label.setZValue(10)  # above the bars of the neighbouring set
                self._labels.append((label, i, j, value))
        self._series_drawn = series
        chart.plotAreaChanged.connect(self._place_labels)
        self._place_labels()

    def _place_labels(self, *_) -> None:
        """Each label centred just above its bar; called again whenever the plot area moves."""
        chart = self.chart_view.chart()
        sets = len({j for _, _, j, _ in self._labels}) or 1
        for label, i, j, value in self._labels:
            x = i - BAR_WIDTH / 2 + (j + 0.5) * BAR_WIDTH / sets
            top = chart.mapToPosition(QPointF(x, value), self._series_drawn)
            box = label.boundingRect()
            label.setPos(top.x() - box.width() / 2, top.y() - box.height() - 2)
