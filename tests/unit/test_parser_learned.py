"""The parser learns a paper's recurring lines from the roles editors gave them on earlier pages."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from proofdesk.domain import ops
from proofdesk.domain.derive import derive
from proofdesk.domain.model import Kind, Page, Role, check_invariant
from proofdesk.importer import import_files, reparse
from proofdesk.parsing import Learned, parse_page
from proofdesk.storage import Library
from proofdesk.storage.rows import role_edited
from tests.older import stamp, without_role_index
from tests.unit.parse_scoring import SEEDS, tuned_on_lines
from tests.unit.test_parser_rules import AUDIT, AUDIT_TITLE, CLINIC, CLINIC_TITLE, FARM, FARM_TITLE, make_page, narrow

# A column label in a box printed right over a headline: on its own it reads as the headline's first line.
LABEL = "基层风采"


def test_learned_keeps_the_most_given_role_of_short_lines() -> None:
    learned = Learned(
        [
            (LABEL, Role.SECTION),
            ("基层 风采", Role.SECTION),
            (LABEL, Role.KICKER),
            ("■ 本报记者 张三", Role.BYLINE),
            (AUDIT[0], Role.HEADING),  # running text does not recur: not learned
            ("公益广告", Role.BODY),  # body is what every unmarked line is already
            ("业", Role.SUBTITLE),  # the tail of a word a column cut off tells nothing of the paper
        ]
    )
    assert learned.role_of("基层风采 ") is Role.SECTION
    assert learned.role_of("■本报记者 张三") is Role.BYLINE
    assert learned.role_of(AUDIT[0]) is None and learned.role_of("公益广告") is None
    assert learned.role_of("业") is None
    assert len(learned) == 2


def test_a_line_ocr_misread_in_one_character_has_the_role_of_the_line_learned() -> None:
    # Tesseract read a headline's second line with `;` for its last character (`节日消费持续升温`, on a later page
    # of the same paper); a label of four characters one off another is another label.
    learned = Learned([("节日消费持续升温", Role.TITLE), (LABEL, Role.SECTION), ("习近平会见委内瑞拉总统", Role.TITLE)])
    assert learned.role_of("节日消费持续升;") is Role.TITLE
    assert learned.role_of("节日 消费持续升温") is Role.TITLE
    assert learned.role_of("习近平会见委内瑞拉总埋") is Role.TITLE  # the misread anywhere in the line
    assert learned.role_of("基层风貌") is None  # too short to be one line misread
    assert learned.role_of("节日消费持续升温。") is None  # a character more: another text
    assert learned.role_of("节日消费特续升;") is None  # two characters off
    assert Learned().role_of("节日消费持续升;") is None


def test_a_learned_label_is_a_section_where_the_page_alone_reads_a_headline() -> None:
    page = make_page(LABEL, AUDIT_TITLE, "", narrow(*AUDIT[:2]), "", CLINIC_TITLE, "", narrow(*CLINIC))
    alone = derive(page, parse_page(page))
    assert alone[0].title == LABEL + AUDIT_TITLE
    taught = derive(page, parse_page(page, None, Learned([(LABEL, Role.SECTION)])))
    assert [(a.kind, a.title) for a in taught][:2] == [(Kind.SECTION, LABEL), (Kind.ARTICLE, AUDIT_TITLE)]
    assert next(a for a in taught if a.title == AUDIT_TITLE).kicker == ""


def test_a_decision_on_one_page_changes_the_parse_of_a_later_page(tmp_path: Path, db: str) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("\n".join([LABEL, AUDIT_TITLE, "", *narrow(*AUDIT[:2])]) + "\n", "utf-8")
    second.write_text("\n".join([LABEL, FARM_TITLE, "", *narrow(*FARM)]) + "\n", "utf-8")

    def label_role(library: Library, name: str) -> Role:
        page_id = library.page_id(name)
        assert page_id is not None
        return library.load(page_id)[1].lines[1].role

    with Library.open(tmp_path / "untaught.sqlite") as library:
        import_files(library, [first, second])
        assert label_role(library, "b") is Role.TITLE
    with Library.open(db) as library:  # on each engine
        import_files(library, [first])
        page_id = library.page_id("a")
        assert page_id is not None
        layer = library.load(page_id)[1]
        library.save(page_id, layer, ops.set_role(layer, [1], Role.SECTION))
        assert list(library.editor_roles()) == [(LABEL, Role.SECTION)]
        assert list(library.editor_roles(other_than="a")) == [], "a page's re-parse learns from the others"
        import_files(library, [second])
        assert label_role(library, "b") is Role.SECTION


@settings(max_examples=40, deadline=None)
@given(st.randoms(use_true_random=False))
def test_any_learned_roles_keep_the_layer_complete(rng: random.Random) -> None:
    seed = rng.choice(sorted(SEEDS.glob("*.txt")))
    lines = seed.read_text(encoding="utf-8").split("\n")
    short = [line for line in lines if line.strip() and len(line) < 30]
    learned = Learned([(rng.choice(short), rng.choice(list(Role))) for _ in range(rng.randint(1, 15))])
    page = Page(seed.stem, tuple(lines))
    assert check_invariant(page, parse_page(page, None, learned)) == []


def test_a_reparse_learns_the_roles_editors_set_and_finds_them_by_their_index(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("\n".join([LABEL, AUDIT_TITLE, "", *narrow(*AUDIT[:2])]) + "\n", "utf-8")
    second.write_text("\n".join([LABEL, FARM_TITLE, "", *narrow(*FARM)]) + "\n", "utf-8")
    path = tmp_path / "library.sqlite"
    with Library.open(path) as library:
        import_files(library, [first, second])
        a, b = library.page_id("a"), library.page_id("b")
        assert a is not None and b is not None
        layer = library.load(a)[1]
        library.save(a, layer, ops.set_role(layer, [1], Role.SECTION))
        page, stored = library.load(b)
        assert stored.lines[1].role is Role.TITLE
        assert reparse(library, page).lines[1].role is Role.SECTION
    # Every line of the library would be read to find the few an editor gave a role; the index holds those.
    plan = f"EXPLAIN QUERY PLAN SELECT l.line, l.role FROM line l WHERE {role_edited('l')}"
    with sqlite3.connect(path) as conn:
        assert "USING INDEX line_role_edited" in str(conn.execute(plan).fetchall())
        without_role_index(conn)  # as version 12 left it
        stamp(conn, 12)
    with Library.open(path) as library:
        assert reparse(library, page).lines[1].role is Role.SECTION
    with sqlite3.connect(path) as conn:
        assert "USING INDEX line_role_edited" in str(conn.execute(plan).fetchall())


def test_a_place_editors_made_a_headline_on_other_pages_stays_one() -> None:
    # Left a headline of its own, a place alone is a kicker (`兰州市`), unless editors made it a headline elsewhere.
    raw = tuned_on_lines("narrow_tesseract_tess_65001")
    assert raw[169] == "兰州市"
    page = Page("tess", tuple(raw))
    assert parse_page(page).lines[170].role is Role.KICKER
    assert parse_page(page, None, Learned([("兰州市", Role.TITLE)])).lines[170].role is Role.TITLE
