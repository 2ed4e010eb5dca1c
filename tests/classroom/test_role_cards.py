"""`debate roles`: printable cards, one per role, ranked for the role, safe to print."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from debate_cli import run_debate as debate

from debate.classroom.rolecards import build_cards, markdown_html, render_html
from debate.scenario.load import load

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "fixtures" / "mini.yaml"


def hostile_copy(tmp_path: Path) -> Path:
    """mini.yaml with markup in every kind of text a card prints."""
    data = yaml.safe_load(MINI.read_text(encoding="utf-8"))
    data["title"] = "Mini <script>alert(1)</script>"
    data["roles"][0]["name"] = 'Strat<img src=x onerror="alert(2)">'
    data["roles"][0]["brief"] = (
        "You want **more** <b>alliance</b>.\n\n- one\n- [two](http://evil.example)"
    )
    data["arguments"][0]["claim"] = "A & B < C"
    target = tmp_path / "hostile.yaml"
    target.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return target


def test_markdown_has_one_card_per_role_with_objectives_and_motions(tmp_path: Path) -> None:
    result = debate("roles", str(MINI), data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    cards = result.stdout.split("\n---\n")
    assert len(cards) == 2
    strategist, skeptic = cards
    assert strategist.startswith("# Strategist")
    assert "motion 1 is decided Support* (10 points)" in strategist
    assert "- Regional stability: 3/3" in strategist
    for card in cards:
        assert "1. Japan should deepen the alliance with the United States." in card
        assert "2. Japan should buy long-range missiles." in card
    assert "**you want: Oppose**" in skeptic
    assert "Source: NHK" in skeptic


def test_arguments_for_the_wanted_stance_come_first_and_the_other_side_is_left_out() -> None:
    scenario = load(MINI).scenario
    strategist, skeptic = build_cards(scenario)
    skeptic_ids = [p.argument.id for plan in skeptic.motions for p in plan.picks]
    # The skeptic wants `missiles: oppose` and cares only about cost: the one
    # oppose card, never the support cards it would be arguing against.
    assert skeptic_ids == ["too-costly"]
    alliance = strategist.motions[0]
    assert [p.argument.id for p in alliance.picks] == ["counterweight", "shared-values"]
    # Direct quotes are listed before reported ones.
    kinds = [q.kind for q in strategist.quotes]
    assert kinds == sorted(kinds, key=lambda k: k != "direct")
    assert "effective-deterrence" in {q.id for q in strategist.quotes}


def test_html_is_self_contained_printable_and_escapes_everything(tmp_path: Path) -> None:
    source = hostile_copy(tmp_path)
    out = tmp_path / "cards.html"
    result = debate("roles", str(source), "--format", "html", "-o", str(out), data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    page = out.read_text(encoding="utf-8")
    assert page.count('<section class="card"') == 2
    assert "page-break-after: always" in page and "@media print" in page
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in page
    assert "A &amp; B &lt; C" in page
    assert "<strong>more</strong>" in page  # the brief's Markdown still renders
    # No outside resource of any kind: no links, fonts, scripts or images.
    assert not re.search(r"<(link|script|img|iframe)\b|@import|url\(|(href|src)\s*=\s*[\"']", page)


def test_brief_markdown_cannot_inject_links_or_tags() -> None:
    rendered = markdown_html("*a* <i>x</i>\n\n- [go](javascript:alert(1))\n- ok")
    assert rendered == (
        "<p><em>a</em> &lt;i&gt;x&lt;/i&gt;</p>\n"
        "<ul><li>[go](javascript:alert(1))</li><li>ok</li></ul>"
    )


def test_render_html_lists_cards_in_role_order() -> None:
    scenario = load(MINI).scenario
    page = render_html(scenario, build_cards(scenario))
    assert page.index('id="role-strategist"') < page.index('id="role-skeptic"')


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["roles", "no-such-scenario"], 2, "unknown scenario `no-such-scenario`"),
        (["roles", "tests/fixtures/mini.yaml", "-o", "/no/such/dir/x.md"], 1, "does not exist"),
    ],
)
def test_bad_input_gives_one_line_and_a_status(
    tmp_path: Path, args: list[str], status: int, message: str
) -> None:
    result = debate(*args, data_dir=tmp_path)
    assert result.returncode == status
    assert message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
