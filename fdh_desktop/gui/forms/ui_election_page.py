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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QSplitter,
    QTableView, QVBoxLayout, QWidget)

from fdh_desktop.gui.common.editors import OptionalDateEdit

class Ui_ElectionPage(object):
    def setupUi(self, ElectionPage):
        if not ElectionPage.objectName():
            ElectionPage.setObjectName(u"ElectionPage")
        ElectionPage.resize(1340, 640)
        self.page_layout = QVBoxLayout(ElectionPage)
        self.page_layout.setObjectName(u"page_layout")
        self.heading_layout = QHBoxLayout()
        self.heading_layout.setObjectName(u"heading_layout")
        self.heading_label = QLabel(ElectionPage)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setWordWrap(True)

        self.heading_layout.addWidget(self.heading_label)

        self.new_election_button = QPushButton(ElectionPage)
        self.new_election_button.setObjectName(u"new_election_button")

        self.heading_layout.addWidget(self.new_election_button)

        self.rules_button = QPushButton(ElectionPage)
        self.rules_button.setObjectName(u"rules_button")

        self.heading_layout.addWidget(self.rules_button)

        self.heading_layout.setStretch(0, 1)

        self.page_layout.addLayout(self.heading_layout)

        self.top_layout = QHBoxLayout()
        self.top_layout.setObjectName(u"top_layout")
        self.meeting_group = QGroupBox(ElectionPage)
        self.meeting_group.setObjectName(u"meeting_group")
        self.meeting_layout = QGridLayout(self.meeting_group)
        self.meeting_layout.setObjectName(u"meeting_layout")
        self.meeting_name_label = QLabel(self.meeting_group)
        self.meeting_name_label.setObjectName(u"meeting_name_label")

        self.meeting_layout.addWidget(self.meeting_name_label, 0, 0, 1, 1)

        self.name_edit = QLineEdit(self.meeting_group)
        self.name_edit.setObjectName(u"name_edit")

        self.meeting_layout.addWidget(self.name_edit, 0, 1, 1, 1)

        self.meeting_date_label = QLabel(self.meeting_group)
        self.meeting_date_label.setObjectName(u"meeting_date_label")

        self.meeting_layout.addWidget(self.meeting_date_label, 0, 2, 1, 1)

        self.date_edit = OptionalDateEdit(self.meeting_group)
        self.date_edit.setObjectName(u"date_edit")

        self.meeting_layout.addWidget(self.date_edit, 0, 3, 1, 1)

        self.expected_label = QLabel(self.meeting_group)
        self.expected_label.setObjectName(u"expected_label")

        self.meeting_layout.addWidget(self.expected_label, 1, 0, 1, 1)

        self.expected_spin = QSpinBox(self.meeting_group)
        self.expected_spin.setObjectName(u"expected_spin")
        self.expected_spin.setMinimum(0)
        self.expected_spin.setMaximum(99999)

        self.meeting_layout.addWidget(self.expected_spin, 1, 1, 1, 1)

        self.present_label = QLabel(self.meeting_group)
        self.present_label.setObjectName(u"present_label")

        self.meeting_layout.addWidget(self.present_label, 1, 2, 1, 1)

        self.present_spin = QSpinBox(self.meeting_group)
        self.present_spin.setObjectName(u"present_spin")
        self.present_spin.setMinimum(0)
        self.present_spin.setMaximum(99999)

        self.meeting_layout.addWidget(self.present_spin, 1, 3, 1, 1)

        self.voting_label = QLabel(self.meeting_group)
        self.voting_label.setObjectName(u"voting_label")

        self.meeting_layout.addWidget(self.voting_label, 2, 0, 1, 1)

        self.voting_combo = QComboBox(self.meeting_group)
        self.voting_combo.setObjectName(u"voting_combo")

        self.meeting_layout.addWidget(self.voting_combo, 2, 1, 1, 1)

        self.method_label = QLabel(self.meeting_group)
        self.method_label.setObjectName(u"method_label")

        self.meeting_layout.addWidget(self.method_label, 2, 2, 1, 1)

        self.method_combo = QComboBox(self.meeting_group)
        self.method_combo.setObjectName(u"method_combo")

        self.meeting_layout.addWidget(self.method_combo, 2, 3, 1, 1)

        self.host_label = QLabel(self.meeting_group)
        self.host_label.setObjectName(u"host_label")

        self.meeting_layout.addWidget(self.host_label, 3, 0, 1, 1)

        self.host_edit = QLineEdit(self.meeting_group)
        self.host_edit.setObjectName(u"host_edit")

        self.meeting_layout.addWidget(self.host_edit, 3, 1, 1, 1)

        self.chief_label = QLabel(self.meeting_group)
        self.chief_label.setObjectName(u"chief_label")

        self.meeting_layout.addWidget(self.chief_label, 3, 2, 1, 1)

        self.chief_edit = QLineEdit(self.meeting_group)
        self.chief_edit.setObjectName(u"chief_edit")

        self.meeting_layout.addWidget(self.chief_edit, 3, 3, 1, 1)

        self.scrutineers_label = QLabel(self.meeting_group)
        self.scrutineers_label.setObjectName(u"scrutineers_label")

        self.meeting_layout.addWidget(self.scrutineers_label, 4, 0, 1, 1)

        self.scrutineers_edit = QLineEdit(self.meeting_group)
        self.scrutineers_edit.setObjectName(u"scrutineers_edit")

        self.meeting_layout.addWidget(self.scrutineers_edit, 4, 1, 1, 1)

        self.counters_label = QLabel(self.meeting_group)
        self.counters_label.setObjectName(u"counters_label")

        self.meeting_layout.addWidget(self.counters_label, 4, 2, 1, 1)

        self.counters_edit = QLineEdit(self.meeting_group)
        self.counters_edit.setObjectName(u"counters_edit")

        self.meeting_layout.addWidget(self.counters_edit, 4, 3, 1, 1)


        self.top_layout.addWidget(self.meeting_group)

        self.counts_group = QGroupBox(ElectionPage)
        self.counts_group.setObjectName(u"counts_group")
        self.counts_layout = QGridLayout(self.counts_group)
        self.counts_layout.setObjectName(u"counts_layout")
        self.round_label = QLabel(self.counts_group)
        self.round_label.setObjectName(u"round_label")

        self.counts_layout.addWidget(self.round_label, 0, 0, 1, 1)

        self.round_combo = QComboBox(self.counts_group)
        self.round_combo.setObjectName(u"round_combo")

        self.counts_layout.addWidget(self.round_combo, 0, 1, 1, 3)

        self.seats_label = QLabel(self.counts_group)
        self.seats_label.setObjectName(u"seats_label")

        self.counts_layout.addWidget(self.seats_label, 1, 0, 1, 1)

        self.seats_spin = QSpinBox(self.counts_group)
        self.seats_spin.setObjectName(u"seats_spin")
        self.seats_spin.setMinimum(0)
        self.seats_spin.setMaximum(999)

        self.counts_layout.addWidget(self.seats_spin, 1, 1, 1, 1)

        self.role_seats_label = QLabel(self.counts_group)
        self.role_seats_label.setObjectName(u"role_seats_label")

        self.counts_layout.addWidget(self.role_seats_label, 1, 2, 1, 1)

        self.role_seats_edit = QLineEdit(self.counts_group)
        self.role_seats_edit.setObjectName(u"role_seats_edit")

        self.counts_layout.addWidget(self.role_seats_edit, 1, 3, 1, 1)

        self.issued_label = QLabel(self.counts_group)
        self.issued_label.setObjectName(u"issued_label")

        self.counts_layout.addWidget(self.issued_label, 2, 0, 1, 1)

        self.issued_spin = QSpinBox(self.counts_group)
        self.issued_spin.setObjectName(u"issued_spin")
        self.issued_spin.setMinimum(-1)
        self.issued_spin.setMaximum(99999)
        self.issued_spin.setValue(-1)

        self.counts_layout.addWidget(self.issued_spin, 2, 1, 1, 1)

        self.returned_label = QLabel(self.counts_group)
        self.returned_label.setObjectName(u"returned_label")

        self.counts_layout.addWidget(self.returned_label, 2, 2, 1, 1)

        self.returned_spin = QSpinBox(self.counts_group)
        self.returned_spin.setObjectName(u"returned_spin")
        self.returned_spin.setMinimum(-1)
        self.returned_spin.setMaximum(99999)
        self.returned_spin.setValue(-1)

        self.counts_layout.addWidget(self.returned_spin, 2, 3, 1, 1)

        self.valid_label = QLabel(self.counts_group)
        self.valid_label.setObjectName(u"valid_label")

        self.counts_layout.addWidget(self.valid_label, 3, 0, 1, 1)

        self.valid_spin = QSpinBox(self.counts_group)
        self.valid_spin.setObjectName(u"valid_spin")
        self.valid_spin.setMinimum(-1)
        self.valid_spin.setMaximum(99999)
        self.valid_spin.setValue(-1)

        self.counts_layout.addWidget(self.valid_spin, 3, 1, 1, 1)

        self.invalid_label = QLabel(self.counts_group)
        self.invalid_label.setObjectName(u"invalid_label")

        self.counts_layout.addWidget(self.invalid_label, 3, 2, 1, 1)

        self.invalid_spin = QSpinBox(self.counts_group)
        self.invalid_spin.setObjectName(u"invalid_spin")
        self.invalid_spin.setMinimum(-1)
        self.invalid_spin.setMaximum(99999)
        self.invalid_spin.setValue(-1)

        self.counts_layout.addWidget(self.invalid_spin, 3, 3, 1, 1)


        self.top_layout.addWidget(self.counts_group)

        self.top_layout.setStretch(0, 3)
        self.top_layout.setStretch(1, 2)

        self.page_layout.addLayout(self.top_layout)

        self.main_splitter = QSplitter(ElectionPage)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.candidates_panel = QWidget(self.main_splitter)
        self.candidates_panel.setObjectName(u"candidates_panel")
        self.candidates_layout = QVBoxLayout(self.candidates_panel)
        self.candidates_layout.setObjectName(u"candidates_layout")
        self.candidates_layout.setContentsMargins(0, 0, 0, 0)
        self.tally_view = QTableView(self.candidates_panel)
        self.tally_view.setObjectName(u"tally_view")
        self.tally_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tally_view.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)

        self.candidates_layout.addWidget(self.tally_view)

        self.candidate_button_layout = QHBoxLayout()
        self.candidate_button_layout.setObjectName(u"candidate_button_layout")
        self.add_candidate_button = QPushButton(self.candidates_panel)
        self.add_candidate_button.setObjectName(u"add_candidate_button")

        self.candidate_button_layout.addWidget(self.add_candidate_button)

        self.edit_candidate_button = QPushButton(self.candidates_panel)
        self.edit_candidate_button.setObjectName(u"edit_candidate_button")

        self.candidate_button_layout.addWidget(self.edit_candidate_button)

        self.remove_candidate_button = QPushButton(self.candidates_panel)
        self.remove_candidate_button.setObjectName(u"remove_candidate_button")

        self.candidate_button_layout.addWidget(self.remove_candidate_button)

        self.pick_candidates_button = QPushButton(self.candidates_panel)
        self.pick_candidates_button.setObjectName(u"pick_candidates_button")

        self.candidate_button_layout.addWidget(self.pick_candidates_button)

        self.candidate_button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.candidate_button_layout.addItem(self.candidate_button_spacer)


        self.candidates_layout.addLayout(self.candidate_button_layout)

        self.main_splitter.addWidget(self.candidates_panel)
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
        self.meeting_name_label.setBuddy(self.name_edit)
        self.meeting_date_label.setBuddy(self.date_edit)
        self.expected_label.setBuddy(self.expected_spin)
        self.present_label.setBuddy(self.present_spin)
        self.voting_label.setBuddy(self.voting_combo)
        self.method_label.setBuddy(self.method_combo)
        self.host_label.setBuddy(self.host_edit)
        self.chief_label.setBuddy(self.chief_edit)
        self.scrutineers_label.setBuddy(self.scrutineers_edit)
        self.counters_label.setBuddy(self.counters_edit)
        self.round_label.setBuddy(self.round_combo)
        self.seats_label.setBuddy(self.seats_spin)
        self.role_seats_label.setBuddy(self.role_seats_edit)
        self.issued_label.setBuddy(self.issued_spin)
        self.returned_label.setBuddy(self.returned_spin)
        self.valid_label.setBuddy(self.valid_spin)
        self.invalid_label.setBuddy(self.invalid_spin)
        self.verdict_label.setBuddy(self.verdict_list)
        self.paper_label.setBuddy(self.paper_combo)
        self.copies_label.setBuddy(self.copies_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.expected_spin)
        QWidget.setTabOrder(self.expected_spin, self.present_spin)
        QWidget.setTabOrder(self.present_spin, self.voting_combo)
        QWidget.setTabOrder(self.voting_combo, self.method_combo)
        QWidget.setTabOrder(self.method_combo, self.host_edit)
        QWidget.setTabOrder(self.host_edit, self.chief_edit)
        QWidget.setTabOrder(self.chief_edit, self.scrutineers_edit)
        QWidget.setTabOrder(self.scrutineers_edit, self.counters_edit)
        QWidget.setTabOrder(self.counters_edit, self.round_combo)
        QWidget.setTabOrder(self.round_combo, self.seats_spin)
        QWidget.setTabOrder(self.seats_spin, self.role_seats_edit)
        QWidget.setTabOrder(self.role_seats_edit, self.issued_spin)
        QWidget.setTabOrder(self.issued_spin, self.returned_spin)
        QWidget.setTabOrder(self.returned_spin, self.valid_spin)
        QWidget.setTabOrder(self.valid_spin, self.invalid_spin)
        QWidget.setTabOrder(self.invalid_spin, self.tally_view)
        QWidget.setTabOrder(self.tally_view, self.add_candidate_button)
        QWidget.setTabOrder(self.add_candidate_button, self.edit_candidate_button)
        QWidget.setTabOrder(self.edit_candidate_button, self.remove_candidate_button)
        QWidget.setTabOrder(self.remove_candidate_button, self.pick_candidates_button)
        QWidget.setTabOrder(self.pick_candidates_button, self.save_button)

        self.retranslateUi(ElectionPage)

        QMetaObject.connectSlotsByName(ElectionPage)
    # setupUi

    def retranslateUi(self, ElectionPage):
        self.heading_label.setText("")
        self.new_election_button.setText(QCoreApplication.translate("ElectionPage", u"\u65b0\u5efa\u9009\u4e3e", None))
        self.rules_button.setText(QCoreApplication.translate("ElectionPage", u"\u9009\u4e3e\u89c4\u5219\u2026", None))
        self.meeting_group.setTitle(QCoreApplication.translate("ElectionPage", u"\u4f1a\u8bae", None))
        self.meeting_name_label.setText(QCoreApplication.translate("ElectionPage", u"\u4f1a\u8bae\u540d\u79f0", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("ElectionPage", u"\u5982\uff1a\u67d0\u67d0\u8857\u9053\u67d0\u67d0\u793e\u533a\u7b2c\u4e03\u6b21\u5987\u5973\u4ee3\u8868\u5927\u4f1a", None))
        self.meeting_date_label.setText(QCoreApplication.translate("ElectionPage", u"\u65e5\u671f", None))
        self.expected_label.setText(QCoreApplication.translate("ElectionPage", u"\u5e94\u5230", None))
        self.present_label.setText(QCoreApplication.translate("ElectionPage", u"\u5b9e\u5230", None))
        self.voting_label.setText(QCoreApplication.translate("ElectionPage", u"\u8868\u51b3\u65b9\u5f0f", None))
        self.method_label.setText(QCoreApplication.translate("ElectionPage", u"\u9009\u4e3e\u65b9\u5f0f", None))
        self.host_label.setText(QCoreApplication.translate("ElectionPage", u"\u4e3b\u6301\u4eba", None))
        self.chief_label.setText(QCoreApplication.translate("ElectionPage", u"\u603b\u76d1\u7968\u4eba", None))
        self.scrutineers_label.setText(QCoreApplication.translate("ElectionPage", u"\u76d1\u7968\u4eba", None))
        self.scrutineers_edit.setPlaceholderText(QCoreApplication.translate("ElectionPage", u"\u591a\u4eba\u7528\u3001\u5206\u9694", None))
        self.counters_label.setText(QCoreApplication.translate("ElectionPage", u"\u8ba1\u7968\u4eba", None))
        self.counters_edit.setPlaceholderText(QCoreApplication.translate("ElectionPage", u"\u591a\u4eba\u7528\u3001\u5206\u9694", None))
        self.counts_group.setTitle(QCoreApplication.translate("ElectionPage", u"\u672c\u8f6e", None))
        self.round_label.setText(QCoreApplication.translate("ElectionPage", u"\u8f6e\u6b21", None))
        self.seats_label.setText(QCoreApplication.translate("ElectionPage", u"\u5e94\u9009\u540d\u989d", None))
        self.role_seats_label.setText(QCoreApplication.translate("ElectionPage", u"\u804c\u52a1\u540d\u989d", None))
        self.role_seats_edit.setPlaceholderText(QCoreApplication.translate("ElectionPage", u"\u5982\uff1a\u4e3b\u4efb1\u3001\u526f\u4e3b\u4efb2\u3001\u59d4\u54584", None))
        self.issued_label.setText(QCoreApplication.translate("ElectionPage", u"\u53d1\u51fa\u9009\u7968", None))
        self.returned_label.setText(QCoreApplication.translate("ElectionPage", u"\u6536\u56de\u9009\u7968", None))
        self.valid_label.setText(QCoreApplication.translate("ElectionPage", u"\u6709\u6548\u7968", None))
        self.invalid_label.setText(QCoreApplication.translate("ElectionPage", u"\u65e0\u6548\u7968", None))
        self.add_candidate_button.setText(QCoreApplication.translate("ElectionPage", u"\u6dfb\u52a0\u5019\u9009\u4eba\u2026", None))
        self.edit_candidate_button.setText(QCoreApplication.translate("ElectionPage", u"\u4fee\u6539\u5019\u9009\u4eba\u2026", None))
        self.remove_candidate_button.setText(QCoreApplication.translate("ElectionPage", u"\u5220\u9664\u5019\u9009\u4eba", None))
        self.pick_candidates_button.setText(QCoreApplication.translate("ElectionPage", u"\u4ece\u4e0a\u5c4a\u73ed\u5b50\u9009\u53d6\u2026", None))
        self.verdict_label.setText(QCoreApplication.translate("ElectionPage", u"\u68c0\u67e5\u4e0e\u8ba1\u7968\u7ed3\u679c", None))
        self.paper_label.setText(QCoreApplication.translate("ElectionPage", u"\u7eb8\u5f20", None))
        self.copies_label.setText(QCoreApplication.translate("ElectionPage", u"\u4efd\u6570", None))
        self.ballot_button.setText(QCoreApplication.translate("ElectionPage", u"\u6253\u5370\u9009\u7968\u2026", None))
        self.ballot_pdf_button.setText(QCoreApplication.translate("ElectionPage", u"\u9009\u7968PDF\u2026", None))
        self.report_button.setText(QCoreApplication.translate("ElectionPage", u"\u9009\u4e3e\u7ed3\u679c\u62a5\u544a\u5355\u2026", None))
        self.save_button.setText(QCoreApplication.translate("ElectionPage", u"\u4fdd\u5b58", None))
        self.confirm_button.setText(QCoreApplication.translate("ElectionPage", u"\u786e\u8ba4\u5f53\u9009\u2026", None))
        self.status_label.setText("")
        pass
    # retranslateUi

