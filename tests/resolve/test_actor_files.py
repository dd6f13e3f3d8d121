"""User files extend and override the built-in dictionary; malformed files are rejected with a precise message."""

from __future__ import annotations

from pathlib import Path

import pytest

from vigil.resolve import ActorDictionaryError, load_actor_dictionary


def write(tmp_path: Path, text: str, name: str = "mine.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_built_in_dictionary_is_cached() -> None:
    assert load_actor_dictionary() is load_actor_dictionary()


def test_user_file_extends(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
actors:
  - name: Lakeside Defence Brigade
    kind: identity_militia
    country: CD
    aliases: [LDB, Lakeside militia]
    backers: [{name: Uganda, reported: true}]
kinds:
  rebel_group: [maquisards]
victim_groups:
  children: [street children]
""",
    )
    actors = load_actor_dictionary([path])
    found = actors.find("The LDB and maquisards attacked street children; the Lakeside militia fled.")
    assert [(m.text, m.actor, m.kind) for m in found] == [
        ("LDB", "Lakeside Defence Brigade", "identity_militia"),
        ("maquisards", None, "rebel_group"),
        ("street children", None, "civilians"),
        ("Lakeside militia", "Lakeside Defence Brigade", "identity_militia"),
    ]
    assert found[2].groups == ["children"]
    assert actors.sponsors_of("LDB") == ["Uganda"]
    assert actors.sponsors_of("LDB", include_reported=False) == []
    # built-ins are still there, and the cached built-in dictionary is untouched
    assert actors.find("Hezbollah")[0].actor == "Hezbollah"
    assert load_actor_dictionary().find("LDB") == []


def test_user_file_overrides_by_name(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
actors:
  - name: Amotekun
    kind: police
    country: NG
    aliases: [Amotekun Corps, Western Nigeria Security Network]
    backers: [Nigeria]
""",
    )
    actors = load_actor_dictionary([path])
    match = actors.find("Amotekun Corps operatives arrested him.")[0]
    assert (match.actor, match.kind) == ("Amotekun", "police")
    assert actors.sponsors_of("Amotekun") == ["Nigeria"]
    # the override replaces the entry: its old alias "Operation Amotekun" is gone, its name still matches
    assert load_actor_dictionary().find("Operation Amotekun")[0].text == "Operation Amotekun"
    assert actors.find("Operation Amotekun")[0].text == "Amotekun"


def test_later_user_files_win(tmp_path: Path) -> None:
    first = write(tmp_path, "kinds:\n  unknown: [raiders]\n", "a.yaml")
    second = write(tmp_path, "kinds:\n  identity_militia: [raiders]\n", "b.yaml")
    assert load_actor_dictionary([first, second]).normalize("raiders").kind == "identity_militia"


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        ("actors:\n  - name: Foo Brigade\n    kind: warlords\n", ["actors[0]", "Foo Brigade", "'kind'", "warlords"]),
        ("actors:\n  - name: Foo Brigade\n    kind: rebel_group\n    country: Congo\n", ["Foo Brigade", "'country'"]),
        ("actors:\n  - kind: rebel_group\n", ["actors[0]", "'name'"]),
        ("actors:\n  - name: Foo\n    kind: rebel_group\n    aliases: Fooz\n", ["Foo", "'aliases'"]),
        ("actors:\n  - name: Foo\n    kind: rebel_group\n    colour: red\n", ["Foo", "colour"]),
        ("actors:\n  - name: Foo\n    kind: rebel_group\n    backers: [Atlantis]\n", ["Foo", "'backers'", "Atlantis"]),
        (
            "actors:\n  - name: Foo\n    kind: rebel_group\n    backers: [{name: Iran, reported: maybe}]\n",
            ["Foo", "backers", "reported"],
        ),
        ("actors:\n  - {name: A, kind: rebel_group}\n  - just a string\n", ["actors[1]", "mapping"]),
        ("kinds:\n  warlords: [big men]\n", ["'kinds'", "warlords"]),
        ("victim_groups:\n  pets: [dogs]\n", ["'victim_groups'", "pets"]),
        ("actor:\n  - name: Foo\n", ["unknown section", "actor"]),
        ("- just\n- a list\n", ["mapping"]),
        ("actors: [unclosed\n", ["not valid YAML"]),
    ],
)
def test_malformed_file_is_rejected_with_file_entry_and_field(tmp_path: Path, text: str, fragments: list[str]) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ActorDictionaryError) as caught:
        load_actor_dictionary([path])
    message = str(caught.value)
    assert str(path) in message
    for fragment in fragments:
        assert fragment in message


def test_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ActorDictionaryError, match="cannot read"):
        load_actor_dictionary([tmp_path / "absent.yaml"])
