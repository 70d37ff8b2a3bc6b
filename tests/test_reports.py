"""Reports without Qt: per-street tables, 上届基数 fallback, checks, drill-down, summary text, HTML, docx."""

from __future__ import annotations

import sqlite3
import zipfile
from dataclasses import replace
from datetime import date
from xml.dom import minidom

import pytest

from fdh_desktop.domain import vocab
from fdh_desktop.domain.records import Congress, Member
from fdh_desktop.domain.statistics import Counts, build_report
from fdh_desktop.reports.checks import ERROR, INFO, OK, WARNING, consistency_checks
from fdh_desktop.reports.docx import write_docx
from fdh_desktop.reports.drill import Drill, filter_rows
from fdh_desktop.reports.html import Signature, comparison_section, report_sections, roster_section, table_html
from fdh_desktop.reports.report import SOURCE_BASELINES, SOURCE_RECORDS, previous_source
from fdh_desktop.reports.roster import ROSTER_HEADERS, roster_rows
from fdh_desktop.reports.street_tables import StreetRow, street_tables
from fdh_desktop.reports.summary import summary_text
from fdh_desktop.reports.tables import report_tables
from fdh_desktop.services import statistics as stats
from fdh_desktop.services.baselines import AGE_MEAN_KEY, counts_from_baselines, save_baselines
from fdh_desktop.storage import Store, StoreError, migrations

BOUNDS = (35, 45)
BANDS = ["35岁及以下", "36至45岁", "46岁及以上"]


def counts(**values) -> Counts:
    c = Counts(age_bands=[0, 0, 0])
    for key, value in values.items():
        setattr(c, key, value)
    return c


def seed_counts() -> Counts:
    """The seed's current term (DOMAIN.md)."""
    return counts(
        should_establish=110, established=106, completed=106, chairs=106,
        post={"社区党组织书记": 26, "社区党组织副书记": 9, "居委会主任": 39, "居委会副主任": 26,
              "居委会委员": 3, "其他": 2, "无": 1},
        new=92, age_bands=[11, 48, 47], age_sum=45 * 106, age_known=106, age_max=60, age_min=28, party=67,
        education={"研究生": 2, "大学本科": 30, "大学专科": 37, "中专": 9, "高中": 20, "初中": 6, "小学及以下": 2},
        reps_total=4000, reps_units=400, reps_migrants=300,
    )


def previous_counts() -> Counts:
    """A hand-built previous term: 100 chairs, 89 in key posts, 18 aged ≤35, mean 42.9."""
    return counts(
        should_establish=104, established=100, completed=100, chairs=100,
        post={"社区党组织书记": 25, "社区党组织副书记": 8, "居委会主任": 36, "居委会副主任": 20,
              "居委会委员": 7, "其他": 3, "无": 1},
        new=60, age_bands=[18, 44, 38], age_sum=4290, age_known=100, age_max=58, age_min=26, party=56,
        education={"研究生": 1, "大学本科": 14, "大学专科": 27, "中专": 21, "高中": 27, "初中": 9, "小学及以下": 1},
        reps_total=3800, reps_units=380, reps_migrants=190,
    )


def report_of(current: Counts, previous: Counts | None = None, street: str | None = None, term: int = 6) -> dict:
    return build_report(district="宣南区", term=term, street=street, counts=current, previous_counts=previous,
                        bounds=BOUNDS, decimals=1)


# -- summary text -----------------------------------------------------------------------------------


def test_summary_states_the_seed_figures_and_the_comparisons():
    text = summary_text(report_of(seed_counts(), previous_counts()), current_term=6)
    assert text.startswith("本届全区应建社区妇代会110个，实建106个")
    assert "担任居委会主任39人，占36.8%" in text
    # 94.3% against 89.0%: the change is the difference of the two printed shares.
    assert "担任重要职务的共100人，占94.3%，比上届提高5.3个百分点" in text
    assert "35岁及以下11人，占10.4%，比上届少7人" in text
    assert "平均年龄45.0岁，比上届上升2.1岁" in text
    assert "年龄最大60岁，最小28岁" in text
    assert "高中、中专29人，占27.4%，比上届降低20.6个百分点" in text
    assert "36.7" not in text and "45.2" not in text  # the seed's truncations are not repeated


