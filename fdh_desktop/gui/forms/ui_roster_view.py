# GENERATED FILE, DO NOT EDIT: compiled from ui/roster_view.ui by
# `python -m fdh_desktop.gui.build_forms` (pyside6-uic). Edit the .ui file and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_RosterView(object):
    def setupUi(self, RosterView):
        if not RosterView.objectName():
            RosterView.setObjectName(u"RosterView")
        RosterView.resize(1000, 600)
        self.roster_layout = QVBoxLayout(RosterView)
        self.roster_layout.setObjectName(u"roster_layout")
        self.roster_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.street_label = QLabel(RosterView)
        self.street_label.setObjectName(u"street_label")

        self.filter_layout.addWidget(self.street_label)

        self.street_combo = QComboBox(RosterView)
        self.street_combo.setObjectName(u"street_combo")
        self.street_combo.setMinimumSize(QSize(140, 0))

        self.filter_layout.addWidget(self.street_combo)

        self.filter_edit = QLineEdit(RosterView)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.filter_edit)

        self.count_label = QLabel(RosterView)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.filter_layout.addWidget(self.count_label)


        self.roster_layout.addLayout(self.filter_layout)

        self.roster_table = QTableView(RosterView)
        self.roster_table.setObjectName(u"roster_table")
        self.roster_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.roster_table.setAlternatingRowColors(True)
        self.roster_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.roster_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.roster_table.setSortingEnabled(True)
        self.roster_table.setWordWrap(False)

        self.roster_layout.addWidget(self.roster_table)

        self.hint_label = QLabel(RosterView)
        self.hint_label.setObjectName(u"hint_label")

        self.roster_layout.addWidget(self.hint_label)

#if QT_CONFIG(shortcut)
        self.street_label.setBuddy(self.street_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.street_combo, self.filter_edit)
        QWidget.setTabOrder(self.filter_edit, self.roster_table)

        self.retranslateUi(RosterView)

        QMetaObject.connectSlotsByName(RosterView)
    # setupUi

    def retranslateUi(self, RosterView):
        self.street_label.setText(QCoreApplication.translate("RosterView", u"\u8857\u9053", None))
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("RosterView", u"\u7b5b\u9009\uff1a\u59d3\u540d\u3001\u8eab\u4efd\u8bc1\u53f7\u3001\u8857\u9053\u6216\u793e\u533a\u7684\u4e00\u90e8\u5206", None))
        self.hint_label.setText(QCoreApplication.translate("RosterView", u"\u53cc\u51fb\u6216\u6309Enter\u952e\u6253\u5f00\u8be5\u6210\u5458\u6240\u5728\u793e\u533a\uff1b\u70b9\u51fb\u5217\u6807\u9898\u6392\u5e8f\u3002", None))
        pass
    # retranslateUi

