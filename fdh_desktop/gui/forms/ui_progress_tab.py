# GENERATED FILE, DO NOT EDIT: compiled from ui/progress_tab.ui by
# `python -m fdh_desktop.gui.build_forms` (pyside6-uic). Edit the .ui file and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'progress_tab.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_ProgressTab(object):
    def setupUi(self, ProgressTab):
        if not ProgressTab.objectName():
            ProgressTab.setObjectName(u"ProgressTab")
        self.tab_layout = QVBoxLayout(ProgressTab)
        self.tab_layout.setObjectName(u"tab_layout")
        self.top_layout = QHBoxLayout()
        self.top_layout.setObjectName(u"top_layout")
        self.week_label = QLabel(ProgressTab)
        self.week_label.setObjectName(u"week_label")

        self.top_layout.addWidget(self.week_label)

        self.week_edit = QDateEdit(ProgressTab)
        self.week_edit.setObjectName(u"week_edit")
        self.week_edit.setCalendarPopup(True)
        self.week_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.top_layout.addWidget(self.week_edit)

        self.week_hint_label = QLabel(ProgressTab)
        self.week_hint_label.setObjectName(u"week_hint_label")

        self.top_layout.addWidget(self.week_hint_label)

        self.top_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top_layout.addItem(self.top_spacer)

        self.plan_button = QPushButton(ProgressTab)
        self.plan_button.setObjectName(u"plan_button")

        self.top_layout.addWidget(self.plan_button)

        self.summary_button = QPushButton(ProgressTab)
        self.summary_button.setObjectName(u"summary_button")

        self.top_layout.addWidget(self.summary_button)

        self.pdf_button = QPushButton(ProgressTab)
        self.pdf_button.setObjectName(u"pdf_button")

        self.top_layout.addWidget(self.pdf_button)

        self.print_button = QPushButton(ProgressTab)
        self.print_button.setObjectName(u"print_button")

        self.top_layout.addWidget(self.print_button)

        self.xlsx_button = QPushButton(ProgressTab)
        self.xlsx_button.setObjectName(u"xlsx_button")

        self.top_layout.addWidget(self.xlsx_button)


        self.tab_layout.addLayout(self.top_layout)

        self.message_label = QLabel(ProgressTab)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.tab_layout.addWidget(self.message_label)

        self.main_splitter = QSplitter(ProgressTab)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Vertical)
        self.section_tabs = QTabWidget(self.main_splitter)
        self.section_tabs.setObjectName(u"section_tabs")
        self.streets_page = QWidget()
        self.streets_page.setObjectName(u"streets_page")
        self.streets_layout = QVBoxLayout(self.streets_page)
        self.streets_layout.setObjectName(u"streets_layout")
        self.streets_splitter = QSplitter(self.streets_page)
        self.streets_splitter.setObjectName(u"streets_splitter")
        self.streets_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.streets_view = QTableView(self.streets_splitter)
        self.streets_view.setObjectName(u"streets_view")
        self.streets_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.streets_view.setAlternatingRowColors(True)
        self.streets_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.streets_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.streets_splitter.addWidget(self.streets_view)
        self.chart_holder = QWidget(self.streets_splitter)
        self.chart_holder.setObjectName(u"chart_holder")
        self.chart_layout = QVBoxLayout(self.chart_holder)
        self.chart_layout.setObjectName(u"chart_layout")
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.streets_splitter.addWidget(self.chart_holder)

        self.streets_layout.addWidget(self.streets_splitter)

        self.section_tabs.addTab(self.streets_page, "")
        self.overdue_page = QWidget()
        self.overdue_page.setObjectName(u"overdue_page")
        self.overdue_layout = QVBoxLayout(self.overdue_page)
        self.overdue_layout.setObjectName(u"overdue_layout")
        self.overdue_view = QTableView(self.overdue_page)
        self.overdue_view.setObjectName(u"overdue_view")
        self.overdue_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overdue_view.setAlternatingRowColors(True)
        self.overdue_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.overdue_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.overdue_layout.addWidget(self.overdue_view)

        self.section_tabs.addTab(self.overdue_page, "")
        self.instructors_page = QWidget()
        self.instructors_page.setObjectName(u"instructors_page")
        self.instructors_layout = QVBoxLayout(self.instructors_page)
        self.instructors_layout.setObjectName(u"instructors_layout")
        self.instructors_view = QTableView(self.instructors_page)
        self.instructors_view.setObjectName(u"instructors_view")
        self.instructors_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.instructors_view.setAlternatingRowColors(True)
        self.instructors_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.instructors_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.instructors_layout.addWidget(self.instructors_view)

        self.section_tabs.addTab(self.instructors_page, "")
        self.returns_page = QWidget()
        self.returns_page.setObjectName(u"returns_page")
        self.returns_layout = QVBoxLayout(self.returns_page)
        self.returns_layout.setObjectName(u"returns_layout")
        self.returns_view = QTableView(self.returns_page)
        self.returns_view.setObjectName(u"returns_view")
        self.returns_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.returns_view.setAlternatingRowColors(True)
        self.returns_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.returns_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.returns_layout.addWidget(self.returns_view)

        self.section_tabs.addTab(self.returns_page, "")
        self.main_splitter.addWidget(self.section_tabs)
        self.drill_panel = QWidget(self.main_splitter)
        self.drill_panel.setObjectName(u"drill_panel")
        self.drill_layout = QVBoxLayout(self.drill_panel)
        self.drill_layout.setObjectName(u"drill_layout")
        self.drill_layout.setContentsMargins(0, 0, 0, 0)
        self.drill_title_layout = QHBoxLayout()
        self.drill_title_layout.setObjectName(u"drill_title_layout")
        self.drill_title_label = QLabel(self.drill_panel)
        self.drill_title_label.setObjectName(u"drill_title_label")

        self.drill_title_layout.addWidget(self.drill_title_label)

        self.drill_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.drill_title_layout.addItem(self.drill_spacer)

        self.open_button = QPushButton(self.drill_panel)
        self.open_button.setObjectName(u"open_button")

        self.drill_title_layout.addWidget(self.open_button)


        self.drill_layout.addLayout(self.drill_title_layout)

        self.drill_view = QTableView(self.drill_panel)
        self.drill_view.setObjectName(u"drill_view")
        self.drill_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.drill_view.setAlternatingRowColors(True)
        self.drill_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.drill_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.drill_layout.addWidget(self.drill_view)

        self.main_splitter.addWidget(self.drill_panel)

        self.tab_layout.addWidget(self.main_splitter)

        self.tab_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.week_label.setBuddy(self.week_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProgressTab)

        QMetaObject.connectSlotsByName(ProgressTab)
    # setupUi

    def retranslateUi(self, ProgressTab):
        self.week_label.setText(QCoreApplication.translate("ProgressTab", u"\u901a\u62a5\u5468\uff1a", None))
