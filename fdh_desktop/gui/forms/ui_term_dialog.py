# GENERATED FILE, DO NOT EDIT: compiled from ui/term_dialog.ui by
# `python -m fdh_desktop.gui.build_forms` (pyside6-uic). Edit the .ui file and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'term_dialog.ui'
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
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from fdh_desktop.gui.common.editors import OptionalDateEdit

class Ui_TermDialog(object):
    def setupUi(self, TermDialog):
        if not TermDialog.objectName():
            TermDialog.setObjectName(u"TermDialog")
        TermDialog.resize(480, 300)
        self.dialog_layout = QVBoxLayout(TermDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.term_caption_label = QLabel(TermDialog)
        self.term_caption_label.setObjectName(u"term_caption_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.term_caption_label)

        self.term_number_label = QLabel(TermDialog)
        self.term_number_label.setObjectName(u"term_number_label")
        self.term_number_label.setText(u"")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.term_number_label)

        self.form_label = QLabel(TermDialog)
        self.form_label.setObjectName(u"form_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.form_label)

        self.form_combo = QComboBox(TermDialog)
        self.form_combo.setObjectName(u"form_combo")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.form_combo)

        self.start_date_label = QLabel(TermDialog)
        self.start_date_label.setObjectName(u"start_date_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.start_date_label)

        self.start_date_edit = OptionalDateEdit(TermDialog)
        self.start_date_edit.setObjectName(u"start_date_edit")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.start_date_edit)

        self.end_date_label = QLabel(TermDialog)
        self.end_date_label.setObjectName(u"end_date_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.end_date_label)

        self.end_layout = QHBoxLayout()
        self.end_layout.setObjectName(u"end_layout")
        self.end_date_edit = OptionalDateEdit(TermDialog)
        self.end_date_edit.setObjectName(u"end_date_edit")

        self.end_layout.addWidget(self.end_date_edit)

        self.end_hint_label = QLabel(TermDialog)
        self.end_hint_label.setObjectName(u"end_hint_label")
        self.end_hint_label.setText(u"")

        self.end_layout.addWidget(self.end_hint_label)


        self.fields_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.end_layout)

        self.year_label = QLabel(TermDialog)
        self.year_label.setObjectName(u"year_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.year_label)

        self.year_spin = QSpinBox(TermDialog)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(1948)
        self.year_spin.setMaximum(2200)

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.year_spin)

        self.reference_date_label = QLabel(TermDialog)
        self.reference_date_label.setObjectName(u"reference_date_label")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reference_date_label)

        self.reference_date_edit = OptionalDateEdit(TermDialog)
        self.reference_date_edit.setObjectName(u"reference_date_edit")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reference_date_edit)


        self.dialog_layout.addLayout(self.fields_layout)

        self.message_label = QLabel(TermDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(TermDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.form_label.setBuddy(self.form_combo)
        self.start_date_label.setBuddy(self.start_date_edit)
        self.end_date_label.setBuddy(self.end_date_edit)
        self.year_label.setBuddy(self.year_spin)
        self.reference_date_label.setBuddy(self.reference_date_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.form_combo, self.start_date_edit)
        QWidget.setTabOrder(self.start_date_edit, self.end_date_edit)
        QWidget.setTabOrder(self.end_date_edit, self.year_spin)
        QWidget.setTabOrder(self.year_spin, self.reference_date_edit)

        self.retranslateUi(TermDialog)

        QMetaObject.connectSlotsByName(TermDialog)
    # setupUi

    def retranslateUi(self, TermDialog):
        TermDialog.setWindowTitle(QCoreApplication.translate("TermDialog", u"\u5c4a\u6b21\u8bbe\u7f6e", None))
        self.term_caption_label.setText(QCoreApplication.translate("TermDialog", u"\u5c4a\u6b21", None))
        self.form_label.setText(QCoreApplication.translate("TermDialog", u"\u7ec4\u7ec7\u5f62\u5f0f", None))
#if QT_CONFIG(tooltip)
        self.form_combo.setToolTip(QCoreApplication.translate("TermDialog", u"\u4f1a\u6539\u8054\u540e\u4e3a\u793e\u533a\u5987\u8054\uff08\u6267\u59d4\u4f1a\uff0c\u8bbe\u4e3b\u5e2d\u3001\u526f\u4e3b\u5e2d\u3001\u6267\u59d4\uff09\uff1b\u672a\u6539\u7684\u4e3a\u5987\u4ee3\u4f1a\uff08\u4e3b\u4efb\u3001\u526f\u4e3b\u4efb\u3001\u59d4\u5458\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.start_date_label.setText(QCoreApplication.translate("TermDialog", u"\u4efb\u671f\u5f00\u59cb\u65e5\u671f", None))
        self.end_date_label.setText(QCoreApplication.translate("TermDialog", u"\u4efb\u671f\u7ed3\u675f\u65e5\u671f", None))
        self.year_label.setText(QCoreApplication.translate("TermDialog", u"\u6362\u5c4a\u5e74\u4efd", None))
        self.year_spin.setSpecialValueText(QCoreApplication.translate("TermDialog", u"\u672a\u586b", None))
        self.reference_date_label.setText(QCoreApplication.translate("TermDialog", u"\u5e74\u9f84\u57fa\u51c6\u65e5\u671f", None))
#if QT_CONFIG(tooltip)
        self.reference_date_edit.setToolTip(QCoreApplication.translate("TermDialog", u"\u6ca1\u6709\u6362\u5c4a\u65e5\u671f\u7684\u793e\u533a\u6309\u6b64\u65e5\u671f\u8ba1\u7b97\u5e74\u9f84\uff1b\u4e0d\u586b\u5219\u6309\u6362\u5c4a\u5e74\u4efd\u76846\u670830\u65e5", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

