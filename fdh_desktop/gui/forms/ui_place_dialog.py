# GENERATED FILE, DO NOT EDIT: compiled from ui/place_dialog.ui by
# `python -m fdh_desktop.gui.build_forms` (pyside6-uic). Edit the .ui file and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'place_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_PlaceDialog(object):
    def setupUi(self, PlaceDialog):
        if not PlaceDialog.objectName():
            PlaceDialog.setObjectName(u"PlaceDialog")
        PlaceDialog.resize(380, 200)
        self.dialog_layout = QVBoxLayout(PlaceDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.street_label = QLabel(PlaceDialog)
        self.street_label.setObjectName(u"street_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.street_label)

        self.street_combo = QComboBox(PlaceDialog)
        self.street_combo.setObjectName(u"street_combo")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.street_combo)

        self.name_label = QLabel(PlaceDialog)
        self.name_label.setObjectName(u"name_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(PlaceDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(60)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.code_label = QLabel(PlaceDialog)
        self.code_label.setObjectName(u"code_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_edit = QLineEdit(PlaceDialog)
        self.code_edit.setObjectName(u"code_edit")
        self.code_edit.setMaxLength(20)

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.code_edit)

        self.pilot_check = QCheckBox(PlaceDialog)
        self.pilot_check.setObjectName(u"pilot_check")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pilot_check)


        self.dialog_layout.addLayout(self.fields_layout)

        self.message_label = QLabel(PlaceDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(PlaceDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.street_label.setBuddy(self.street_combo)
        self.name_label.setBuddy(self.name_edit)
        self.code_label.setBuddy(self.code_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.street_combo, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.code_edit)
        QWidget.setTabOrder(self.code_edit, self.pilot_check)

        self.retranslateUi(PlaceDialog)

        QMetaObject.connectSlotsByName(PlaceDialog)
    # setupUi

    def retranslateUi(self, PlaceDialog):
        PlaceDialog.setWindowTitle(QCoreApplication.translate("PlaceDialog", u"\u793e\u533a", None))
        self.street_label.setText(QCoreApplication.translate("PlaceDialog", u"\u6240\u5c5e\u8857\u9053", None))
        self.name_label.setText(QCoreApplication.translate("PlaceDialog", u"\u540d\u79f0", None))
        self.code_label.setText(QCoreApplication.translate("PlaceDialog", u"\u4ee3\u7801", None))
        self.code_edit.setPlaceholderText(QCoreApplication.translate("PlaceDialog", u"\u53ef\u4e0d\u586b", None))
        self.pilot_check.setText(QCoreApplication.translate("PlaceDialog", u"\u8bd5\u70b9\u8857\u9053", None))
    # retranslateUi

