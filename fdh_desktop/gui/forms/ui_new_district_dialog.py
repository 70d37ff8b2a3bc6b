# GENERATED FILE, DO NOT EDIT: compiled from ui/new_district_dialog.ui by
# `python -m fdh_desktop.gui.build_forms` (pyside6-uic). Edit the .ui file and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_district_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_NewDistrictDialog(object):
    def setupUi(self, NewDistrictDialog):
        if not NewDistrictDialog.objectName():
            NewDistrictDialog.setObjectName(u"NewDistrictDialog")
        NewDistrictDialog.resize(520, 270)
        self.dialog_layout = QVBoxLayout(NewDistrictDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.district_label = QLabel(NewDistrictDialog)
        self.district_label.setObjectName(u"district_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.district_label)

        self.district_edit = QLineEdit(NewDistrictDialog)
        self.district_edit.setObjectName(u"district_edit")
        self.district_edit.setMaxLength(60)

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.district_edit)

        self.term_label = QLabel(NewDistrictDialog)
        self.term_label.setObjectName(u"term_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.term_label)

        self.term_spin = QSpinBox(NewDistrictDialog)
        self.term_spin.setObjectName(u"term_spin")
        self.term_spin.setMinimum(1)
        self.term_spin.setMaximum(99)
        self.term_spin.setValue(6)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.term_spin)

        self.year_label = QLabel(NewDistrictDialog)
        self.year_label.setObjectName(u"year_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.year_label)

        self.form_label = QLabel(NewDistrictDialog)
        self.form_label.setObjectName(u"form_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.form_label)

        self.form_combo = QComboBox(NewDistrictDialog)
        self.form_combo.setObjectName(u"form_combo")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.form_combo)

        self.year_spin = QSpinBox(NewDistrictDialog)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(1949)
        self.year_spin.setMaximum(2200)
        self.year_spin.setValue(2023)

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.year_spin)

        self.file_label = QLabel(NewDistrictDialog)
        self.file_label.setObjectName(u"file_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_edit = QLineEdit(NewDistrictDialog)
        self.file_edit.setObjectName(u"file_edit")

        self.file_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(NewDistrictDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.file_layout.addWidget(self.browse_button)


        self.fields_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.file_layout)


        self.dialog_layout.addLayout(self.fields_layout)

        self.message_label = QLabel(NewDistrictDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(NewDistrictDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.district_label.setBuddy(self.district_edit)
        self.term_label.setBuddy(self.term_spin)
        self.year_label.setBuddy(self.year_spin)
        self.form_label.setBuddy(self.form_combo)
        self.file_label.setBuddy(self.file_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.district_edit, self.term_spin)
        QWidget.setTabOrder(self.term_spin, self.form_combo)
        QWidget.setTabOrder(self.form_combo, self.year_spin)
        QWidget.setTabOrder(self.year_spin, self.file_edit)
        QWidget.setTabOrder(self.file_edit, self.browse_button)

        self.retranslateUi(NewDistrictDialog)

        QMetaObject.connectSlotsByName(NewDistrictDialog)
    # setupUi

    def retranslateUi(self, NewDistrictDialog):
        NewDistrictDialog.setWindowTitle(QCoreApplication.translate("NewDistrictDialog", u"\u65b0\u5efa\u533a", None))
        self.district_label.setText(QCoreApplication.translate("NewDistrictDialog", u"\u533a\u540d\u79f0", None))
        self.district_edit.setPlaceholderText(QCoreApplication.translate("NewDistrictDialog", u"\u4f8b\u5982\uff1a\u5ba3\u5357\u533a", None))
        self.term_label.setText(QCoreApplication.translate("NewDistrictDialog", u"\u672c\u5c4a\u5c4a\u6b21", None))
        self.year_label.setText(QCoreApplication.translate("NewDistrictDialog", u"\u672c\u5c4a\u6362\u5c4a\u5e74\u4efd", None))
        self.form_label.setText(QCoreApplication.translate("NewDistrictDialog", u"\u7ec4\u7ec7\u5f62\u5f0f", None))
#if QT_CONFIG(tooltip)
        self.form_combo.setToolTip(QCoreApplication.translate("NewDistrictDialog", u"\u4f1a\u6539\u8054\u540e\u4e3a\u793e\u533a\u5987\u8054\uff08\u6267\u59d4\u4f1a\uff0c\u8bbe\u4e3b\u5e2d\u3001\u526f\u4e3b\u5e2d\u3001\u6267\u59d4\uff09\uff1b\u672a\u6539\u7684\u4e3a\u5987\u4ee3\u4f1a\uff08\u4e3b\u4efb\u3001\u526f\u4e3b\u4efb\u3001\u59d4\u5458\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.file_label.setText(QCoreApplication.translate("NewDistrictDialog", u"\u4fdd\u5b58\u4f4d\u7f6e", None))
        self.browse_button.setText(QCoreApplication.translate("NewDistrictDialog", u"\u6d4f\u89c8\u2026", None))
    # retranslateUi