#if QT_CONFIG(tooltip)
        self.week_edit.setToolTip(QCoreApplication.translate("ProgressTab", u"\u9009\u62e9\u4e00\u5929\uff0c\u663e\u793a\u8fd9\u4e00\u5929\u6240\u5728\u4e00\u5468\u7ed3\u675f\u65f6\u7684\u8fdb\u5ea6", None))
#endif // QT_CONFIG(tooltip)
        self.week_hint_label.setText("")
        self.plan_button.setText(QCoreApplication.translate("ProgressTab", u"\u6362\u5c4a\u8ba1\u5212\u2026", None))
#if QT_CONFIG(tooltip)
        self.plan_button.setToolTip(QCoreApplication.translate("ProgressTab", u"\u8bbe\u5b9a\u5f00\u59cb\u65e5\u671f\u3001\u5404\u9636\u6bb5\u8ba1\u5212\u65e5\u671f\u548c\u8bd5\u70b9\u8857\u9053", None))
#endif // QT_CONFIG(tooltip)
        self.summary_button.setText(QCoreApplication.translate("ProgressTab", u"\u5de5\u4f5c\u603b\u7ed3\u521d\u7a3f\u2026", None))
#if QT_CONFIG(tooltip)
        self.summary_button.setToolTip(QCoreApplication.translate("ProgressTab", u"\u7531\u8bb0\u5f55\u751f\u6210\u7684\u6362\u5c4a\u5de5\u4f5c\u603b\u7ed3\u521d\u7a3f\uff0c\u53ef\u590d\u5236\u6216\u53e6\u5b58\u4e3a\u6587\u6863", None))
#endif // QT_CONFIG(tooltip)
        self.pdf_button.setText(QCoreApplication.translate("ProgressTab", u"\u5468\u901a\u62a5PDF\u2026", None))
        self.print_button.setText(QCoreApplication.translate("ProgressTab", u"\u6253\u5370\u2026", None))
        self.xlsx_button.setText(QCoreApplication.translate("ProgressTab", u"\u5bfc\u51faxlsx\u2026", None))
        self.message_label.setText("")
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.streets_page), QCoreApplication.translate("ProgressTab", u"\u5404\u8857\u9053\u8fdb\u5ea6", None))
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.overdue_page), QCoreApplication.translate("ProgressTab", u"\u903e\u671f\u793e\u533a", None))
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.instructors_page), QCoreApplication.translate("ProgressTab", u"\u6307\u5bfc\u5458", None))
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.returns_page), QCoreApplication.translate("ProgressTab", u"\u5de5\u4f5c\u7c3f\u4ea4\u56de", None))
        self.drill_title_label.setText(QCoreApplication.translate("ProgressTab", u"\u5355\u51fb\u4e00\u4e2a\u6570\u5b57\uff0c\u5217\u51fa\u8fd9\u4e9b\u793e\u533a", None))
        self.open_button.setText(QCoreApplication.translate("ProgressTab", u"\u6253\u5f00\u8be5\u793e\u533a", None))
        pass
    # retranslateUi

