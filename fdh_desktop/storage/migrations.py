"""Versioned schema migrations, tracked in PRAGMA user_version.

History rows name rows by id, so tables with history use AUTOINCREMENT (ids never reused).

Each migration is frozen once released: never edit one, add the next. The vocabularies in the
CHECK constraints are spelled out here (not imported from domain.vocab) for that reason; a change
of vocabulary is a new migration that rebuilds the table.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def _in(column: str, values: tuple[str, ...], nullable: bool = True) -> str:
    listed = ", ".join("'" + v + "'" for v in values)
    check = f"{column} IN ({listed})"
    return f"CHECK ({column} IS NULL OR {check})" if nullable else f"CHECK ({check})"


def _bool(column: str, nullable: bool = True) -> str:
    return f"CHECK ({column} IS NULL OR {column} IN (0, 1))" if nullable else f"CHECK ({column} IN (0, 1))"


def _date(column: str) -> str:
    # date() alone lets 1975-02-30 through; the '+0 days' modifier normalises it to 03-02.
    return f"CHECK ({column} IS NULL OR date({column}, '+0 days') IS {column})"


def _count(column: str) -> str:
    return f"CHECK ({column} IS NULL OR {column} >= 0)"


_ROLES_V1 = ("主任", "副主任", "委员")
_POLITICAL_V1 = ("中共党员", "中共预备党员", "共青团员", "民主党派", "无党派人士", "群众")
_EDUCATION_V1 = ("研究生", "大学本科", "大学专科", "中专", "高中", "初中", "小学及以下")
_POSTS_V1 = ("社区党组织书记", "社区党组织副书记", "居委会主任", "居委会副主任", "居委会委员", "其他", "无")
_PROGRESS_V1 = ("未启动", "筹备中", "已提名", "已选举", "已完成")
_ELECTION_V1 = ("等额选举", "差额选举")
_VOTING_V1 = ("举手表决", "无记名投票")

_V1 = f"""
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE terms (
    number INTEGER PRIMARY KEY CHECK (number >= 1),
    year INTEGER CHECK (year IS NULL OR year BETWEEN 1949 AND 2200),
    reference_date TEXT {_date("reference_date")}
) STRICT;

CREATE TABLE streets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE CHECK (name <> ''),
    code TEXT UNIQUE,
    pilot INTEGER NOT NULL DEFAULT 0 {_bool("pilot", False)},
    sort_order INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE communities (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    street_id INTEGER NOT NULL REFERENCES streets(id) ON DELETE RESTRICT,
    name TEXT NOT NULL CHECK (name <> ''),
    code TEXT UNIQUE,
    sort_order INTEGER NOT NULL DEFAULT 0,
    UNIQUE (street_id, name)
) STRICT;
CREATE INDEX communities_street ON communities(street_id, sort_order);

CREATE TABLE congresses (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
    term INTEGER NOT NULL REFERENCES terms(number) ON DELETE RESTRICT,
    should_establish INTEGER NOT NULL DEFAULT 1 {_bool("should_establish", False)},
    established INTEGER {_bool("established")},
    election_date TEXT {_date("election_date")},
    election_method TEXT {_in("election_method", _ELECTION_V1)},
    voting_method TEXT {_in("voting_method", _VOTING_V1)},
    reps_total INTEGER {_count("reps_total")},
    reps_units INTEGER {_count("reps_units")},
    reps_migrants INTEGER {_count("reps_migrants")},
    reps_present INTEGER {_count("reps_present")},
    progress TEXT {_in("progress", _PROGRESS_V1)},
    instructor TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (community_id, term)
) STRICT;
CREATE INDEX congresses_term ON congresses(term, community_id);

