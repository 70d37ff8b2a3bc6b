"""The congress form of one community and term, with its members table and problems panel.

The form checks the rules on every edit (services.editing, once per edit) and shows each problem
on its field or cell at once; saving goes through services.editing.save in one transaction, is
refused while errors remain, and is refused without writing when the file's congress changed since
it was loaded (the form then offers to reload).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QWidget

from fdh_desktop.domain import organisation, vocab
from fdh_desktop.domain.cleaning import CleanError, clean_vocab
from fdh_desktop.domain.labels import CONGRESS_LABELS, FIELD_VOCABULARY
from fdh_desktop.domain.problems import ERROR, Problem
from fdh_desktop.domain.records import Congress, Member, term_label
from fdh_desktop.domain.text import clean_text

from fdh_desktop.gui import messages
from fdh_desktop.gui.common.editors import OptionalDateEdit, OptionalSpinBox, VocabComboBox, forward_undo_shortcuts
from fdh_desktop.gui.forms.ui_congress_form import Ui_CongressForm
from fdh_desktop.gui.entry.members_delegate import MembersDelegate
from fdh_desktop.gui.entry.members_model import COLUMN, FIELDS, MembersModel
from fdh_desktop.gui.entry.problems_model import ProblemsModel
from fdh_desktop.gui.common.roles import ROW_ROLE


def _editing():
    # Imported when first used: services.editing brings storage, which is off the start path.
    from fdh_desktop.services import editing

    return editing

# Congress field → the suffix of its widget's objectName in congress_form.ui.
_WIDGET_SUFFIX = {
    "should_establish": "combo", "established": "combo", "progress": "combo",
    "election_date": "edit", "election_method": "combo", "voting_method": "combo",
    "reps_total": "spin", "reps_units": "spin", "reps_migrants": "spin", "reps_present": "spin",
    "instructor": "edit", "note": "edit",
}
_COLUMN_WIDTHS = {
    "role": 80, "name": 70, "id_number": 150, "birth_date": 86, "age": 38, "ethnicity": 58,
    "political": 84, "education": 76, "party_post": 100, "committee_post": 76, "is_new": 52, "part_time": 60,
    "sector": 76, "phone": 100, "workplace": 80,
}


class CongressForm(QWidget):
    dirty_changed = Signal(bool)
    saved = Signal(int, int)  # community_id, term
    changes_made = Signal(object)  # services.changes.Changes of a save
    problems_changed = Signal(int, int)  # errors, warnings

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CongressForm()
        self.ui.setupUi(self)
        self._store = None
        self._loaded = None  # services.editing.Loaded
        self._checker = None  # services.editing.Checker of the loaded congress
        self._raw: dict[str, object] = {}
        self._dirty = False
        self._problems: list[Problem] = []

        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self._widgets: dict[str, QWidget] = {
            field: getattr(self.ui, f"{field}_{suffix}") for field, suffix in _WIDGET_SUFFIX.items()
        }
        self._default_tooltips = {field: w.toolTip() for field, w in self._widgets.items()}
        for field, widget in self._widgets.items():
            if isinstance(widget, VocabComboBox):
                widget.set_vocabulary(FIELD_VOCABULARY[field])
            if isinstance(widget, OptionalDateEdit):
                widget.set_field(field)
                widget.edited.connect(lambda f=field: self._field_edited(f))
            elif isinstance(widget, QLineEdit):
                widget.setMaxLength(200)
                widget.textEdited.connect(lambda _text, f=field: self._field_edited(f))
            else:
                widget.edited.connect(lambda f=field: self._field_edited(f))
        self.ui.instructor_edit.setPlaceholderText(self.tr("指导本社区换届的街道干部"))
        # The dates the congress reached each 换届进度 stage (issue 15), under the fields.
        from fdh_desktop.gui.progress.stage_dates import StageDatesLine

        self.stage_dates_line = StageDatesLine(self.ui.congress_group)
        grid = self.ui.congress_grid
        grid.addWidget(self.stage_dates_line, grid.rowCount(), 0, 1, grid.columnCount())
        self.stage_dates_line.changes_made.connect(self.changes_made)

        self.members_model = MembersModel(self)
        self.members_model.undo_stack = self.undo_stack
        self.members_model.members_changed.connect(self._refresh)
        table = self.ui.members_table
        table.setModel(self.members_model)
        table.setItemDelegate(MembersDelegate(table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for field, width in _COLUMN_WIDTHS.items():
            table.setColumnWidth(COLUMN[field], width)
        table.verticalHeader().setDefaultSectionSize(26)
        # Tab walks the cells; at the last cell (and with Ctrl+Tab anywhere) it leaves the table.
        table.setTabKeyNavigation(True)

        self.problems_model = ProblemsModel(self)
        problems = self.ui.problems_table
        problems.setModel(self.problems_model)
        problems.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        problems.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        problems.verticalHeader().setDefaultSectionSize(22)
        # Tab reaches the list and goes on to 保存 (not through its cells); Enter goes to the problem.
        problems.setTabKeyNavigation(False)
        problems.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        problems.activated.connect(self._problem_activated)
        problems.doubleClicked.connect(self._problem_activated)
        self.ui.body_splitter.setStretchFactor(0, 4)
        self.ui.body_splitter.setStretchFactor(1, 1)
        self.ui.body_splitter.setSizes([320, 110])

        self.ui.save_button.clicked.connect(self.save)
        self.ui.revert_button.clicked.connect(self.revert)
        self.ui.add_member_button.clicked.connect(self.add_member)
        self.ui.remove_member_button.clicked.connect(self.remove_member)
        self.ui.move_up_button.clicked.connect(lambda: self.move_member(-1))
        self.ui.move_down_button.clicked.connect(lambda: self.move_member(1))
        for keys, slot in (
            ("Ctrl+Up", lambda: self.move_member(-1)),
            ("Ctrl+Down", lambda: self.move_member(1)),
            ("Ctrl+Del", self.remove_member),
            ("Del", self._clear_cell),
        ):
            shortcut = QShortcut(QKeySequence(keys), table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        table.selectionModel().currentChanged.connect(self._update_buttons)
        forward_undo_shortcuts(self)
        self.clear()

    # -- loading --------------------------------------------------------------------------------

    def set_store(self, store) -> None:
        self._store = store
        self.clear()
        self.refresh_hint()

    @property
    def community_id(self) -> int | None:
        return self._loaded.community.id if self._loaded else None

    @property
    def term(self) -> int | None:
        return self._loaded.term.number if self._loaded else None

    def clear(self) -> None:
        self._loaded = None
        self._checker = None
        self.undo_stack.clear()
        self.members_model.set_members([])
        self.problems_model.set_problems([], [])
        self.ui.form_stack.setCurrentWidget(self.ui.empty_page)
        self._set_dirty(False)

    def refresh_hint(self) -> None:
        """The empty page says what to do first: add a street, add a community, or choose one."""
        from fdh_desktop.services import places

        missing = places.missing_place(self._store) if self._store is not None else None
        if missing == "street":
            text = self.tr("本区还没有街道：请先新增街道（“街道和社区”菜单 → 新增街道…，或左侧的“新增”按钮）。")
        elif missing == "community":
            text = self.tr("还没有社区：请先新增社区（选中街道后按 Ctrl+Shift+N）。")
        else:
            text = self.tr("请在左侧选择一个社区：用方向键选择，或在上方筛选框输入社区名称的一部分。")
        self.ui.empty_label.setText(text)

    def on_changes(self, changes) -> None:
        """Another screen or an import changed the district (services.changes.Changes)."""
        if changes is getattr(self, "_own_changes", None):
            self._own_changes = None
            return
        if self._loaded is None:
            if changes.places or changes.database:
                self.refresh_hint()
            return
        if (changes.touches_congress(self._loaded.community.id) or changes.terms) and not self.is_dirty():
            self.reload()  # an unsaved form is kept: its save will say the file changed
        elif changes.places:
            self.refresh_place()

    def load(self, community_id: int, term: int) -> None:
        """Show the community's congress of the term (blank when there is none yet)."""
        self._show(_editing().load(self._store, community_id, term))

    def _show(self, loaded) -> None:
        self._loaded = loaded
        self._checker = _editing().Checker(self._store, loaded)
        self._write_congress(loaded.congress or Congress())
        self._set_form(loaded.term.form)
        self.members_model.set_previous_chair(loaded.previous_chair, loaded.derive_is_new)
        self.members_model.set_members(loaded.members)
        self.undo_stack.clear()
        self.ui.form_stack.setCurrentWidget(self.ui.edit_page)
        self._set_read_only(loaded.read_only)
        self.stage_dates_line.show_for(self._store, loaded.community.id, loaded.term.number,
                                       loaded.congress.progress if loaded.congress else None,
                                       loaded.congress is not None, not loaded.read_only)
        term_record = loaded.term
        start = date(term_record.year, 3, 1) if term_record.year else None
        self.ui.election_date_edit.set_start_date(start)
        self._update_title()
        self._refresh()
        self._update_buttons()

    def _set_form(self, form: str) -> None:
        """Roles and every label follow the term's organisation form (社区妇联 or 妇代会)."""
        labels = organisation.labels(form)
        self.members_model.set_form(form)
        self.problems_model.set_form(form)
        organisation_name = self.tr(labels.community_organisation)
        members = self.tr(labels.members)
        self.ui.congress_group.setTitle(organisation_name)
        self.ui.members_group.setTitle(members)
        self.ui.save_button.setToolTip(self.tr("保存本社区本届的{0}和{1}").format(organisation_name, members))
        self.ui.add_member_button.setToolTip(self.tr("在表格末尾新增一名{0}（Alt+N）").format(self.tr(labels.member)))
        self.ui.remove_member_button.setToolTip(self.tr("删除选中的{0}（保存前可撤销）").format(self.tr(labels.member)))

    def form(self) -> str | None:
        """The organisation form of the term shown (None when nothing is shown)."""
        return self._loaded.term.form if self._loaded else None

    def reload(self) -> None:
        if self._loaded is not None:
            self.load(self._loaded.community.id, self._loaded.term.number)

    def _set_read_only(self, read_only: bool) -> None:
        """A database opened read-only is shown, not edited."""
        self._read_only = read_only
        self.ui.congress_group.setEnabled(not read_only)
        self.members_model.read_only = read_only
        for button in (self.ui.add_member_button, self.ui.remove_member_button, self.ui.move_up_button,
                       self.ui.move_down_button):
            button.setVisible(not read_only)

    def is_read_only(self) -> bool:
        return getattr(self, "_read_only", False)

    def refresh_place(self) -> None:
        """The community or its street was renamed or moved: update the title, keep the edits."""
        if self._loaded is None or self._store is None:
            return
        self._loaded = _editing().place(self._store, self._loaded)
        self._checker.loaded = self._loaded
        self._update_title()

    def _update_title(self) -> None:
        loaded = self._loaded
        if loaded is None:
            return
        term_text = term_label(loaded.term.number) + (self.tr("（本届）") if loaded.is_current else "")
        self.ui.title_label.setText(f"{loaded.title} · {term_text}")
        # Computed from the application's font, never from the label's current one: the title
        # must not grow with every community shown.
        font = self.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.ui.title_label.setFont(font)

    # -- reading and writing the fields --------------------------------------------------------

    def _read(self, field: str) -> object:
        widget = self._widgets[field]
        if isinstance(widget, OptionalDateEdit):
            return widget.raw()
        if isinstance(widget, OptionalSpinBox):
            return widget.value_or_none()
        if isinstance(widget, VocabComboBox):
            return widget.currentText()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def _write(self, field: str, raw: object) -> None:
        widget = self._widgets[field]
        if isinstance(widget, OptionalDateEdit):
            widget.set_value(raw)  # type: ignore[arg-type]
        elif isinstance(widget, OptionalSpinBox):
            widget.set_value(raw)  # type: ignore[arg-type]
        elif isinstance(widget, VocabComboBox):
            widget.set_value(raw)  # type: ignore[arg-type]
        else:
            assert isinstance(widget, QLineEdit)
            if widget.text() != raw:
                widget.setText(str(raw or ""))
        self._raw[field] = raw

    def _write_congress(self, congress: Congress) -> None:
        for field in _WIDGET_SUFFIX:
            value = getattr(congress, field)
            if isinstance(value, bool):
                value = vocab.YES if value else vocab.NO
            if field in ("instructor", "note"):
                value = value or ""
            if isinstance(self._widgets[field], VocabComboBox):
                value = value or ""
            self._write(field, value)

    def _field_edited(self, field: str) -> None:
        old = self._raw.get(field)
        new = self._read(field)
        if old == new:
            return
        self._raw[field] = new
        self.undo_stack.push(SetFieldCommand(self, field, old, new))
        self._refresh()

    def apply_field(self, field: str, raw: object) -> None:
        """Set a field from an undo command: the widget, the snapshot, the checks."""
        self._write(field, raw)
        self._refresh()

    def congress_and_problems(self) -> tuple[Congress, list[Problem]]:
        """The congress as typed, and the problems of values that are not values at all."""
        problems: list[Problem] = []
        c = Congress()
        for field, widget in self._widgets.items():
            raw = self._read(field)
            if isinstance(widget, VocabComboBox):
                text = str(raw).strip()
                if not text:
                    value = True if field == "should_establish" else None
                else:
                    try:
                        value = clean_vocab(field, text)
                    except CleanError as exc:
                        problems.append(Problem(ERROR, field, str(exc), text))
                        value = True if field == "should_establish" else None
                    if field in ("should_establish", "established") and isinstance(value, str):
                        value = value == vocab.YES
                setattr(c, field, value)
            elif isinstance(widget, OptionalDateEdit):
                if widget.error():
                    problems.append(Problem(ERROR, field, widget.error(), raw))
                setattr(c, field, widget.value())
            elif isinstance(widget, QLineEdit):
                setattr(c, field, clean_text(raw))
            else:
                setattr(c, field, raw)
        return c, problems

    def members(self) -> list[Member]:
        return self.members_model.members()

    # -- checking -------------------------------------------------------------------------------

    def age_date(self, congress: Congress | None = None) -> date | None:
        if self._loaded is None:
            return None
        return self._loaded.age_date(congress or self.congress_and_problems()[0])

    def check(self) -> list[Problem]:
        congress, typed = self.congress_and_problems()
        return self._checker.check(congress, self.members(), typed)

    def _refresh(self) -> None:
        """Re-check after any change: field marks, cell marks, the panel, the age date, dirtiness."""
        if self._loaded is None:
            return
        congress, typed = self.congress_and_problems()
        age_date = self._loaded.age_date(congress)
        self.members_model.set_age_date(age_date)
        if age_date is not None:
            source = self.tr("换届日期") if congress.election_date else self.tr("本届基准日期")
            self.ui.age_date_label.setText(self.tr("年龄按{0}（{1}）计算").format(age_date.isoformat(), source))
        else:
            self.ui.age_date_label.setText(self.tr("填写换届日期后显示年龄"))
        problems = self._checker.check(congress, self.members(), typed)
        self._problems = problems
        self._mark_fields(problems)
        self.members_model.set_problems(problems)
        names = [m.name for m in self.members_model.members()]
        self.problems_model.set_problems(problems, names)
        errors = sum(p.is_error for p in problems)
        warnings = len(problems) - errors
        if errors or warnings:
            self.ui.problems_group.setTitle(
                self.tr("问题：{0}个错误，{1}个警告（错误改正后才能保存；双击可定位）").format(errors, warnings))
        else:
            self.ui.problems_group.setTitle(self.tr("问题：无"))
        self.problems_changed.emit(errors, warnings)
        self._set_dirty(self._compute_dirty(congress))

    def _mark_fields(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[Problem]] = {}
        for p in problems:
            if p.member_index is None and p.field in self._widgets:
                by_field.setdefault(p.field, []).append(p)
        for field, widget in self._widgets.items():
            found = by_field.get(field, [])
            level = "error" if any(p.is_error for p in found) else "warning" if found else ""
            tooltip = "\n".join(p.message for p in found) or self._default_tooltips[field]
            if widget.property("problem") != level:
                widget.setProperty("problem", level)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
                widget.update()
            widget.setToolTip(tooltip)

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def field_widget(self, field: str) -> QWidget:
        return self._widgets[field]

    # -- dirtiness ------------------------------------------------------------------------------

    def _compute_dirty(self, congress: Congress) -> bool:
        loaded = self._loaded
        if loaded is None:
            return False
        before = loaded.congress or Congress()
        if congress != before:
            return True
        now = [(m.id, m.content()) for m in self.members_model.members()]
        then = [(m.id, m.content()) for m in self.members_model.as_loaded(loaded.members)]
        return now != then

    def is_dirty(self) -> bool:
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        if self.is_read_only() and self._loaded is not None:
            self.ui.state_label.setText(self.tr("（只读）"))
            self.ui.state_label.setStyleSheet("color: #6b6b6b;")
        else:
            self.ui.state_label.setText(self.tr("● 未保存") if dirty else "")
            self.ui.state_label.setStyleSheet("color: #c05000;" if dirty else "")
        self.ui.save_button.setEnabled(self._loaded is not None and not self.is_read_only())
        self.ui.revert_button.setEnabled(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def describe(self) -> str:
        if self._loaded is None:
            return ""
        return f"{self._loaded.community.name}（{term_label(self._loaded.term.number)}）"

    # -- actions --------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save through services.editing in one transaction; refused with a message while errors
        remain, or when the file's congress changed since it was loaded."""
        if self._loaded is None or self._store is None:
            return False
        self._commit_editor()
        self._commit_date_fields()
        errors = [p for p in self._problems if p.is_error]  # checked on the last edit
        if errors:
            messages.error(
                self, self.tr("不能保存"),
                self.tr("还有{0}个错误，改正后才能保存。").format(len(errors)),
                self.problems_model.place(errors[0]) + "：" + errors[0].message,
            )
            self.focus_problem(errors[0])
            return False
        congress, _ = self.congress_and_problems()
        loaded = self._loaded
        editing = _editing()
        try:
            saved = editing.save(self._store, loaded, congress, self.members())
        except editing.StaleEdit as exc:
            if messages.confirm(self, self.tr("未保存"), str(exc), self.tr("重新载入"),
                                self.tr("重新载入会显示文件中的内容，您在此处的修改将被放弃。")):
                self._show(editing.load(self._store, loaded.community.id, loaded.term.number))
            return False
        except editing.StoreError as exc:
            messages.error(self, self.tr("保存失败"), str(exc))
            return False
        self._show(saved.loaded)
        self.saved.emit(loaded.community.id, loaded.term.number)
        self._own_changes = saved.changes  # comes back through the window's broadcast: nothing to reload
        self.changes_made.emit(saved.changes)
        return True

    def revert(self) -> None:
        if self._loaded is not None:
            self.load(self._loaded.community.id, self._loaded.term.number)

    def confirm_leave(self) -> bool:
        """True when the form may be left: nothing unsaved, or saved, or discarded on request."""
        self._commit_editor()
        if not self.is_dirty():
            return True
        answer = messages.ask_unsaved(self.window(), self.describe())
        if answer == messages.SAVE:
            return self.save()
        if answer == messages.DISCARD:
            self.revert()
            return True
        return False

    def _commit_editor(self) -> None:
        """An open cell editor's text counts as typed (e.g. Ctrl+S while still in the cell)."""
        table = self.ui.members_table
        editor = table.indexWidget(table.currentIndex()) if table.currentIndex().isValid() else None
        focus = self.focusWidget()
        if table.state() == QAbstractItemView.State.EditingState and focus is not None:
            table.commitData(focus if editor is None else editor)

    def _commit_date_fields(self) -> None:
        """A date still being typed (Ctrl+S without leaving the field) counts as typed."""
        for widget in self._widgets.values():
            if isinstance(widget, OptionalDateEdit):
                widget.commit()

    def add_member(self) -> None:
        if self._loaded is None or self.is_read_only():
            return
        self._commit_editor()
        row = self.members_model.add_member()
        table = self.ui.members_table
        index = self.members_model.index(row, COLUMN["name"])
        table.setFocus()
        table.setCurrentIndex(index)
        table.scrollTo(index)
        table.edit(index)

    def remove_member(self) -> None:
        index = self.ui.members_table.currentIndex()
        if index.isValid():
            self.members_model.remove_member(index.row())
        self._update_buttons()

    def move_member(self, delta: int) -> None:
        table = self.ui.members_table
        index = table.currentIndex()
        if index.isValid() and self.members_model.move_member(index.row(), delta):
            table.setCurrentIndex(self.members_model.index(index.row() + delta, index.column()))
        self._update_buttons()

    def _clear_cell(self) -> None:
        index = self.ui.members_table.currentIndex()
        if index.isValid() and self.members_model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            field = FIELDS[index.column()]
            self.members_model.setData(index, "" if field != "birth_date" else None)

    def _update_buttons(self, *_args) -> None:
        index = self.ui.members_table.currentIndex()
        rows = self.members_model.rowCount()
        self.ui.remove_member_button.setEnabled(index.isValid())
        self.ui.move_up_button.setEnabled(index.isValid() and index.row() > 0)
        self.ui.move_down_button.setEnabled(index.isValid() and index.row() < rows - 1)

    def select_member(self, member_id: int) -> bool:
        for row in range(self.members_model.rowCount()):
            if self.members_model.member(row).id == member_id:
                index = self.members_model.index(row, COLUMN["name"])
                self.ui.members_table.setCurrentIndex(index)
                self.ui.members_table.scrollTo(index)
                self.ui.members_table.setFocus()
                return True
        return False

    def focus_problem(self, problem: Problem) -> None:
        if problem.member_index is None:
            widget = self._widgets.get(problem.field)
            if widget is not None:
                widget.setFocus()
            return
        column = COLUMN.get(problem.field, COLUMN["name"])
        index = self.members_model.index(problem.member_index, column)
        table = self.ui.members_table
        table.setFocus()
        table.setCurrentIndex(index)
        table.scrollTo(index)

    def _problem_activated(self, index: QModelIndex) -> None:
        problem = index.data(ROW_ROLE)
        if problem is not None:
            self.focus_problem(problem)


class SetFieldCommand(QUndoCommand):
    """One field of the congress; consecutive edits of the same field merge into one step."""

    ID = 1

    def __init__(self, form: CongressForm, field: str, old: object, new: object) -> None:
        super().__init__(form.tr("修改{0}").format(form.tr(CONGRESS_LABELS[field])))
        self.form, self.field, self.old, self.new = form, field, old, new
        self._first = True

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt name)
        if not isinstance(other, SetFieldCommand) or other.field != self.field:
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        if self._first:
            self._first = False  # the widget already shows the new value
            return
        self.form.apply_field(self.field, self.new)

    def undo(self) -> None:
        self.form.apply_field(self.field, self.old)
