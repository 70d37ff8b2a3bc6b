# GENERATED FILE, DO NOT EDIT: compiled from ui/candidate_dialog.ui by
# `python -m fdh_desktop.gui.build_forms` (pyside6-uic). Edit the .ui file and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'candidate_dialog.ui'
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
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

from fdh_desktop.gui.common.editors import (OptionalDateEdit, VocabComboBox)

class Ui_CandidateDialog(object):
    def setupUi(self, CandidateDialog):
        if not CandidateDialog.objectName():
            CandidateDialog.setObjectName(u"CandidateDialog")
        CandidateDialog.resize(460, 480)
        self.dialog_layout = QVBoxLayout(CandidateDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.hint_label = QLabel(CandidateDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.name_label = QLabel(CandidateDialog)
        self.name_label.setObjectName(u"name_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(CandidateDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.role_label = QLabel(CandidateDialog)
        self.role_label.setObjectName(u"role_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(CandidateDialog)
        self.role_combo.setObjectName(u"role_combo")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.id_label = QLabel(CandidateDialog)
        self.id_label.setObjectName(u"id_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.id_label)

        self.id_edit = QLineEdit(CandidateDialog)
        self.id_edit.setObjectName(u"id_edit")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.id_edit)

        self.birth_label = QLabel(CandidateDialog)
        self.birth_label.setObjectName(u"birth_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birth_label)

        self.birth_edit = OptionalDateEdit(CandidateDialog)
        self.birth_edit.setObjectName(u"birth_edit")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.birth_edit)

        self.ethnicity_label = QLabel(CandidateDialog)
        self.ethnicity_label.setObjectName(u"ethnicity_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ethnicity_label)

        self.ethnicity_combo = VocabComboBox(CandidateDialog)
        self.ethnicity_combo.setObjectName(u"ethnicity_combo")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ethnicity_combo)

        self.political_label = QLabel(CandidateDialog)
        self.political_label.setObjectName(u"political_label")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.political_label)

        self.political_combo = VocabComboBox(CandidateDialog)
        self.political_combo.setObjectName(u"political_combo")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.political_combo)

        self.education_label = QLabel(CandidateDialog)
        self.education_label.setObjectName(u"education_label")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.education_label)

        self.education_combo = VocabComboBox(CandidateDialog)
        self.education_combo.setObjectName(u"education_combo")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.education_combo)

        self.party_label = QLabel(CandidateDialog)
        self.party_label.setObjectName(u"party_label")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.party_label)

        self.posts_layout = QHBoxLayout()
        self.posts_layout.setObjectName(u"posts_layout")
        self.party_combo = VocabComboBox(CandidateDialog)
        self.party_combo.setObjectName(u"party_combo")

        self.posts_layout.addWidget(self.party_combo)

        self.committee_label = QLabel(CandidateDialog)
        self.committee_label.setObjectName(u"committee_label")

        self.posts_layout.addWidget(self.committee_label)

        self.committee_combo = VocabComboBox(CandidateDialog)
        self.committee_combo.setObjectName(u"committee_combo")

        self.posts_layout.addWidget(self.committee_combo)


        self.fields_layout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.posts_layout)

        self.part_time_label = QLabel(CandidateDialog)
        self.part_time_label.setObjectName(u"part_time_label")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.part_time_label)

        self.part_time_combo = VocabComboBox(CandidateDialog)
        self.part_time_combo.setObjectName(u"part_time_combo")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.part_time_combo)

        self.sector_label = QLabel(CandidateDialog)
        self.sector_label.setObjectName(u"sector_label")

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.sector_label)

        self.sector_combo = VocabComboBox(CandidateDialog)
        self.sector_combo.setObjectName(u"sector_combo")

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.sector_combo)

        self.phone_label = QLabel(CandidateDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(CandidateDialog)
        self.phone_edit.setObjectName(u"phone_edit")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.workplace_label = QLabel(CandidateDialog)
        self.workplace_label.setObjectName(u"workplace_label")

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.workplace_label)

        self.workplace_edit = QLineEdit(CandidateDialog)
        self.workplace_edit.setObjectName(u"workplace_edit")

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.workplace_edit)

        self.note_label = QLabel(CandidateDialog)
        self.note_label.setObjectName(u"note_label")

        self.fields_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(CandidateDialog)
        self.note_edit.setObjectName(u"note_edit")

        self.fields_layout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.dialog_layout.addLayout(self.fields_layout)

        self.message_label = QLabel(CandidateDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(CandidateDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.role_label.setBuddy(self.role_combo)
        self.id_label.setBuddy(self.id_edit)
        self.birth_label.setBuddy(self.birth_edit)
        self.ethnicity_label.setBuddy(self.ethnicity_combo)
        self.political_label.setBuddy(self.political_combo)
        self.education_label.setBuddy(self.education_combo)
        self.party_label.setBuddy(self.party_combo)
        self.committee_label.setBuddy(self.committee_combo)
        self.part_time_label.setBuddy(self.part_time_combo)
        self.sector_label.setBuddy(self.sector_combo)
        self.phone_label.setBuddy(self.phone_edit)
        self.workplace_label.setBuddy(self.workplace_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.role_combo)
        QWidget.setTabOrder(self.role_combo, self.id_edit)
        QWidget.setTabOrder(self.id_edit, self.birth_edit)
        QWidget.setTabOrder(self.birth_edit, self.ethnicity_combo)
        QWidget.setTabOrder(self.ethnicity_combo, self.political_combo)
        QWidget.setTabOrder(self.political_combo, self.education_combo)
        QWidget.setTabOrder(self.education_combo, self.party_combo)
        QWidget.setTabOrder(self.party_combo, self.committee_combo)
        QWidget.setTabOrder(self.committee_combo, self.part_time_combo)
        QWidget.setTabOrder(self.part_time_combo, self.sector_combo)
        QWidget.setTabOrder(self.sector_combo, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.workplace_edit)
        QWidget.setTabOrder(self.workplace_edit, self.note_edit)

        self.retranslateUi(CandidateDialog)

        QMetaObject.connectSlotsByName(CandidateDialog)
    # setupUi

    def retranslateUi(self, CandidateDialog):
        CandidateDialog.setWindowTitle(QCoreApplication.translate("CandidateDialog", u"\u5019\u9009\u4eba", None))
        self.hint_label.setText(QCoreApplication.translate("CandidateDialog", u"\u6309\u73ed\u5b50\u6210\u5458\u7684\u89c4\u5219\u68c0\u67e5\uff1a\u8eab\u4efd\u8bc1\u53f7\u3001\u51fa\u751f\u65e5\u671f\u3001\u5e74\u9f84\uff1b\u4e3b\u4efb\u3001\u4e3b\u5e2d\u5019\u9009\u4eba\u8fd8\u987b\u586b\u5199\u653f\u6cbb\u9762\u8c8c\u3001\u6587\u5316\u7a0b\u5ea6\u548c\u793e\u533a\u515a\u7ec4\u7ec7\u804c\u52a1\u6216\u5c45\u59d4\u4f1a\u804c\u52a1\u3002", None))
        self.name_label.setText(QCoreApplication.translate("CandidateDialog", u"\u59d3\u540d", None))
        self.role_label.setText(QCoreApplication.translate("CandidateDialog", u"\u6240\u9009\u804c\u52a1", None))
        self.id_label.setText(QCoreApplication.translate("CandidateDialog", u"\u8eab\u4efd\u8bc1\u53f7", None))
        self.id_edit.setPlaceholderText(QCoreApplication.translate("CandidateDialog", u"18\u4f4d\u8eab\u4efd\u8bc1\u53f7", None))
        self.birth_label.setText(QCoreApplication.translate("CandidateDialog", u"\u51fa\u751f\u65e5\u671f", None))
        self.ethnicity_label.setText(QCoreApplication.translate("CandidateDialog", u"\u6c11\u65cf", None))
        self.political_label.setText(QCoreApplication.translate("CandidateDialog", u"\u653f\u6cbb\u9762\u8c8c", None))
        self.education_label.setText(QCoreApplication.translate("CandidateDialog", u"\u6587\u5316\u7a0b\u5ea6", None))
        self.party_label.setText(QCoreApplication.translate("CandidateDialog", u"\u793e\u533a\u515a\u7ec4\u7ec7\u804c\u52a1", None))
        self.committee_label.setText(QCoreApplication.translate("CandidateDialog", u"\u5c45\u59d4\u4f1a\u804c\u52a1", None))
        self.part_time_label.setText(QCoreApplication.translate("CandidateDialog", u"\u662f\u5426\u517c\u804c", None))
        self.sector_label.setText(QCoreApplication.translate("CandidateDialog", u"\u754c\u522b", None))
        self.phone_label.setText(QCoreApplication.translate("CandidateDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.workplace_label.setText(QCoreApplication.translate("CandidateDialog", u"\u5de5\u4f5c\u5355\u4f4d", None))
        self.note_label.setText(QCoreApplication.translate("CandidateDialog", u"\u5907\u6ce8", None))
        self.message_label.setText("")
    # retranslateUi

