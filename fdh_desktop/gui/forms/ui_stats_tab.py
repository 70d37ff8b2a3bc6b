# GENERATED FILE, DO NOT EDIT: compiled from ui/stats_tab.ui by
# `python -m fdh_desktop.gui.build_forms` (pyside6-uic). Edit the .ui file and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stats_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_StatsTab(object):
    def setupUi(self, StatsTab):
        if not StatsTab.objectName():
            StatsTab.setObjectName(u"StatsTab")
        StatsTab.resize(1340, 640)
        self.tab_layout = QVBoxLayout(StatsTab)
        self.tab_layout.setObjectName(u"tab_layout")
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.scope_label = QLabel(StatsTab)
        self.scope_label.setObjectName(u"scope_label")

        self.toolbar_layout.addWidget(self.scope_label)

        self.scope_combo = QComboBox(StatsTab)
        self.scope_combo.setObjectName(u"scope_combo")
        self.scope_combo.setMinimumContentsLength(8)
        self.scope_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.toolbar_layout.addWidget(self.scope_combo)

        self.term_label = QLabel(StatsTab)
        self.term_label.setObjectName(u"term_label")

        self.toolbar_layout.addWidget(self.term_label)

        self.term_combo = QComboBox(StatsTab)
        self.term_combo.setObjectName(u"term_combo")

        self.toolbar_layout.addWidget(self.term_combo)

        self.previous_label = QLabel(StatsTab)
        self.previous_label.setObjectName(u"previous_label")

        self.toolbar_layout.addWidget(self.previous_label)

        self.baselines_button = QPushButton(StatsTab)
        self.baselines_button.setObjectName(u"baselines_button")

        self.toolbar_layout.addWidget(self.baselines_button)

        self.targets_button = QPushButton(StatsTab)
        self.targets_button.setObjectName(u"targets_button")

        self.toolbar_layout.addWidget(self.targets_button)

        self.toolbar_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer)

        self.summary_button = QPushButton(StatsTab)
        self.summary_button.setObjectName(u"summary_button")

        self.toolbar_layout.addWidget(self.summary_button)

        self.signature_button = QPushButton(StatsTab)
        self.signature_button.setObjectName(u"signature_button")

        self.toolbar_layout.addWidget(self.signature_button)

        self.a3_check = QCheckBox(StatsTab)
        self.a3_check.setObjectName(u"a3_check")
        self.a3_check.setChecked(True)

        self.toolbar_layout.addWidget(self.a3_check)

        self.preview_button = QPushButton(StatsTab)
        self.preview_button.setObjectName(u"preview_button")

        self.toolbar_layout.addWidget(self.preview_button)

        self.print_button = QPushButton(StatsTab)
        self.print_button.setObjectName(u"print_button")

        self.toolbar_layout.addWidget(self.print_button)

        self.pdf_button = QPushButton(StatsTab)
        self.pdf_button.setObjectName(u"pdf_button")

        self.toolbar_layout.addWidget(self.pdf_button)

        self.excel_button = QPushButton(StatsTab)
        self.excel_button.setObjectName(u"excel_button")

        self.toolbar_layout.addWidget(self.excel_button)

        self.roster_button = QPushButton(StatsTab)
        self.roster_button.setObjectName(u"roster_button")

        self.toolbar_layout.addWidget(self.roster_button)


        self.tab_layout.addLayout(self.toolbar_layout)

        self.message_label = QLabel(StatsTab)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)

        self.tab_layout.addWidget(self.message_label)

        self.main_splitter = QSplitter(StatsTab)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.table_list = QListWidget(self.main_splitter)
        self.table_list.setObjectName(u"table_list")
        self.main_splitter.addWidget(self.table_list)
        self.centre_splitter = QSplitter(self.main_splitter)
        self.centre_splitter.setObjectName(u"centre_splitter")
        self.centre_splitter.setOrientation(Qt.Orientation.Vertical)
        self.centre_splitter.setChildrenCollapsible(False)
        self.view_stack = QStackedWidget(self.centre_splitter)
        self.view_stack.setObjectName(u"view_stack")
        self.table_page = QWidget()
        self.table_page.setObjectName(u"table_page")
        self.table_page_layout = QVBoxLayout(self.table_page)
        self.table_page_layout.setObjectName(u"table_page_layout")
        self.table_page_layout.setContentsMargins(0, 0, 0, 0)
        self.table_title_label = QLabel(self.table_page)
        self.table_title_label.setObjectName(u"table_title_label")
        self.table_title_label.setStyleSheet(u"font-weight: bold;")

        self.table_page_layout.addWidget(self.table_title_label)

        self.table_view = QTableView(self.table_page)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table_view.verticalHeader().setVisible(False)

        self.table_page_layout.addWidget(self.table_view)

        self.hint_label = QLabel(self.table_page)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setStyleSheet(u"color: #666;")

        self.table_page_layout.addWidget(self.hint_label)

        self.view_stack.addWidget(self.table_page)
        self.centre_splitter.addWidget(self.view_stack)
        self.people_box = QWidget(self.centre_splitter)
        self.people_box.setObjectName(u"people_box")
        self.people_layout = QVBoxLayout(self.people_box)
        self.people_layout.setObjectName(u"people_layout")
        self.people_layout.setContentsMargins(0, 0, 0, 0)
        self.people_head_layout = QHBoxLayout()
        self.people_head_layout.setObjectName(u"people_head_layout")
        self.people_title_label = QLabel(self.people_box)
        self.people_title_label.setObjectName(u"people_title_label")
        self.people_title_label.setWordWrap(True)

        self.people_head_layout.addWidget(self.people_title_label)

        self.open_button = QPushButton(self.people_box)
        self.open_button.setObjectName(u"open_button")

        self.people_head_layout.addWidget(self.open_button)

        self.people_head_layout.setStretch(0, 1)

        self.people_layout.addLayout(self.people_head_layout)

        self.people_view = QTableView(self.people_box)
        self.people_view.setObjectName(u"people_view")
        self.people_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.people_layout.addWidget(self.people_view)

        self.centre_splitter.addWidget(self.people_box)
        self.main_splitter.addWidget(self.centre_splitter)
        self.checks_box = QGroupBox(self.main_splitter)
        self.checks_box.setObjectName(u"checks_box")
        self.checks_layout = QVBoxLayout(self.checks_box)
        self.checks_layout.setObjectName(u"checks_layout")
        self.checks_list = QListWidget(self.checks_box)
        self.checks_list.setObjectName(u"checks_list")
        self.checks_list.setWordWrap(True)

        self.checks_layout.addWidget(self.checks_list)

        self.main_splitter.addWidget(self.checks_box)

        self.tab_layout.addWidget(self.main_splitter)

        self.tab_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.scope_label.setBuddy(self.scope_combo)
        self.term_label.setBuddy(self.term_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StatsTab)

        QMetaObject.connectSlotsByName(StatsTab)
    # setupUi

    def retranslateUi(self, StatsTab):
        self.scope_label.setText(QCoreApplication.translate("StatsTab", u"\u8303\u56f4", None))
        self.term_label.setText(QCoreApplication.translate("StatsTab", u"\u5c4a\u6b21", None))
        self.previous_label.setText("")
        self.baselines_button.setText(QCoreApplication.translate("StatsTab", u"\u4e0a\u5c4a\u57fa\u6570\u2026", None))
