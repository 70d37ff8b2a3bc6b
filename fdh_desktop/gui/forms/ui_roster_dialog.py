# GENERATED FILE, DO NOT EDIT: compiled from ui/roster_dialog.ui by
# `python -m fdh_desktop.gui.build_forms` (pyside6-uic). Edit the .ui file and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RosterDialog(object):
    def setupUi(self, RosterDialog):
        if not RosterDialog.objectName():
            RosterDialog.setObjectName(u"RosterDialog")
        RosterDialog.resize(420, 180)
        self.dialog_layout = QVBoxLayout(RosterDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.street_label = QLabel(RosterDialog)
        self.street_label.setObjectName(u"street_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.street_label)

        self.street_combo = QComboBox(RosterDialog)
        self.street_combo.setObjectName(u"street_combo")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.street_combo)


        self.dialog_layout.addLayout(self.fields_layout)

        self.mask_check = QCheckBox(RosterDialog)
        self.mask_check.setObjectName(u"mask_check")
        self.mask_check.setChecked(True)

        self.dialog_layout.addWidget(self.mask_check)

        self.warning_label = QLabel(RosterDialog)
        self.warning_label.setObjectName(u"warning_label")
        self.warning_label.setWordWrap(True)
        self.warning_label.setVisible(False)

        self.dialog_layout.addWidget(self.warning_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.preview_button = QPushButton(RosterDialog)
        self.preview_button.setObjectName(u"preview_button")

        self.buttons_layout.addWidget(self.preview_button)

        self.pdf_button = QPushButton(RosterDialog)
        self.pdf_button.setObjectName(u"pdf_button")

        self.buttons_layout.addWidget(self.pdf_button)

        self.cancel_button = QPushButton(RosterDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.buttons_layout.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.street_label.setBuddy(self.street_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RosterDialog)

        self.preview_button.setDefault(True)


        QMetaObject.connectSlotsByName(RosterDialog)
    # setupUi

    def retranslateUi(self, RosterDialog):
        RosterDialog.setWindowTitle(QCoreApplication.translate("RosterDialog", u"\u73ed\u5b50\u6210\u5458\u540d\u518c", None))
        self.street_label.setText(QCoreApplication.translate("RosterDialog", u"\u8857\u9053", None))
        self.mask_check.setText(QCoreApplication.translate("RosterDialog", u"\u9690\u53bb\u8eab\u4efd\u8bc1\u53f7\u548c\u8054\u7cfb\u7535\u8bdd\u7684\u4e2d\u95f4\u6570\u5b57", None))
        self.warning_label.setText(QCoreApplication.translate("RosterDialog", u"\u4e0d\u9690\u53bb\u65f6\uff0c\u540d\u518c\u542b\u5b8c\u6574\u7684\u4e2a\u4eba\u8eab\u4efd\u4fe1\u606f\uff0c\u8bf7\u59a5\u5584\u4fdd\u7ba1\u3002", None))
        self.preview_button.setText(QCoreApplication.translate("RosterDialog", u"\u6253\u5370\u9884\u89c8", None))
        self.pdf_button.setText(QCoreApplication.translate("RosterDialog", u"\u5bfc\u51faPDF", None))
        self.cancel_button.setText(QCoreApplication.translate("RosterDialog", u"\u53d6\u6d88", None))
    # retranslateUi

