# GENERATED FILE, DO NOT EDIT: compiled from ui/signature_dialog.ui by
# `python -m fdh_desktop.gui.build_forms` (pyside6-uic). Edit the .ui file and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signature_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SignatureDialog(object):
    def setupUi(self, SignatureDialog):
        if not SignatureDialog.objectName():
            SignatureDialog.setObjectName(u"SignatureDialog")
        SignatureDialog.resize(460, 280)
        self.dialog_layout = QVBoxLayout(SignatureDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.hint_label = QLabel(SignatureDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.unit_label = QLabel(SignatureDialog)
        self.unit_label.setObjectName(u"unit_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit_edit = QLineEdit(SignatureDialog)
        self.unit_edit.setObjectName(u"unit_edit")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unit_edit)

        self.head_label = QLabel(SignatureDialog)
        self.head_label.setObjectName(u"head_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.head_label)

        self.head_edit = QLineEdit(SignatureDialog)
        self.head_edit.setObjectName(u"head_edit")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.head_edit)

        self.statistician_label = QLabel(SignatureDialog)
        self.statistician_label.setObjectName(u"statistician_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.statistician_label)

        self.statistician_edit = QLineEdit(SignatureDialog)
        self.statistician_edit.setObjectName(u"statistician_edit")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.statistician_edit)

        self.preparer_label = QLabel(SignatureDialog)
        self.preparer_label.setObjectName(u"preparer_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.preparer_label)

        self.preparer_edit = QLineEdit(SignatureDialog)
        self.preparer_edit.setObjectName(u"preparer_edit")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.preparer_edit)

        self.phone_label = QLabel(SignatureDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(SignatureDialog)
        self.phone_edit.setObjectName(u"phone_edit")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.date_label = QLabel(SignatureDialog)
        self.date_label.setObjectName(u"date_label")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QLineEdit(SignatureDialog)
        self.date_edit.setObjectName(u"date_edit")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.date_edit)


        self.dialog_layout.addLayout(self.fields_layout)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.ok_button = QPushButton(SignatureDialog)
        self.ok_button.setObjectName(u"ok_button")

        self.buttons_layout.addWidget(self.ok_button)

        self.cancel_button = QPushButton(SignatureDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.buttons_layout.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.unit_label.setBuddy(self.unit_edit)
        self.head_label.setBuddy(self.head_edit)
        self.statistician_label.setBuddy(self.statistician_edit)
        self.preparer_label.setBuddy(self.preparer_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.date_label.setBuddy(self.date_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SignatureDialog)

        self.ok_button.setDefault(True)


        QMetaObject.connectSlotsByName(SignatureDialog)
    # setupUi

    def retranslateUi(self, SignatureDialog):
        SignatureDialog.setWindowTitle(QCoreApplication.translate("SignatureDialog", u"\u7edf\u8ba1\u8868\u843d\u6b3e", None))
        self.hint_label.setText(QCoreApplication.translate("SignatureDialog", u"\u6253\u5370\u548c\u5bfc\u51fa\u7684\u7edf\u8ba1\u8868\u4e0a\u663e\u793a\u8fd9\u4e9b\u5185\u5bb9\uff1b\u7559\u7a7a\u7684\u5728\u7eb8\u4e0a\u7559\u51fa\u7a7a\u767d\uff0c\u53ef\u624b\u5199\u3002", None))
        self.unit_label.setText(QCoreApplication.translate("SignatureDialog", u"\u586b\u62a5\u5355\u4f4d", None))
        self.head_label.setText(QCoreApplication.translate("SignatureDialog", u"\u5355\u4f4d\u8d1f\u8d23\u4eba", None))
        self.statistician_label.setText(QCoreApplication.translate("SignatureDialog", u"\u7edf\u8ba1\u8d1f\u8d23\u4eba", None))
        self.preparer_label.setText(QCoreApplication.translate("SignatureDialog", u"\u586b\u8868\u4eba", None))
        self.phone_label.setText(QCoreApplication.translate("SignatureDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.date_label.setText(QCoreApplication.translate("SignatureDialog", u"\u62a5\u51fa\u65e5\u671f", None))
        self.ok_button.setText(QCoreApplication.translate("SignatureDialog", u"\u786e\u5b9a", None))
        self.cancel_button.setText(QCoreApplication.translate("SignatureDialog", u"\u53d6\u6d88", None))
    # retranslateUi

