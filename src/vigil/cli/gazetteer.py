"""``vigil gazetteer``: build the embedded gazetteer, load GeoNames dumps, look names up."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from vigil import pipeline
from vigil.cli.console import progress_bar, stderr, stdout
from vigil.cli.options import FormatOption, OutputFormat

gazetteer_app = typer.Typer(
    help="The embedded gazetteer (GeoNames places from PyPI data, plus dumps you load).", no_args_is_help=True
)

PathOption = Annotated[
    Path | None,
    typer.Option("--path", envvar="VIGIL_GAZETTEER", help="Gazetteer file (default: $VIGIL_HOME/gazetteer.sqlite)."),
]


@gazetteer_app.command("info")
def info(path: PathOption = None, format: FormatOption = OutputFormat.table) -> None:
    """Build the gazetteer if needed and say what it holds."""
    found = pipeline.gazetteer_info(path)
    if format is OutputFormat.json:
        sys.stdout.write(json.dumps({"path": found.path, "counts": found.counts, "meta": found.meta}, indent=2) + "\n")
        return
    table = Table(title=found.path)
    table.add_column("what")
    table.add_column("how many / value")
    for key, value in {**found.counts, **found.meta}.items():
        table.add_row(key, f"{value:,}" if isinstance(value, int) else str(value))
    stdout().print(table)


@gazetteer_app.command("load")
def load(
    files: Annotated[list[Path], typer.Argument(help="GeoNames dumps: allCountries.zip, SY.zip, cities500.zip, …")],
    path: PathOption = None,
) -> None:
    """Load GeoNames dumps (places, alternateNamesV2, admin1CodesASCII); idempotent and resumable."""
    missing = [f for f in files if not f.exists()]
    if missing:
        for f in missing:
            stderr().print(f"error: {f}: no such file", markup=False)
        raise typer.Exit(2)
    with progress_bar("loading") as progress:
        reports = pipeline.load_dumps(files, path=path, progress=progress)
    failed = False
    for r in reports:
        for error in r.errors:
            stderr().print(f"rejected {error}", markup=False, highlight=False)
        failed = failed or bool(r.errors)
        if r.already_loaded:
            stderr().print(f"{r.file}: already loaded, nothing to do", markup=False)
        else:
            resumed = f" (resumed at line {r.resumed_from:,})" if r.resumed_from else ""
            stderr().print(
                f"{r.file}: {r.kind}, {r.lines_read:,} lines read{resumed}: {r.places:,} places, "
                f"{r.names:,} names, {r.admin1:,} first-level divisions, {len(r.errors)} rejected",
                markup=False,
            )
    raise typer.Exit(1 if failed else 0)


@gazetteer_app.command("search")
def search(
    name: Annotated[str, typer.Argument(help="A place name as written, e.g. Halab.")],
    path: PathOption = None,
    limit: Annotated[int, typer.Option("--limit", help="At most this many candidates.")] = 10,
    format: FormatOption = OutputFormat.table,
) -> None:
    """The places a name may refer to, most populous first."""
    found = pipeline.search_places(name, path=path, limit=limit)
    if format is OutputFormat.json:
        sys.stdout.write(json.dumps(found, ensure_ascii=False, indent=2) + "\n")
        return
    table = Table(title=f"{len(found)} places named {name!r}")
    for column in ("geonameid", "name", "country", "admin1", "feature_code", "population", "lat", "lon"):
        table.add_column(column)
    columns = ("geonameid", "name", "country", "admin1", "feature_code", "population", "lat", "lon")
    for p in found:
        table.add_row(*(str(p[c]) if p[c] is not None else "" for c in columns))
    stdout().print(table)
