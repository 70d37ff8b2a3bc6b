"""The README's pictures, made by the program itself on the demo district (offscreen works).

    python -m fdh_desktop.gui.screenshots OUTDIR [--size 1366x768]

Writes the pictures of docs/guide.md and the README: welcome.png (first run), new_district.png,
entry.png and main_window.png (录入), statistics.png (统计), roster.png (班子成员名单),
export_template.png, import_check.png (the import dialog with a checked return: its changes),
import_errors.png (a return with mistakes: the errors with their places), backups.png,
print_preview.png (打印预览 of the statistics), guide.png (使用说明), and for the election kit
election.png (the 选举 tab: a new election being entered, its meeting and candidates picked from
the previous term), ballot.png and result_report.png (first pages of the PDFs); and for the campaign
(the demo's campaign written into the current term first) progress.png (the 进度 tab) and
bulletin.png (the 周通报 PDF's page); and
stats_federation.png (统计 of a 妇联 term: its 执委 table and the people behind a figure).

The window is drawn at the size it gets on a screen of --size with a 40-pixel taskbar and a title
bar, i.e. what a clerk on a 1366x768 laptop sees; the offscreen platform is given a screen of
that size so that dialogs fit themselves to it as they would there.
"""

from __future__ import annotations

# i18n: this module prints to a console or builds demo data; it shows no window text

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from fdh_desktop import APP_NAME

from fdh_desktop.gui.app import parse_size
from fdh_desktop.gui.application import make_application, render


def _returned_workbooks(db: Path, folder: Path) -> tuple[Path, Path]:
    """牛街's return as a street office sends it back: a few corrections, and a copy with mistakes."""
    from openpyxl import load_workbook

    from fdh_desktop.services.district import open_district
    from fdh_desktop.services.exporting import export_term

    with open_district(db) as store:
        exported = export_term(store, folder / "牛街街道_交回.xlsx", street="牛街").path
    wb = load_workbook(exported)
    # The export's first two sheets after 填表说明: the congresses and the members of the term's form.
    congresses, members = (ws for ws in wb.worksheets if ws.sheet_state == "visible" and _has_header(ws))
    header = {c.value: c.column for c in congresses[_header_row(congresses)]}
    row = _header_row(congresses) + 2
    congresses.cell(row=row, column=header["到会代表数"]).value = 36
    m_header_row = _header_row(members)
    m_header = {c.value: c.column for c in members[m_header_row]}
    members.cell(row=m_header_row + 3, column=m_header["文化程度"]).value = "大专"
    members.cell(row=m_header_row + 5, column=m_header["联系电话"]).value = "13911112222"
    members.delete_rows(m_header_row + 9)
    good = folder / "牛街街道_交回.xlsx"
    wb.save(good)
    members.cell(row=m_header_row + 2, column=m_header["身份证号"]).value = "11010219750603002"
    members.cell(row=m_header_row + 6, column=m_header["政治面貌"]).value = "党员（预备）"
    congresses.cell(row=row + 1, column=header["社区单位代表数"]).value = 80
    bad = folder / "牛街街道_交回_有错.xlsx"
    wb.save(bad)
    return good, bad


def _has_header(ws) -> bool:
    return any(c.value in ("街道", "社区") for row in range(1, 10) for c in ws[row])


def _header_row(ws) -> int:
    for row in range(1, 10):
        if any(c.value in ("街道", "社区") for c in ws[row]):
            return row
    raise ValueError(f"no header row in {ws.title}")


