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
    QSizePolicy, QSpinBox, QTabWidget, QVBoxLayout,
    QWidget)

from fdh_desktop.gui.common.editors import OptionalDateEdit
from fdh_desktop.gui.common.term_spin import TermSpinBox

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(520, 360)
        self.dialog_layout = QVBoxLayout(SettingsDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.settings_tabs = QTabWidget(SettingsDialog)
        self.settings_tabs.setObjectName(u"settings_tabs")
        self.general_page = QWidget()
        self.general_page.setObjectName(u"general_page")
        self.fields_layout = QFormLayout(self.general_page)
        self.fields_layout.setObjectName(u"fields_layout")
        self.district_label = QLabel(self.general_page)
        self.district_label.setObjectName(u"district_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.district_label)

        self.district_edit = QLineEdit(self.general_page)
        self.district_edit.setObjectName(u"district_edit")
        self.district_edit.setMaxLength(60)

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.district_edit)

        self.current_term_label = QLabel(self.general_page)
        self.current_term_label.setObjectName(u"current_term_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.current_term_label)

        self.term_layout = QHBoxLayout()
        self.term_layout.setObjectName(u"term_layout")
        self.current_term_spin = TermSpinBox(self.general_page)
        self.current_term_spin.setObjectName(u"current_term_spin")
        self.current_term_spin.setMinimum(1)
        self.current_term_spin.setMaximum(99)

        self.term_layout.addWidget(self.current_term_spin)

        self.term_hint_label = QLabel(self.general_page)
        self.term_hint_label.setObjectName(u"term_hint_label")
        self.term_hint_label.setText(u"")

        self.term_layout.addWidget(self.term_hint_label)


        self.fields_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.term_layout)

        self.term_year_label = QLabel(self.general_page)
        self.term_year_label.setObjectName(u"term_year_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.term_year_label)

        self.term_year_spin = QSpinBox(self.general_page)
        self.term_year_spin.setObjectName(u"term_year_spin")
        self.term_year_spin.setMinimum(1948)
        self.term_year_spin.setMaximum(2200)

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.term_year_spin)

        self.reference_date_label = QLabel(self.general_page)
        self.reference_date_label.setObjectName(u"reference_date_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reference_date_label)

        self.reference_date_edit = OptionalDateEdit(self.general_page)
        self.reference_date_edit.setObjectName(u"reference_date_edit")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reference_date_edit)

        self.age_bands_label = QLabel(self.general_page)
        self.age_bands_label.setObjectName(u"age_bands_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.age_bands_label)

        self.bands_layout = QHBoxLayout()
        self.bands_layout.setObjectName(u"bands_layout")
        self.age_bands_edit = QLineEdit(self.general_page)
        self.age_bands_edit.setObjectName(u"age_bands_edit")

        self.bands_layout.addWidget(self.age_bands_edit)

        self.age_bands_preview_label = QLabel(self.general_page)
        self.age_bands_preview_label.setObjectName(u"age_bands_preview_label")
        self.age_bands_preview_label.setText(u"")

        self.bands_layout.addWidget(self.age_bands_preview_label)


        self.fields_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.bands_layout)

        self.decimals_label = QLabel(self.general_page)
        self.decimals_label.setObjectName(u"decimals_label")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.decimals_label)

        self.decimals_spin = QSpinBox(self.general_page)
        self.decimals_spin.setObjectName(u"decimals_spin")
        self.decimals_spin.setMinimum(0)
        self.decimals_spin.setMaximum(2)

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.decimals_spin)

        self.settings_tabs.addTab(self.general_page, "")
        self.form_header_page = QWidget()
        self.form_header_page.setObjectName(u"form_header_page")
        self.form_header_layout = QFormLayout(self.form_header_page)
        self.form_header_layout.setObjectName(u"form_header_layout")
        self.form_header_hint_label = QLabel(self.form_header_page)
        self.form_header_hint_label.setObjectName(u"form_header_hint_label")
        self.form_header_hint_label.setWordWrap(True)

        self.form_header_layout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.form_header_hint_label)

        self.form_number_label = QLabel(self.form_header_page)
        self.form_number_label.setObjectName(u"form_number_label")

        self.form_header_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.form_number_label)

        self.form_number_edit = QLineEdit(self.form_header_page)
        self.form_number_edit.setObjectName(u"form_number_edit")
        self.form_number_edit.setMaxLength(100)

        self.form_header_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.form_number_edit)

        self.authority_label = QLabel(self.form_header_page)
        self.authority_label.setObjectName(u"authority_label")

        self.form_header_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.authority_label)

        self.authority_edit = QLineEdit(self.form_header_page)
        self.authority_edit.setObjectName(u"authority_edit")
        self.authority_edit.setMaxLength(100)

        self.form_header_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.authority_edit)

        self.document_number_label = QLabel(self.form_header_page)
        self.document_number_label.setObjectName(u"document_number_label")

        self.form_header_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.document_number_label)

        self.document_number_edit = QLineEdit(self.form_header_page)
        self.document_number_edit.setObjectName(u"document_number_edit")
        self.document_number_edit.setMaxLength(100)

        self.form_header_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.document_number_edit)

        self.valid_until_label = QLabel(self.form_header_page)
        self.valid_until_label.setObjectName(u"valid_until_label")

        self.form_header_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.valid_until_label)

        self.valid_until_edit = QLineEdit(self.form_header_page)
        self.valid_until_edit.setObjectName(u"valid_until_edit")
        self.valid_until_edit.setMaxLength(100)

        self.form_header_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.valid_until_edit)

        self.head_label = QLabel(self.form_header_page)
        self.head_label.setObjectName(u"head_label")

        self.form_header_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.head_label)

        self.head_edit = QLineEdit(self.form_header_page)
        self.head_edit.setObjectName(u"head_edit")
        self.head_edit.setMaxLength(100)

        self.form_header_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.head_edit)

        self.statistician_label = QLabel(self.form_header_page)
        self.statistician_label.setObjectName(u"statistician_label")

        self.form_header_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.statistician_label)

        self.statistician_edit = QLineEdit(self.form_header_page)
        self.statistician_edit.setObjectName(u"statistician_edit")
        self.statistician_edit.setMaxLength(100)

        self.form_header_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.statistician_edit)

        self.preparer_label = QLabel(self.form_header_page)
        self.preparer_label.setObjectName(u"preparer_label")

        self.form_header_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.preparer_label)

        self.preparer_edit = QLineEdit(self.form_header_page)
        self.preparer_edit.setObjectName(u"preparer_edit")
        self.preparer_edit.setMaxLength(100)

        self.form_header_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.preparer_edit)

        self.phone_label = QLabel(self.form_header_page)
        self.phone_label.setObjectName(u"phone_label")

        self.form_header_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(self.form_header_page)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(100)

        self.form_header_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.settings_tabs.addTab(self.form_header_page, "")

        self.dialog_layout.addWidget(self.settings_tabs)

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
        self.form_number_label.setBuddy(self.form_number_edit)
        self.authority_label.setBuddy(self.authority_edit)
        self.document_number_label.setBuddy(self.document_number_edit)
        self.valid_until_label.setBuddy(self.valid_until_edit)
        self.head_label.setBuddy(self.head_edit)
        self.statistician_label.setBuddy(self.statistician_edit)
        self.preparer_label.setBuddy(self.preparer_edit)
        self.phone_label.setBuddy(self.phone_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.district_edit, self.current_term_spin)
        QWidget.setTabOrder(self.current_term_spin, self.term_year_spin)
        QWidget.setTabOrder(self.term_year_spin, self.reference_date_edit)
        QWidget.setTabOrder(self.reference_date_edit, self.age_bands_edit)
        QWidget.setTabOrder(self.age_bands_edit, self.decimals_spin)
        QWidget.setTabOrder(self.decimals_spin, self.form_number_edit)
        QWidget.setTabOrder(self.form_number_edit, self.authority_edit)
        QWidget.setTabOrder(self.authority_edit, self.document_number_edit)
        QWidget.setTabOrder(self.document_number_edit, self.valid_until_edit)
        QWidget.setTabOrder(self.valid_until_edit, self.head_edit)
        QWidget.setTabOrder(self.head_edit, self.statistician_edit)
        QWidget.setTabOrder(self.statistician_edit, self.preparer_edit)
        QWidget.setTabOrder(self.preparer_edit, self.phone_edit)

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
        self.settings_tabs.setTabText(self.settings_tabs.indexOf(self.general_page), QCoreApplication.translate("SettingsDialog", u"\u533a\u548c\u5c4a\u6b21", None))
        self.form_header_hint_label.setText(QCoreApplication.translate("SettingsDialog", u"\u5370\u5728\u6bcf\u5f20\u7edf\u8ba1\u8868\u548c\u5468\u901a\u62a5\u7684\u53f3\u4e0a\u89d2\u548c\u7b7e\u540d\u680f\uff1b\u6ca1\u6709\u7684\u9879\u76ee\u7559\u7a7a\u3002", None))
        self.form_number_label.setText(QCoreApplication.translate("SettingsDialog", u"\u8868\u53f7", None))