def test_summary_without_a_previous_term_has_no_comparison():
    text = summary_text(report_of(seed_counts()), current_term=6)
    assert "比上届" not in text and "新任妇代会主任92人，占86.8%" in text


# -- per-street tables -------------------------------------------------------------------------------


def street_rows() -> list[StreetRow]:
    a = counts(should_establish=3, established=2, completed=2, chairs=2,
               post=dict(dict.fromkeys(vocab.POSTS, 0), 居委会主任=1, 社区党组织书记=1), new=1,
               age_bands=[1, 1, 0], age_sum=70, age_known=2, age_max=40, age_min=30, party=2,
               education=dict(dict.fromkeys(vocab.EDUCATION, 0), 大学本科=2), reps_total=80, reps_units=8,
               reps_migrants=4)
    b = counts(should_establish=1, established=1, completed=1, chairs=1,
               post=dict(dict.fromkeys(vocab.POSTS, 0), 居委会主任=1), new=1,
               age_bands=[0, 0, 1], age_sum=50, age_known=1, age_max=50, age_min=50, party=0,
               education=dict(dict.fromkeys(vocab.EDUCATION, 0), 高中=1), reps_total=30, reps_units=3,
               reps_migrants=0)
    total = counts(should_establish=4, established=3, completed=3, chairs=3,
                   post=dict(dict.fromkeys(vocab.POSTS, 0), 居委会主任=2, 社区党组织书记=1), new=2,
                   age_bands=[1, 1, 1], age_sum=120, age_known=3, age_max=50, age_min=30, party=2,
                   education=dict(dict.fromkeys(vocab.EDUCATION, 0), 大学本科=2, 高中=1), reps_total=110,
                   reps_units=11, reps_migrants=4)
    prev_a = replace(a, chairs=2, post=dict(dict.fromkeys(vocab.POSTS, 0), 无=2), new=2)
    return [StreetRow(1, "天桥", report_of(a, prev_a, "天桥")), StreetRow(2, "牛街", report_of(b, None, "牛街")),
            StreetRow(None, "合计", report_of(total))]


def test_street_tables_have_a_row_per_street_and_a_total():
    tables = street_tables(street_rows())
    summary = tables[0]
    assert summary.title == "宣南区社区妇代会换届选举情况统计表（第六届）" and summary.paper == "A3"
    assert [r[0] for r in summary.rows] == ["天桥", "牛街", "合计"]
    col = summary.headers.index("实建（个）")
    assert [r[col] for r in summary.rows] == [2, 1, 3]
    for table in tables:
        assert sum(span for _, span in table.header_groups) == len(table.headers)
        assert all(len(row) == len(table.headers) for row in table.rows)


def test_street_tables_share_and_previous_columns():
    tables = {t.title.split("（")[0]: t for t in street_tables(street_rows())}
    posts = tables["妇代会主任任职情况"]
    groups = [label for label, span in posts.header_groups for _ in range(span)]
    key = [i for i, g in enumerate(groups) if g == "担任重要职务"]
    assert [posts.rows[0][i] for i in key] == [2, "100.0"]  # 天桥: 2 of 2
    assert [posts.rows[2][i] for i in key] == [3, "100.0"]
    change = [i for i, g in enumerate(groups) if g == "比上届"]
    assert [posts.rows[0][i] for i in change] == ["+2", "+100.0"]  # 天桥 had 0 of 2 in key posts
    assert [posts.rows[1][i] for i in change] == ["", ""]  # 牛街 has no previous term
    ages = tables["妇代会主任年龄结构"]
    assert ages.rows[2][ages.headers.index("平均年龄（岁）")] == "40.0"


def test_street_table_counts_carry_their_drill_down():
    tables = street_tables(street_rows())
    summary = tables[0]
    col = summary.headers.index("实建（个）")
    assert summary.drill[(0, col)] == Drill("established", 1, False)
    assert summary.drill[(2, col)] == Drill("established", None, False)
    posts = tables[2]
    prev_cols = [c for (r, c), d in posts.drill.items() if r == 0 and d.previous]
    assert prev_cols and all(posts.drill[(0, c)].category == "key_post" for c in prev_cols)
    assert not [c for (r, c), d in posts.drill.items() if r == 1 and d.previous]  # 牛街: nothing to drill


