# GENERATED FILE, DO NOT EDIT: compiled from ui/election_page.ui by
# `python -m fdh_desktop.gui.build_forms` (pyside6-uic). Edit the .ui file and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'election_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_ElectionPage(object):
    def setupUi(self, ElectionPage):
        if not ElectionPage.objectName():
            ElectionPage.setObjectName(u"ElectionPage")
        ElectionPage.resize(1340, 640)
        self.page_layout = QVBoxLayout(ElectionPage)
        self.page_layout.setObjectName(u"page_layout")
        self.heading_label = QLabel(ElectionPage)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setWordWrap(True)

        self.page_layout.addWidget(self.heading_label)

        self.top_layout = QHBoxLayout()
        self.top_layout.setObjectName(u"top_layout")
        self.meeting_group = QGroupBox(ElectionPage)
        self.meeting_group.setObjectName(u"meeting_group")
        self.meeting_layout = QFormLayout(self.meeting_group)
        self.meeting_layout.setObjectName(u"meeting_layout")
        self.meeting_name_label = QLabel(self.meeting_group)
        self.meeting_name_label.setObjectName(u"meeting_name_label")

        self.meeting_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.meeting_name_label)

        self.meeting_name_value_label = QLabel(self.meeting_group)
        self.meeting_name_value_label.setObjectName(u"meeting_name_value_label")
        self.meeting_name_value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meeting_name_value_label.setWordWrap(True)

        self.meeting_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.meeting_name_value_label)

        self.meeting_date_label = QLabel(self.meeting_group)
        self.meeting_date_label.setObjectName(u"meeting_date_label")

        self.meeting_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.meeting_date_label)

        self.meeting_date_value_label = QLabel(self.meeting_group)
        self.meeting_date_value_label.setObjectName(u"meeting_date_value_label")
        self.meeting_date_value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meeting_date_value_label.setWordWrap(True)

        self.meeting_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.meeting_date_value_label)

        self.attendance_label = QLabel(self.meeting_group)
        self.attendance_label.setObjectName(u"attendance_label")

        self.meeting_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.attendance_label)

        self.attendance_value_label = QLabel(self.meeting_group)
        self.attendance_value_label.setObjectName(u"attendance_value_label")
        self.attendance_value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attendance_value_label.setWordWrap(True)

        self.meeting_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.attendance_value_label)

        self.methods_label = QLabel(self.meeting_group)
        self.methods_label.setObjectName(u"methods_label")

        self.meeting_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.methods_label)

        self.methods_value_label = QLabel(self.meeting_group)
        self.methods_value_label.setObjectName(u"methods_value_label")
        self.methods_value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.methods_value_label.setWordWrap(True)

        self.meeting_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.methods_value_label)

        self.supervisors_label = QLabel(self.meeting_group)
        self.supervisors_label.setObjectName(u"supervisors_label")

        self.meeting_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.supervisors_label)

        self.supervisors_value_label = QLabel(self.meeting_group)
        self.supervisors_value_label.setObjectName(u"supervisors_value_label")
        self.supervisors_value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.supervisors_value_label.setWordWrap(True)

        self.meeting_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.supervisors_value_label)

        self.host_label = QLabel(self.meeting_group)
        self.host_label.setObjectName(u"host_label")

        self.meeting_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.host_label)

        self.host_value_label = QLabel(self.meeting_group)
        self.host_value_label.setObjectName(u"host_value_label")
        self.host_value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.host_value_label.setWordWrap(True)

        self.meeting_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.host_value_label)


        self.top_layout.addWidget(self.meeting_group)

        self.counts_group = QGroupBox(ElectionPage)
        self.counts_group.setObjectName(u"counts_group")
        self.counts_layout = QFormLayout(self.counts_group)
        self.counts_layout.setObjectName(u"counts_layout")
        self.round_label = QLabel(self.counts_group)
        self.round_label.setObjectName(u"round_label")

        self.counts_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.round_label)

        self.round_combo = QComboBox(self.counts_group)
        self.round_combo.setObjectName(u"round_combo")

        self.counts_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.round_combo)

        self.issued_label = QLabel(self.counts_group)
        self.issued_label.setObjectName(u"issued_label")

        self.counts_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.issued_label)

        self.issued_spin = QSpinBox(self.counts_group)
        self.issued_spin.setObjectName(u"issued_spin")
        self.issued_spin.setMinimum(-1)
        self.issued_spin.setMaximum(99999)
        self.issued_spin.setValue(-1)

        self.counts_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.issued_spin)

        self.returned_label = QLabel(self.counts_group)
        self.returned_label.setObjectName(u"returned_label")

        self.counts_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.returned_label)

        self.returned_spin = QSpinBox(self.counts_group)
        self.returned_spin.setObjectName(u"returned_spin")
        self.returned_spin.setMinimum(-1)
        self.returned_spin.setMaximum(99999)
        self.returned_spin.setValue(-1)

        self.counts_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.returned_spin)

        self.valid_label = QLabel(self.counts_group)
        self.valid_label.setObjectName(u"valid_label")

        self.counts_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.valid_label)

        self.valid_spin = QSpinBox(self.counts_group)
        self.valid_spin.setObjectName(u"valid_spin")
        self.valid_spin.setMinimum(-1)
        self.valid_spin.setMaximum(99999)
        self.valid_spin.setValue(-1)

        self.counts_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.valid_spin)

        self.invalid_label = QLabel(self.counts_group)
        self.invalid_label.setObjectName(u"invalid_label")

        self.counts_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.invalid_label)

        self.invalid_spin = QSpinBox(self.counts_group)
        self.invalid_spin.setObjectName(u"invalid_spin")
        self.invalid_spin.setMinimum(-1)
        self.invalid_spin.setMaximum(99999)
        self.invalid_spin.setValue(-1)

        self.counts_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.invalid_spin)


        self.top_layout.addWidget(self.counts_group)

        self.top_layout.setStretch(0, 3)
        self.top_layout.setStretch(1, 2)

        self.page_layout.addLayout(self.top_layout)

        self.main_splitter = QSplitter(ElectionPage)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.tally_view = QTableView(self.main_splitter)
        self.tally_view.setObjectName(u"tally_view")
        self.tally_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tally_view.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.main_splitter.addWidget(self.tally_view)
        self.verdict_panel = QWidget(self.main_splitter)
        self.verdict_panel.setObjectName(u"verdict_panel")
        self.verdict_layout = QVBoxLayout(self.verdict_panel)
        self.verdict_layout.setObjectName(u"verdict_layout")
        self.verdict_layout.setContentsMargins(0, 0, 0, 0)
        self.verdict_label = QLabel(self.verdict_panel)
        self.verdict_label.setObjectName(u"verdict_label")

        self.verdict_layout.addWidget(self.verdict_label)

        self.verdict_list = QListWidget(self.verdict_panel)
        self.verdict_list.setObjectName(u"verdict_list")
        self.verdict_list.setWordWrap(True)

        self.verdict_layout.addWidget(self.verdict_list)

        self.main_splitter.addWidget(self.verdict_panel)

        self.page_layout.addWidget(self.main_splitter)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.paper_label = QLabel(ElectionPage)
        self.paper_label.setObjectName(u"paper_label")

        self.button_layout.addWidget(self.paper_label)

        self.paper_combo = QComboBox(ElectionPage)
        self.paper_combo.setObjectName(u"paper_combo")

        self.button_layout.addWidget(self.paper_combo)

        self.copies_label = QLabel(ElectionPage)
        self.copies_label.setObjectName(u"copies_label")

        self.button_layout.addWidget(self.copies_label)

        self.copies_spin = QSpinBox(ElectionPage)
        self.copies_spin.setObjectName(u"copies_spin")
        self.copies_spin.setMinimum(1)
        self.copies_spin.setMaximum(999)

        self.button_layout.addWidget(self.copies_spin)

        self.ballot_button = QPushButton(ElectionPage)
        self.ballot_button.setObjectName(u"ballot_button")

        self.button_layout.addWidget(self.ballot_button)

        self.ballot_pdf_button = QPushButton(ElectionPage)
        self.ballot_pdf_button.setObjectName(u"ballot_pdf_button")

        self.button_layout.addWidget(self.ballot_pdf_button)

        self.report_button = QPushButton(ElectionPage)
        self.report_button.setObjectName(u"report_button")

        self.button_layout.addWidget(self.report_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.save_button = QPushButton(ElectionPage)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)

        self.confirm_button = QPushButton(ElectionPage)
        self.confirm_button.setObjectName(u"confirm_button")

        self.button_layout.addWidget(self.confirm_button)


        self.page_layout.addLayout(self.button_layout)

        self.status_label = QLabel(ElectionPage)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setWordWrap(True)

        self.page_layout.addWidget(self.status_label)

        self.page_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.round_label.setBuddy(self.round_combo)
        self.issued_label.setBuddy(self.issued_spin)
        self.returned_label.setBuddy(self.returned_spin)
        self.valid_label.setBuddy(self.valid_spin)
        self.invalid_label.setBuddy(self.invalid_spin)
        self.verdict_label.setBuddy(self.verdict_list)
        self.paper_label.setBuddy(self.paper_combo)
        self.copies_label.setBuddy(self.copies_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.round_combo, self.issued_spin)
        QWidget.setTabOrder(self.issued_spin, self.returned_spin)
        QWidget.setTabOrder(self.returned_spin, self.valid_spin)
        QWidget.setTabOrder(self.valid_spin, self.invalid_spin)
        QWidget.setTabOrder(self.invalid_spin, self.tally_view)
        QWidget.setTabOrder(self.tally_view, self.save_button)

        self.retranslateUi(ElectionPage)

        QMetaObject.connectSlotsByName(ElectionPage)
    # setupUi

    def retranslateUi(self, ElectionPage):
        self.heading_label.setText("")
        self.meeting_group.setTitle(QCoreApplication.translate("ElectionPage", u"\u4f1a\u8bae", None))
        self.meeting_name_label.setText(QCoreApplication.translate("ElectionPage", u"\u4f1a\u8bae", None))
        self.meeting_name_value_label.setText("")
        self.meeting_date_label.setText(QCoreApplication.translate("ElectionPage", u"\u65e5\u671f", None))
        self.meeting_date_value_label.setText("")
        self.attendance_label.setText(QCoreApplication.translate("ElectionPage", u"\u5e94\u5230/\u5b9e\u5230", None))
        self.attendance_value_label.setText("")
        self.methods_label.setText(QCoreApplication.translate("ElectionPage", u"\u8868\u51b3/\u9009\u4e3e\u65b9\u5f0f", None))
        self.methods_value_label.setText("")
        self.supervisors_label.setText(QCoreApplication.translate("ElectionPage", u"\u76d1\u7968\u8ba1\u7968", None))
        self.supervisors_value_label.setText("")
        self.host_label.setText(QCoreApplication.translate("ElectionPage", u"\u4e3b\u6301\u4eba", None))
        self.host_value_label.setText("")
        self.counts_group.setTitle(QCoreApplication.translate("ElectionPage", u"\u672c\u8f6e\u9009\u7968", None))
        self.round_label.setText(QCoreApplication.translate("ElectionPage", u"\u8f6e\u6b21", None))
        self.issued_label.setText(QCoreApplication.translate("ElectionPage", u"\u53d1\u51fa\u9009\u7968", None))
        self.returned_label.setText(QCoreApplication.translate("ElectionPage", u"\u6536\u56de\u9009\u7968", None))
        self.valid_label.setText(QCoreApplication.translate("ElectionPage", u"\u6709\u6548\u7968", None))
        self.invalid_label.setText(QCoreApplication.translate("ElectionPage", u"\u65e0\u6548\u7968", None))
        self.verdict_label.setText(QCoreApplication.translate("ElectionPage", u"\u8ba1\u7968\u7ed3\u679c", None))
        self.paper_label.setText(QCoreApplication.translate("ElectionPage", u"\u7eb8\u5f20", None))
        self.copies_label.setText(QCoreApplication.translate("ElectionPage", u"\u4efd\u6570", None))
        self.ballot_button.setText(QCoreApplication.translate("ElectionPage", u"\u6253\u5370\u9009\u7968\u2026", None))
        self.ballot_pdf_button.setText(QCoreApplication.translate("ElectionPage", u"\u9009\u7968PDF\u2026", None))
        self.report_button.setText(QCoreApplication.translate("ElectionPage", u"\u9009\u4e3e\u7ed3\u679c\u62a5\u544a\u5355\u2026", None))
        self.save_button.setText(QCoreApplication.translate("ElectionPage", u"\u4fdd\u5b58\u8ba1\u7968", None))
        self.confirm_button.setText(QCoreApplication.translate("ElectionPage", u"\u786e\u8ba4\u5f53\u9009\u2026", None))
        self.status_label.setText("")
        pass
    # retranslateUi

