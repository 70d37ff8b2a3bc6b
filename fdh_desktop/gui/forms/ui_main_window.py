# GENERATED FILE, DO NOT EDIT: compiled from ui/main_window.ui by
# `python -m fdh_desktop.gui.build_forms` (pyside6-uic). Edit the .ui file and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QLineEdit, QMainWindow, QMenu, QMenuBar,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QStatusBar, QTabWidget, QVBoxLayout,
    QWidget)

from fdh_desktop.gui.entry.congress_form import CongressForm
from fdh_desktop.gui.entry.district_panel import DistrictPanel
from fdh_desktop.gui.roster.view import RosterView

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1366, 768)
        self.new_action = QAction(MainWindow)
        self.new_action.setObjectName(u"new_action")
        self.open_action = QAction(MainWindow)
        self.open_action.setObjectName(u"open_action")
        self.save_action = QAction(MainWindow)
        self.save_action.setObjectName(u"save_action")
        self.import_action = QAction(MainWindow)
        self.import_action.setObjectName(u"import_action")
        self.export_action = QAction(MainWindow)
        self.export_action.setObjectName(u"export_action")
        self.quit_action = QAction(MainWindow)
        self.quit_action.setObjectName(u"quit_action")
        self.find_action = QAction(MainWindow)
        self.find_action.setObjectName(u"find_action")
        self.filter_action = QAction(MainWindow)
        self.filter_action.setObjectName(u"filter_action")
        self.settings_action = QAction(MainWindow)
        self.settings_action.setObjectName(u"settings_action")
        self.backup_action = QAction(MainWindow)
        self.backup_action.setObjectName(u"backup_action")
        self.history_action = QAction(MainWindow)
        self.history_action.setObjectName(u"history_action")
        self.entry_tab_action = QAction(MainWindow)
        self.entry_tab_action.setObjectName(u"entry_tab_action")
        self.stats_tab_action = QAction(MainWindow)
        self.stats_tab_action.setObjectName(u"stats_tab_action")
        self.roster_tab_action = QAction(MainWindow)
        self.roster_tab_action.setObjectName(u"roster_tab_action")
        self.guide_action = QAction(MainWindow)
        self.guide_action.setObjectName(u"guide_action")
        self.about_action = QAction(MainWindow)
        self.about_action.setObjectName(u"about_action")
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(6, 4, 6, 2)
        self.pages_stack = QStackedWidget(self.central_widget)
        self.pages_stack.setObjectName(u"pages_stack")
        self.welcome_page = QWidget()
        self.welcome_page.setObjectName(u"welcome_page")
        self.welcome_layout = QVBoxLayout(self.welcome_page)
        self.welcome_layout.setObjectName(u"welcome_layout")
        self.welcome_top_spacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcome_layout.addItem(self.welcome_top_spacer)

        self.welcome_title_label = QLabel(self.welcome_page)
        self.welcome_title_label.setObjectName(u"welcome_title_label")
        self.welcome_title_label.setAlignment(Qt.AlignCenter)
        self.welcome_title_label.setWordWrap(True)

        self.welcome_layout.addWidget(self.welcome_title_label)

        self.welcome_text_label = QLabel(self.welcome_page)
        self.welcome_text_label.setObjectName(u"welcome_text_label")
        self.welcome_text_label.setAlignment(Qt.AlignCenter)
        self.welcome_text_label.setWordWrap(True)

        self.welcome_layout.addWidget(self.welcome_text_label)

        self.welcome_buttons_row = QHBoxLayout()
        self.welcome_buttons_row.setObjectName(u"welcome_buttons_row")
        self.welcome_left_spacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.welcome_buttons_row.addItem(self.welcome_left_spacer)

        self.welcome_buttons_layout = QVBoxLayout()
        self.welcome_buttons_layout.setObjectName(u"welcome_buttons_layout")
        self.new_district_button = QPushButton(self.welcome_page)
        self.new_district_button.setObjectName(u"new_district_button")
        self.new_district_button.setMinimumSize(QSize(260, 36))

        self.welcome_buttons_layout.addWidget(self.new_district_button)

        self.open_button = QPushButton(self.welcome_page)
        self.open_button.setObjectName(u"open_button")
        self.open_button.setMinimumSize(QSize(260, 36))

        self.welcome_buttons_layout.addWidget(self.open_button)

        self.demo_button = QPushButton(self.welcome_page)
        self.demo_button.setObjectName(u"demo_button")
        self.demo_button.setMinimumSize(QSize(260, 36))

        self.welcome_buttons_layout.addWidget(self.demo_button)


        self.welcome_buttons_row.addLayout(self.welcome_buttons_layout)

        self.welcome_right_spacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.welcome_buttons_row.addItem(self.welcome_right_spacer)


        self.welcome_layout.addLayout(self.welcome_buttons_row)

        self.welcome_bottom_spacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcome_layout.addItem(self.welcome_bottom_spacer)

        self.pages_stack.addWidget(self.welcome_page)
        self.work_page = QWidget()
        self.work_page.setObjectName(u"work_page")
        self.work_layout = QVBoxLayout(self.work_page)
        self.work_layout.setObjectName(u"work_layout")
        self.work_layout.setContentsMargins(0, 0, 0, 0)
        self.top_bar_layout = QHBoxLayout()
        self.top_bar_layout.setObjectName(u"top_bar_layout")
        self.term_label = QLabel(self.work_page)
        self.term_label.setObjectName(u"term_label")

        self.top_bar_layout.addWidget(self.term_label)

        self.term_combo = QComboBox(self.work_page)
        self.term_combo.setObjectName(u"term_combo")
        self.term_combo.setMinimumSize(QSize(130, 0))

        self.top_bar_layout.addWidget(self.term_combo)

        self.top_bar_spacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top_bar_layout.addItem(self.top_bar_spacer)

        self.search_edit = QLineEdit(self.work_page)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumSize(QSize(300, 0))

        self.top_bar_layout.addWidget(self.search_edit)


        self.work_layout.addLayout(self.top_bar_layout)

        self.main_tabs = QTabWidget(self.work_page)
        self.main_tabs.setObjectName(u"main_tabs")
        self.entry_tab = QWidget()
        self.entry_tab.setObjectName(u"entry_tab")
        self.entry_layout = QHBoxLayout(self.entry_tab)
        self.entry_layout.setObjectName(u"entry_layout")
        self.entry_layout.setContentsMargins(4, 4, 4, 4)
        self.entry_splitter = QSplitter(self.entry_tab)
        self.entry_splitter.setObjectName(u"entry_splitter")
        self.entry_splitter.setOrientation(Qt.Horizontal)
        self.entry_splitter.setChildrenCollapsible(False)
        self.district_panel = DistrictPanel(self.entry_splitter)
        self.district_panel.setObjectName(u"district_panel")
        self.entry_splitter.addWidget(self.district_panel)
        self.congress_form = CongressForm(self.entry_splitter)
        self.congress_form.setObjectName(u"congress_form")
        self.entry_splitter.addWidget(self.congress_form)

        self.entry_layout.addWidget(self.entry_splitter)

        self.main_tabs.addTab(self.entry_tab, "")
        self.stats_tab = QWidget()
        self.stats_tab.setObjectName(u"stats_tab")
        self.stats_layout = QVBoxLayout(self.stats_tab)
        self.stats_layout.setObjectName(u"stats_layout")
        self.stats_layout.setContentsMargins(4, 4, 4, 4)
        self.main_tabs.addTab(self.stats_tab, "")
        self.roster_tab = QWidget()
        self.roster_tab.setObjectName(u"roster_tab")
        self.roster_layout = QVBoxLayout(self.roster_tab)
        self.roster_layout.setObjectName(u"roster_layout")
        self.roster_layout.setContentsMargins(4, 4, 4, 4)
        self.roster_view = RosterView(self.roster_tab)
        self.roster_view.setObjectName(u"roster_view")

        self.roster_layout.addWidget(self.roster_view)

        self.main_tabs.addTab(self.roster_tab, "")

        self.work_layout.addWidget(self.main_tabs)

        self.pages_stack.addWidget(self.work_page)

        self.central_layout.addWidget(self.pages_stack)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.file_menu = QMenu(self.menu_bar)
        self.file_menu.setObjectName(u"file_menu")
        self.recent_menu = QMenu(self.file_menu)
        self.recent_menu.setObjectName(u"recent_menu")
        self.edit_menu = QMenu(self.menu_bar)
        self.edit_menu.setObjectName(u"edit_menu")
        self.places_menu = QMenu(self.menu_bar)
        self.places_menu.setObjectName(u"places_menu")
        self.view_menu = QMenu(self.menu_bar)
        self.view_menu.setObjectName(u"view_menu")
        self.data_menu = QMenu(self.menu_bar)
        self.data_menu.setObjectName(u"data_menu")
        self.help_menu = QMenu(self.menu_bar)
        self.help_menu.setObjectName(u"help_menu")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)