def test_comparison_tables_mark_count_cells():
    tables = report_tables(report_of(seed_counts(), previous_counts()))
    posts = tables[1]
    row = [r[0] for r in posts.rows].index("担任居委会主任")
    assert posts.drill[(row, 1)] == Drill("post:居委会主任")
    assert posts.drill[(row, 3)] == Drill("post:居委会主任", previous=True)


# -- 上届基数 ----------------------------------------------------------------------------------------


def chair(name: str, born: date, post: str = "居委会主任", education: str = "大学本科", **extra) -> Member:
    return Member(role="主任", name=name, birth_date=born, rc_post=post, political="中共党员",
                  education=education, **extra)


@pytest.fixture
def small(store):
    """Two streets, term 6 with records; term 5 has congresses but no member records."""
    a = store.add_street("天桥")
    b = store.add_street("牛街")
    done = Congress(established=True, election_date=date(2023, 5, 20), progress="已完成",
                    reps_total=40, reps_units=4, reps_migrants=2)
    ids = {}
    for street, name, person in [(a, "虎坊路", chair("王秀英", date(1975, 6, 3), is_new=True)),
                                 (a, "永安路", chair("李桂兰", date(1990, 1, 1), "居委会委员", "高中", is_new=False)),
                                 (b, "法源寺", chair("马玉华", date(1968, 2, 2), "社区党组织书记", is_new=True))]:
        c = store.add_community(street.id, f"{name}社区")
        ids[name] = c.id
        store.save_congress(c.id, 6, done, [person])
        store.save_congress(c.id, 5, Congress(established=True, progress="已完成"), [])
    return store, ids


def test_baselines_stand_in_for_a_previous_term_without_records(small):
    store, _ = small
    assert stats.statistics(store, 6)["change"]["key_post"]["count"] == 2  # 5 has congresses, 0 chairs
    save_baselines(store, 5, None, {"chairs": 4, "post:居委会主任": 1, "post:居委会委员": 3, "new": 4,
                                     "age_band:35岁及以下": 2, "age_band:36至45岁": 2, AGE_MEAN_KEY: 429,
                                     "education:大专及以上": 1, "education:高中/中专": 3, "party": 1})
    report = stats.statistics(store, 6)
    assert previous_source(report) == SOURCE_BASELINES
    prev = report["previous"]["chairs"]
    assert prev["total"] == 4 and prev["key_post"] == {"count": 1, "pct": "25.0"}
    assert prev["age_mean"] == "42.9" and prev["education_detail"] == {}
    assert report["change"]["key_post"] == {"count": 1, "pct_points": "41.7"}  # 2 of 3 = 66.7% vs 25.0%
    assert report["change"]["age_band"]["35岁及以下"]["count"] == -1
    text = summary_text(report, 6)
    assert "比上届提高41.7个百分点" in text and "比上届少1人" in text
    # Education levels are not published: their 上届 cells stay empty.
    quality = report_tables(report)[3]
    detail = [r for r in quality.rows if "其中" in str(r[0])]
    assert detail and all(r[3] == "" for r in detail)


def test_records_win_over_baselines(small):
    store, ids = small
    save_baselines(store, 5, None, {"chairs": 50, "post:居委会主任": 50})
    store.save_congress(ids["虎坊路"], 5, Congress(established=True, progress="已完成"),
                        [chair("王秀英", date(1975, 6, 3))])
    report = stats.statistics(store, 6)
    assert previous_source(report) == SOURCE_RECORDS
    assert report["previous"]["chairs"]["total"] == 1


def test_district_baselines_default_to_the_sum_of_the_streets(small):
    store, _ = small
    save_baselines(store, 5, "天桥", {"chairs": 2, "party": 1, AGE_MEAN_KEY: 400})
    save_baselines(store, 5, "牛街", {"chairs": 3, "party": 3, AGE_MEAN_KEY: 500})
    report = stats.statistics(store, 6)
    assert report["previous"]["chairs"]["total"] == 5
    assert report["previous"]["chairs"]["party"]["count"] == 4
    assert report["previous"]["chairs"]["age_mean"] is None  # a mean does not add up
    assert stats.statistics(store, 6, "牛街")["previous"]["chairs"]["total"] == 3


