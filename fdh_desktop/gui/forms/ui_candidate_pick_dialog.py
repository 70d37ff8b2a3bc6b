# GENERATED FILE, DO NOT EDIT: compiled from ui/candidate_pick_dialog.ui by
# `python -m fdh_desktop.gui.build_forms` (pyside6-uic). Edit the .ui file and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'candidate_pick_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_CandidatePickDialog(object):
    def setupUi(self, CandidatePickDialog):
        if not CandidatePickDialog.objectName():
            CandidatePickDialog.setObjectName(u"CandidatePickDialog")
        CandidatePickDialog.resize(420, 460)
        self.dialog_layout = QVBoxLayout(CandidatePickDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.hint_label = QLabel(CandidatePickDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint_label)

        self.nominee_list = QListWidget(CandidatePickDialog)
        self.nominee_list.setObjectName(u"nominee_list")

        self.dialog_layout.addWidget(self.nominee_list)

        self.select_layout = QHBoxLayout()
        self.select_layout.setObjectName(u"select_layout")
        self.all_button = QPushButton(CandidatePickDialog)
        self.all_button.setObjectName(u"all_button")

        self.select_layout.addWidget(self.all_button)

        self.none_button = QPushButton(CandidatePickDialog)
        self.none_button.setObjectName(u"none_button")

        self.select_layout.addWidget(self.none_button)

        self.select_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.select_layout.addItem(self.select_spacer)


        self.dialog_layout.addLayout(self.select_layout)

        self.message_label = QLabel(CandidatePickDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(CandidatePickDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

        QWidget.setTabOrder(self.nominee_list, self.all_button)
        QWidget.setTabOrder(self.all_button, self.none_button)

        self.retranslateUi(CandidatePickDialog)

        QMetaObject.connectSlotsByName(CandidatePickDialog)
    # setupUi

    def retranslateUi(self, CandidatePickDialog):
        CandidatePickDialog.setWindowTitle(QCoreApplication.translate("CandidatePickDialog", u"\u4ece\u4e0a\u5c4a\u73ed\u5b50\u9009\u53d6\u5019\u9009\u4eba", None))
        self.hint_label.setText(QCoreApplication.translate("CandidatePickDialog", u"\u52fe\u9009\u8981\u4f5c\u4e3a\u672c\u8f6e\u5019\u9009\u4eba\u7684\u4eba\u5458\uff08\u4e0a\u5c4a\u73ed\u5b50\u6210\u5458\u548c\u672c\u5c4a\u5df2\u5f55\u5165\u7684\u73ed\u5b50\u6210\u5458\uff09\uff1a", None))
        self.all_button.setText(QCoreApplication.translate("CandidatePickDialog", u"\u5168\u9009", None))
        self.none_button.setText(QCoreApplication.translate("CandidatePickDialog", u"\u5168\u4e0d\u9009", None))
        self.message_label.setText("")
    # retranslateUi

