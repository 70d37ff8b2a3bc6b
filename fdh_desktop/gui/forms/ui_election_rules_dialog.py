# GENERATED FILE, DO NOT EDIT: compiled from ui/election_rules_dialog.ui by
# `python -m fdh_desktop.gui.build_forms` (pyside6-uic). Edit the .ui file and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'election_rules_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_ElectionRulesDialog(object):
    def setupUi(self, ElectionRulesDialog):
        if not ElectionRulesDialog.objectName():
            ElectionRulesDialog.setObjectName(u"ElectionRulesDialog")
        ElectionRulesDialog.resize(460, 260)
        self.dialog_layout = QVBoxLayout(ElectionRulesDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.hint_label = QLabel(ElectionRulesDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.quorum_label = QLabel(ElectionRulesDialog)
        self.quorum_label.setObjectName(u"quorum_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.quorum_label)

        self.quorum_combo = QComboBox(ElectionRulesDialog)
        self.quorum_combo.setObjectName(u"quorum_combo")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.quorum_combo)

        self.base_label = QLabel(ElectionRulesDialog)
        self.base_label.setObjectName(u"base_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.base_label)

        self.base_combo = QComboBox(ElectionRulesDialog)
        self.base_combo.setObjectName(u"base_combo")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.base_combo)

        self.surplus_label = QLabel(ElectionRulesDialog)
        self.surplus_label.setObjectName(u"surplus_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.surplus_label)

        self.surplus_spin = QSpinBox(ElectionRulesDialog)
        self.surplus_spin.setObjectName(u"surplus_spin")
        self.surplus_spin.setMinimum(0)
        self.surplus_spin.setMaximum(100)
        self.surplus_spin.setValue(10)

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.surplus_spin)


        self.dialog_layout.addLayout(self.fields_layout)

        self.explain_label = QLabel(ElectionRulesDialog)
        self.explain_label.setObjectName(u"explain_label")
        self.explain_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.explain_label)

        self.message_label = QLabel(ElectionRulesDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(ElectionRulesDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.quorum_label.setBuddy(self.quorum_combo)
        self.base_label.setBuddy(self.base_combo)
        self.surplus_label.setBuddy(self.surplus_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.quorum_combo, self.base_combo)
        QWidget.setTabOrder(self.base_combo, self.surplus_spin)

        self.retranslateUi(ElectionRulesDialog)

        QMetaObject.connectSlotsByName(ElectionRulesDialog)
    # setupUi

    def retranslateUi(self, ElectionRulesDialog):
        ElectionRulesDialog.setWindowTitle(QCoreApplication.translate("ElectionRulesDialog", u"\u9009\u4e3e\u89c4\u5219", None))
        self.hint_label.setText(QCoreApplication.translate("ElectionRulesDialog", u"\u672c\u533a\u5404\u793e\u533a\u9009\u4e3e\u5171\u7528\u7684\u89c4\u5219\uff1a\u672c\u9875\u7684\u8ba1\u7968\u7ed3\u679c\u3001\u547d\u4ee4\u884c\u7684\u8ba1\u7968\u548c\u62a5\u544a\u5355\u3001\u786e\u8ba4\u5f53\u9009\u90fd\u6309\u8fd9\u91cc\u7684\u89c4\u5219\u8ba1\u7b97\u3002", None))
        self.quorum_label.setText(QCoreApplication.translate("ElectionRulesDialog", u"\u4f1a\u8bae\u6709\u6548", None))
        self.base_label.setText(QCoreApplication.translate("ElectionRulesDialog", u"\u5f53\u9009\u7968\u6570\u57fa\u6570", None))
        self.surplus_label.setText(QCoreApplication.translate("ElectionRulesDialog", u"\u5dee\u989d\u6bd4\u4f8b", None))
        self.surplus_spin.setSuffix(QCoreApplication.translate("ElectionRulesDialog", u"%", None))
        self.explain_label.setText("")
        self.message_label.setText("")
    # retranslateUi

