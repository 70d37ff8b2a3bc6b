# GENERATED FILE, DO NOT EDIT: compiled from ui/import_dialog.ui by
# `python -m fdh_desktop.gui.build_forms` (pyside6-uic). Edit the .ui file and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(960, 640)
        self.dialog_layout = QVBoxLayout(ImportDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.files_layout = QHBoxLayout()
        self.files_layout.setObjectName(u"files_layout")
        self.files_list = QListWidget(ImportDialog)
        self.files_list.setObjectName(u"files_list")
        self.files_list.setMaximumSize(QSize(16777215, 96))
        self.files_list.setSelectionMode(QAbstractItemView.ExtendedSelection)

        self.files_layout.addWidget(self.files_list)

        self.file_buttons_layout = QVBoxLayout()
        self.file_buttons_layout.setObjectName(u"file_buttons_layout")
        self.add_files_button = QPushButton(ImportDialog)
        self.add_files_button.setObjectName(u"add_files_button")

        self.file_buttons_layout.addWidget(self.add_files_button)

        self.remove_files_button = QPushButton(ImportDialog)
        self.remove_files_button.setObjectName(u"remove_files_button")

        self.file_buttons_layout.addWidget(self.remove_files_button)

        self.file_buttons_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.file_buttons_layout.addItem(self.file_buttons_spacer)


        self.files_layout.addLayout(self.file_buttons_layout)


        self.dialog_layout.addLayout(self.files_layout)

        self.check_layout = QHBoxLayout()
        self.check_layout.setObjectName(u"check_layout")
        self.term_label = QLabel(ImportDialog)
        self.term_label.setObjectName(u"term_label")

        self.check_layout.addWidget(self.term_label)

        self.term_combo = QComboBox(ImportDialog)
        self.term_combo.setObjectName(u"term_combo")

        self.check_layout.addWidget(self.term_combo)

        self.check_button = QPushButton(ImportDialog)
        self.check_button.setObjectName(u"check_button")

        self.check_layout.addWidget(self.check_button)

        self.progress_bar = QProgressBar(ImportDialog)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setValue(0)
        self.progress_bar.setTextVisible(True)

        self.check_layout.addWidget(self.progress_bar)

        self.cancel_button = QPushButton(ImportDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.check_layout.addWidget(self.cancel_button)

        self.check_layout.setStretch(1, 1)
        self.check_layout.setStretch(3, 2)

        self.dialog_layout.addLayout(self.check_layout)

        self.status_label = QLabel(ImportDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.status_label)

        self.results_tabs = QTabWidget(ImportDialog)
        self.results_tabs.setObjectName(u"results_tabs")
        self.plan_tab = QWidget()
        self.plan_tab.setObjectName(u"plan_tab")
        self.plan_layout = QVBoxLayout(self.plan_tab)
        self.plan_layout.setObjectName(u"plan_layout")
        self.plan_tree = QTreeWidget(self.plan_tab)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"1")
        self.plan_tree.setHeaderItem(__qtreewidgetitem)
        self.plan_tree.setObjectName(u"plan_tree")
        self.plan_tree.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.plan_tree.setUniformRowHeights(True)
        self.plan_tree.header().setVisible(False)

        self.plan_layout.addWidget(self.plan_tree)

        self.results_tabs.addTab(self.plan_tab, "")
        self.problems_tab = QWidget()
        self.problems_tab.setObjectName(u"problems_tab")
        self.problems_layout = QVBoxLayout(self.problems_tab)
        self.problems_layout.setObjectName(u"problems_layout")
        self.problems_table = QTableView(self.problems_tab)
        self.problems_table.setObjectName(u"problems_table")
        self.problems_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.problems_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.problems_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.problems_table.setSortingEnabled(True)
        self.problems_table.setWordWrap(False)
        self.problems_table.horizontalHeader().setStretchLastSection(True)
        self.problems_table.verticalHeader().setVisible(False)

        self.problems_layout.addWidget(self.problems_table)

        self.problems_hint_label = QLabel(self.problems_tab)
        self.problems_hint_label.setObjectName(u"problems_hint_label")

        self.problems_layout.addWidget(self.problems_hint_label)

        self.results_tabs.addTab(self.problems_tab, "")

        self.dialog_layout.addWidget(self.results_tabs)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.error_copy_button = QPushButton(ImportDialog)
        self.error_copy_button.setObjectName(u"error_copy_button")

        self.buttons_layout.addWidget(self.error_copy_button)

        self.buttons_spacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.import_button = QPushButton(ImportDialog)
        self.import_button.setObjectName(u"import_button")

        self.buttons_layout.addWidget(self.import_button)

        self.close_button = QPushButton(ImportDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.buttons_layout)

        self.dialog_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.term_label.setBuddy(self.term_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.files_list, self.add_files_button)
        QWidget.setTabOrder(self.add_files_button, self.remove_files_button)
        QWidget.setTabOrder(self.remove_files_button, self.term_combo)
        QWidget.setTabOrder(self.term_combo, self.check_button)
        QWidget.setTabOrder(self.check_button, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.results_tabs)
        QWidget.setTabOrder(self.results_tabs, self.plan_tree)
        QWidget.setTabOrder(self.plan_tree, self.problems_table)
        QWidget.setTabOrder(self.problems_table, self.error_copy_button)
        QWidget.setTabOrder(self.error_copy_button, self.import_button)
        QWidget.setTabOrder(self.import_button, self.close_button)

        self.retranslateUi(ImportDialog)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"\u5bfc\u5165\u5de5\u4f5c\u7c3f", None))
