"""Printing and PDF: report HTML (reports.html) laid out by QTextDocument, one section per paper.

Pages are landscape with the section's paper (A4, or A3 for the wide per-street table), the
header rows of long tables repeated on each page (<thead>), and 第N页 共M页 at the foot. The text
is set in the bundled FDH Sans SC, which the PDF embeds, so it prints the same on a PC without
Chinese fonts.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPagedPaintDevice,
    QPaintEngine,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from fdh_desktop.reports.html import CELL_SIDE_PADDING_PX, SIGNATURE_FIELDS, Section, check_writable
from fdh_desktop.services.paths import resource

FONT_FILE = "FDHSansSC-Regular.otf"
FALLBACK_FAMILIES = ["Noto Sans CJK SC", "Microsoft YaHei", "SimSun", "PingFang SC"]
BASE_POINT_SIZE = 10.0
MARGINS_MM = QMarginsF(12, 12, 12, 10)
FOOTER_MM = 7.0

_family: str | None = None


def ensure_app() -> QGuiApplication:
    """The running Qt application, else a new one (offscreen when there is no display).

    A QApplication rather than a bare QGuiApplication: the process may show a widget later
    (a test session, the window), and Qt allows one application object per process.
    """
    app = QGuiApplication.instance()
    if app is None:
        from PySide6.QtWidgets import QApplication

        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["fdh"])
    return app


def load_print_font() -> str:
    """Register the bundled font once; returns the family to print with."""
    global _family
    if _family is None:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", FONT_FILE)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _family = families[0] if families else ""
    return _family


def print_font(point_size: float = BASE_POINT_SIZE) -> QFont:
    family = load_print_font()
    font = QFont()
    font.setFamilies([family, *FALLBACK_FAMILIES] if family else FALLBACK_FAMILIES)
    font.setPointSizeF(point_size)
    return font


def page_layout(paper: str) -> QPageLayout:
    size = QPageSize(QPageSize.PageSizeId.A3 if paper == "A3" else QPageSize.PageSizeId.A4)
    return QPageLayout(size, QPageLayout.Orientation.Landscape, MARGINS_MM, QPageLayout.Unit.Millimeter)


@dataclass
class _Laid:
    section: Section
    layout: QPageLayout  # the paper the pages come out on
    doc: QTextDocument
    scale: float  # document units → device units beyond the device's own resolution
    page_height: float  # one page of the document, in document units

    @property
    def pages(self) -> int:
        return max(1, self.doc.pageCount())


class Renderer:
    """Lays out sections on a paged device and paints them, page numbers across all sections.

    a3=False puts A3 sections on A4, scaled down (for offices without an A3 printer).
    """

    def __init__(self, sections: list[Section], a3: bool = True) -> None:
        self.sections = sections
        self.a3 = a3

    def _lay_out(self, device: QPagedPaintDevice) -> list[_Laid]:
        dpi = device.logicalDpiX()
        fixed = None if can_change_paper(device) else device.pageLayout()
        laid = []
        for section in self.sections:
            natural = page_layout(section.paper)
            # A printer keeps the paper chosen in its dialog for the whole job; a PDF changes paper
            # per section. Either way a section laid out for bigger paper is scaled down to fit.
            layout = fixed if fixed is not None else natural if self.a3 else page_layout("A4")
            rect = layout.paintRect(QPageLayout.Unit.Millimeter)
            shrink = min(1.0, rect.width() / natural.paintRect(QPageLayout.Unit.Millimeter).width())
            width = rect.width() / 25.4 * dpi / shrink
            height = (rect.height() - FOOTER_MM) / 25.4 * dpi / shrink
            doc = QTextDocument()
            doc.documentLayout().setPaintDevice(device)
            doc.setDefaultFont(print_font())
            doc.setHtml(section.html)
            _pad_cell_sides(doc, CELL_SIDE_PADDING_PX)
            doc.setPageSize(QSizeF(width, height))
            # A table wider than the paper is scaled down to fit rather than cut off.
            needed = doc.idealWidth()
            if needed > width * 1.001:
                factor = needed / width
                doc.setPageSize(QSizeF(width * factor, height * factor))
                shrink /= factor
            _keep_tables_whole(doc)
            laid.append(_Laid(section, layout, doc, shrink, doc.pageSize().height()))
        return laid

    def page_count(self, device: QPagedPaintDevice) -> int:
        return sum(item.pages for item in self._lay_out(device))

    def paint(self, device: QPagedPaintDevice) -> int:
        """Paint every page on `device` (a QPdfWriter or QPrinter); returns the number of pages."""
        laid = self._lay_out(device)
        total = sum(item.pages for item in laid)
        if not laid:
            return 0
        changing = can_change_paper(device)
        if changing:
            device.setPageLayout(laid[0].layout)
        painter = QPainter()
        if not painter.begin(device):
            raise OSError(QCoreApplication.translate("printing", "无法开始打印（打印机或文件不可用）"))
        try:
            number = 0
            for i, item in enumerate(laid):
                if i > 0 and changing:
                    device.setPageLayout(item.layout)
                for page in range(item.pages):
                    if number > 0:
                        device.newPage()
                    number += 1
                    self._paint_page(painter, device, item, page, number, total)
        finally:
            painter.end()
        return total

    @staticmethod
    def _paint_page(painter: QPainter, device: QPagedPaintDevice, item: _Laid, page: int,
                    number: int, total: int) -> None:
        dpi = device.logicalDpiX()
        rect_mm = item.layout.paintRect(QPageLayout.Unit.Millimeter)
        width = rect_mm.width() / 25.4 * dpi
        height = rect_mm.height() / 25.4 * dpi
        painter.save()
        painter.scale(item.scale, item.scale)
        top = page * item.page_height
        painter.translate(0, -top)
        clip = QRectF(0, top, item.doc.pageSize().width(), item.page_height)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        item.doc.documentLayout().draw(painter, context)
        painter.restore()
        painter.save()
        painter.setFont(print_font(9))
        footer = QRectF(0, height - FOOTER_MM / 25.4 * dpi, width, FOOTER_MM / 25.4 * dpi)
        painter.drawText(footer, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                         QCoreApplication.translate("printing", "第 {0} 页，共 {1} 页").format(number, total))
        painter.restore()


def can_change_paper(device: QPagedPaintDevice) -> bool:
    """PDF output takes a new paper size per page; a printer (and its preview) does not."""
    # The same test QPrinter.setPageLayout makes (a preview's engine is not the PDF one).
    engine = device.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Pdf


def _pad_cell_sides(doc: QTextDocument, padding: float) -> None:
    """Widen the left and right padding of every bordered table's cells to `padding` (CSS pixels)."""
    batch = QTextCursor(doc)
    batch.beginEditBlock()  # one relayout at the end, not one per cell
    for frame in doc.rootFrame().childFrames():
        if not isinstance(frame, QTextTable) or frame.format().border() <= 0:
            continue
        for row in range(frame.rows()):
            for column in range(frame.columns()):
                cell = frame.cellAt(row, column)
                if cell.row() != row or cell.column() != column:
                    continue  # covered by a spanning cell
                fmt = cell.format().toTableCellFormat()
                fmt.setLeftPadding(padding)
                fmt.setRightPadding(padding)
                cell.setFormat(fmt)
    batch.endEditBlock()


