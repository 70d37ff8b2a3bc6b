# GENERATED FILE, DO NOT EDIT: compiled from ui/district_panel.ui by
# `python -m fdh_desktop.gui.build_forms` (pyside6-uic). Edit the .ui file and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'district_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QToolButton, QTreeView, QVBoxLayout, QWidget)

class Ui_DistrictPanel(object):
    def setupUi(self, DistrictPanel):
        if not DistrictPanel.objectName():
            DistrictPanel.setObjectName(u"DistrictPanel")
        DistrictPanel.resize(260, 600)
        self.panel_layout = QVBoxLayout(DistrictPanel)
        self.panel_layout.setObjectName(u"panel_layout")
        self.panel_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_edit = QLineEdit(DistrictPanel)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setClearButtonEnabled(True)

        self.panel_layout.addWidget(self.filter_edit)

        self.district_tree = QTreeView(DistrictPanel)
        self.district_tree.setObjectName(u"district_tree")
        self.district_tree.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.district_tree.setUniformRowHeights(True)
        self.district_tree.setHeaderHidden(True)
        self.district_tree.setContextMenuPolicy(Qt.CustomContextMenu)

        self.panel_layout.addWidget(self.district_tree)

        self.legend_label = QLabel(DistrictPanel)
        self.legend_label.setObjectName(u"legend_label")
        self.legend_label.setText(u"")
        self.legend_label.setWordWrap(True)

        self.panel_layout.addWidget(self.legend_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.add_button = QToolButton(DistrictPanel)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setPopupMode(QToolButton.InstantPopup)
        self.add_button.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.buttons_layout.addWidget(self.add_button)

        self.edit_button = QToolButton(DistrictPanel)
        self.edit_button.setObjectName(u"edit_button")
        self.edit_button.setPopupMode(QToolButton.InstantPopup)
        self.edit_button.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.buttons_layout.addWidget(self.edit_button)

        self.remove_button = QToolButton(DistrictPanel)
        self.remove_button.setObjectName(u"remove_button")
        self.remove_button.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.buttons_layout.addWidget(self.remove_button)

        self.buttons_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)


        self.panel_layout.addLayout(self.buttons_layout)

        QWidget.setTabOrder(self.filter_edit, self.district_tree)
        QWidget.setTabOrder(self.district_tree, self.add_button)
        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.remove_button)

        self.retranslateUi(DistrictPanel)

        QMetaObject.connectSlotsByName(DistrictPanel)
    # setupUi

    def retranslateUi(self, DistrictPanel):
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("DistrictPanel", u"\u7b5b\u9009\u8857\u9053\u6216\u793e\u533a\uff08Ctrl+F\uff09", None))
#if QT_CONFIG(tooltip)
        self.filter_edit.setToolTip(QCoreApplication.translate("DistrictPanel", u"\u8f93\u5165\u8857\u9053\u6216\u793e\u533a\u540d\u79f0\u7684\u4efb\u610f\u4e00\u90e8\u5206\uff0c\u5982\u201c\u725b\u8857\u201d\uff1b\u6309\u2193\u952e\u8fdb\u5165\u5217\u8868", None))
#endif // QT_CONFIG(tooltip)
        self.add_button.setText(QCoreApplication.translate("DistrictPanel", u"\u65b0\u589e", None))
        self.edit_button.setText(QCoreApplication.translate("DistrictPanel", u"\u4fee\u6539", None))
        self.remove_button.setText(QCoreApplication.translate("DistrictPanel", u"\u5220\u9664", None))
        pass
    # retranslateUi