#if QT_CONFIG(shortcut)
        self.term_label.setBuddy(self.term_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.term_combo, self.search_edit)
        QWidget.setTabOrder(self.search_edit, self.main_tabs)
        QWidget.setTabOrder(self.main_tabs, self.new_district_button)
        QWidget.setTabOrder(self.new_district_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.demo_button)

        self.menu_bar.addAction(self.file_menu.menuAction())
        self.menu_bar.addAction(self.edit_menu.menuAction())
        self.menu_bar.addAction(self.places_menu.menuAction())
        self.menu_bar.addAction(self.view_menu.menuAction())
        self.menu_bar.addAction(self.data_menu.menuAction())
        self.menu_bar.addAction(self.help_menu.menuAction())
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addAction(self.recent_menu.menuAction())
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.save_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addAction(self.filter_action)
        self.view_menu.addAction(self.entry_tab_action)
        self.view_menu.addAction(self.stats_tab_action)
        self.view_menu.addAction(self.roster_tab_action)
        self.data_menu.addAction(self.settings_action)
        self.data_menu.addSeparator()
        self.data_menu.addAction(self.backup_action)
        self.data_menu.addAction(self.history_action)
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

        self.retranslateUi(MainWindow)

        self.main_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u5987\u4ee3\u4f1a\u6362\u5c4a\u7ba1\u7406", None))
        self.new_action.setText(QCoreApplication.translate("MainWindow", u"\u65b0\u5efa\u533a\u2026(&N)", None))
