# GENERATED FILE, DO NOT EDIT: compiled from ui/export_dialog.ui by
# `python -m fdh_desktop.gui.build_forms` (pyside6-uic). Edit the .ui file and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QRadioButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(560, 330)
        self.dialog_layout = QVBoxLayout(ExportDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.kind_group = QGroupBox(ExportDialog)
        self.kind_group.setObjectName(u"kind_group")
        self.kind_layout = QVBoxLayout(self.kind_group)
        self.kind_layout.setObjectName(u"kind_layout")
        self.template_radio = QRadioButton(self.kind_group)
        self.template_radio.setObjectName(u"template_radio")
        self.template_radio.setChecked(True)

        self.kind_layout.addWidget(self.template_radio)

        self.data_radio = QRadioButton(self.kind_group)
        self.data_radio.setObjectName(u"data_radio")

        self.kind_layout.addWidget(self.data_radio)


        self.dialog_layout.addWidget(self.kind_group)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.street_label = QLabel(ExportDialog)
        self.street_label.setObjectName(u"street_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.street_label)

        self.street_combo = QComboBox(ExportDialog)
        self.street_combo.setObjectName(u"street_combo")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.street_combo)

        self.term_label = QLabel(ExportDialog)
        self.term_label.setObjectName(u"term_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.term_label)

        self.term_combo = QComboBox(ExportDialog)
        self.term_combo.setObjectName(u"term_combo")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.term_combo)

        self.options_layout = QVBoxLayout()
        self.options_layout.setObjectName(u"options_layout")
        self.prefill_check = QCheckBox(ExportDialog)
        self.prefill_check.setObjectName(u"prefill_check")
        self.prefill_check.setChecked(True)

        self.options_layout.addWidget(self.prefill_check)

        self.mask_check = QCheckBox(ExportDialog)
        self.mask_check.setObjectName(u"mask_check")

        self.options_layout.addWidget(self.mask_check)


        self.fields_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.options_layout)

        self.file_label = QLabel(ExportDialog)
        self.file_label.setObjectName(u"file_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_edit = QLineEdit(ExportDialog)
        self.file_edit.setObjectName(u"file_edit")

        self.file_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(ExportDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.file_layout.addWidget(self.browse_button)


        self.fields_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.file_layout)


        self.dialog_layout.addLayout(self.fields_layout)

        self.message_label = QLabel(ExportDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(ExportDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.street_label.setBuddy(self.street_combo)
        self.term_label.setBuddy(self.term_combo)
        self.file_label.setBuddy(self.file_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.template_radio, self.data_radio)
        QWidget.setTabOrder(self.data_radio, self.street_combo)
        QWidget.setTabOrder(self.street_combo, self.term_combo)
        QWidget.setTabOrder(self.term_combo, self.prefill_check)
        QWidget.setTabOrder(self.prefill_check, self.mask_check)
        QWidget.setTabOrder(self.mask_check, self.file_edit)
        QWidget.setTabOrder(self.file_edit, self.browse_button)

        self.retranslateUi(ExportDialog)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"\u5bfc\u51fa", None))
        self.kind_group.setTitle(QCoreApplication.translate("ExportDialog", u"\u5bfc\u51fa\u4ec0\u4e48", None))
        self.template_radio.setText(QCoreApplication.translate("ExportDialog", u"\u586b\u62a5\u6a21\u677f\uff1a\u53d1\u7ed9\u8857\u9053\u586b\u5199\uff0c\u5df2\u5217\u597d\u793e\u533a\u540d\u5355(&T)", None))
        self.data_radio.setText(QCoreApplication.translate("ExportDialog", u"\u5168\u90e8\u6570\u636e\uff1a\u4e00\u5c4a\u7684\u5987\u4ee3\u4f1a\u548c\u73ed\u5b50\u6210\u5458\uff0c\u53ef\u518d\u5bfc\u5165(&D)", None))
        self.street_label.setText(QCoreApplication.translate("ExportDialog", u"\u8857\u9053", None))
        self.term_label.setText(QCoreApplication.translate("ExportDialog", u"\u5c4a\u6b21", None))
        self.prefill_check.setText(QCoreApplication.translate("ExportDialog", u"\u9884\u586b\u4e0a\u5c4a\u73ed\u5b50\u6210\u5458\uff08\u8857\u9053\u6838\u5bf9\u4fee\u6539\u5373\u53ef\uff0c\u4e0d\u5fc5\u91cd\u65b0\u5f55\u5165\uff09", None))
        self.mask_check.setText(QCoreApplication.translate("ExportDialog", u"\u9690\u53bb\u8eab\u4efd\u8bc1\u53f7\u548c\u7535\u8bdd\u7684\u90e8\u5206\u6570\u5b57\uff08\u7528\u4e8e\u6253\u5370\u6216\u8f6c\u4ea4\uff09", None))
        self.file_label.setText(QCoreApplication.translate("ExportDialog", u"\u4fdd\u5b58\u4e3a", None))
        self.browse_button.setText(QCoreApplication.translate("ExportDialog", u"\u6d4f\u89c8\u2026", None))
    # retranslateUi

