# GENERATED FILE, DO NOT EDIT: compiled from ui/row_dialog.ui by
# `python -m fdh_desktop.gui.build_forms` (pyside6-uic). Edit the .ui file and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'row_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_RowDialog(object):
    def setupUi(self, RowDialog):
        if not RowDialog.objectName():
            RowDialog.setObjectName(u"RowDialog")
        RowDialog.resize(560, 520)
        self.dialog_layout = QVBoxLayout(RowDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.place_label = QLabel(RowDialog)
        self.place_label.setObjectName(u"place_label")
        self.place_label.setText(u"")
        self.place_label.setWordWrap(True)
        self.place_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.place_label)

        self.message_label = QLabel(RowDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.message_label)

        self.values_table = QTableView(RowDialog)
        self.values_table.setObjectName(u"values_table")
        self.values_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.values_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.values_table.horizontalHeader().setStretchLastSection(True)
        self.values_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.values_table)

        self.button_box = QDialogButtonBox(RowDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(RowDialog)

        QMetaObject.connectSlotsByName(RowDialog)
    # setupUi

    def retranslateUi(self, RowDialog):
        RowDialog.setWindowTitle(QCoreApplication.translate("RowDialog", u"\u5de5\u4f5c\u7c3f\u4e2d\u7684\u8fd9\u4e00\u884c", None))
    # retranslateUi

