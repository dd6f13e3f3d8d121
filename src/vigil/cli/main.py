"""vigil's commands. Each parses its options, calls the library and formats the answer."""

from __future__ import annotations

import gc
import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from vigil import pipeline
from vigil.cli.assess import ChannelsOption, ReplaceRulesOption, RulesOption, alerts_app, situations_app
from vigil.cli.console import progress_bar, report_rejections, stderr, stdout
from vigil.cli.gazetteer import gazetteer_app
from vigil.cli.options import DbOption, FormatOption, OutputFormat
from vigil.cli.render import accusations_table, events_table
from vigil.pipeline import (
    EXPORTERS,
    IngestOptions,
    Store,
    StoreError,
    current_revision,
    event_to_dict,
    export_events,
    resolve_url,
    upgrade,
)

app = typer.Typer(
    name="vigil",
    help="Atrocity monitoring and early warning: events, figures and alerts from open-source reports.",
    no_args_is_help=True,
    add_completion=False,
)
db_app = typer.Typer(help="Database migrations.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(situations_app, name="situations")
app.add_typer(alerts_app, name="alerts")
app.add_typer(gazetteer_app, name="gazetteer")


def _csv_columns(mapping: list[str]) -> dict[str, str]:
    columns: dict[str, str] = {}
    for item in mapping:
        field, sep, column = item.partition("=")
        if not sep or not field or not column:
            raise typer.BadParameter(f"{item!r}: expected FIELD=COLUMN, e.g. text=body", param_hint="--csv-column")
        columns[field.strip()] = column.strip()
    return columns


def _open_store(db: str | None) -> Store:
    try:
        return Store.open(db)
    except StoreError as exc:
        stderr().print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from exc


CsvOption = Annotated[
    list[str] | None,
    typer.Option("--csv-column", help="Map a document field to a CSV column: FIELD=COLUMN (repeatable)."),
]
TimeoutOption = Annotated[float, typer.Option("--timeout", help="Seconds to wait for a feed or page URL.")]


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, feed files or http(s) feed/page URLs.")],
    db: DbOption = None,
    csv_column: CsvOption = None,
    timeout: TimeoutOption = 20.0,
) -> None:
    """Store documents (text, HTML, JSON, JSON Lines, CSV, RSS/Atom) once each, with their raw bytes."""
    options = IngestOptions(csv_columns=_csv_columns(csv_column or []), timeout=timeout)
    with _open_store(db) as store, progress_bar("ingesting") as progress:
        report = pipeline.ingest_paths(paths, store=store, options=options, progress=progress)
    report_rejections(report.rejected)
    stderr().print(
        f"{report.stored} new documents stored, {report.duplicates} already stored, "
        f"{len(report.rejected)} rejected, from {report.sources} sources",
        markup=False,
    )
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def extract(
    input: Annotated[Path, typer.Argument(help="Documents as JSON Lines: id, text, title, published.")],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Result file (default: standard output).")] = None,
) -> None:
    """Write one document result per input document (the format of shared/bench/README.md)."""
    if not input.exists():
        stderr().print(f"error: {input}: no such file", markup=False)
        raise typer.Exit(2)
    extractor = pipeline.default_extractor()
    stream = out.open("w", encoding="utf-8") if out else sys.stdout
    try:
        with progress_bar("extracting") as progress:
            report = pipeline.extract_file(str(input), stream, extractor=extractor, progress=lambda n: progress(n, 0))
    finally:
        if out:
            stream.close()
    report_rejections(report.rejected)
    stderr().print(f"{report.documents} documents, {report.events} events", markup=False)
    raise typer.Exit(0 if not report.rejected else 1)


@app.command()
def run(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, feed files or feed URLs, in order.")],
    db: DbOption = None,
    csv_column: CsvOption = None,
    timeout: TimeoutOption = 20.0,
    rules: RulesOption = None,
    replace_rules: ReplaceRulesOption = False,
    channels: ChannelsOption = None,
) -> None:
    """Ingest, extract and store: every new document becomes mentions and events, in the order given; the
    situations they touch are rebuilt and the alert rules evaluated after each one."""
    options = IngestOptions(csv_columns=_csv_columns(csv_column or []), timeout=timeout)
    assess = pipeline.AssessSettings(
        rules_files=tuple(rules or ()), replace_rules=replace_rules, channels_file=channels
    )
    extractor = pipeline.default_extractor()
    try:
        with _open_store(db) as store, progress_bar("running") as progress:
            report = pipeline.run_paths(
                paths, store=store, extractor=extractor, options=options, assess=assess, progress=progress
            )
    except (pipeline.RuleError, pipeline.ChannelError) as exc:
        stderr().print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from exc
    report_rejections(report.ingest.rejected)
    stderr().print(
        f"{report.ingest.stored} new documents, {report.ingest.duplicates} already stored, "
        f"{len(report.ingest.rejected)} rejected; {report.extracted} extracted, {report.mentions} mentions, "
        f"{len(report.events)} new events; {len(report.assess.alerts)} alerts",
        markup=False,
    )
    if report.assess.failed:
        stderr().print(
            f"{len(report.assess.failed)} deliveries failed; retry with `vigil alerts deliver`", markup=False
        )
    raise typer.Exit(0 if report.ok else 1)


