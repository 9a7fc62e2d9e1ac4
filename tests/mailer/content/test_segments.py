"""Segment filters: the column-wise evaluation equals a plain per-row reference."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mailer.content.segments import (
    And,
    Condition,
    Node,
    Not,
    Or,
    SegmentError,
    parse,
    select,
)

COLUMNS = ["이메일", "등급", "지역", "포인트", "가입 일자"]
WORDS = ["VIP", "vip", "일반", "서울", "부산", "김철수", "", " ", "  서울 ", "1,000", "20", "x"]


def fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip().casefold()


def as_number(text: str) -> float | None:
    cleaned = "".join(ch for ch in text if ch not in ", \t\n₩$€원%")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if value not in (float("inf"), float("-inf")) and value == value else None


def as_date(text: str) -> date | None:
    parts = text.strip().replace(".", "-").replace("/", "-").split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        return None
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def reference(node: Node, row: dict[str, str]) -> bool:
    """The meaning of a filter for one row, written the obvious way."""
    if isinstance(node, And):
        return all(reference(p, row) for p in node.parts)
    if isinstance(node, Or):
        return any(reference(p, row) for p in node.parts)
    if isinstance(node, Not):
        return not reference(node.part, row)
    cell = row[node.column]
    op, values = node.op, node.values
    if op == "is empty":
        return cell.strip() == ""
    if op == "is not empty":
        return cell.strip() != ""
    if op in ("in", "not in"):
        return (fold(cell) in {fold(v) for v in values}) == (op == "in")
    value = values[0]
    if op in ("<", "<=", ">", ">="):
        target = as_number(value)
        got: float | date | None = as_number(cell)
        if target is None:
            target_d, got = as_date(value), as_date(cell)
            if got is None or target_d is None:
                return False
            return {"<": got < target_d, "<=": got <= target_d, ">": got > target_d}.get(
                op, got >= target_d
            )
        if got is None:
            return False
        return {"<": got < target, "<=": got <= target, ">": got > target}.get(op, got >= target)
    if op in ("==", "!=") and as_number(value) is not None:
        got_n = as_number(cell)
        same = got_n == as_number(value) if got_n is not None else fold(cell) == fold(value)
        return same if op == "==" else not same
    c, w = fold(cell), fold(value)
    return {
        "==": c == w,
        "!=": c != w,
        "contains": w in c,
        "starts with": c.startswith(w),
        "ends with": c.endswith(w),
    }[op]


cells_st = st.one_of(
    st.sampled_from(WORDS),
    st.text(alphabet="가나다서울 aAbB1,0.-", max_size=6),
    st.integers(-50, 5000).map(str),
    st.dates(date(2020, 1, 1), date(2027, 12, 31)).map(lambda d: d.strftime("%Y.%m.%d")),
)
values_st = st.one_of(st.sampled_from([*WORDS[:6], "서", "김"]), st.integers(-10, 3000).map(str))
order_values = st.one_of(
    st.integers(-10, 3000).map(str), st.dates(date(2020, 1, 1), date(2027, 1, 1)).map(str)
)


@st.composite
def conditions(draw: st.DrawFn) -> Condition:
    column = draw(st.sampled_from(COLUMNS[1:]))
    op = draw(
        st.sampled_from(
            ["==", "!=", "contains", "starts with", "ends with", "<", ">=", "in", "is empty"]
        )
    )
    if op == "is empty":
        return Condition(column, draw(st.sampled_from(["is empty", "is not empty"])))
    if op == "in":
        vals = tuple(draw(st.lists(values_st, min_size=1, max_size=3)))
        return Condition(column, draw(st.sampled_from(["in", "not in"])), vals)
    if op in ("<", ">="):
        return Condition(
            column, draw(st.sampled_from(["<", "<=", ">", ">="])), (draw(order_values),)
        )
    return Condition(column, op, (draw(values_st),))


nodes = st.recursive(
    conditions(),
    lambda kids: st.one_of(
        st.lists(kids, min_size=2, max_size=3).map(lambda p: And(tuple(p))),
        st.lists(kids, min_size=2, max_size=3).map(lambda p: Or(tuple(p))),
        kids.map(Not),
    ),
    max_leaves=6,
)


def render(node: Node) -> str:
    """Filter text for a tree (what a user would type)."""
    if isinstance(node, And | Or):
        word = " and " if isinstance(node, And) else " or "
        return "(" + word.join(render(p) for p in node.parts) + ")"
    if isinstance(node, Not):
        return f"not {render(node.part)}"
    column = f'"{node.column}"' if " " in node.column else node.column
    quoted = ["'" + v.replace("'", "''") + "'" for v in node.values]
    if node.op in ("is empty", "is not empty"):
        return f"{column} {node.op}"
    if node.op in ("in", "not in"):
        return f"{column} {node.op} ({', '.join(quoted)})"
    return f"{column} {node.op} {quoted[0]}"


@settings(max_examples=300, deadline=None)
@given(
    node=nodes,
    rows=st.lists(st.lists(cells_st, min_size=4, max_size=4), min_size=0, max_size=25),
)
def test_filter_equals_the_per_row_reference(node: Node, rows: list[list[str]]) -> None:
    table_rows = [[f"r{i}@example.com", *r] for i, r in enumerate(rows)]
    cells = [list(col) for col in zip(*table_rows, strict=True)] or [[] for _ in COLUMNS]
    parsed = parse(render(node), COLUMNS)
    expected = [
        i for i, r in enumerate(table_rows) if reference(node, dict(zip(COLUMNS, r, strict=True)))
    ]
    assert select(parsed, COLUMNS, cells) == expected
    # What the user typed parses back to the same meaning.
    assert select(parse(render(parsed), COLUMNS), COLUMNS, cells) == expected


def test_korean_example_from_the_issue() -> None:
    cells = [
        ["a@x.kr", "b@x.kr", "c@x.kr"],
        ["VIP", "VIP", "일반"],
        ["서울", "부산", "부산"],
        ["1,000", "20", "3000"],
        ["2025-01-01", "", "2025/2/3"],
    ]
    node = parse("등급 == 'VIP' and 지역 != '서울'", COLUMNS)
    assert select(node, COLUMNS, cells) == [1]
    assert select(parse("포인트 >= 1000", COLUMNS), COLUMNS, cells) == [0, 2]
    assert select(parse('"가입 일자" is empty', COLUMNS), COLUMNS, cells) == [1]
    assert select(parse("`가입 일자` > '2025.1.31'", COLUMNS), COLUMNS, cells) == [2]
    assert select(parse("등급 = vip", COLUMNS), COLUMNS, cells) == [0, 1]  # Excel-like


@pytest.mark.parametrize(
    ("text", "position", "problem"),
    [
        ("", 0, "empty"),
        ("등급 ==", 5, "expected a value"),
        ("등급 == 'VIP' and", 15, "expected a column"),
        ("없음 == 1", 0, "no column '없음'"),
        ("포인트 > abc", 6, "numbers or dates"),
        ("(등급 == 'VIP'", 12, "expected ')'"),
        ("등급 ~ 3", 3, "unexpected '~'"),
        ("등급 == 'VIP' 지역", 12, "expected 'and', 'or'"),
        ("__import__('os').system('x')", 0, "no column '__import__'"),
        ("등급 is 'VIP'", 6, "expected 'empty'"),
        ("등급 starts 'a'", 10, "expected 'with'"),
    ],
)
def test_refuses_what_is_outside_the_grammar_with_the_position(
    text: str, position: int, problem: str
) -> None:
    with pytest.raises(SegmentError) as caught:
        parse(text, COLUMNS)
    assert caught.value.position == position
    assert problem in str(caught.value)
    assert "Traceback" not in str(caught.value)


def test_code_is_not_a_filter_even_without_a_column_list() -> None:
    with pytest.raises(SegmentError) as caught:
        parse("__import__('os').system('x')")
    assert (caught.value.position, caught.value.problem) == (
        10,
        "expected an operator (==, !=, "
        "<, <=, >, >=, contains, starts with, ends with, in, is empty)",
    )


def test_many_rows_are_filtered_column_wise() -> None:
    # Not a timing test: the filter runs on a realistic shape without per-row parsing.
    size = 10_000
    cells = [
        [f"r{i}@x.kr" for i in range(size)],
        ["VIP" if i % 7 == 0 else "일반" for i in range(size)],
        ["서울" if i % 3 == 0 else "부산" for i in range(size)],
        [str(i) for i in range(size)],
        ["2025-01-01"] * size,
    ]
    chosen = select(parse("등급 == 'VIP' and 지역 != '서울'", COLUMNS), COLUMNS, cells)
    assert chosen == [i for i in range(size) if i % 7 == 0 and i % 3 != 0]
