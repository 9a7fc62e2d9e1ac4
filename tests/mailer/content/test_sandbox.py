"""The template sandbox bounds what a template can build: no hang, no runaway memory,
one sentence naming the file and line (issue 17, item 12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailer.content.templates import TemplateSet
from mailer.errors import TemplateError

ROW = {"name": "Kim", "n": "99999999", "big": "10000000000"}


def load(tmp_path: Path, body: str) -> TemplateSet:
    folder = tmp_path / "t"
    folder.mkdir(exist_ok=True)
    (folder / "subject.txt").write_text("Hi", encoding="utf-8")
    (folder / "body.txt").write_text(body, encoding="utf-8")
    return TemplateSet.load(folder)


HOSTILE = [
    # ** : Jinja folds constants at compile time, so this one hung at load
    "{{ 9**99999999 }}",
    "{{ 9**(n|int) }}",
    "{% set ns = namespace(x=2) %}{% for i in range(80) %}{% set ns.x = ns.x * ns.x %}"
    "{% endfor %}{{ ns.x }}",
    # repetition and growth of strings and lists
    "{{ 'x' * 10**10 }}",
    "{{ 'x' * (big|int) }}",
    "{{ ['y' * 1000000] * 1000 }}",
    "{% set ns = namespace(s='x') %}{% for i in range(80) %}{% set ns.s = ns.s + ns.s %}"
    "{% endfor %}",
    "{% set ns = namespace(s='x') %}{% for i in range(80) %}{% set ns.s = ns.s ~ ns.s %}"
    "{% endfor %}",
    "{% set s = 'x' * 1000000 %}{% set s = s~s~s~s~s~s~s~s~s~s~s %}{{ s }}",
    "{% macro f(s, k) %}{% if k %}{{ f(s ~ s, k - 1) }}{% endif %}{% endmacro %}{{ f('x', 60) }}",
    "{% set s = 'x' * 1000000 %}{% for i in range(100000) %}{{ s }}{% endfor %}",
    # size arguments of filters, methods and format strings
    "{{ 'x'|center(10**10) }}",
    "{{ 'x'.ljust(10**10) }}",
    "{{ 'x'|indent(10**10, true) }}",
    "{{ '%099999999999d' % 1 }}",
    "{{ '%*d' % (10**10, 1) }}",
    "{{ '%099999999999d'|format(1) }}",
    "{{ '{:>99999999999}'.format(1) }}",
    "{{ '{:>{}}'.format(1, 10**11) }}",
    "{{ ('x' * 1000000)|replace('x', 'y' * 1000) }}",
    "{{ ('x' * 1000000).join('a' * 1000) }}",
    "{{ (['a' * 1000000] * 9)|join('b' * 1000000) }}",
    "{{ [1]|batch(10**10, 'x')|list }}",
    "{{ [1]|slice(10**10)|list }}",
    "{{ lipsum(10**9) }}",
    # loops: each range() is bounded, nested ones were not
    "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "{% set r = range(100000) %}{% for i in r %}{% for j in r %}{% endfor %}{% endfor %}",
]


@pytest.mark.parametrize("body", HOSTILE)
def test_hostile_template_fails_with_file_and_line(tmp_path: Path, body: str) -> None:
    template = load(tmp_path, "ok\n" + body)
    with pytest.raises(TemplateError, match=r"^t/body\.txt(, line 2)?: .*(at most|more than)"):
        template.render(ROW, email="kim@example.com")


def test_ordinary_arithmetic_and_strings_still_work(tmp_path: Path) -> None:
    body = (
        "{{ 2**10 }} {{ 2**-1 }} {{ 3*4 }} {{ 'ab'*3 }} {{ [0]*2 }} {{ 'a'+'b' }} "
        "{{ '%05d' % 42 }} {{ '%s-%s'|format(1, 2) }} {{ '{:>4}'.format('x') }} "
        "{{ 'x'|center(5) }}|{{ 'ab'.ljust(4) }}|{{ [1, 2]|join(',') }} {{ 'a' ~ name }} "
        "{% set ns = namespace(t=0) %}{% for i in range(1000) %}{% set ns.t = ns.t + i %}"
        "{% endfor %}{{ ns.t }} {{ [1, 2, 3]|batch(2, 0)|list }} {{ 'aXa'|replace('a', 'b') }}"
        " {{ 10**1000 > 0 }} {{ (big|int) * 2 }}"
    )
    out = load(tmp_path, body).render(ROW, email="kim@example.com").text
    assert out == (
        "1024 0.5 12 ababab [0, 0] ab 00042 1-2    x   x  |ab  |1,2 aKim 499500 "
        "[[1, 2], [3, 0]] bXb True 20000000000"
    )


def test_a_part_may_be_long_but_not_unbounded(tmp_path: Path) -> None:
    out = load(tmp_path, "{{ 'x' * 9000000 }}").render(ROW, email="kim@example.com").text
    assert len(out) == 9_000_000


def test_each_render_has_its_own_loop_budget(tmp_path: Path) -> None:
    """The loop budget is per render: a long campaign never runs out of it."""
    template = load(tmp_path, "{% for i in range(100000) %}{% endfor %}done")
    for _ in range(150):  # 15 million steps in all, 100,000 per render
        assert template.render(ROW, email="kim@example.com").text == "done"


def test_globals_are_the_sandboxs_and_a_templates_own_stay_its_own() -> None:
    """Templates get the globals as a plain dict (make_globals): the sandbox's own
    range/namespace/lipsum still apply, and one template's globals reach neither the
    environment nor another template."""
    from mailer.content.sandbox import BoundedSandbox

    env = BoundedSandbox()
    mine = env.from_string("{{ greeting }} {{ range(3) | list }}", globals={"greeting": "hi"})
    other = env.from_string("{{ greeting is defined }}")
    assert mine.render() == "hi [0, 1, 2]"
    assert other.render() == "False"
    assert "greeting" not in env.globals
    with pytest.raises(Exception, match="range"):
        env.from_string("{{ range(10**9) | list }}").render()
    ns = env.from_string("{% set n = namespace(x=1) %}{% set n.x = 2 %}{{ n.x }}")
    assert ns.render() == "2"
