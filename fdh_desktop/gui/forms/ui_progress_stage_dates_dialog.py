# GENERATED FILE, DO NOT EDIT: compiled from ui/progress_stage_dates_dialog.ui by
# `python -m fdh_desktop.gui.build_forms` (pyside6-uic). Edit the .ui file and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'progress_stage_dates_dialog.ui'
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
    QGridLayout, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

from fdh_desktop.gui.common.editors import OptionalDateEdit

class Ui_StageDatesDialog(object):
    def setupUi(self, StageDatesDialog):
        if not StageDatesDialog.objectName():
            StageDatesDialog.setObjectName(u"StageDatesDialog")
        self.dialog_layout = QVBoxLayout(StageDatesDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.hint_label = QLabel(StageDatesDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint_label)

        self.dates_layout = QGridLayout()
        self.dates_layout.setObjectName(u"dates_layout")
        self.preparing_label = QLabel(StageDatesDialog)
        self.preparing_label.setObjectName(u"preparing_label")

        self.dates_layout.addWidget(self.preparing_label, 0, 0, 1, 1)

        self.preparing_edit = OptionalDateEdit(StageDatesDialog)
        self.preparing_edit.setObjectName(u"preparing_edit")

        self.dates_layout.addWidget(self.preparing_edit, 0, 1, 1, 1)

        self.nominated_label = QLabel(StageDatesDialog)
        self.nominated_label.setObjectName(u"nominated_label")

        self.dates_layout.addWidget(self.nominated_label, 1, 0, 1, 1)

        self.nominated_edit = OptionalDateEdit(StageDatesDialog)
        self.nominated_edit.setObjectName(u"nominated_edit")

        self.dates_layout.addWidget(self.nominated_edit, 1, 1, 1, 1)

        self.elected_label = QLabel(StageDatesDialog)
        self.elected_label.setObjectName(u"elected_label")

        self.dates_layout.addWidget(self.elected_label, 2, 0, 1, 1)

        self.elected_edit = OptionalDateEdit(StageDatesDialog)
        self.elected_edit.setObjectName(u"elected_edit")

        self.dates_layout.addWidget(self.elected_edit, 2, 1, 1, 1)

        self.completed_label = QLabel(StageDatesDialog)
        self.completed_label.setObjectName(u"completed_label")

        self.dates_layout.addWidget(self.completed_label, 3, 0, 1, 1)

        self.completed_edit = OptionalDateEdit(StageDatesDialog)
        self.completed_edit.setObjectName(u"completed_edit")

        self.dates_layout.addWidget(self.completed_edit, 3, 1, 1, 1)


        self.dialog_layout.addLayout(self.dates_layout)

        self.message_label = QLabel(StageDatesDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(StageDatesDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.preparing_label.setBuddy(self.preparing_edit)
        self.nominated_label.setBuddy(self.nominated_edit)
        self.elected_label.setBuddy(self.elected_edit)
        self.completed_label.setBuddy(self.completed_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StageDatesDialog)

        QMetaObject.connectSlotsByName(StageDatesDialog)
    # setupUi

    def retranslateUi(self, StageDatesDialog):
        StageDatesDialog.setWindowTitle(QCoreApplication.translate("StageDatesDialog", u"\u6362\u5c4a\u8fdb\u5ea6\u65e5\u671f", None))
        self.hint_label.setText(QCoreApplication.translate("StageDatesDialog", u"\u5404\u9636\u6bb5\u7684\u8fbe\u5230\u65e5\u671f\uff08\u683c\u5f0f\u5982 2027-03-15\uff09\uff1b\u6362\u5c4a\u8fdb\u5ea6\u6539\u53d8\u65f6\u81ea\u52a8\u8bb0\u4e0b\u5f53\u5929\uff0c\u53ef\u5728\u6b64\u66f4\u6b63\u3002", None))
        self.preparing_label.setText(QCoreApplication.translate("StageDatesDialog", u"\u7b79\u5907\u4e2d\u65e5\u671f\uff1a", None))
        self.nominated_label.setText(QCoreApplication.translate("StageDatesDialog", u"\u5df2\u63d0\u540d\u65e5\u671f\uff1a", None))
        self.elected_label.setText(QCoreApplication.translate("StageDatesDialog", u"\u5df2\u9009\u4e3e\u65e5\u671f\uff1a", None))
        self.completed_label.setText(QCoreApplication.translate("StageDatesDialog", u"\u5df2\u5b8c\u6210\u65e5\u671f\uff1a", None))
        self.message_label.setText("")
    # retranslateUi