CREATE TABLE members (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    congress_id INTEGER NOT NULL REFERENCES congresses(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    role TEXT NOT NULL {_in("role", _ROLES_V1, False)},
    name TEXT NOT NULL CHECK (name <> ''),
    id_number TEXT CHECK (id_number IS NULL OR length(id_number) = 18),
    birth_date TEXT {_date("birth_date")},
    ethnicity TEXT,
    political TEXT {_in("political", _POLITICAL_V1)},
    education TEXT {_in("education", _EDUCATION_V1)},
    rc_post TEXT {_in("rc_post", _POSTS_V1)},
    is_new INTEGER {_bool("is_new")},
    phone TEXT NOT NULL DEFAULT '',
    workplace TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX members_congress ON members(congress_id, position);
CREATE INDEX members_id_number ON members(id_number);
CREATE INDEX members_name ON members(name);
CREATE INDEX members_chairs ON members(role, congress_id);

-- One row per user action or import; history rows hang off it.
CREATE TABLE changesets (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT ''
) STRICT;

-- The previous state of every changed row (no foreign keys: it must outlive deletions).
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    changeset_id INTEGER NOT NULL REFERENCES changesets(id),
    table_name TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    operation TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    community_id INTEGER,
    term INTEGER,
    old TEXT,
    new TEXT
) STRICT;
CREATE INDEX history_community ON history(community_id, term);
CREATE INDEX history_row ON history(table_name, row_id);
CREATE INDEX history_changeset ON history(changeset_id);

CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    changeset_id INTEGER REFERENCES changesets(id),
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    term INTEGER NOT NULL,
    at TEXT NOT NULL,
    counts TEXT NOT NULL
) STRICT;
CREATE INDEX imports_sha ON imports(sha256);
"""

Migration = Callable[[sqlite3.Connection], None]


def _script(sql: str) -> Migration:
    def run(conn: sqlite3.Connection) -> None:
        # executescript() would COMMIT first; run statement by statement inside the caller's
        # transaction so a failing migration leaves nothing behind.
        for statement in _statements(sql):
            conn.execute(statement)

    return run


def _statements(sql: str) -> list[str]:
    lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


# Version 2: 上届基数, the published figures of a term that has no member records (DOMAIN.md,
# "Statistics"). street_id NULL is the whole district. One row per (term, scope, key). Rows are
# written with history, hence AUTOINCREMENT like the other such tables.
_V2 = """
CREATE TABLE baselines (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    term INTEGER NOT NULL CHECK (term >= 1),
    street_id INTEGER REFERENCES streets(id) ON DELETE CASCADE,
    key TEXT NOT NULL CHECK (key <> ''),
    count INTEGER NOT NULL CHECK (count >= 0)
) STRICT;
CREATE UNIQUE INDEX baselines_scope_key ON baselines(term, COALESCE(street_id, 0), key);
"""

# Version 3: the same tables, faster to write. SQLite 3.40 evaluates `x IN ('a', 'b', ...)` in a
# CHECK at about 4 µs a row and a chain of `=` at 0.05-0.2 µs: a city's return is 45,000 member
# rows and as many history rows. SQLite cannot alter a CHECK, so congresses, members and history
# are rebuilt (rows, ids and AUTOINCREMENT sequences kept). members_name and members_chairs go:
# names are searched with LIKE '%...%' (no index helps) and chairs are found through their
# congress; each was one more b-tree to keep up on every member written.


def _one_of(column: str, values: tuple, nullable: bool = True) -> str:
    listed = " OR ".join(f"{column} = " + (f"'{v}'" if isinstance(v, str) else str(v)) for v in values)
    return f"CHECK ({column} IS NULL OR {listed})" if nullable else f"CHECK ({listed})"


_V3_TABLES = {
    "congresses": (f"""
CREATE TABLE congresses (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
    term INTEGER NOT NULL REFERENCES terms(number) ON DELETE RESTRICT,
    should_establish INTEGER NOT NULL DEFAULT 1 {_one_of("should_establish", (0, 1), False)},
    established INTEGER {_one_of("established", (0, 1))},
    election_date TEXT {_date("election_date")},
    election_method TEXT {_one_of("election_method", _ELECTION_V1)},
    voting_method TEXT {_one_of("voting_method", _VOTING_V1)},
    reps_total INTEGER {_count("reps_total")},
    reps_units INTEGER {_count("reps_units")},
    reps_migrants INTEGER {_count("reps_migrants")},
    reps_present INTEGER {_count("reps_present")},
    progress TEXT {_one_of("progress", _PROGRESS_V1)},
    instructor TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (community_id, term)
) STRICT""", ["CREATE INDEX congresses_term ON congresses(term, community_id)"]),
    "members": (f"""
