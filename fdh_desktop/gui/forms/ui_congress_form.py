# GENERATED FILE, DO NOT EDIT: compiled from ui/congress_form.ui by
# `python -m fdh_desktop.gui.build_forms` (pyside6-uic). Edit the .ui file and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'congress_form.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QTableView, QVBoxLayout, QWidget)

from fdh_desktop.gui.common.editors import (OptionalDateEdit, OptionalSpinBox, VocabComboBox)
from fdh_desktop.gui.entry.members_table import MembersTableView

class Ui_CongressForm(object):
    def setupUi(self, CongressForm):
        if not CongressForm.objectName():
            CongressForm.setObjectName(u"CongressForm")
        CongressForm.resize(1000, 620)
        self.form_layout = QVBoxLayout(CongressForm)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.form_stack = QStackedWidget(CongressForm)
        self.form_stack.setObjectName(u"form_stack")
        self.empty_page = QWidget()
        self.empty_page.setObjectName(u"empty_page")
        self.empty_layout = QVBoxLayout(self.empty_page)
        self.empty_layout.setObjectName(u"empty_layout")
        self.empty_label = QLabel(self.empty_page)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setAlignment(Qt.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.empty_layout.addWidget(self.empty_label)

        self.form_stack.addWidget(self.empty_page)
        self.edit_page = QWidget()
        self.edit_page.setObjectName(u"edit_page")
        self.edit_layout = QVBoxLayout(self.edit_page)
        self.edit_layout.setObjectName(u"edit_layout")
        self.edit_layout.setContentsMargins(0, 0, 0, 0)
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.title_label = QLabel(self.edit_page)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setText(u"")
        self.title_label.setTextFormat(Qt.PlainText)

        self.header_layout.addWidget(self.title_label)

        self.state_label = QLabel(self.edit_page)
        self.state_label.setObjectName(u"state_label")
        self.state_label.setText(u"")

        self.header_layout.addWidget(self.state_label)

        self.header_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.revert_button = QPushButton(self.edit_page)
        self.revert_button.setObjectName(u"revert_button")

        self.header_layout.addWidget(self.revert_button)

        self.save_button = QPushButton(self.edit_page)
        self.save_button.setObjectName(u"save_button")

        self.header_layout.addWidget(self.save_button)


        self.edit_layout.addLayout(self.header_layout)

        self.congress_group = QGroupBox(self.edit_page)
        self.congress_group.setObjectName(u"congress_group")
        self.congress_grid = QGridLayout(self.congress_group)
        self.congress_grid.setObjectName(u"congress_grid")
        self.congress_grid.setHorizontalSpacing(8)
        self.congress_grid.setVerticalSpacing(6)
        self.should_establish_label = QLabel(self.congress_group)
        self.should_establish_label.setObjectName(u"should_establish_label")
        self.should_establish_label.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.congress_grid.addWidget(self.should_establish_label, 0, 0, 1, 1)

        self.should_establish_combo = VocabComboBox(self.congress_group)
        self.should_establish_combo.setObjectName(u"should_establish_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.should_establish_combo.sizePolicy().hasHeightForWidth())
        self.should_establish_combo.setSizePolicy(sizePolicy)

        self.congress_grid.addWidget(self.should_establish_combo, 0, 1, 1, 1)

        self.established_label = QLabel(self.congress_group)
        self.established_label.setObjectName(u"established_label")
        self.established_label.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.congress_grid.addWidget(self.established_label, 0, 2, 1, 1)

        self.established_combo = VocabComboBox(self.congress_group)
        self.established_combo.setObjectName(u"established_combo")
        sizePolicy.setHeightForWidth(self.established_combo.sizePolicy().hasHeightForWidth())
        self.established_combo.setSizePolicy(sizePolicy)

        self.congress_grid.addWidget(self.established_combo, 0, 3, 1, 1)

        self.progress_label = QLabel(self.congress_group)
        self.progress_label.setObjectName(u"progress_label")
        self.progress_label.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.congress_grid.addWidget(self.progress_label, 0, 4, 1, 1)

        self.progress_combo = VocabComboBox(self.congress_group)
        self.progress_combo.setObjectName(u"progress_combo")
        sizePolicy.setHeightForWidth(self.progress_combo.sizePolicy().hasHeightForWidth())
        self.progress_combo.setSizePolicy(sizePolicy)

        self.congress_grid.addWidget(self.progress_combo, 0, 5, 1, 1)

        self.election_date_label = QLabel(self.congress_group)
        self.election_date_label.setObjectName(u"election_date_label")
        self.election_date_label.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.congress_grid.addWidget(self.election_date_label, 1, 0, 1, 1)

        self.election_date_edit = OptionalDateEdit(self.congress_group)
        self.election_date_edit.setObjectName(u"election_date_edit")
        sizePolicy.setHeightForWidth(self.election_date_edit.sizePolicy().hasHeightForWidth())
        self.election_date_edit.setSizePolicy(sizePolicy)

        self.congress_grid.addWidget(self.election_date_edit, 1, 1, 1, 1)

        self.election_method_label = QLabel(self.congress_group)
        self.election_method_label.setObjectName(u"election_method_label")
        self.election_method_label.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.congress_grid.addWidget(self.election_method_label, 1, 2, 1, 1)

        self.election_method_combo = VocabComboBox(self.congress_group)
        self.election_method_combo.setObjectName(u"election_method_combo")
        sizePolicy.setHeightForWidth(self.election_method_combo.sizePolicy().hasHeightForWidth())
        self.election_method_combo.setSizePolicy(sizePolicy)

        self.congress_grid.addWidget(self.election_method_combo, 1, 3, 1, 1)

        self.voting_method_label = QLabel(self.congress_group)
        self.voting_method_label.setObjectName(u"voting_method_label")
        self.voting_method_label.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.congress_grid.addWidget(self.voting_method_label, 1, 4, 1, 1)

        self.voting_method_combo = VocabComboBox(self.congress_group)
        self.voting_method_combo.setObjectName(u"voting_method_combo")
        sizePolicy.setHeightForWidth(self.voting_method_combo.sizePolicy().hasHeightForWidth())
        self.voting_method_combo.setSizePolicy(sizePolicy)

        self.congress_grid.addWidget(self.voting_method_combo, 1, 5, 1, 1)

        self.reps_total_label = QLabel(self.congress_group)
        self.reps_total_label.setObjectName(u"reps_total_label")
        self.reps_total_label.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.congress_grid.addWidget(self.reps_total_label, 2, 0, 1, 1)

        self.reps_total_spin = OptionalSpinBox(self.congress_group)
        self.reps_total_spin.setObjectName(u"reps_total_spin")
        sizePolicy.setHeightForWidth(self.reps_total_spin.sizePolicy().hasHeightForWidth())
        self.reps_total_spin.setSizePolicy(sizePolicy)

        self.congress_grid.addWidget(self.reps_total_spin, 2, 1, 1, 1)

        self.reps_units_label = QLabel(self.congress_group)
        self.reps_units_label.setObjectName(u"reps_units_label")
        self.reps_units_label.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.congress_grid.addWidget(self.reps_units_label, 2, 2, 1, 1)

        self.reps_units_spin = OptionalSpinBox(self.congress_group)
        self.reps_units_spin.setObjectName(u"reps_units_spin")
        sizePolicy.setHeightForWidth(self.reps_units_spin.sizePolicy().hasHeightForWidth())
        self.reps_units_spin.setSizePolicy(sizePolicy)

        self.congress_grid.addWidget(self.reps_units_spin, 2, 3, 1, 1)

        self.reps_migrants_label = QLabel(self.congress_group)
        self.reps_migrants_label.setObjectName(u"reps_migrants_label")
        self.reps_migrants_label.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.congress_grid.addWidget(self.reps_migrants_label, 2, 4, 1, 1)

        self.reps_migrants_spin = OptionalSpinBox(self.congress_group)
        self.reps_migrants_spin.setObjectName(u"reps_migrants_spin")
        sizePolicy.setHeightForWidth(self.reps_migrants_spin.sizePolicy().hasHeightForWidth())
        self.reps_migrants_spin.setSizePolicy(sizePolicy)

        self.congress_grid.addWidget(self.reps_migrants_spin, 2, 5, 1, 1)

        self.reps_present_label = QLabel(self.congress_group)
        self.reps_present_label.setObjectName(u"reps_present_label")
        self.reps_present_label.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.congress_grid.addWidget(self.reps_present_label, 3, 0, 1, 1)

        self.reps_present_spin = OptionalSpinBox(self.congress_group)
        self.reps_present_spin.setObjectName(u"reps_present_spin")
        sizePolicy.setHeightForWidth(self.reps_present_spin.sizePolicy().hasHeightForWidth())
        self.reps_present_spin.setSizePolicy(sizePolicy)

        self.congress_grid.addWidget(self.reps_present_spin, 3, 1, 1, 1)

        self.instructor_label = QLabel(self.congress_group)
        self.instructor_label.setObjectName(u"instructor_label")
        self.instructor_label.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.congress_grid.addWidget(self.instructor_label, 3, 2, 1, 1)

        self.instructor_edit = QLineEdit(self.congress_group)
        self.instructor_edit.setObjectName(u"instructor_edit")
        sizePolicy.setHeightForWidth(self.instructor_edit.sizePolicy().hasHeightForWidth())
        self.instructor_edit.setSizePolicy(sizePolicy)

        self.congress_grid.addWidget(self.instructor_edit, 3, 3, 1, 1)

        self.note_label = QLabel(self.congress_group)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.congress_grid.addWidget(self.note_label, 3, 4, 1, 1)

        self.note_edit = QLineEdit(self.congress_group)
        self.note_edit.setObjectName(u"note_edit")
        sizePolicy.setHeightForWidth(self.note_edit.sizePolicy().hasHeightForWidth())
        self.note_edit.setSizePolicy(sizePolicy)

        self.congress_grid.addWidget(self.note_edit, 3, 5, 1, 1)


        self.edit_layout.addWidget(self.congress_group)

        self.body_splitter = QSplitter(self.edit_page)
        self.body_splitter.setObjectName(u"body_splitter")
        self.body_splitter.setOrientation(Qt.Vertical)
        self.body_splitter.setChildrenCollapsible(False)
        self.members_group = QGroupBox(self.body_splitter)
        self.members_group.setObjectName(u"members_group")
        self.members_layout = QVBoxLayout(self.members_group)
        self.members_layout.setObjectName(u"members_layout")
        self.member_buttons_layout = QHBoxLayout()
        self.member_buttons_layout.setObjectName(u"member_buttons_layout")
        self.add_member_button = QPushButton(self.members_group)
        self.add_member_button.setObjectName(u"add_member_button")

        self.member_buttons_layout.addWidget(self.add_member_button)

        self.remove_member_button = QPushButton(self.members_group)
        self.remove_member_button.setObjectName(u"remove_member_button")

        self.member_buttons_layout.addWidget(self.remove_member_button)

        self.move_up_button = QPushButton(self.members_group)
        self.move_up_button.setObjectName(u"move_up_button")

        self.member_buttons_layout.addWidget(self.move_up_button)

        self.move_down_button = QPushButton(self.members_group)
        self.move_down_button.setObjectName(u"move_down_button")

        self.member_buttons_layout.addWidget(self.move_down_button)

        self.member_buttons_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.member_buttons_layout.addItem(self.member_buttons_spacer)

        self.age_date_label = QLabel(self.members_group)
        self.age_date_label.setObjectName(u"age_date_label")
        self.age_date_label.setText(u"")

        self.member_buttons_layout.addWidget(self.age_date_label)


        self.members_layout.addLayout(self.member_buttons_layout)

        self.members_table = MembersTableView(self.members_group)
        self.members_table.setObjectName(u"members_table")
        self.members_table.setEditTriggers(QAbstractItemView.AnyKeyPressed|QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed)
        self.members_table.setAlternatingRowColors(True)
        self.members_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.members_table.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.members_table.verticalHeader().setVisible(True)

        self.members_layout.addWidget(self.members_table)

        self.body_splitter.addWidget(self.members_group)
        self.problems_group = QGroupBox(self.body_splitter)
        self.problems_group.setObjectName(u"problems_group")
        self.problems_layout = QVBoxLayout(self.problems_group)
        self.problems_layout.setObjectName(u"problems_layout")
        self.problems_table = QTableView(self.problems_group)
        self.problems_table.setObjectName(u"problems_table")
        self.problems_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.problems_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.problems_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.problems_table.setWordWrap(False)
        self.problems_table.horizontalHeader().setStretchLastSection(True)
        self.problems_table.verticalHeader().setVisible(False)

        self.problems_layout.addWidget(self.problems_table)

        self.body_splitter.addWidget(self.problems_group)

        self.edit_layout.addWidget(self.body_splitter)

        self.form_stack.addWidget(self.edit_page)

        self.form_layout.addWidget(self.form_stack)

#if QT_CONFIG(shortcut)
        self.should_establish_label.setBuddy(self.should_establish_combo)
        self.established_label.setBuddy(self.established_combo)
        self.progress_label.setBuddy(self.progress_combo)
        self.election_date_label.setBuddy(self.election_date_edit)
        self.election_method_label.setBuddy(self.election_method_combo)
        self.voting_method_label.setBuddy(self.voting_method_combo)
        self.reps_total_label.setBuddy(self.reps_total_spin)
        self.reps_units_label.setBuddy(self.reps_units_spin)
        self.reps_migrants_label.setBuddy(self.reps_migrants_spin)
        self.reps_present_label.setBuddy(self.reps_present_spin)
        self.instructor_label.setBuddy(self.instructor_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.should_establish_combo, self.established_combo)
        QWidget.setTabOrder(self.established_combo, self.progress_combo)
        QWidget.setTabOrder(self.progress_combo, self.election_date_edit)
        QWidget.setTabOrder(self.election_date_edit, self.election_method_combo)
        QWidget.setTabOrder(self.election_method_combo, self.voting_method_combo)
        QWidget.setTabOrder(self.voting_method_combo, self.reps_total_spin)
        QWidget.setTabOrder(self.reps_total_spin, self.reps_units_spin)
        QWidget.setTabOrder(self.reps_units_spin, self.reps_migrants_spin)
        QWidget.setTabOrder(self.reps_migrants_spin, self.reps_present_spin)
        QWidget.setTabOrder(self.reps_present_spin, self.instructor_edit)
        QWidget.setTabOrder(self.instructor_edit, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.members_table)
        QWidget.setTabOrder(self.members_table, self.add_member_button)
        QWidget.setTabOrder(self.add_member_button, self.remove_member_button)
        QWidget.setTabOrder(self.remove_member_button, self.move_up_button)
        QWidget.setTabOrder(self.move_up_button, self.move_down_button)
        QWidget.setTabOrder(self.move_down_button, self.problems_table)
        QWidget.setTabOrder(self.problems_table, self.save_button)
        QWidget.setTabOrder(self.save_button, self.revert_button)

        self.retranslateUi(CongressForm)

        QMetaObject.connectSlotsByName(CongressForm)
    # setupUi

    def retranslateUi(self, CongressForm):
        self.empty_label.setText(QCoreApplication.translate("CongressForm", u"\u8bf7\u5728\u5de6\u4fa7\u9009\u62e9\u4e00\u4e2a\u793e\u533a\uff1a\u7528\u65b9\u5411\u952e\u9009\u62e9\uff0c\u6216\u5728\u4e0a\u65b9\u7b5b\u9009\u6846\u8f93\u5165\u793e\u533a\u540d\u79f0\u7684\u4e00\u90e8\u5206\u3002", None))
        self.revert_button.setText(QCoreApplication.translate("CongressForm", u"\u653e\u5f03\u4fee\u6539", None))
#if QT_CONFIG(tooltip)
        self.revert_button.setToolTip(QCoreApplication.translate("CongressForm", u"\u653e\u5f03\u672a\u4fdd\u5b58\u7684\u4fee\u6539\uff0c\u6062\u590d\u4e3a\u5df2\u4fdd\u5b58\u7684\u5185\u5bb9", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("CongressForm", u"\u4fdd\u5b58 (Ctrl+S)", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("CongressForm", u"\u4fdd\u5b58\u672c\u793e\u533a\u672c\u5c4a\u7684\u5987\u4ee3\u4f1a\u548c\u73ed\u5b50\u6210\u5458", None))
#endif // QT_CONFIG(tooltip)
        self.congress_group.setTitle(QCoreApplication.translate("CongressForm", u"\u5987\u4ee3\u4f1a", None))
        self.should_establish_label.setText(QCoreApplication.translate("CongressForm", u"\u662f\u5426\u5e94\u5efa", None))
        self.established_label.setText(QCoreApplication.translate("CongressForm", u"\u662f\u5426\u5efa\u7acb", None))
        self.progress_label.setText(QCoreApplication.translate("CongressForm", u"\u6362\u5c4a\u8fdb\u5ea6", None))
        self.election_date_label.setText(QCoreApplication.translate("CongressForm", u"\u6362\u5c4a\u65e5\u671f", None))
        self.election_method_label.setText(QCoreApplication.translate("CongressForm", u"\u9009\u4e3e\u65b9\u5f0f", None))
        self.voting_method_label.setText(QCoreApplication.translate("CongressForm", u"\u8868\u51b3\u65b9\u5f0f", None))
        self.reps_total_label.setText(QCoreApplication.translate("CongressForm", u"\u4ee3\u8868\u603b\u6570", None))
        self.reps_units_label.setText(QCoreApplication.translate("CongressForm", u"\u793e\u533a\u5355\u4f4d\u4ee3\u8868\u6570", None))
        self.reps_migrants_label.setText(QCoreApplication.translate("CongressForm", u"\u5916\u6765\u4eba\u5458\u4ee3\u8868\u6570", None))
        self.reps_present_label.setText(QCoreApplication.translate("CongressForm", u"\u5230\u4f1a\u4ee3\u8868\u6570", None))
        self.instructor_label.setText(QCoreApplication.translate("CongressForm", u"\u6307\u5bfc\u5458", None))
        self.note_label.setText(QCoreApplication.translate("CongressForm", u"\u5907\u6ce8", None))
        self.members_group.setTitle(QCoreApplication.translate("CongressForm", u"\u73ed\u5b50\u6210\u5458", None))
        self.add_member_button.setText(QCoreApplication.translate("CongressForm", u"\u65b0\u589e\u6210\u5458(&N)", None))
#if QT_CONFIG(tooltip)
        self.add_member_button.setToolTip(QCoreApplication.translate("CongressForm", u"\u5728\u8868\u683c\u672b\u5c3e\u65b0\u589e\u4e00\u540d\u73ed\u5b50\u6210\u5458\uff08Alt+N\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.remove_member_button.setText(QCoreApplication.translate("CongressForm", u"\u5220\u9664\u6210\u5458(&D)", None))
#if QT_CONFIG(tooltip)
        self.remove_member_button.setToolTip(QCoreApplication.translate("CongressForm", u"\u5220\u9664\u9009\u4e2d\u7684\u73ed\u5b50\u6210\u5458\uff08\u4fdd\u5b58\u524d\u53ef\u64a4\u9500\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.move_up_button.setText(QCoreApplication.translate("CongressForm", u"\u4e0a\u79fb(&U)", None))
#if QT_CONFIG(tooltip)
        self.move_up_button.setToolTip(QCoreApplication.translate("CongressForm", u"\u628a\u9009\u4e2d\u7684\u6210\u5458\u4e0a\u79fb\u4e00\u884c\uff08Ctrl+\u2191\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.move_down_button.setText(QCoreApplication.translate("CongressForm", u"\u4e0b\u79fb(&J)", None))
#if QT_CONFIG(tooltip)
        self.move_down_button.setToolTip(QCoreApplication.translate("CongressForm", u"\u628a\u9009\u4e2d\u7684\u6210\u5458\u4e0b\u79fb\u4e00\u884c\uff08Ctrl+\u2193\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.problems_group.setTitle(QCoreApplication.translate("CongressForm", u"\u95ee\u9898", None))
        pass
    # retranslateUi

