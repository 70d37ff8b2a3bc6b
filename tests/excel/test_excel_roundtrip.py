"""Export → import is the identity, under Hypothesis, on adversarial text: rare CJK (𠮷 堃 喆),
formula prefixes (= + - @), control characters, OOXML escapes, IDs ending in X, long notes; for a
妇代会 district (Part 1's columns) and a 妇联 district (roles 主席…执委, the two 两委 posts,
其他职务, 是否兼职, 界别)."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

import python_calamine
from excel_helpers import dump_db, make_id
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fdh_desktop.domain import organisation, posts, vocab
from fdh_desktop.domain.cleaning import clean_phone
from fdh_desktop.domain.records import Congress, Member
from fdh_desktop.domain.text import clean_name, clean_text
from fdh_desktop.excel.cells import escape_text
from fdh_desktop.services.district import init_district
from fdh_desktop.services.exporting import export_term
from fdh_desktop.services.importing import _loose, _COMMUNITY_SUFFIXES, _STREET_SUFFIXES, apply_import, plan_import
from fdh_desktop.storage import Store

SPECIAL = ["𠮷", "堃", "喆", "=", "+", "-", "@", "\t", "\n", "\r", "\x00", "\x01", "\x1f", "_x0041_", "_x005F_",
           "_x4E00_", "'", "\"", "<", "&", " ", "\u3000", "Ｘ", "ｘ"]
# U+FFFE and U+FFFF are no characters; they are written as _xFFFE_/_xFFFF_ (valid XML, which
# Excel decodes) but calamine leaves such escapes above U+00FF as they are.
CHARS = st.one_of(st.characters(blacklist_categories=("Cs",), blacklist_characters="\ufffe\uffff"),
                  st.sampled_from(SPECIAL))
FORMULA = st.sampled_from(["", "=", "+", "-", "@", "=SUM(A1:A2)", "=HYPERLINK(\"x\")", "-1", "+86"])
PIECES = st.lists(CHARS, max_size=30).map("".join)
TEXT = st.builds(lambda p, t: clean_text(p + t), FORMULA, PIECES)
LONG = st.builds(lambda t, n: clean_text(t * n), st.lists(CHARS, min_size=1, max_size=20).map("".join),
                 st.integers(1, 200))
NAME = st.builds(lambda p, t: clean_name(p + t), st.sampled_from(["", "𠮷", "堃", "喆", "=", "@", "-"]),
                 st.lists(CHARS, min_size=1, max_size=8).map("".join)).filter(bool)


def _part1_posts(draw, chair: bool) -> dict:
    return {"rc_post": draw(st.sampled_from(vocab.POSTS if chair else (None,) + vocab.POSTS))}


def _part2_posts(draw, chair: bool) -> dict:
    """The two 两委 fields (a 妇联 chair holds at least one, else the import stops her), 其他职务,
    是否兼职 and 界别 (as cleaned: white space inside collapsed)."""
    party = draw(st.sampled_from((None,) + posts.PARTY_POSTS))
    committee = draw(st.sampled_from(posts.RC_POSTS if chair and party is None else (None,) + posts.RC_POSTS))
    return {"party_post": party, "committee_post": committee, "other_post": draw(st.booleans()),
            "part_time": draw(st.sampled_from([None, True, False])), "sector": posts.clean_sector(draw(TEXT))}


_FORMS = {
    # form: (chair, other roles, the posts of a member)
    organisation.FORM_CONGRESS: (vocab.ROLE_CHAIR, [vocab.ROLE_VICE, vocab.ROLE_MEMBER], _part1_posts),
    organisation.FORM_FEDERATION: (organisation.ROLE_PRESIDENT, [organisation.ROLE_VICE_PRESIDENT,
                                   organisation.ROLE_PART_TIME_VICE, organisation.ROLE_EXECUTIVE], _part2_posts),
}


@st.composite
def members(draw, election: date, seen_ids: set[str], form: str = organisation.FORM_CONGRESS) -> list[Member]:
    result = []
    count = draw(st.integers(0, 4))
    has_chair = draw(st.booleans())
    chair_role, other_roles, post_fields = _FORMS[form]
    for i in range(count):
        role = chair_role if i == 0 and has_chair else draw(st.sampled_from(other_roles))
        born = date(1940, 1, 1) + timedelta(days=draw(st.integers(0, 18000)))
        number = None
        if draw(st.booleans()):
            number = make_id(born, 2 * draw(st.integers(0, 400)), check=draw(st.sampled_from([None, "X"])))
            if number in seen_ids:
                number = None
            else:
                seen_ids.add(number)
        chair = role == chair_role
        result.append(Member(
            role=role, name=draw(NAME), id_number=number, birth_date=born if number or chair or draw(st.booleans()) else None,
            ethnicity=draw(st.sampled_from((None,) + vocab.ETHNICITIES)),
            political=draw(st.sampled_from(vocab.POLITICAL if chair else (None,) + vocab.POLITICAL)),
            education=draw(st.sampled_from(vocab.EDUCATION if chair else (None,) + vocab.EDUCATION)),
            is_new=draw(st.sampled_from([None, True, False])),
            phone=clean_phone(draw(TEXT)), workplace=draw(TEXT), note=draw(st.one_of(TEXT, LONG)),
            **post_fields(draw, chair),
        ))
    return result


def _completable(form: str, people: list[Member]) -> bool:
    """Whether 已完成 passes the form's rules: a chair (and for a 妇联 a deputy too)."""
    chair, _others, _posts = _FORMS[form]
    if not any(m.role == chair for m in people):
        return False
    return form == organisation.FORM_CONGRESS or any(organisation.is_deputy(m.role) for m in people)