#if QT_CONFIG(tooltip)
        self.baselines_button.setToolTip(QCoreApplication.translate("StatsTab", u"\u4e0a\u5c4a\u6ca1\u6709\u4eba\u5458\u8bb0\u5f55\u65f6\uff0c\u5f55\u5165\u4e0a\u5c4a\u516c\u5e03\u7684\u6570\u5b57\u7528\u4e8e\u5bf9\u6bd4", None))
#endif // QT_CONFIG(tooltip)
        self.targets_button.setText(QCoreApplication.translate("StatsTab", u"\u76ee\u6807\u8bbe\u7f6e\u2026", None))
#if QT_CONFIG(tooltip)
        self.targets_button.setToolTip(QCoreApplication.translate("StatsTab", u"\u533a\u91cc\u8981\u6c42\u7684\u76ee\u6807\uff08\u5982\u5987\u8054\u4e3b\u5e2d\u8fdb\u4e24\u59d4100%\u3001\u6267\u59d4\u4eba\u6570\u4e3a\u5947\u6570\uff09\uff0c\u5728\u68c0\u67e5\u680f\u548c\u6253\u5370\u8868\u4e2d\u663e\u793a\u662f\u5426\u8fbe\u5230", None))
#endif // QT_CONFIG(tooltip)
        self.summary_button.setText(QCoreApplication.translate("StatsTab", u"\u57fa\u672c\u60c5\u51b5\u6587\u5b57", None))