CREATE TABLE members (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    congress_id INTEGER NOT NULL REFERENCES congresses(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    role TEXT NOT NULL {_one_of("role", _ROLES_V1, False)},
    name TEXT NOT NULL CHECK (name <> ''),
    id_number TEXT CHECK (id_number IS NULL OR length(id_number) = 18),
    birth_date TEXT {_date("birth_date")},
    ethnicity TEXT,
    political TEXT {_one_of("political", _POLITICAL_V1)},
    education TEXT {_one_of("education", _EDUCATION_V1)},
    rc_post TEXT {_one_of("rc_post", _POSTS_V1)},
    is_new INTEGER {_one_of("is_new", (0, 1))},
    phone TEXT NOT NULL DEFAULT '',
    workplace TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
) STRICT""", ["CREATE INDEX members_congress ON members(congress_id, position)",
              "CREATE INDEX members_id_number ON members(id_number)"]),
    "history": (f"""
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    changeset_id INTEGER NOT NULL REFERENCES changesets(id),
    table_name TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    operation TEXT NOT NULL {_one_of("operation", ("insert", "update", "delete"), False)},
    community_id INTEGER,
    term INTEGER,
    old TEXT,
    new TEXT
) STRICT""", ["CREATE INDEX history_community ON history(community_id, term)",
              "CREATE INDEX history_row ON history(table_name, row_id)",
              "CREATE INDEX history_changeset ON history(changeset_id)"]),
}


def _v3(conn: sqlite3.Connection) -> None:
    for table, (create, indexes) in _V3_TABLES.items():
        _rebuild(conn, table, create, indexes)


def _rebuild(conn: sqlite3.Connection, table: str, create: str, indexes: list[str]) -> None:
    """SQLite's way to change a table's constraints: a new table, the rows copied, the old one
    dropped, the new one renamed (foreign keys are off during migrations). The AUTOINCREMENT
    sequence is carried over, so an id a deleted row had is never given again."""
    seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
    conn.execute(create.replace(f"CREATE TABLE {table} (", f"CREATE TABLE {table}_rebuilt (", 1))
    conn.execute(f"INSERT INTO {table}_rebuilt SELECT * FROM {table}")
    conn.execute(f"DROP TABLE {table}")
    conn.execute(f"ALTER TABLE {table}_rebuilt RENAME TO {table}")
    for statement in indexes:
        conn.execute(statement)
    if seq is not None:
        conn.execute("DELETE FROM sqlite_sequence WHERE name = ?", (table,))
        conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (table, seq[0]))


# Version 4: the election itself (DOMAIN.md Part 2, "The election"). Per congress one or two
# sittings: 1 the 妇女代表大会, 2 a 妇联's 执委会第一次全体会议 (round 2: 主席, 副主席). A sitting
# holds rounds; a round its candidates (with their votes once tallied) and write-ins. Children
# cascade from the congress. Checks are chains of `=` (see version 3). confirmed_changeset is the
# changeset of 确认当选, which wrote the elected into the members.
_KINDS_V4 = ("执委", "主席副主席", "妇代会班子")
_VOTERS_V4 = ("代表", "执委")


_V4 = f"""
CREATE TABLE election_meetings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    congress_id INTEGER NOT NULL REFERENCES congresses(id) ON DELETE CASCADE,
    sitting INTEGER NOT NULL {_one_of("sitting", (1, 2), False)},
    name TEXT NOT NULL DEFAULT '',
    day TEXT {_date("day")},
    expected INTEGER NOT NULL DEFAULT 0 CHECK (expected >= 0),
    present INTEGER NOT NULL DEFAULT 0 CHECK (present >= 0),
    voting TEXT NOT NULL {_one_of("voting", _VOTING_V1, False)},
    method TEXT NOT NULL {_one_of("method", _ELECTION_V1, False)},
    chief_scrutineer TEXT NOT NULL DEFAULT '',
    scrutineers TEXT NOT NULL DEFAULT '',
    counters TEXT NOT NULL DEFAULT '',
    host TEXT NOT NULL DEFAULT '',
    voters TEXT NOT NULL DEFAULT '代表' {_one_of("voters", _VOTERS_V4, False)},
    confirmed_changeset INTEGER,
    UNIQUE (congress_id, sitting)
) STRICT;

CREATE TABLE election_rounds (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id INTEGER NOT NULL REFERENCES election_meetings(id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number >= 1),
    kind TEXT NOT NULL {_one_of("kind", _KINDS_V4, False)},
    seats INTEGER NOT NULL CHECK (seats >= 0),
    method TEXT NOT NULL DEFAULT '' CHECK (method = '' OR method = '等额选举' OR method = '差额选举'),
    role_seats TEXT NOT NULL DEFAULT '' CHECK (role_seats = '' OR json_valid(role_seats)),
    tallied INTEGER NOT NULL DEFAULT 0 {_one_of("tallied", (0, 1), False)},
    issued INTEGER {_count("issued")},
    returned INTEGER {_count("returned")},
    valid INTEGER {_count("valid")},
    invalid INTEGER {_count("invalid")},
    UNIQUE (meeting_id, number)
) STRICT;

