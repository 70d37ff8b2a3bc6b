"""Fixtures for the exchange-workbook tests. LibreOffice runs at most three times per session:
every workbook that needs a LibreOffice-made copy is converted in one call per format."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from excel_helpers import SOFFICE, LibreOffice, handtyped_book  # noqa: E402


@pytest.fixture(scope="session")
def source_books(tmp_path_factory, demo_db) -> dict[str, Path]:
    """The workbooks that are also converted by LibreOffice, made once per session."""
    from excel_helpers import bad_book, federation_bad_book, federation_handtyped_book, filled_template

    from fdh_desktop.services.exporting import make_template
    from fdh_desktop.storage import Store

    folder = tmp_path_factory.mktemp("books")
    with Store.open(demo_db) as store:
        template = make_template(store, folder / "template.xlsx", term=6).path
        street_template = make_template(store, folder / "tianqiao.xlsx", street="天桥", term=6).path
    return {
        "handtyped": handtyped_book(folder / "handtyped.xlsx"),
        "template": template,
        "filled": filled_template(street_template, folder / "filled.xlsx"),
        "bad": bad_book(folder / "bad.xlsx"),
        "fedhand": federation_handtyped_book(folder / "fedhand.xlsx"),
        "fedbad": federation_bad_book(folder / "fedbad.xlsx"),
    }


@pytest.fixture
def fed_store(tmp_path):
    """A 妇联 district (第七届) that knows 广安 › 槐柏社区, like the 妇代会 one of the hand-typed return."""
    from excel_helpers import prepare_handtyped_district

    from fdh_desktop.services.district import init_district
    from fdh_desktop.storage import Store

    s = Store.open(tmp_path / "federation.sqlite", create=True)
    init_district(s, "测试区", 7, 2026, form="妇联")
    prepare_handtyped_district(s)
    yield s
    s.close()


@pytest.fixture(scope="session")
def lo(tmp_path_factory) -> LibreOffice:
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed, so LibreOffice-made workbooks cannot be produced")
    return LibreOffice(tmp_path_factory.mktemp("libreoffice"))


@pytest.fixture(scope="session")
def lo_books(lo: LibreOffice, source_books: dict[str, Path]) -> dict[tuple[str, str], Path]:
    """(name, "xls" | "ods" | "xlsx") → the workbook as LibreOffice saved it."""
    paths = list(source_books.values())
    result = {}
    for fmt in ("xls", "ods", "xlsx"):
        converted = lo.convert(paths, fmt)
        for name, path in source_books.items():
            result[(name, fmt)] = converted[path]
    return result


@pytest.fixture
def book(request, source_books, tmp_path):
    """A source workbook by name, or its LibreOffice copy for ("name", fmt), copied to tmp_path."""
    import shutil

    name, fmt = request.param
    if fmt == "openpyxl":
        source = source_books[name]
    else:
        source = request.getfixturevalue("lo_books")[(name, fmt)]
    target = tmp_path / f"{name}{source.suffix}"
    shutil.copyfile(source, target)
    return target
