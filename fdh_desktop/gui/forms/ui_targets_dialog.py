# GENERATED FILE, DO NOT EDIT: compiled from ui/targets_dialog.ui by
# `python -m fdh_desktop.gui.build_forms` (pyside6-uic). Edit the .ui file and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'targets_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_TargetsDialog(object):
    def setupUi(self, TargetsDialog):
        if not TargetsDialog.objectName():
            TargetsDialog.setObjectName(u"TargetsDialog")
        TargetsDialog.resize(620, 360)
        self.dialog_layout = QVBoxLayout(TargetsDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.hint_label = QLabel(TargetsDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint_label)

        self.targets_table = QTableWidget(TargetsDialog)
        if (self.targets_table.columnCount() < 3):
            self.targets_table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.targets_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.targets_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.targets_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.targets_table.setObjectName(u"targets_table")
        self.targets_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.targets_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.targets_table.setColumnCount(3)
        self.targets_table.horizontalHeader().setStretchLastSection(True)

        self.dialog_layout.addWidget(self.targets_table)

        self.row_buttons_layout = QHBoxLayout()
        self.row_buttons_layout.setObjectName(u"row_buttons_layout")
        self.add_button = QPushButton(TargetsDialog)
        self.add_button.setObjectName(u"add_button")

        self.row_buttons_layout.addWidget(self.add_button)

        self.remove_button = QPushButton(TargetsDialog)
        self.remove_button.setObjectName(u"remove_button")

        self.row_buttons_layout.addWidget(self.remove_button)

        self.defaults_button = QPushButton(TargetsDialog)
        self.defaults_button.setObjectName(u"defaults_button")

        self.row_buttons_layout.addWidget(self.defaults_button)

        self.row_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.row_buttons_layout.addItem(self.row_buttons_spacer)


        self.dialog_layout.addLayout(self.row_buttons_layout)

        self.button_box = QDialogButtonBox(TargetsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(TargetsDialog)

        QMetaObject.connectSlotsByName(TargetsDialog)
    # setupUi

    def retranslateUi(self, TargetsDialog):
        TargetsDialog.setWindowTitle(QCoreApplication.translate("TargetsDialog", u"\u76ee\u6807\u8bbe\u7f6e", None))
        self.hint_label.setText(QCoreApplication.translate("TargetsDialog", u"\u533a\u91cc\u5bf9\u793e\u533a\u5987\u8054\u6362\u5c4a\u63d0\u51fa\u7684\u76ee\u6807\uff1a\u6bcf\u9879\u5728\u7edf\u8ba1\u9875\u7684\u68c0\u67e5\u680f\u548c\u6253\u5370\u7684\u7edf\u8ba1\u8868\u4e2d\u663e\u793a\u662f\u5426\u8fbe\u5230\uff0c\u5e76\u5217\u51fa\u672a\u8fbe\u5230\u7684\u793e\u533a\u3002\u76ee\u6807\u503c\u662f\u8fbe\u5230\u8be5\u9879\u7684\u4eba\u6570\uff08\u6216\u793e\u533a\u6570\uff09\u6240\u5360\u7684\u6700\u4f4e\u767e\u5206\u6bd4\u3002", None))
        ___qtablewidgetitem = self.targets_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("TargetsDialog", u"\u9879\u76ee", None))
        ___qtablewidgetitem1 = self.targets_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("TargetsDialog", u"\u76ee\u6807\u503c\uff08%\uff09", None))
        ___qtablewidgetitem2 = self.targets_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("TargetsDialog", u"\u663e\u793a\u540d\u79f0\uff08\u53ef\u4e0d\u586b\uff09", None))
        self.add_button.setText(QCoreApplication.translate("TargetsDialog", u"\u6dfb\u52a0\u76ee\u6807", None))
        self.remove_button.setText(QCoreApplication.translate("TargetsDialog", u"\u5220\u9664\u6240\u9009", None))
        self.defaults_button.setText(QCoreApplication.translate("TargetsDialog", u"\u6062\u590d\u9ed8\u8ba4", None))
    # retranslateUi