#if QT_CONFIG(tooltip)
        self.files_list.setToolTip(QCoreApplication.translate("ImportDialog", u"\u8981\u5bfc\u5165\u7684\u5de5\u4f5c\u7c3f\uff08.xlsx\u3001.xls\u3001.ods\uff09\uff0c\u53ef\u4e00\u6b21\u9009\u591a\u4e2a", None))
#endif // QT_CONFIG(tooltip)
        self.add_files_button.setText(QCoreApplication.translate("ImportDialog", u"\u6dfb\u52a0\u6587\u4ef6\u2026(&A)", None))
        self.remove_files_button.setText(QCoreApplication.translate("ImportDialog", u"\u79fb\u9664(&R)", None))
        self.term_label.setText(QCoreApplication.translate("ImportDialog", u"\u5bfc\u5165\u5230", None))
        self.check_button.setText(QCoreApplication.translate("ImportDialog", u"\u68c0\u67e5(&C)", None))
#if QT_CONFIG(tooltip)
        self.check_button.setToolTip(QCoreApplication.translate("ImportDialog", u"\u8bfb\u53d6\u5e76\u68c0\u67e5\u6240\u9009\u6587\u4ef6\uff0c\u5217\u51fa\u5c06\u8981\u65b0\u589e\u3001\u4fee\u6539\u548c\u5220\u9664\u7684\u5185\u5bb9\uff1b\u6b64\u65f6\u4e0d\u5199\u5165\u4efb\u4f55\u6570\u636e", None))
#endif // QT_CONFIG(tooltip)
        self.cancel_button.setText(QCoreApplication.translate("ImportDialog", u"\u53d6\u6d88\u68c0\u67e5", None))
        self.status_label.setText(QCoreApplication.translate("ImportDialog", u"\u6dfb\u52a0\u8857\u9053\u4ea4\u56de\u7684\u5de5\u4f5c\u7c3f\u540e\uff0c\u7a0b\u5e8f\u4f1a\u5148\u68c0\u67e5\uff0c\u5217\u51fa\u5168\u90e8\u4fee\u6539\u548c\u9519\u8bef\uff1b\u786e\u8ba4\u540e\u624d\u5199\u5165\u6570\u636e\u5e93\u3002", None))
        self.results_tabs.setTabText(self.results_tabs.indexOf(self.plan_tab), QCoreApplication.translate("ImportDialog", u"\u5c06\u8981\u5199\u5165\u7684\u4fee\u6539", None))
        self.problems_hint_label.setText(QCoreApplication.translate("ImportDialog", u"\u53cc\u51fb\u6216\u6309Enter\u952e\u67e5\u770b\u8be5\u884c\u7684\u5168\u90e8\u5185\u5bb9\u3002", None))
        self.results_tabs.setTabText(self.results_tabs.indexOf(self.problems_tab), QCoreApplication.translate("ImportDialog", u"\u9519\u8bef\u548c\u63d0\u9192", None))
        self.error_copy_button.setText(QCoreApplication.translate("ImportDialog", u"\u751f\u6210\u6807\u6ce8\u9519\u8bef\u7684\u526f\u672c(&E)", None))
#if QT_CONFIG(tooltip)
        self.error_copy_button.setToolTip(QCoreApplication.translate("ImportDialog", u"\u628a\u6709\u9519\u8bef\u7684\u5de5\u4f5c\u7c3f\u53e6\u5b58\u4e00\u4efd\uff0c\u9519\u8bef\u7684\u5355\u5143\u683c\u6807\u7ea2\u5e76\u52a0\u201c\u9519\u8bef\u8bf4\u660e\u201d\u5217\uff0c\u53ef\u53d1\u56de\u8857\u9053\u4fee\u6539", None))
#endif // QT_CONFIG(tooltip)
        self.import_button.setText(QCoreApplication.translate("ImportDialog", u"\u786e\u8ba4\u5bfc\u5165(&I)", None))
        self.close_button.setText(QCoreApplication.translate("ImportDialog", u"\u5173\u95ed", None))
    # retranslateUi