def _wait(condition, seconds: float = 30.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("screenshot: waited too long")
        QApplication.processEvents()
        time.sleep(0.01)


def _import_dialog_png(window, workbook: Path, out: Path, size: tuple[int, int]) -> None:
    from PySide6.QtWidgets import QApplication

    from fdh_desktop.gui.dialogs.import_dialog import ImportDialog

    dialog = ImportDialog(window.db_path, window.store, window.term, window)
    dialog.resize(min(size[0] - 200, 1100), min(size[1] - 80, 680))
    dialog.show()
    dialog.add_files([workbook])
    _wait(lambda: not dialog.is_busy())
    dialog.wait()
    if dialog.plan is not None and not dialog.plan.has_errors:
        tree = dialog.ui.plan_tree
        top = tree.topLevelItem(0)
        for i in range(min(top.childCount(), 3)):
            top.child(i).setExpanded(True)
    for _ in range(3):
        QApplication.processEvents()
    dialog.grab().save(str(out), "PNG")
    dialog.done(0)
    dialog.deleteLater()


def _save(widget, out: Path, written: list[Path]) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()
    widget.grab().save(str(out), "PNG")
    written.append(out)


def _dialog_png(dialog, out: Path, written: list[Path]) -> None:
    dialog.show()
    _save(dialog, out, written)
    dialog.close()
    dialog.deleteLater()


def _new_district_dialog(window, folder: Path):
    from fdh_desktop.gui.dialogs.new_district_dialog import NewDistrictDialog

    dialog = NewDistrictDialog(window, folder)
    dialog.ui.district_edit.setText("宣南区")
    dialog.ui.year_spin.setValue(2023)
    dialog.ui.file_edit.setText("D:/换届/宣南区.sqlite")  # what a clerk's PC shows, not a temp folder
    return dialog


def _export_dialog(window, folder: Path):
    from fdh_desktop.gui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(window.db_path, window.store, window.term, window)
    index = dialog.ui.street_combo.findText("牛街")
    dialog.ui.street_combo.setCurrentIndex(index)
    dialog.ui.file_edit.setText(str(Path("D:/换届/") / dialog.suggested_name()).replace("\\", "/"))
    return dialog


def _backup_dialog(window):
    from fdh_desktop.services.backups import backup_now

    from fdh_desktop.gui.dialogs.backup_dialog import BackupDialog

    backup_now(window.db_path)
    dialog = BackupDialog(window.db_path, window)
    dialog.resize(820, 420)
    return dialog


TASKBAR = 40  # pixels of a typical Windows taskbar

# A 差额 election of 15 执委 from 17 candidates at 天桥 › 虎坊路社区, counted: two fall short.
ELECTION_PLACE = ("天桥", "虎坊路社区")
ELECTION_CANDIDATES = ["王丽", "万兰丹", "朱兰秀", "丁玉兰", "马秀英", "石晓燕", "赵芳", "陈霞", "李静", "张敏",
                       "刘洋", "杨帆", "黄蕾", "周慧敏", "吴桂英", "郑小红", "孙悦"]


def _election_file(folder: Path) -> Path:
    votes = {}
    for i, name in enumerate(ELECTION_CANDIDATES):
        yes = 36 - i % 5 if i < 15 else 17 + i - 15  # the last two stay short of a majority of 45
        votes[name] = [yes, 39 - yes - 1, 1]
    street, community = ELECTION_PLACE
    data = {"street": street, "community": community, "meetings": [{
        "name": f"{street}街道{community}第六次妇女代表大会", "date": "2026-03-20", "expected": 45, "present": 40,
        "voting": "无记名投票", "method": "差额选举", "chief_scrutineer": "韩梅", "scrutineers": ["吴婷", "郑洁"],
        "counters": ["冯雪"], "host": "周红",
        "rounds": [{"number": 1, "kind": "执委", "seats": 15, "candidates": [{"name": n} for n in ELECTION_CANDIDATES],
                    "tally": {"issued": 40, "returned": 40, "valid": 39, "invalid": 1, "votes": votes}}]}]}
    path = folder / "选举.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _election_papers(db: Path, folder: Path, outdir: Path, written: list[Path]) -> None:
    """The election stored through `fdh election-import`; its ballot and result report as PNG."""
    import subprocess

    def fdh(*args: str) -> None:
        subprocess.run([sys.executable, "-m", "fdh_desktop.cli", "--db", str(db), *args], check=True,
                       capture_output=True)

    street, community = ELECTION_PLACE
    where = ("--street", street, "--community", community, "--term", "6")  # 第七届 has its own elections
    fdh("election-import", str(_election_file(folder)), "--term", "6")
    for name, args in (("ballot", ("ballot", *where, "--round", "1")), ("result_report", ("result", *where))):
        pdf = folder / f"{name}.pdf"
        fdh(*args, "--out", str(pdf))
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(outdir / name)], check=True)
        written.append(outdir / f"{name}.png")