CREATE TABLE election_candidates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    round_id INTEGER NOT NULL REFERENCES election_rounds(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL CHECK (name <> ''),
    id_number TEXT CHECK (id_number IS NULL OR length(id_number) = 18),
    role TEXT NOT NULL DEFAULT '',
    post TEXT NOT NULL DEFAULT '',
    fields TEXT NOT NULL DEFAULT '{{}}' CHECK (json_valid(fields)),
    yes INTEGER {_count("yes")},
    no INTEGER {_count("no")},
    abstain INTEGER {_count("abstain")}
) STRICT;
CREATE INDEX election_candidates_round ON election_candidates(round_id, position);

CREATE TABLE election_write_ins (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    round_id INTEGER NOT NULL REFERENCES election_rounds(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL CHECK (name <> ''),
    role TEXT NOT NULL DEFAULT '',
    yes INTEGER NOT NULL CHECK (yes >= 0)
) STRICT;
CREATE INDEX election_write_ins_round ON election_write_ins(round_id, position);
"""

# Version 5: the campaign (DOMAIN.md Part 2, "The campaign"). Each congress keeps the date it
# reached each stage of 换届进度 (NULL: not reached, or reached before stage dates existed). A term's
# campaign has a start date and a planned date per stage, pilot streets (试点) having their own.
# Imports also say which street sent the workbook and how it ended (written, written with
# warnings, refused), so the board can show each street's last return; rows from before keep ''
# as street and count as written (only written imports were recorded).
_STAGES_V5 = ("筹备中", "已提名", "已选举", "已完成")
_RESULTS_V5 = ("written", "warnings", "refused")
_STAGE_COLUMNS_V5 = ("preparing_on", "nominated_on", "elected_on", "completed_on")

_V5 = "".join(f"ALTER TABLE congresses ADD COLUMN {c} TEXT {_date(c)};\n" for c in _STAGE_COLUMNS_V5) + f"""
CREATE TABLE campaigns (
    term INTEGER PRIMARY KEY CHECK (term >= 1),
    start TEXT NOT NULL CHECK (date(start, '+0 days') IS start)
) STRICT;

CREATE TABLE campaign_plan (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    term INTEGER NOT NULL REFERENCES campaigns(term) ON DELETE CASCADE,
    stage TEXT NOT NULL {_one_of("stage", _STAGES_V5, False)},
    pilot INTEGER NOT NULL {_one_of("pilot", (0, 1), False)},
    day TEXT NOT NULL CHECK (date(day, '+0 days') IS day),
    UNIQUE (term, stage, pilot)
) STRICT;

ALTER TABLE imports ADD COLUMN street TEXT NOT NULL DEFAULT '';
ALTER TABLE imports ADD COLUMN result TEXT NOT NULL DEFAULT 'written' {_one_of("result", _RESULTS_V5, False)};
ALTER TABLE imports ADD COLUMN warnings INTEGER NOT NULL DEFAULT 0 CHECK (warnings >= 0);
ALTER TABLE imports ADD COLUMN message TEXT NOT NULL DEFAULT '';
CREATE INDEX imports_street ON imports(term, street, id);
"""


# Version 6: 社区妇联 terms (DOMAIN.md Part 2). A term has an organisation form (existing terms were
# all 妇代会 terms) and start/end dates. Members gain the two 两委 fields, 其他 (a post outside the
# 两委), 是否兼职 and 界别; the role CHECK widens to the 妇联 roles, which needs a rebuild. rc_post
# stays as Part 1's single value, the highest post, kept in step by the domain layer, so Part 1's
# SQL statistics keep working unchanged. Old values map in without loss (社区党组织书记 → 书记 and
# a blank 居委会职务, meaning not recorded), in the rows and in the history that can bring rows back.
_ROLES_V6 = ("主任", "副主任", "委员", "主席", "副主席", "兼职副主席", "执委")
_PARTY_V6 = ("书记", "副书记", "委员", "无")
_RC_V6 = ("主任", "副主任", "委员", "无")
_FORMS_V6 = ("妇代会", "妇联")
_MEMBER_COLUMNS_V3 = ("id", "congress_id", "position", "role", "name", "id_number", "birth_date", "ethnicity",
                      "political", "education", "rc_post", "is_new", "phone", "workplace", "note")

_MEMBERS_V6 = f"""
CREATE TABLE members (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    congress_id INTEGER NOT NULL REFERENCES congresses(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    role TEXT NOT NULL {_one_of("role", _ROLES_V6, False)},
    name TEXT NOT NULL CHECK (name <> ''),
    id_number TEXT CHECK (id_number IS NULL OR length(id_number) = 18),
    birth_date TEXT {_date("birth_date")},
    ethnicity TEXT,
    political TEXT {_one_of("political", _POLITICAL_V1)},
    education TEXT {_one_of("education", _EDUCATION_V1)},
    rc_post TEXT {_one_of("rc_post", _POSTS_V1)},
    is_new INTEGER {_one_of("is_new", (0, 1))},
    phone TEXT NOT NULL DEFAULT '',
    workplace TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    party_post TEXT {_one_of("party_post", _PARTY_V6)},
    committee_post TEXT {_one_of("committee_post", _RC_V6)},
    other_post INTEGER NOT NULL DEFAULT 0 {_one_of("other_post", (0, 1), False)},
    part_time INTEGER {_one_of("part_time", (0, 1))},
    sector TEXT NOT NULL DEFAULT ''
) STRICT"""


def _party_from(rc: str) -> str:
    return (f"CASE {rc} WHEN '社区党组织书记' THEN '书记' WHEN '社区党组织副书记' THEN '副书记'"
            " WHEN '无' THEN '无' END")


def _committee_from(rc: str) -> str:
    return (f"CASE {rc} WHEN '居委会主任' THEN '主任' WHEN '居委会副主任' THEN '副主任'"
            " WHEN '居委会委员' THEN '委员' WHEN '无' THEN '无' END")


def _other_from(rc: str) -> str:
    return f"CASE {rc} WHEN '其他' THEN 1 ELSE 0 END"


def _history_posts(column: str) -> str:
    # A member's state in the history (old or new JSON) that names rc_post gains the two fields.
    rc = f"json_extract({column}, '$.rc_post')"
    return (f"UPDATE history SET {column} = json_set({column}, '$.party_post', {_party_from(rc)},"
            f" '$.committee_post', {_committee_from(rc)}, '$.other_post', {_other_from(rc)})"
            f" WHERE table_name = 'members' AND {column} IS NOT NULL AND json_type({column}, '$.rc_post') IS NOT NULL")


def _v6(conn: sqlite3.Connection) -> None:
    conn.execute(f"ALTER TABLE terms ADD COLUMN form TEXT NOT NULL DEFAULT '妇代会' {_one_of('form', _FORMS_V6, False)}")
    conn.execute(f"ALTER TABLE terms ADD COLUMN start_date TEXT {_date('start_date')}")
    conn.execute(f"ALTER TABLE terms ADD COLUMN end_date TEXT {_date('end_date')}")
    seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'members'").fetchone()
    conn.execute(_MEMBERS_V6.replace("CREATE TABLE members (", "CREATE TABLE members_rebuilt (", 1))
    old = ", ".join(_MEMBER_COLUMNS_V3)
    conn.execute(
        f"INSERT INTO members_rebuilt ({old}, party_post, committee_post, other_post)"
        f" SELECT {old}, {_party_from('rc_post')}, {_committee_from('rc_post')}, {_other_from('rc_post')} FROM members"
    )
    conn.execute("DROP TABLE members")
    conn.execute("ALTER TABLE members_rebuilt RENAME TO members")
    conn.execute("CREATE INDEX members_congress ON members(congress_id, position)")
    conn.execute("CREATE INDEX members_id_number ON members(id_number)")
    if seq is not None:
        conn.execute("DELETE FROM sqlite_sequence WHERE name = 'members'")
        conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('members', ?)", (seq[0],))
    conn.execute(_history_posts("old"))
    conn.execute(_history_posts("new"))


# Version 7: the chairs (主任 of a 妇代会, 主席 of a 妇联) found through an index of their own. The
# statistics read the chair of every congress of a term two or three times (Part 1's figures, Part
# 2's, 连任 against last term's chair); through members_congress that is a read of every member
# row, 15 per congress. A partial index holds the chairs only, so a member written costs one more
# b-tree entry only when she is a chair (why migration 3 dropped the full members_chairs). A query
# uses it when its WHERE holds this same `role IN (...)` term.
_V7 = "CREATE INDEX members_chair ON members(congress_id) WHERE role IN ('主任', '主席')"


# Index i holds the migration from version i to version i + 1.
MIGRATIONS: list[Migration] = [
    _script(_V1),
    _script(_V2),
    _v3,
    _script(_V4),
    _script(_V5),
    _v6,
    _script(_V7),
]

LATEST = len(MIGRATIONS)