def test_baselines_are_saved_with_history_and_refused_when_wrong(small):
    store, _ = small
    save_baselines(store, 5, None, {"chairs": 4})
    save_baselines(store, 5, None, {"chairs": 5, "new": 2})
    assert store.baselines(5) == {"chairs": 5, "new": 2}
    assert [h["operation"] for h in store.history(term=5) if h["table_name"] == "baselines"] == [
        "insert", "update", "insert"]
    with pytest.raises(StoreError, match="不认识"):
        save_baselines(store, 5, None, {"chairs": 1, "nonsense": 2})
    with pytest.raises(StoreError, match="不小于0"):
        save_baselines(store, 5, None, {"chairs": -1})
    assert store.baselines(5) == {"chairs": 5, "new": 2}  # nothing written by a refused save


def test_counts_from_baselines_fill_in_the_chairs_total():
    c = counts_from_baselines({"post:居委会主任": 3, "post:无": 1}, BOUNDS)
    assert c.chairs == 4 and c.key_post == 3 and c.age_known == 0


def test_version_1_file_migrates_to_baselines(tmp_path):
    """A database made by the first release opens, keeps its rows and gains the baselines table."""
    path = tmp_path / "v1.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    migrations.MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO settings VALUES ('district', '宣南区'), ('current_term', '6')")
    conn.execute("INSERT INTO terms (number, year) VALUES (6, 2023)")
    conn.execute("INSERT INTO streets (name) VALUES ('天桥')")
    conn.execute("COMMIT")
    conn.close()
    with Store.open(path) as s:
        assert s.schema_version == migrations.LATEST >= 2
        assert s.settings().district == "宣南区" and [x.name for x in s.streets()] == ["天桥"]
        save_baselines(s, 5, "天桥", {"chairs": 7})
        assert s.baselines(5, s.street_by_name("天桥").id) == {"chairs": 7}
    conn = sqlite3.connect(path)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(baselines)")]
    assert columns == ["id", "term", "street_id", "key", "count"]
    with pytest.raises(sqlite3.IntegrityError):  # one figure per (term, scope, key), also district-wide
        conn.execute("INSERT INTO baselines (term, street_id, key, count) VALUES (5, NULL, 'x', 1)")
        conn.execute("INSERT INTO baselines (term, street_id, key, count) VALUES (5, NULL, 'x', 2)")
    conn.close()


# -- drill-down and checks ---------------------------------------------------------------------------


def test_drill_rows_are_the_people_counted(small):
    store, _ = small
    report = stats.statistics(store, 6)
    for category, share in [("post:居委会主任", report["chairs"]["post"]["居委会主任"]),
                            ("key_post", report["chairs"]["key_post"]), ("new", report["chairs"]["new"]),
                            ("party", report["chairs"]["party"]),
                            ("education:高中/中专", report["chairs"]["education"]["高中/中专"]),
                            *[(f"age_band:{b}", report["chairs"]["age_band"][b]) for b in BANDS]]:
        rows = stats.drill_rows(store, 6, None, Drill(category))
        assert len(rows) == share["count"], category
    rows = stats.drill_rows(store, 6, None, Drill("key_post"))
    assert sorted(r["name"] for r in rows) == ["王秀英", "马玉华"]
    assert {r["community"] for r in rows} == {"虎坊路社区", "法源寺社区"}
    oldest = stats.drill_rows(store, 6, None, Drill("age_max"))
    assert [r["name"] for r in oldest] == ["马玉华"] and oldest[0]["age"] == report["chairs"]["age_max"]
    niujie = store.street_by_name("牛街").id
    assert len(stats.drill_rows(store, 6, None, Drill("chairs", niujie))) == 1
    assert len(stats.drill_rows(store, 6, None, Drill("established"))) == 3
    assert stats.drill_rows(store, 6, None, Drill("chairs", previous=True)) == []


def test_filter_rows_by_category():
    rows = [{"age": 30, "rc_post": "居委会主任", "is_new": 1, "political": "中共预备党员", "education": "中专"},
            {"age": None, "rc_post": None, "is_new": 0, "political": "群众", "education": None}]
    assert len(filter_rows("party", rows, BOUNDS)) == 1
    assert len(filter_rows("age_missing", rows, BOUNDS)) == 1
    assert len(filter_rows("post_missing", rows, BOUNDS)) == 1
    assert len(filter_rows("continuing", rows, BOUNDS)) == 1
    assert len(filter_rows("education:高中/中专", rows, BOUNDS)) == 1