#if QT_CONFIG(shortcut)
        self.new_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(statustip)
        self.new_action.setStatusTip(QCoreApplication.translate("MainWindow", u"\u65b0\u5efa\u4e00\u4e2a\u533a\u7684\u6570\u636e\u5e93\u6587\u4ef6", None))
#endif // QT_CONFIG(statustip)
        self.open_action.setText(QCoreApplication.translate("MainWindow", u"\u6253\u5f00\u2026(&O)", None))
#if QT_CONFIG(shortcut)
        self.open_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(statustip)
        self.open_action.setStatusTip(QCoreApplication.translate("MainWindow", u"\u6253\u5f00\u5df2\u6709\u7684\u533a\u6570\u636e\u5e93\u6587\u4ef6", None))
#endif // QT_CONFIG(statustip)
        self.save_action.setText(QCoreApplication.translate("MainWindow", u"\u4fdd\u5b58(&S)", None))
#if QT_CONFIG(shortcut)
        self.save_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+S", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(statustip)
        self.save_action.setStatusTip(QCoreApplication.translate("MainWindow", u"\u4fdd\u5b58\u5f53\u524d\u793e\u533a\u7684\u5987\u4ee3\u4f1a\u548c\u73ed\u5b50\u6210\u5458", None))
#endif // QT_CONFIG(statustip)
        self.import_action.setText(QCoreApplication.translate("MainWindow", u"\u5bfc\u5165\u5de5\u4f5c\u7c3f\u2026(&I)", None))
#if QT_CONFIG(shortcut)
        self.import_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+I", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(statustip)
        self.import_action.setStatusTip(QCoreApplication.translate("MainWindow", u"\u5bfc\u5165\u8857\u9053\u4ea4\u56de\u7684Excel\u5de5\u4f5c\u7c3f", None))
#endif // QT_CONFIG(statustip)
        self.export_action.setText(QCoreApplication.translate("MainWindow", u"\u5bfc\u51fa\u2026(&E)", None))
