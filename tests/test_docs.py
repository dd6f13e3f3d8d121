"""Every command and every option of the CLI is documented in docs/cli.md (Datasette's test_docs)."""

from pathlib import Path

import click
import pytest
import typer.main

from vigil.cli.main import app

DOCS = (Path(__file__).parent.parent / "docs" / "cli.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "vigil") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            found.extend(_commands(command, f"{prefix} {name}"))
        else:
            found.append((f"{prefix} {name}", command))
    return found


COMMANDS = _commands(typer.main.get_command(app))  # type: ignore[arg-type]


def test_there_are_commands_to_document() -> None:
    assert {name for name, _ in COMMANDS} >= {"vigil ingest", "vigil extract", "vigil run", "vigil events"}


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_command_and_its_options_are_documented(name: str, command: click.Command) -> None:
    assert f"## `{name}" in DOCS, f"{name} has no section in docs/cli.md"
    section = DOCS.split(f"## `{name}", 1)[1].split("\n## ", 1)[0]
    for param in command.params:
        if isinstance(param, click.Option):
            assert any(opt in section for opt in param.opts), f"{name}: option {param.opts} not documented"