TypeOption = Annotated[list[str] | None, typer.Option("--type", "-t", help="Event type id (repeatable).")]
CountryOption = Annotated[str | None, typer.Option("--country", help="ISO 3166-1 alpha-2 country code.")]
SinceOption = Annotated[str | None, typer.Option("--since", help="Events on or after this date (YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option("--until", help="Events on or before this date (YYYY-MM-DD).")]
MinSourcesOption = Annotated[int, typer.Option("--min-sources", help="Only events with this many sources.")]
LimitOption = Annotated[int | None, typer.Option("--limit", help="At most this many events.")]


def _date(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=name) from None


def _query(
    types: list[str] | None, country: str | None, since: str | None, until: str | None, min_sources: int,
    limit: int | None,
) -> pipeline.EventQuery:  # fmt: skip
    return pipeline.EventQuery(
        types=tuple(types or ()),
        country=country,
        date_from=_date(since, "--since"),
        date_to=_date(until, "--until"),
        min_sources=min_sources,
        limit=limit,
    )


@app.command()
def events(
    db: DbOption = None,
    type: TypeOption = None,
    country: CountryOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    min_sources: MinSourcesOption = 1,
    limit: LimitOption = None,
    format: FormatOption = OutputFormat.table,
) -> None:
    """List stored events, with their sources, grade and figures."""
    query = _query(type, country, since, until, min_sources, limit)
    with _open_store(db) as store:
        found = pipeline.list_events(store, query)
        documents = pipeline.documents_for(store, found)
    if format is OutputFormat.json:
        sys.stdout.write(json.dumps([event_to_dict(e, documents) for e in found], ensure_ascii=False, indent=2))
        sys.stdout.write("\n")
    else:
        stdout().print(events_table(found, documents))


@app.command()
def accusations(db: DbOption = None, format: FormatOption = OutputFormat.table) -> None:
    """List stored accusations: who holds whom responsible, for what, and the events the charge is about."""
    with _open_store(db) as store:
        rows = pipeline.list_accusations(store)
    if format is OutputFormat.json:
        sys.stdout.write(json.dumps([r.to_dict() for r in rows], ensure_ascii=False, indent=2))
        sys.stdout.write("\n")
    else:
        stdout().print(accusations_table(rows))


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(EXPORTERS)}.")] = "jsonl",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Output file (default: standard output).")] = None,
    db: DbOption = None,
    type: TypeOption = None,
    country: CountryOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    min_sources: MinSourcesOption = 1,
) -> None:
    """Export events as CSV (ACLED columns), GeoJSON or JSON Lines (everything vigil knows)."""
    if format not in EXPORTERS:
        raise typer.BadParameter(f"{format!r}: choose one of {', '.join(EXPORTERS)}", param_hint="--format")
    query = _query(type, country, since, until, min_sources, None)
    with _open_store(db) as store:
        found = pipeline.list_events(store, query)
        documents = pipeline.documents_for(store, found)
    stream = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        n = export_events(found, documents=documents, fmt=format, out=stream)
    finally:
        if out:
            stream.close()
    stderr().print(f"{n} events exported", markup=False)


@db_app.command("upgrade")
def db_upgrade(db: DbOption = None) -> None:
    """Create the database or bring it to the newest schema."""
    url = resolve_url(db)
    try:
        upgrade(url)
    except StoreError as exc:
        stderr().print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from exc
    stdout().print(f"schema at {current_revision(url)}", markup=False)


@db_app.command("current")
def db_current(db: DbOption = None) -> None:
    """Print the database's schema revision."""
    try:
        revision = current_revision(resolve_url(db))
    except StoreError as exc:
        stderr().print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from exc
    stdout().print(revision or "empty (run `vigil db upgrade`)", markup=False)


# A run is a long batch of small records: Python's default thresholds would rescan every live object in full
# collections again and again (measured: 40-50% of corroboration time at 1M mentions; bench/cluster_scale.py).
GC_THRESHOLDS = (50_000, 50, 100)


def main() -> None:
    gc.set_threshold(*GC_THRESHOLDS)
    app()