@st.composite
def districts(draw, form: str = organisation.FORM_CONGRESS):
    """{(street, community, code): (Congress, [Member])}, valid under the domain rules."""
    street_names = draw(st.lists(NAME, min_size=1, max_size=2, unique_by=lambda n: _loose(n, _STREET_SUFFIXES)))
    seen_ids: set[str] = set()
    codes = iter(range(110102001001, 110102999999, 7))
    places = {}
    for street in street_names:
        for community in draw(st.lists(NAME, min_size=1, max_size=2,
                                       unique_by=lambda n: _loose(n, _COMMUNITY_SUFFIXES))):
            code = str(next(codes)) if draw(st.booleans()) else None
            election = date(2010, 1, 1) + timedelta(days=draw(st.integers(0, 7000)))
            people = draw(members(election, seen_ids, form))
            total = draw(st.one_of(st.none(), st.integers(0, 60)))
            units = migrants = present = None
            if total is not None:
                units = draw(st.integers(0, total))
                migrants = draw(st.integers(0, total - units))
                present = draw(st.integers(0, total))
            completable = _completable(form, people)
            progress = draw(st.sampled_from((None,) + vocab.PROGRESS[:4] + ((vocab.PROGRESS_COMPLETED,) if completable else ())))
            congress = Congress(
                should_establish=draw(st.booleans()), established=draw(st.sampled_from([None, True, False])),
                election_date=election, election_method=draw(st.sampled_from((None,) + vocab.ELECTION_METHODS)),
                voting_method=draw(st.sampled_from((None,) + vocab.VOTING_METHODS)),
                reps_total=total, reps_units=units, reps_migrants=migrants, reps_present=present,
                progress=progress, instructor=draw(TEXT), note=draw(st.one_of(TEXT, LONG)),
            )
            places[(street, community, code)] = (congress, people)
    return places


def _fill(path: Path, places, form: str = organisation.FORM_CONGRESS) -> Store:
    store = Store.open(path, create=True)
    init_district(store, "测试区", 6, 2023, form=form)
    for (street_name, community, code), (congress, people) in places.items():
        street = store.street_by_name(street_name) or store.add_street(street_name)
        c = store.add_community(street.id, community, code)
        store.save_congress(c.id, 6, congress, people)
    return store


def _content(store: Store) -> list:
    streets = {s.id: s.name for s in store.streets()}
    return [((streets[c.street_id], c.name, c.code), store.congress(c.id, 6), store.members(c.id, 6))
            for c in store.communities()]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(districts())