def _keep_tables_whole(doc: QTextDocument) -> None:
    """Start a table (with its caption) on a new page when it would split but fits on one page,
    and keep the signature lines with the table above them. A table longer than a page still
    splits, its header rows repeated."""
    for _ in range(50):  # each break moves what follows; a few passes settle it
        if not _break_once(doc):
            return


def _break_once(doc: QTextDocument) -> bool:
    height = doc.pageSize().height()
    layout = doc.documentLayout()
    frames = doc.rootFrame().childFrames()
    previous = None
    for frame in frames:
        rect = layout.frameBoundingRect(frame)
        caption = doc.findBlock(frame.firstPosition() - 1)
        has_caption = caption.isValid() and bool(caption.text().strip())
        top = min(rect.top(), layout.blockBoundingRect(caption).top()) if has_caption else rect.top()
        page_top, page_bottom = int(top // height), int((rect.bottom() - 1) // height)
        if _is_signature(frame) and previous is not None:
            before, before_caption = previous
            if int(before.bottom() // height) != page_top and before_caption is not None:
                if before.height() + rect.height() < height * 0.9 and _break_before(before_caption):
                    return True
        elif page_top != page_bottom and rect.height() < height * 0.9 and has_caption:
            if _break_before(caption):
                return True
        previous = (rect, caption if has_caption else None)
    return False


def _is_signature(frame) -> bool:
    cursor = QTextCursor(frame)
    cursor.setPosition(frame.firstPosition())
    return cursor.block().text().startswith(SIGNATURE_FIELDS["head"])


def _break_before(block) -> bool:
    fmt = block.blockFormat()
    if fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
        return False
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(fmt)
    return True


def write_pdf(path: str | Path, sections: list[Section], title: str = "", a3: bool = True) -> int:
    """Write the sections to a PDF file; returns the number of pages. OSError when not writable."""
    ensure_app()
    path = Path(path)
    check_writable(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(600)
    writer.setTitle(title or (sections[0].title if sections else ""))
    writer.setCreator(QCoreApplication.translate("printing", "妇代会换届管理"))
    pages = Renderer(sections, a3).paint(writer)
    del writer  # the file is complete once the writer is gone
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(QCoreApplication.translate("printing", "无法写入PDF文件：{0}").format(path))
    return pages


def _printer():
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout("A4"))
    return printer


PREVIEW_SIZE = (1100, 800)  # wanted; a smaller screen gets less (gui.common.screen)


def preview_dialog(parent, sections: list[Section], a3: bool = True, title: str = ""):
    """The 打印预览 dialog of the sections, sized to the screen; printing from it prints the same pages."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from PySide6.QtCore import QSize

    from fdh_desktop.gui.common.screen import fit_window

    printer = _printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.printer_kept = printer  # the dialog does not own its printer: keep the printer alive with it
    dialog.setWindowTitle(title or QCoreApplication.translate("printing", "打印预览"))
    dialog.paintRequested.connect(lambda p: Renderer(sections, a3).paint(p))
    fit_window(dialog, QSize(*PREVIEW_SIZE))
    return dialog


def preview(parent, sections: list[Section], a3: bool = True, title: str = "") -> None:
    """Show the 打印预览 until the user closes it."""
    dialog = preview_dialog(parent, sections, a3, title)
    dialog.exec()
    dialog.deleteLater()


def print_with_dialog(parent, sections: list[Section], a3: bool = True) -> bool:
    """The system print dialog, then the pages; False when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog

    printer = _printer()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    Renderer(sections, a3).paint(printer)
    return True
