# GENERATED FILE, DO NOT EDIT: compiled from ui/summary_dialog.ui by
# `python -m fdh_desktop.gui.build_forms` (pyside6-uic). Edit the .ui file and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'summary_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SummaryDialog(object):
    def setupUi(self, SummaryDialog):
        if not SummaryDialog.objectName():
            SummaryDialog.setObjectName(u"SummaryDialog")
        SummaryDialog.resize(720, 420)
        self.dialog_layout = QVBoxLayout(SummaryDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.hint_label = QLabel(SummaryDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint_label)

        self.text_edit = QPlainTextEdit(SummaryDialog)
        self.text_edit.setObjectName(u"text_edit")

        self.dialog_layout.addWidget(self.text_edit)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.copy_button = QPushButton(SummaryDialog)
        self.copy_button.setObjectName(u"copy_button")

        self.buttons_layout.addWidget(self.copy_button)

        self.docx_button = QPushButton(SummaryDialog)
        self.docx_button.setObjectName(u"docx_button")

        self.buttons_layout.addWidget(self.docx_button)

        self.close_button = QPushButton(SummaryDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.buttons_layout)

        self.dialog_layout.setStretch(1, 1)

        self.retranslateUi(SummaryDialog)

        QMetaObject.connectSlotsByName(SummaryDialog)
    # setupUi

    def retranslateUi(self, SummaryDialog):
        SummaryDialog.setWindowTitle(QCoreApplication.translate("SummaryDialog", u"\u57fa\u672c\u60c5\u51b5\u6587\u5b57", None))
        self.hint_label.setText(QCoreApplication.translate("SummaryDialog", u"\u7531\u7edf\u8ba1\u6570\u5b57\u751f\u6210\uff0c\u53ef\u4fee\u6539\u540e\u590d\u5236\u5230\u5e74\u5ea6\u5de5\u4f5c\u603b\u7ed3\u4e2d\u3002", None))
        self.copy_button.setText(QCoreApplication.translate("SummaryDialog", u"\u590d\u5236", None))
        self.docx_button.setText(QCoreApplication.translate("SummaryDialog", u"\u4fdd\u5b58\u4e3aWord\u2026", None))
        self.close_button.setText(QCoreApplication.translate("SummaryDialog", u"\u5173\u95ed", None))
    # retranslateUi