#if QT_CONFIG(shortcut)
        self.export_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(statustip)
        self.export_action.setStatusTip(QCoreApplication.translate("MainWindow", u"\u5bfc\u51fa\u7ed9\u8857\u9053\u586b\u5199\u7684\u6a21\u677f\u6216\u4e00\u5c4a\u7684\u5168\u90e8\u6570\u636e", None))
#endif // QT_CONFIG(statustip)
        self.quit_action.setText(QCoreApplication.translate("MainWindow", u"\u9000\u51fa(&X)", None))
#if QT_CONFIG(shortcut)
        self.quit_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.find_action.setText(QCoreApplication.translate("MainWindow", u"\u67e5\u627e\u4eba\u5458(&F)", None))
#if QT_CONFIG(shortcut)
        self.find_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+K", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(statustip)
        self.find_action.setStatusTip(QCoreApplication.translate("MainWindow", u"\u6309\u59d3\u540d\u6216\u8eab\u4efd\u8bc1\u53f7\u67e5\u627e\u73ed\u5b50\u6210\u5458", None))
#endif // QT_CONFIG(statustip)
        self.filter_action.setText(QCoreApplication.translate("MainWindow", u"\u7b5b\u9009\u793e\u533a(&L)", None))
#if QT_CONFIG(shortcut)
        self.filter_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(statustip)
        self.filter_action.setStatusTip(QCoreApplication.translate("MainWindow", u"\u6309\u540d\u79f0\u7b5b\u9009\u5de6\u4fa7\u7684\u8857\u9053\u548c\u793e\u533a", None))
#endif // QT_CONFIG(statustip)
        self.settings_action.setText(QCoreApplication.translate("MainWindow", u"\u533a\u8bbe\u7f6e\u2026(&T)", None))
#if QT_CONFIG(statustip)
        self.settings_action.setStatusTip(QCoreApplication.translate("MainWindow", u"\u533a\u540d\u79f0\u3001\u672c\u5c4a\u5c4a\u6b21\u3001\u5e74\u9f84\u6bb5\u3001\u5c0f\u6570\u4f4d\u6570", None))
#endif // QT_CONFIG(statustip)
        self.backup_action.setText(QCoreApplication.translate("MainWindow", u"\u5907\u4efd\u4e0e\u6062\u590d\u2026(&B)", None))
#if QT_CONFIG(statustip)
        self.backup_action.setStatusTip(QCoreApplication.translate("MainWindow", u"\u5907\u4efd\u6570\u636e\u5e93\u6216\u4ece\u5907\u4efd\u6062\u590d", None))
#endif // QT_CONFIG(statustip)
        self.history_action.setText(QCoreApplication.translate("MainWindow", u"\u5386\u53f2\u8bb0\u5f55\u2026(&H)", None))
#if QT_CONFIG(statustip)
        self.history_action.setStatusTip(QCoreApplication.translate("MainWindow", u"\u67e5\u770b\u4fee\u6539\u5386\u53f2", None))
#endif // QT_CONFIG(statustip)
        self.entry_tab_action.setText(QCoreApplication.translate("MainWindow", u"\u5f55\u5165(&1)", None))
#if QT_CONFIG(shortcut)
        self.entry_tab_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+1", None))
#endif // QT_CONFIG(shortcut)
        self.stats_tab_action.setText(QCoreApplication.translate("MainWindow", u"\u7edf\u8ba1(&2)", None))
#if QT_CONFIG(shortcut)
        self.stats_tab_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+2", None))
#endif // QT_CONFIG(shortcut)
        self.roster_tab_action.setText(QCoreApplication.translate("MainWindow", u"\u73ed\u5b50\u6210\u5458\u540d\u5355(&3)", None))
#if QT_CONFIG(shortcut)
        self.roster_tab_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+3", None))
#endif // QT_CONFIG(shortcut)
        self.guide_action.setText(QCoreApplication.translate("MainWindow", u"\u4f7f\u7528\u8bf4\u660e(&G)", None))
#if QT_CONFIG(shortcut)
        self.guide_action.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(statustip)
        self.guide_action.setStatusTip(QCoreApplication.translate("MainWindow", u"\u6253\u5f00\u4f7f\u7528\u8bf4\u660e", None))
