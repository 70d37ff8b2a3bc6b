# GENERATED FILE, DO NOT EDIT: compiled from ui/baselines_dialog.ui by
# `python -m fdh_desktop.gui.build_forms` (pyside6-uic). Edit the .ui file and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'baselines_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QGridLayout,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_BaselinesDialog(object):
    def setupUi(self, BaselinesDialog):
        if not BaselinesDialog.objectName():
            BaselinesDialog.setObjectName(u"BaselinesDialog")
        BaselinesDialog.resize(900, 600)
        self.dialog_layout = QVBoxLayout(BaselinesDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(BaselinesDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.scope_layout = QHBoxLayout()
        self.scope_layout.setObjectName(u"scope_layout")
        self.scope_label = QLabel(BaselinesDialog)
        self.scope_label.setObjectName(u"scope_label")

        self.scope_layout.addWidget(self.scope_label)

        self.scope_combo = QComboBox(BaselinesDialog)
        self.scope_combo.setObjectName(u"scope_combo")

        self.scope_layout.addWidget(self.scope_combo)

        self.scope_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scope_layout.addItem(self.scope_spacer)


        self.dialog_layout.addLayout(self.scope_layout)

        self.status_label = QLabel(BaselinesDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.status_label)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")

        self.dialog_layout.addLayout(self.fields_layout)

        self.check_label = QLabel(BaselinesDialog)
        self.check_label.setObjectName(u"check_label")
        self.check_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.check_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.clear_button = QPushButton(BaselinesDialog)
        self.clear_button.setObjectName(u"clear_button")

        self.buttons_layout.addWidget(self.clear_button)

        self.buttons_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.save_button = QPushButton(BaselinesDialog)
        self.save_button.setObjectName(u"save_button")

        self.buttons_layout.addWidget(self.save_button)

        self.cancel_button = QPushButton(BaselinesDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.buttons_layout.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.scope_label.setBuddy(self.scope_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BaselinesDialog)

        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(BaselinesDialog)
    # setupUi

    def retranslateUi(self, BaselinesDialog):
        BaselinesDialog.setWindowTitle(QCoreApplication.translate("BaselinesDialog", u"\u4e0a\u5c4a\u57fa\u6570", None))
        self.intro_label.setText("")
        self.scope_label.setText(QCoreApplication.translate("BaselinesDialog", u"\u8303\u56f4\uff1a", None))
        self.status_label.setText("")
        self.check_label.setText("")
        self.clear_button.setText(QCoreApplication.translate("BaselinesDialog", u"\u6e05\u7a7a\u672c\u8303\u56f4", None))
        self.save_button.setText(QCoreApplication.translate("BaselinesDialog", u"\u4fdd\u5b58", None))
        self.cancel_button.setText(QCoreApplication.translate("BaselinesDialog", u"\u53d6\u6d88", None))
    # retranslateUi