#if QT_CONFIG(tooltip)
        self.form_number_edit.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u5982\uff1a\u5987\u7edf5\u8868\uff1b\u6ca1\u6709\u5219\u7559\u7a7a", None))
#endif // QT_CONFIG(tooltip)
        self.authority_label.setText(QCoreApplication.translate("SettingsDialog", u"\u5236\u8868\u673a\u5173", None))
#if QT_CONFIG(tooltip)
        self.authority_edit.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u5982\uff1a\u5ba3\u5357\u533a\u5987\u8054", None))
#endif // QT_CONFIG(tooltip)
        self.document_number_label.setText(QCoreApplication.translate("SettingsDialog", u"\u6587\u53f7", None))
#if QT_CONFIG(tooltip)
        self.document_number_edit.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u6279\u51c6\u6587\u53f7\uff1b\u6ca1\u6709\u5219\u7559\u7a7a", None))
#endif // QT_CONFIG(tooltip)
        self.valid_until_label.setText(QCoreApplication.translate("SettingsDialog", u"\u6709\u6548\u671f\u81f3", None))
#if QT_CONFIG(tooltip)
        self.valid_until_edit.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u5982\uff1a2028\u5e7412\u670831\u65e5\uff1b\u6ca1\u6709\u5219\u7559\u7a7a", None))
#endif // QT_CONFIG(tooltip)
        self.head_label.setText(QCoreApplication.translate("SettingsDialog", u"\u5355\u4f4d\u8d1f\u8d23\u4eba", None))
        self.statistician_label.setText(QCoreApplication.translate("SettingsDialog", u"\u7edf\u8ba1\u8d1f\u8d23\u4eba", None))
        self.preparer_label.setText(QCoreApplication.translate("SettingsDialog", u"\u586b\u8868\u4eba", None))
        self.phone_label.setText(QCoreApplication.translate("SettingsDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.settings_tabs.setTabText(self.settings_tabs.indexOf(self.form_header_page), QCoreApplication.translate("SettingsDialog", u"\u7edf\u8ba1\u8868\u8868\u5934", None))
    # retranslateUi