#if QT_CONFIG(tooltip)
        self.summary_button.setToolTip(QCoreApplication.translate("StatsTab", u"\u7531\u7edf\u8ba1\u6570\u5b57\u751f\u6210\u4e00\u6bb5\u6587\u5b57\uff0c\u53ef\u590d\u5236\u5230\u5e74\u5ea6\u5de5\u4f5c\u603b\u7ed3\u4e2d", None))
#endif // QT_CONFIG(tooltip)
        self.signature_button.setText(QCoreApplication.translate("StatsTab", u"\u843d\u6b3e\u2026", None))
#if QT_CONFIG(tooltip)
        self.signature_button.setToolTip(QCoreApplication.translate("StatsTab", u"\u586b\u62a5\u5355\u4f4d\u3001\u8d1f\u8d23\u4eba\u3001\u586b\u8868\u4eba\u7b49\uff0c\u6253\u5370\u5728\u7edf\u8ba1\u8868\u4e0a", None))
#endif // QT_CONFIG(tooltip)
        self.a3_check.setText(QCoreApplication.translate("StatsTab", u"PDF\u5bbd\u8868\u7528A3\u7eb8", None))
#if QT_CONFIG(tooltip)
        self.a3_check.setToolTip(QCoreApplication.translate("StatsTab", u"\u5bfc\u51faPDF\u65f6\uff0c\u5206\u8857\u9053\u5bbd\u8868\u7528A3\u7eb8\uff0c\u5176\u4f59\u7528A4\u7eb8\uff1b\u4e0d\u52fe\u9009\u5219\u5168\u90e8A4\uff0c\u5bbd\u8868\u7f29\u5c0f\u3002\u6253\u5370\u65f6\u5168\u90e8\u7528\u6253\u5370\u5bf9\u8bdd\u6846\u4e2d\u9009\u5b9a\u7684\u7eb8\u5f20\uff0c\u653e\u4e0d\u4e0b\u7684\u8868\u81ea\u52a8\u7f29\u5c0f\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.preview_button.setText(QCoreApplication.translate("StatsTab", u"\u6253\u5370\u9884\u89c8", None))
        self.print_button.setText(QCoreApplication.translate("StatsTab", u"\u6253\u5370", None))
        self.pdf_button.setText(QCoreApplication.translate("StatsTab", u"\u5bfc\u51faPDF", None))
        self.excel_button.setText(QCoreApplication.translate("StatsTab", u"\u5bfc\u51faExcel", None))
        self.roster_button.setText(QCoreApplication.translate("StatsTab", u"\u73ed\u5b50\u6210\u5458\u540d\u518c", None))
#if QT_CONFIG(tooltip)
        self.roster_button.setToolTip(QCoreApplication.translate("StatsTab", u"\u5404\u793e\u533a\u5987\u4ee3\u4f1a\u73ed\u5b50\u6210\u5458\u7684\u540d\u5355\uff0c\u53ef\u6253\u5370\u6216\u5bfc\u51faPDF", None))
#endif // QT_CONFIG(tooltip)
        self.message_label.setText("")
        self.table_title_label.setText("")
        self.hint_label.setText(QCoreApplication.translate("StatsTab", u"\u84dd\u8272\u6570\u5b57\u53ef\u5355\u51fb\uff0c\u67e5\u770b\u8fd9\u4e2a\u6570\u5b57\u80cc\u540e\u7684\u540d\u5355", None))
        self.people_title_label.setText(QCoreApplication.translate("StatsTab", u"\u5355\u51fb\u8868\u4e2d\u7684\u6570\u5b57\uff0c\u8fd9\u91cc\u5217\u51fa\u5b83\u80cc\u540e\u7684\u4eba\u5458\u6216\u793e\u533a\uff1b\u53cc\u51fb\u4e00\u884c\u6253\u5f00\u8be5\u793e\u533a\u3002", None))
        self.open_button.setText(QCoreApplication.translate("StatsTab", u"\u6253\u5f00\u793e\u533a", None))
        self.checks_box.setTitle(QCoreApplication.translate("StatsTab", u"\u4e00\u81f4\u6027\u68c0\u67e5\uff08\u6253\u5370\u524d\u8bf7\u6838\u5bf9\uff09", None))
        pass
    # retranslateUi