def _shown_png(dialog, out: Path, written: list[Path], turns: int = 5) -> None:
    """Show a non-modal dialog, let it lay out and paint, save it, close it."""
    from PySide6.QtWidgets import QApplication

    dialog.show()
    for _ in range(turns):
        QApplication.processEvents()
    _save(dialog, out, written)
    dialog.close()
    dialog.deleteLater()


def _federation_pngs(window, db: Path, outdir: Path, size: tuple[int, int], written: list[Path]) -> None:
    """form_federation.png (the congress form of a 妇联 term with its 执委) and term_dialog.png."""
    from fdh_desktop.services.federation_sample import federation_term

    from fdh_desktop.gui.dialogs.term_dialog import TermDialog

    number, community = federation_term(db)
    window.open_database(db)  # again: the term list now holds the 妇联 term
    window.set_term(number)
    render(window, outdir / "form_federation.png", "录入", size, community)
    written.append(outdir / "form_federation.png")
    _dialog_png(TermDialog(window.store, number, window), outdir / "term_dialog.png", written)


def _print_preview_png(window, out: Path, written: list[Path]) -> None:
    from fdh_desktop.gui.common.printing import preview_dialog

    tab = window.show_statistics()
    _shown_png(preview_dialog(window, tab._sections(), True, "打印预览"), out, written)


def _guide_png(window, out: Path, written: list[Path]) -> None:
    from fdh_desktop.gui.dialogs.guide_view import GuideDialog, guide_path

    _shown_png(GuideDialog(guide_path(), window), out, written)


def _election_png(window, out: Path, written: list[Path]) -> None:
    """A community of the election's street with no election yet: 新建选举, the meeting typed, and
    candidates for 主任 1, 副主任 2, 委员 4 picked from last term's leadership, topped up from this
    term's (not saved)."""
    from PySide6.QtWidgets import QApplication

    from fdh_desktop.gui.election.page import ElectionPage
    from fdh_desktop.services import election_entry
    from fdh_desktop.services.district import communities, streets

    street, community = ELECTION_PLACE
    street_id = next(s.id for s in streets(window.store) if s.name == street)
    target = next(c for c in communities(window.store) if c.name != community and c.street_id == street_id)
    window.jump_to(target.id, window.term)
    window.show_tab(4)
    page = window.findChild(ElectionPage)
    page.create_election()
    ui = page.ui
    for edit, text in ((ui.host_edit, "周红"), (ui.chief_edit, "韩梅"), (ui.scrutineers_edit, "吴婷、郑洁"),
                       (ui.counters_edit, "冯雪")):
        edit.setText(text)
    page.meeting_fields.edited.emit()
    offered = election_entry.nominees(window.store, target.id, page.current()[1], window.term)
    by_role = {role: [n for n in offered if n.member.role == role] for role in ("主任", "副主任", "委员")}
    page.add_nominees(by_role["主任"][:1] + by_role["副主任"][:2] + by_role["委员"][:4])
    ui.tally_view.clearSelection()
    for _ in range(3):
        QApplication.processEvents()
    _save(window, out, written)
    page.refresh()  # the screenshot's election is not kept: closing must not ask about it


def _progress_pngs(window, folder: Path, outdir: Path, written: list[Path]) -> None:
    """The 进度 tab on the demo's campaign, a figure clicked; the 周通报 of that week as PNG."""
    import subprocess
    from datetime import date

    from PySide6.QtWidgets import QApplication

    from fdh_desktop.gui.common.printing import write_pdf
    from fdh_desktop.services import campaign

    window.broadcast(campaign.write_demo_campaign(window.store, window.term))
    # The settings' 统计表表头, as a district fills it in, so the bulletin shows it.
    window.broadcast(campaign.save_form_settings(
        window.store, {"form_number": "妇统5表", "authority": "宣南区妇联", "valid_until": "2027年12月31日"},
        {"head": "王芳", "statistician": "李静", "preparer": "张丽", "phone": "010-63001234"}))
    tab = window.show_progress()
    tab.set_week(campaign.demo_day(date.today()))
    model = tab.model("streets")
    street = tab.board().missing_returns[0]
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == street)
    tab.ui.streets_view.clicked.emit(model.index(row, 3))  # its 筹备中 communities, listed below
    for _ in range(3):
        QApplication.processEvents()
    _save(window, outdir / "progress.png", written)
    pdf = folder / "bulletin.pdf"
    write_pdf(pdf, tab.sections(), a3=False)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(outdir / "bulletin")], check=True)
    written.append(outdir / "bulletin.png")


