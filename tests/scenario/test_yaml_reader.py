"""The YAML reader refuses what is not a plain, safe, single mapping — with line:col."""

from __future__ import annotations

import pytest

from debate.scenario.yamlfile import MAX_BYTES, YamlProblems, parse_document

BOMB = b"".join(
    [b'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n']
    + [
        f"{x}: &{x} [{', '.join(['*' + p] * 9)}]\n".encode()
        for p, x in zip("abcdefg", "bcdefgh", strict=True)
    ]
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(
            b"", "f.yaml:1:1: error: file is empty; a scenario is a YAML mapping", id="empty"
        ),
        pytest.param(
            b"# nothing\n\n",
            "f.yaml:1:1: error: file is empty; a scenario is a YAML mapping",
            id="only-comments",
        ),
        pytest.param(
            b"id: x\ntitle: caf\xe9\n",
            "f.yaml:2:11: error: file is not UTF-8 (byte 0xe9); save it as UTF-8",
            id="latin-1",
        ),
        pytest.param(
            b"id: x\nthemes:\n\t- a\n",
            "f.yaml:3:1: error: tab character; YAML files here use spaces only\n"
            "    hint: replace each tab with spaces",
            id="tab",
        ),
        pytest.param(
            b"- a\n- b\n",
            "f.yaml:1:1: error: top level is a list; a scenario is a mapping of keys such as "
            "`id:` and `title:`",
            id="top-level-list",
        ),
        pytest.param(
            b"just words\n",
            "f.yaml:1:1: error: top level is a single value; a scenario is a mapping of keys "
            "such as `id:` and `title:`",
            id="top-level-scalar",
        ),
        pytest.param(
            b"id: a\ntitle: t\nid: b\n",
            "f.yaml:3:1: error: duplicate key `id` (first defined at line 1)\n"
            "    hint: YAML keeps only one of them; merge the two or rename one",
            id="duplicate-key",
        ),
        pytest.param(
            b"a: 1\n---\nb: 2\n",
            "f.yaml:2:1: error: invalid YAML: more than one YAML document (`---`); a scenario "
            "file holds exactly one",
            id="two-documents",
        ),
        pytest.param(
            b"a: [1, 2\nb: 3\n",
            "f.yaml:2:2: error: invalid YAML: did not find expected ',' or ']' (while parsing "
            "a flow sequence)\n    hint: a flow sequence began at line 1, column 4",
            id="unclosed-list",
        ),
        pytest.param(
            b"a: &a [*a]\n",
            "f.yaml:1:4: error: recursive alias: a node contains itself",
            id="recursive-alias",
        ),
        pytest.param(
            BOMB,
            "f.yaml:1:56: error: document expands to more than 200,000 nodes (an alias bomb?); "
            "refusing",
            id="billion-laughs",
        ),
        pytest.param(
            b"a: !!python/object:os.system {}\n",
            "f.yaml:1:4: error: tag `tag:yaml.org,2002:python/object:os.system` is not allowed; "
            "scenarios hold plain data only",
            id="python-tag",
        ),
        pytest.param(
            b"a: !!python/name:os.system\n",
            "f.yaml:1:4: error: could not determine a constructor for the tag "
            "'tag:yaml.org,2002:python/name:os.system'",
            id="python-scalar-tag",
        ),
        pytest.param(
            b"<<: {a: 1}\n",
            "f.yaml:1:1: error: merge keys (`<<:`) are not supported; write the keys out",
            id="merge-key",
        ),
        pytest.param(
            b"? [a]\n: 1\n",
            "f.yaml:1:3: error: a key must be a plain value, not a list or mapping",
            id="complex-key",
        ),
        pytest.param(
            b"a: " + b"x" * MAX_BYTES,
            "f.yaml:1:1: error: file is larger than 4 MiB; refusing",
            id="too-large",
        ),
    ],
)
def test_refused_with_one_clear_line(raw: bytes, expected: str) -> None:
    with pytest.raises(YamlProblems) as caught:
        parse_document(raw, "f.yaml")
    assert caught.value.problems[0].render() == expected


def test_positions_of_values_and_keys() -> None:
    document = parse_document(b"id: x\nroles:\n  - id: a\n    name: A\n", "f.yaml")
    assert document.data == {"id": "x", "roles": [{"id": "a", "name": "A"}]}
    assert document.position(("roles", 0, "name")).line == 4
    assert document.position(("roles", 0, "name")).column == 11
    assert document.position(("roles", 0, "name"), key=True).column == 5
    # A missing path falls back to its nearest existing ancestor.
    assert document.position(("roles", 0, "nothing")).line == 3


def test_byte_order_mark_is_accepted() -> None:
    assert parse_document("\ufeffid: x\n".encode(), "f.yaml").data == {"id": "x"}
