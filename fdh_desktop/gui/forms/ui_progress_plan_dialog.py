# GENERATED FILE, DO NOT EDIT: compiled from ui/progress_plan_dialog.ui by
# `python -m fdh_desktop.gui.build_forms` (pyside6-uic). Edit the .ui file and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'progress_plan_dialog.ui'
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
    QGridLayout, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from fdh_desktop.gui.common.editors import OptionalDateEdit

class Ui_PlanDialog(object):
    def setupUi(self, PlanDialog):
        if not PlanDialog.objectName():
            PlanDialog.setObjectName(u"PlanDialog")
        self.dialog_layout = QVBoxLayout(PlanDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.hint_label = QLabel(PlanDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint_label)

        self.start_layout = QHBoxLayout()
        self.start_layout.setObjectName(u"start_layout")
        self.start_label = QLabel(PlanDialog)
        self.start_label.setObjectName(u"start_label")

        self.start_layout.addWidget(self.start_label)

        self.start_edit = OptionalDateEdit(PlanDialog)
        self.start_edit.setObjectName(u"start_edit")

        self.start_layout.addWidget(self.start_edit)

        self.defaults_button = QPushButton(PlanDialog)
        self.defaults_button.setObjectName(u"defaults_button")

        self.start_layout.addWidget(self.defaults_button)

        self.start_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.start_layout.addItem(self.start_spacer)


        self.dialog_layout.addLayout(self.start_layout)

        self.dates_layout = QGridLayout()
        self.dates_layout.setObjectName(u"dates_layout")
        self.stage_heading_label = QLabel(PlanDialog)
        self.stage_heading_label.setObjectName(u"stage_heading_label")

        self.dates_layout.addWidget(self.stage_heading_label, 0, 0, 1, 1)

        self.regular_heading_label = QLabel(PlanDialog)
        self.regular_heading_label.setObjectName(u"regular_heading_label")

        self.dates_layout.addWidget(self.regular_heading_label, 0, 1, 1, 1)

        self.pilot_heading_label = QLabel(PlanDialog)
        self.pilot_heading_label.setObjectName(u"pilot_heading_label")

        self.dates_layout.addWidget(self.pilot_heading_label, 0, 2, 1, 1)

        self.preparing_label = QLabel(PlanDialog)
        self.preparing_label.setObjectName(u"preparing_label")

        self.dates_layout.addWidget(self.preparing_label, 1, 0, 1, 1)

        self.preparing_edit = OptionalDateEdit(PlanDialog)
        self.preparing_edit.setObjectName(u"preparing_edit")

        self.dates_layout.addWidget(self.preparing_edit, 1, 1, 1, 1)

        self.preparing_pilot_edit = OptionalDateEdit(PlanDialog)
        self.preparing_pilot_edit.setObjectName(u"preparing_pilot_edit")

        self.dates_layout.addWidget(self.preparing_pilot_edit, 1, 2, 1, 1)

        self.nominated_label = QLabel(PlanDialog)
        self.nominated_label.setObjectName(u"nominated_label")

        self.dates_layout.addWidget(self.nominated_label, 2, 0, 1, 1)

        self.nominated_edit = OptionalDateEdit(PlanDialog)
        self.nominated_edit.setObjectName(u"nominated_edit")

        self.dates_layout.addWidget(self.nominated_edit, 2, 1, 1, 1)

        self.nominated_pilot_edit = OptionalDateEdit(PlanDialog)
        self.nominated_pilot_edit.setObjectName(u"nominated_pilot_edit")

        self.dates_layout.addWidget(self.nominated_pilot_edit, 2, 2, 1, 1)

        self.elected_label = QLabel(PlanDialog)
        self.elected_label.setObjectName(u"elected_label")

        self.dates_layout.addWidget(self.elected_label, 3, 0, 1, 1)

        self.elected_edit = OptionalDateEdit(PlanDialog)
        self.elected_edit.setObjectName(u"elected_edit")

        self.dates_layout.addWidget(self.elected_edit, 3, 1, 1, 1)

        self.elected_pilot_edit = OptionalDateEdit(PlanDialog)
        self.elected_pilot_edit.setObjectName(u"elected_pilot_edit")

        self.dates_layout.addWidget(self.elected_pilot_edit, 3, 2, 1, 1)

        self.completed_label = QLabel(PlanDialog)
        self.completed_label.setObjectName(u"completed_label")

        self.dates_layout.addWidget(self.completed_label, 4, 0, 1, 1)

        self.completed_edit = OptionalDateEdit(PlanDialog)
        self.completed_edit.setObjectName(u"completed_edit")

        self.dates_layout.addWidget(self.completed_edit, 4, 1, 1, 1)

        self.completed_pilot_edit = OptionalDateEdit(PlanDialog)
        self.completed_pilot_edit.setObjectName(u"completed_pilot_edit")

        self.dates_layout.addWidget(self.completed_pilot_edit, 4, 2, 1, 1)


        self.dialog_layout.addLayout(self.dates_layout)

        self.pilots_label = QLabel(PlanDialog)
        self.pilots_label.setObjectName(u"pilots_label")

        self.dialog_layout.addWidget(self.pilots_label)

        self.pilots_list = QListWidget(PlanDialog)
        self.pilots_list.setObjectName(u"pilots_list")

        self.dialog_layout.addWidget(self.pilots_list)

        self.message_label = QLabel(PlanDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(PlanDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

        self.dialog_layout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.start_label.setBuddy(self.start_edit)
        self.preparing_label.setBuddy(self.preparing_edit)
        self.nominated_label.setBuddy(self.nominated_edit)
        self.elected_label.setBuddy(self.elected_edit)
        self.completed_label.setBuddy(self.completed_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanDialog)

        QMetaObject.connectSlotsByName(PlanDialog)
    # setupUi

    def retranslateUi(self, PlanDialog):
        PlanDialog.setWindowTitle(QCoreApplication.translate("PlanDialog", u"\u6362\u5c4a\u5de5\u4f5c\u8ba1\u5212", None))
        self.hint_label.setText(QCoreApplication.translate("PlanDialog", u"\u65e5\u671f\u683c\u5f0f\u5982 2027-01-04\u3002\u201c\u6309\u5f00\u59cb\u65e5\u671f\u586b\u5165\u201d\u6309\u5e38\u7528\u5b89\u6392\u586b\u5199\uff1a\u8bd5\u70b9\u8857\u9053\u5148\u884c\uff0c\u7ea6\u63d0\u524d\u4e24\u4e2a\u6708\u5b8c\u6210\u3002", None))
        self.start_label.setText(QCoreApplication.translate("PlanDialog", u"\u5f00\u59cb\u65e5\u671f\uff1a", None))
        self.defaults_button.setText(QCoreApplication.translate("PlanDialog", u"\u6309\u5f00\u59cb\u65e5\u671f\u586b\u5165", None))
        self.stage_heading_label.setText(QCoreApplication.translate("PlanDialog", u"\u9636\u6bb5", None))
        self.regular_heading_label.setText(QCoreApplication.translate("PlanDialog", u"\u5176\u4ed6\u8857\u9053\u8ba1\u5212\u65e5\u671f", None))
        self.pilot_heading_label.setText(QCoreApplication.translate("PlanDialog", u"\u8bd5\u70b9\u8857\u9053\u8ba1\u5212\u65e5\u671f", None))
        self.preparing_label.setText(QCoreApplication.translate("PlanDialog", u"\u7b79\u5907\u4e2d\uff1a", None))
        self.nominated_label.setText(QCoreApplication.translate("PlanDialog", u"\u5df2\u63d0\u540d\uff1a", None))
        self.elected_label.setText(QCoreApplication.translate("PlanDialog", u"\u5df2\u9009\u4e3e\uff1a", None))
        self.completed_label.setText(QCoreApplication.translate("PlanDialog", u"\u5df2\u5b8c\u6210\uff1a", None))
        self.pilots_label.setText(QCoreApplication.translate("PlanDialog", u"\u8bd5\u70b9\u8857\u9053\uff08\u52fe\u9009\uff09\uff1a", None))
        self.message_label.setText("")
    # retranslateUi