def test_checks_flag_parts_that_do_not_add_up_and_big_jumps():
    current = seed_counts()
    current.post = dict(current.post, 无=0)  # one chair's 居委会任职 not entered
    found = consistency_checks(report_of(current, previous_counts()), no_chair=2)
    messages = [c.message for c in found]
    assert found[0].level == ERROR and "2个已完成换届的妇代会主任人数不是1人" in messages[0]
    assert any("居委会任职各项之和（105）与主任人数（106）不等：1名主任未填居委会任职" in m for m in messages)
    missing = next(c for c in found if "未填居委会任职" in c.message)
    assert missing.level == WARNING and missing.drill == Drill("post_missing")
    # 新任 86.8% against 60.0%: more than 20 百分点, to be explained.
    assert any(m.startswith("全区新任占比比上届提高26.8个百分点") for m in messages)
    assert not any("担任重要职务占比" in m for m in messages)  # +5.3 is normal


def test_checks_pass_on_consistent_figures_and_compare_streets():
    rows = street_rows()
    found = consistency_checks(rows[-1].report, rows)
    assert [c.level for c in found] == [INFO, OK]
    assert found[0].message.startswith("天桥街道有占比比上届变化超过20个百分点的项目")  # 0 → 2 of 2 in key posts
    assert found[1].message.startswith("各项之和与总数一致")
    broken = rows[:-1] + [StreetRow(None, "合计", report_of(replace(seed_counts())))]
    assert any(c.level == ERROR and c.message.startswith("各街道实建之和（3）与合计（106）不等")
               for c in consistency_checks(broken[-1].report, broken))


# -- printable HTML, roster, docx -------------------------------------------------------------------


def test_table_html_repeats_two_header_rows_on_every_page():
    table = street_tables(street_rows())[0]
    html = table_html(table, total_row=True)
    head = html[html.index("<thead>"):html.index("</thead>")]
    assert head.count("<tr>") == 2 and 'rowspan="2">街道' in head and 'colspan="2">担任重要职务' in head
    assert 'class="total">合计' in html


def test_report_sections_title_signature_and_footnote():
    signature = Signature.from_dict({"preparer": "张敏", "phone": "010-63001234"}, "宣南区")
    sections = report_sections(report_of(seed_counts(), previous_counts()), street_tables(street_rows()), signature)
    assert [s.paper for s in sections][:2] == ["A3", "A4"]
    assert sections[0].title == "宣南区社区妇代会换届选举情况统计表（第六届）"
    comparison = sections[1].html
    assert "与第五届对比" in comparison
    for text in ("填报单位（盖章）：宣南区妇联", "填表人：张敏", "联系电话：010-63001234", "统计负责人：",
                 "单位负责人：", "报出日期：", "合计数或相对数由于四舍五入产生的计算误差未作机械调整"):
        assert text in comparison
    assert "36.8%" in comparison and "+5.3" in comparison


def test_comparison_section_names_baselines():
    report = report_of(seed_counts(), previous_counts())
    from fdh_desktop.reports.report import with_source

    assert "上届数字为录入的上届基数" in comparison_section(with_source(report, SOURCE_BASELINES), Signature()).html


def test_roster_masks_id_numbers_and_phones_by_default():
    member = {"community": "虎坊路社区", "role": "主任", "name": "王秀英", "id_number": "11010219750603002X",
              "birth_date": date(1975, 6, 3), "age": 47, "ethnicity": "汉族", "political": "中共党员",
              "education": "大学本科", "rc_post": "居委会主任", "is_new": True, "phone": "13812345678",
              "workplace": "社区居委会"}
    masked = roster_rows([member])[0]
    column = {header: i for i, header in enumerate(ROSTER_HEADERS)}
    assert masked[column["身份证号"]] == "110102********002X" and masked[column["联系电话"]] == "138****5678" \
        and masked[column["是否新任"]] == "是"
    plain = roster_rows([member], masked=False)[0]
    assert plain[column["身份证号"]] == "11010219750603002X" and plain[column["联系电话"]] == "13812345678"
    section = roster_section("宣南区天桥街道社区妇代会班子成员名册（第六届）", [masked], Signature(), True)
    assert "110102********002X" in section.html and "11010219750603002X" not in section.html