def test_export_then_import_is_the_identity(places):
    _round_trip(places, organisation.FORM_CONGRESS)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(districts(organisation.FORM_FEDERATION))
def test_export_of_a_federation_term_then_import_is_the_identity(places):
    _round_trip(places, organisation.FORM_FEDERATION)


def _round_trip(places, form: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        source = _fill(tmp / "a.sqlite", places, form)
        export_term(source, tmp / "export.xlsx")
        # Into an empty district: the same records come out.
        target = Store.open(tmp / "b.sqlite", create=True)
        init_district(target, "测试区", 6, 2023, form=form)
        plan = plan_import(target, [tmp / "export.xlsx"])
        assert not plan.has_errors, [p.line() for p in plan.files[0].errors]
        apply_import(target, plan)
        assert _content(target) == _content(source)
        # Back into the district it came from: nothing to do, nothing written.
        before = dump_db(tmp / "a.sqlite")
        again = plan_import(source, [tmp / "export.xlsx"])
        assert not again.changes_anything, [c.label for c in again.files[0].communities if c.status != "unchanged"]
        apply_import(source, again)
        assert dump_db(tmp / "a.sqlite") == before
        source.close()
        target.close()


def test_formula_like_text_is_a_string_cell_that_comes_back(tmp_path):
    from openpyxl import load_workbook

    places = {("广安", "=HYPERLINK(\"http://x\")", None): (
        Congress(note="+1 @a -b =c", instructor="@SUM(1)"),
        [Member(role="委员", name="=1+1", note="\x01\r\n_x0041_")])}
    store = _fill(tmp_path / "a.sqlite", places)
    export_term(store, tmp_path / "e.xlsx")
    ws = load_workbook(tmp_path / "e.xlsx")["社区妇代会"]
    assert ws["B2"].data_type == "s" and ws["B2"].quotePrefix  # shown as text, never evaluated
    rows = python_calamine.CalamineWorkbook.from_path(str(tmp_path / "e.xlsx")).get_sheet_by_name("班子成员").to_python()
    assert rows[1][4] == "=1+1" and rows[1][14] == "\x01\r\n_x0041_"


def test_note_of_32767_characters_round_trips_and_a_longer_cell_is_refused(tmp_path):
    note = ("妇代会𠮷" * 8192)[:32767]
    store = _fill(tmp_path / "a.sqlite", {("广安", "槐柏社区", None): (Congress(note=note), [])})
    export_term(store, tmp_path / "e.xlsx")
    target = Store.open(tmp_path / "b.sqlite", create=True)
    init_district(target, "测试区", 6, 2023, form="妇代会")
    plan = plan_import(target, [tmp_path / "e.xlsx"])
    assert not plan.has_errors
    apply_import(target, plan)
    assert _content(target) == _content(store)

    # openpyxl cuts text at 32,767 characters itself: lengthen the cell in the XML.
    from excel_helpers import rewrite_part

    rewrite_part(tmp_path / "e.xlsx", tmp_path / "long.xlsx", "xl/worksheets/sheet2.xml",
                 lambda xml: xml.replace(note.encode(), (note + "多").encode()))
    fp = plan_import(target, [tmp_path / "long.xlsx"]).files[0]
    assert [(e.sheet, e.row) for e in fp.errors] == [("社区妇代会", None)]
    assert "第2行O列" in fp.errors[0].message and "32767" in fp.errors[0].message


def test_masked_export_hides_ids_and_phones(demo_store, tmp_path):
    result = export_term(demo_store, tmp_path / "m.xlsx", term=6, mask_personal=True)
    rows = python_calamine.CalamineWorkbook.from_path(str(result.path)).get_sheet_by_name("班子成员").to_python()[1:]
    ids = [r[5] for r in rows if r[5]]
    assert ids and all(i[6:14] == "********" for i in ids)
    phones = [r[12] for r in rows if r[12]]
    assert phones and all("****" in p for p in phones)
    assert result.members == len(rows) == 705


def test_escape_text_leaves_ordinary_text_alone():
    assert escape_text("李秀英 备注") == "李秀英 备注"
    assert escape_text("a_x0041_b\x01") == "a_x005F_x0041_b_x0001_"