def _federation_statistics_png(window, term: int, out: Path, written: list[Path]) -> None:
    """The 统计 tab on a 妇联 term: the 执委 table, with the 兼职副主席 behind its count listed below."""
    from PySide6.QtWidgets import QApplication

    from fdh_desktop.reports.drill import Drill

    before = window.term
    window.set_term(term)
    tab = window.show_statistics()
    tab.refresh()
    tab.select_table("执委情况")
    tab.show_drill(Drill("executive:role:兼职副主席"))
    for _ in range(3):
        QApplication.processEvents()
    _save(window, out, written)
    window.set_term(before)


def make_screenshots(outdir: Path, size: tuple[int, int] = (1366, 768)) -> list[Path]:
    from PySide6.QtCore import QRect, QSettings, QSize
    from PySide6.QtWidgets import QApplication

    from fdh_desktop.gui.common.screen import fitted_size

    from fdh_desktop.services.demo import make_demo_file

    from fdh_desktop.gui.main_window import MainWindow

    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "宣南区.sqlite"
        make_demo_file(db)
        good, bad = _returned_workbooks(db, folder)
        from fdh_desktop.services.federation_sample import federation_term

        federation_number = federation_term(db)[0]
        _election_papers(db, folder, outdir, written)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, remember=False)
        shown = fitted_size(QSize(*size), QRect(0, 0, size[0], size[1] - TASKBAR))
        size = (shown.width(), shown.height())
        try:
            window.resize(*size)
            window.show()
            _save(window, outdir / "welcome.png", written)
            _dialog_png(_new_district_dialog(window, folder), outdir / "new_district.png", written)
            if not window.open_database(db):
                raise SystemExit(f"cannot open {db}")
            for name, tab in (("entry.png", "录入"), ("main_window.png", "录入"), ("statistics.png", "统计"),
                              ("roster.png", "班子成员")):
                render(window, outdir / name, tab, size)
                written.append(outdir / name)
            window.show_tab(0)
            _dialog_png(_export_dialog(window, folder), outdir / "export_template.png", written)
            for name, workbook in (("import_check.png", good), ("import_errors.png", bad)):
                _import_dialog_png(window, workbook, outdir / name, size)
                written.append(outdir / name)
            _dialog_png(_backup_dialog(window), outdir / "backups.png", written)
            _print_preview_png(window, outdir / "print_preview.png", written)
            _guide_png(window, outdir / "guide.png", written)
            _election_png(window, outdir / "election.png", written)
            _federation_pngs(window, db, outdir, size, written)
            _progress_pngs(window, folder, outdir, written)
            _federation_statistics_png(window, federation_number, outdir / "stats_federation.png", written)
        finally:
            window.form.clear()
            window.close()
            window.deleteLater()
            QApplication.processEvents()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fdh_desktop.gui.screenshots", description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path, nargs="?", default=Path("docs/images"))
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    width, height = parse_size(args.size)
    if os.environ.get("QT_QPA_PLATFORM", "") == "offscreen":
        # A screen of the clerk's size, less the taskbar, so dialogs fit themselves as they would.
        config = Path(tempfile.mkdtemp()) / "screen.json"
        config.write_text(json.dumps({"screens": [{"name": "screen", "x": 0, "y": 0, "width": width,
                                                   "height": height - TASKBAR, "logicalDpi": 96}]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    make_application([APP_NAME])
    for path in make_screenshots(args.outdir, parse_size(args.size)):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
