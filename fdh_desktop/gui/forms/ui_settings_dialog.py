# GENERATED FILE, DO NOT EDIT: compiled from ui/settings_dialog.ui by
# `python -m fdh_desktop.gui.build_forms` (pyside6-uic). Edit the .ui file and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from fdh_desktop.gui.common.editors import OptionalDateEdit
from fdh_desktop.gui.common.term_spin import TermSpinBox

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(520, 300)
        self.dialog_layout = QVBoxLayout(SettingsDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.district_label = QLabel(SettingsDialog)
        self.district_label.setObjectName(u"district_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.district_label)

        self.district_edit = QLineEdit(SettingsDialog)
        self.district_edit.setObjectName(u"district_edit")
        self.district_edit.setMaxLength(60)

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.district_edit)

        self.current_term_label = QLabel(SettingsDialog)
        self.current_term_label.setObjectName(u"current_term_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.current_term_label)

        self.term_layout = QHBoxLayout()
        self.term_layout.setObjectName(u"term_layout")
        self.current_term_spin = TermSpinBox(SettingsDialog)
        self.current_term_spin.setObjectName(u"current_term_spin")
        self.current_term_spin.setMinimum(1)
        self.current_term_spin.setMaximum(99)

        self.term_layout.addWidget(self.current_term_spin)

        self.term_hint_label = QLabel(SettingsDialog)
        self.term_hint_label.setObjectName(u"term_hint_label")
        self.term_hint_label.setText(u"")

        self.term_layout.addWidget(self.term_hint_label)


        self.fields_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.term_layout)

        self.term_year_label = QLabel(SettingsDialog)
        self.term_year_label.setObjectName(u"term_year_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.term_year_label)

        self.term_year_spin = QSpinBox(SettingsDialog)
        self.term_year_spin.setObjectName(u"term_year_spin")
        self.term_year_spin.setMinimum(1948)
        self.term_year_spin.setMaximum(2200)

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.term_year_spin)

        self.reference_date_label = QLabel(SettingsDialog)
        self.reference_date_label.setObjectName(u"reference_date_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reference_date_label)

        self.reference_date_edit = OptionalDateEdit(SettingsDialog)
        self.reference_date_edit.setObjectName(u"reference_date_edit")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reference_date_edit)

        self.age_bands_label = QLabel(SettingsDialog)
        self.age_bands_label.setObjectName(u"age_bands_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.age_bands_label)

        self.bands_layout = QHBoxLayout()
        self.bands_layout.setObjectName(u"bands_layout")
        self.age_bands_edit = QLineEdit(SettingsDialog)
        self.age_bands_edit.setObjectName(u"age_bands_edit")

        self.bands_layout.addWidget(self.age_bands_edit)

        self.age_bands_preview_label = QLabel(SettingsDialog)
        self.age_bands_preview_label.setObjectName(u"age_bands_preview_label")
        self.age_bands_preview_label.setText(u"")

        self.bands_layout.addWidget(self.age_bands_preview_label)


        self.fields_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.bands_layout)

        self.decimals_label = QLabel(SettingsDialog)
        self.decimals_label.setObjectName(u"decimals_label")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.decimals_label)

        self.decimals_spin = QSpinBox(SettingsDialog)
        self.decimals_spin.setObjectName(u"decimals_spin")
        self.decimals_spin.setMinimum(0)
        self.decimals_spin.setMaximum(2)

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.decimals_spin)


        self.dialog_layout.addLayout(self.fields_layout)

        self.message_label = QLabel(SettingsDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(SettingsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.district_label.setBuddy(self.district_edit)
        self.current_term_label.setBuddy(self.current_term_spin)
        self.term_year_label.setBuddy(self.term_year_spin)
        self.reference_date_label.setBuddy(self.reference_date_edit)
        self.age_bands_label.setBuddy(self.age_bands_edit)
        self.decimals_label.setBuddy(self.decimals_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.district_edit, self.current_term_spin)
        QWidget.setTabOrder(self.current_term_spin, self.term_year_spin)
        QWidget.setTabOrder(self.term_year_spin, self.reference_date_edit)
        QWidget.setTabOrder(self.reference_date_edit, self.age_bands_edit)
        QWidget.setTabOrder(self.age_bands_edit, self.decimals_spin)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"\u533a\u8bbe\u7f6e", None))
        self.district_label.setText(QCoreApplication.translate("SettingsDialog", u"\u533a\u540d\u79f0", None))
        self.current_term_label.setText(QCoreApplication.translate("SettingsDialog", u"\u672c\u5c4a\u5c4a\u6b21", None))
        self.term_year_label.setText(QCoreApplication.translate("SettingsDialog", u"\u672c\u5c4a\u6362\u5c4a\u5e74\u4efd", None))
        self.term_year_spin.setSpecialValueText(QCoreApplication.translate("SettingsDialog", u"\u672a\u586b", None))
        self.reference_date_label.setText(QCoreApplication.translate("SettingsDialog", u"\u5e74\u9f84\u57fa\u51c6\u65e5\u671f", None))
#if QT_CONFIG(tooltip)
        self.reference_date_edit.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u6ca1\u6709\u6362\u5c4a\u65e5\u671f\u7684\u793e\u533a\u6309\u6b64\u65e5\u671f\u8ba1\u7b97\u5e74\u9f84\uff1b\u4e0d\u586b\u5219\u6309\u6362\u5c4a\u5e74\u4efd\u76846\u670830\u65e5", None))
#endif // QT_CONFIG(tooltip)
        self.age_bands_label.setText(QCoreApplication.translate("SettingsDialog", u"\u5e74\u9f84\u6bb5\u5206\u754c", None))
        self.age_bands_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u4f8b\u5982\uff1a35\uff0c45", None))
#if QT_CONFIG(tooltip)
        self.age_bands_edit.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u5404\u5e74\u9f84\u6bb5\u7684\u4e0a\u9650\uff08\u5468\u5c81\uff09\uff0c\u4ece\u5c0f\u5230\u5927\uff0c\u7528\u9017\u53f7\u5206\u9694", None))
#endif // QT_CONFIG(tooltip)
        self.decimals_label.setText(QCoreApplication.translate("SettingsDialog", u"\u767e\u5206\u6bd4\u5c0f\u6570\u4f4d\u6570", None))
    # retranslateUi