#endif // QT_CONFIG(statustip)
        self.about_action.setText(QCoreApplication.translate("MainWindow", u"\u5173\u4e8e(&A)", None))
        self.welcome_title_label.setText(QCoreApplication.translate("MainWindow", u"\u5987\u4ee3\u4f1a\u6362\u5c4a\u7ba1\u7406", None))
        self.welcome_text_label.setText(QCoreApplication.translate("MainWindow", u"\u8fd8\u6ca1\u6709\u6253\u5f00\u533a\u6570\u636e\u5e93\u3002\u8bf7\u65b0\u5efa\u4e00\u4e2a\u533a\uff0c\u6253\u5f00\u5df2\u6709\u7684\u6570\u636e\u5e93\u6587\u4ef6\uff0c\u6216\u5148\u7528\u6f14\u793a\u6570\u636e\u8bd5\u4e00\u8bd5\u3002", None))
        self.new_district_button.setText(QCoreApplication.translate("MainWindow", u"\u65b0\u5efa\u533a\u2026", None))
#if QT_CONFIG(tooltip)
        self.new_district_button.setToolTip(QCoreApplication.translate("MainWindow", u"\u65b0\u5efa\u4e00\u4e2a\u533a\u7684\u6570\u636e\u5e93\uff1a\u586b\u5199\u533a\u540d\u79f0\u548c\u672c\u5c4a\u5c4a\u6b21", None))
#endif // QT_CONFIG(tooltip)
        self.open_button.setText(QCoreApplication.translate("MainWindow", u"\u6253\u5f00\u5df2\u6709\u6587\u4ef6\u2026", None))
#if QT_CONFIG(tooltip)
        self.open_button.setToolTip(QCoreApplication.translate("MainWindow", u"\u6253\u5f00\u4ee5\u524d\u4fdd\u5b58\u7684\u533a\u6570\u636e\u5e93\u6587\u4ef6\uff08.sqlite\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.demo_button.setText(QCoreApplication.translate("MainWindow", u"\u6f14\u793a\u6570\u636e", None))
#if QT_CONFIG(tooltip)
        self.demo_button.setToolTip(QCoreApplication.translate("MainWindow", u"\u88c5\u5165\u4e00\u4e2a\u865a\u6784\u7684\u6f14\u793a\u533a\uff088\u4e2a\u8857\u9053\uff0c110\u4e2a\u793e\u533a\uff09\uff0c\u53ef\u968f\u610f\u8bd5\u7528", None))
#endif // QT_CONFIG(tooltip)
        self.term_label.setText(QCoreApplication.translate("MainWindow", u"\u5c4a\u6b21", None))
#if QT_CONFIG(tooltip)
        self.term_combo.setToolTip(QCoreApplication.translate("MainWindow", u"\u9009\u62e9\u8981\u67e5\u770b\u6216\u5f55\u5165\u7684\u5c4a\u6b21", None))
#endif // QT_CONFIG(tooltip)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"\u67e5\u627e\u4eba\u5458\uff1a\u59d3\u540d\u6216\u8eab\u4efd\u8bc1\u53f7\uff08Ctrl+K\uff09", None))
        self.main_tabs.setTabText(self.main_tabs.indexOf(self.entry_tab), QCoreApplication.translate("MainWindow", u"\u5f55\u5165", None))
        self.main_tabs.setTabText(self.main_tabs.indexOf(self.stats_tab), QCoreApplication.translate("MainWindow", u"\u7edf\u8ba1", None))
        self.main_tabs.setTabText(self.main_tabs.indexOf(self.roster_tab), QCoreApplication.translate("MainWindow", u"\u73ed\u5b50\u6210\u5458\u540d\u5355", None))
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", u"\u6587\u4ef6(&F)", None))
        self.recent_menu.setTitle(QCoreApplication.translate("MainWindow", u"\u6700\u8fd1\u6253\u5f00(&R)", None))
        self.edit_menu.setTitle(QCoreApplication.translate("MainWindow", u"\u7f16\u8f91(&E)", None))
        self.places_menu.setTitle(QCoreApplication.translate("MainWindow", u"\u533a\u5212(&P)", None))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", u"\u67e5\u770b(&V)", None))
        self.data_menu.setTitle(QCoreApplication.translate("MainWindow", u"\u6570\u636e(&D)", None))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", u"\u5e2e\u52a9(&H)", None))
    # retranslateUi