def test_docx_holds_the_text(tmp_path):
    path = tmp_path / "基本情况.docx"
    text = summary_text(report_of(seed_counts(), previous_counts()), 6)
    write_docx(path, [text], title="宣南区社区妇代会换届选举工作总结")
    with zipfile.ZipFile(path) as z:
        assert {"[Content_Types].xml", "_rels/.rels", "word/document.xml"} <= set(z.namelist())
        document = minidom.parseString(z.read("word/document.xml"))
    runs = "".join(t.firstChild.data for t in document.getElementsByTagName("w:t"))
    assert "一、基本情况" in runs and "比上届提高5.3个百分点" in runs


# -- names, units and brackets as printed (issue 12) -------------------------------------------------


@pytest.fixture
def suffixed_street(demo_store):
    """The demo district with 牛街 typed in full, as 牛街街道."""
    street = demo_store.street_by_name("牛街")
    demo_store.update_street(street.id, name="牛街街道")
    return demo_store


def test_a_street_typed_with_its_suffix_is_named_once(suffixed_street):
    store = suffixed_street
    sections = stats.printable_sections(store, 6, "牛街街道")
    assert sections[0].title == "宣南区牛街街道社区妇代会换届选举情况统计表（第六届）"
    assert stats.summary(store, 6, "牛街街道").startswith("第六届牛街街道应建社区妇代会")  # 本届 is 第七届
    roster = stats.roster_sections(store, 6, "牛街街道")
    assert roster[0].title == "宣南区牛街街道社区妇代会班子成员名册（第六届）"
    texts = [s.title + s.html for s in sections + roster] + [c.message for c in stats.consistency(store, 6)]
    texts.append(stats.summary(store, 6, "牛街街道"))
    assert not [t for t in texts if "街道街道" in t]
    # A street typed without the suffix still reads as a street.
    assert stats.printable_sections(store, 6, "天桥")[0].title.startswith("宣南区天桥街道社区妇代会")


def test_organisation_table_compares_with_the_previous_term():
    organisation = report_tables(report_of(seed_counts(), previous_counts()))[0]
    assert organisation.title == "组建情况"
    assert organisation.headers == ["项目", "第六届数量", "比率", "上届数量", "上届比率", "增减数量"]
    rows = {r[0]: r[1:] for r in organisation.rows}
    assert rows["应建社区妇代会（个）"] == [110, "", 104, "", "+6"]
    assert rows["实建社区妇代会（个）"] == [106, "96.4%", 100, "96.2%", "+6"]
    assert rows["妇代会主任（人）"] == [106, "", 100, "", "+6"]
    assert organisation.drill[(1, 3)] == Drill("established", previous=True)
    # Without a previous term the table keeps its three columns.
    assert report_tables(report_of(seed_counts()))[0].headers == ["项目", "第六届数量", "比率"]


def test_a_change_in_years_is_not_put_in_the_percentage_points_column():
    ages = report_tables(report_of(seed_counts(), previous_counts()))[2]
    points = ages.headers.index("增减百分点")
    in_years = [r for r in ages.rows if "岁）" in str(r[0])]
    assert in_years and all(r[points] == "" for r in in_years)
    assert ["平均年龄比上届增减（岁）", "+2.1"] == next(r for r in ages.rows if "增减" in r[0])[:2]
    bands = [r[points] for r in ages.rows if r[0] in BANDS]
    assert bands == ["-7.6", "+1.3", "+6.3"]


def test_chinese_text_of_every_table_uses_full_width_brackets():
    report = report_of(seed_counts(), previous_counts())
    streets = [StreetRow(1, "天桥", report_of(seed_counts(), previous_counts(), street="天桥")),
               StreetRow(None, "合计", report)]
    tables = report_tables(report) + street_tables(streets)
    texts = [t.title for t in tables] + [h for t in tables for h in t.headers]
    texts += [g for t in tables for g, _ in t.header_groups] + [str(r[0]) for t in tables for r in t.rows]
    half_width = [t for t in texts if "(" in t or ")" in t]
    assert half_width == []
    summary = street_tables(streets)[0]
    assert "实建（个）" in summary.headers and "占比（%）" in summary.headers
