"""`vigil situations` and `vigil alerts`: list situations, print a timeline, list and deliver alerts.

Registered in main.py with ``app.add_typer(situations_app, name="situations")`` and
``app.add_typer(alerts_app, name="alerts")``.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from vigil.cli.console import stderr, stdout
from vigil.cli.options import DbOption, FormatOption, OutputFormat
from vigil.pipeline import Store, StoreError
from vigil.pipeline.assessing import (
    AssessSettings,
    ChannelError,
    RuleError,
    deliver_pending,
    list_alerts,
    list_situations,
    replay,
)
from vigil.records import Alert, Delivery, Situation

situations_app = typer.Typer(help="Areas over time: siege, ceasefire, evacuation, access, trapped people, risk.")
alerts_app = typer.Typer(help="Alerts raised by the rules, with their evidence and deliveries.")

RulesOption = Annotated[
    list[Path] | None,
    typer.Option("--rules", envvar="VIGIL_RULES", help="A rules file that extends the default rules (repeatable)."),
]
ReplaceRulesOption = Annotated[
    bool, typer.Option("--replace-rules", help="Use only the --rules files, not the default rules.")
]
ChannelsOption = Annotated[
    Path | None, typer.Option("--channels", envvar="VIGIL_CHANNELS", help="A channels file (YAML).")
]


def _open(db: str | None) -> Store:
    try:
        return Store.open(db)
    except StoreError as exc:
        stderr().print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from exc


def _fail(exc: Exception) -> typer.Exit:
    stderr().print(f"error: {exc}", markup=False)
    return typer.Exit(2)


def _json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _trapped(s: Situation) -> str:
    t = s.trapped
    if t is None:
        return ""
    if t.low is not None and t.high is not None and t.low != t.high:
        return f"{t.low:,}–{t.high:,}"
    value = t.low if t.low is not None else t.high
    return f"{value:,}" if value is not None else ""


def situations_table(found: list[Situation]) -> Table:
    table = Table(title=f"{len(found)} situations")
    for name in ("id", "place", "siege", "ceasefire", "evacuation", "access", "trapped", "risk", "last report"):
        table.add_column(name, overflow="fold")
    for s in found:
        place = s.name + (f" ({s.country})" if s.country else "")
        risk = f"{s.risk_level} ({s.risk_score:g})"
        last = s.last_day.isoformat() if s.last_day else ""
        table.add_row(s.id, place, s.siege, s.ceasefire, s.evacuation, s.access, _trapped(s), risk, last)
    return table


def timeline_table(s: Situation) -> Table:
    table = Table(title=f"{s.name}: timeline")
    for name in ("day", "aspect", "status", "note", "events"):
        table.add_column(name, overflow="fold")
    for c in s.timeline:
        table.add_row(c.day.isoformat(), c.aspect, c.status, c.note, ", ".join(c.event_ids))
    return table


def risk_table(s: Situation) -> Table:
    table = Table(title=f"risk: {s.risk_level} ({s.risk_score:g})")
    for name in ("signal", "score", "why", "events"):
        table.add_column(name, overflow="fold")
    for r in s.risk:
        table.add_row(r.kind, f"{r.score:g}", r.explanation, ", ".join(r.event_ids))
    if s.escalation is not None and not any(r.kind == "escalation" for r in s.risk):
        table.add_row("escalation", f"{s.escalation.score:g}", s.escalation.explanation, "")
    return table


def alerts_table(found: list[tuple[Alert, list[Delivery]]]) -> Table:
    table = Table(title=f"{len(found)} alerts")
    for name in ("day", "severity", "rule", "situation", "report", "events", "sent", "id"):
        table.add_column(name, overflow="fold")
    for alert, log in found:
        sent = sorted({d.channel for d in log if d.ok})
        pending = sorted({d.channel for d in log if not d.ok} - set(sent))
        status = ", ".join(sent) + (f" (pending: {', '.join(pending)})" if pending else "")
        table.add_row(
            alert.day.isoformat(), alert.severity, alert.rule, alert.situation_name, alert.source_id or "",
            ", ".join(alert.event_ids), status, alert.id,
        )  # fmt: skip
    return table


@situations_app.callback(invoke_without_command=True)
def situations(
    ctx: typer.Context,
    db: DbOption = None,
    country: Annotated[str | None, typer.Option("--country", help="ISO 3166-1 alpha-2 country code.")] = None,
    format: FormatOption = OutputFormat.table,
) -> None:
    """List situations: status of siege, ceasefire, evacuation and access, trapped people, risk."""
    if ctx.invoked_subcommand is not None:
        return
    with _open(db) as store:
        found = list_situations(store, country=country)
    if format is OutputFormat.json:
        _json([s.to_dict() for s in found])
    else:
        stdout().print(situations_table(found))


@situations_app.command("show")
def situations_show(
    id: Annotated[str, typer.Argument(help="A situation id (or a unique prefix of one).")],
    db: DbOption = None,
    format: FormatOption = OutputFormat.table,
) -> None:
    """Print a situation's timeline, trapped-population estimate and risk signals."""
    with _open(db) as store:
        found = store.get_situation(id)
    if found is None:
        stderr().print(f"error: no situation {id!r} (see `vigil situations`)", markup=False)
        raise typer.Exit(1)
    if format is OutputFormat.json:
        _json(found.to_dict())
        return
    out = stdout()
    out.print(situations_table([found]))
    out.print(timeline_table(found))
    if found.trapped is not None:
        sources = "; ".join(f"{x['day']}: {', '.join(x['texts']) or x['event_id']}" for x in found.trapped.sources)
        out.print(f"trapped: {_trapped(found)} (best {found.trapped.best or '?'}), from {sources}", markup=False)
    out.print(risk_table(found))


@situations_app.command("rebuild")
def situations_rebuild(
    db: DbOption = None, rules: RulesOption = None, replace_rules: ReplaceRulesOption = False
) -> None:
    """Assess every stored document again, in the order stored: situations rebuilt, missing alerts raised."""
    settings = AssessSettings(rules_files=tuple(rules or ()), replace_rules=replace_rules)
    try:
        loaded = settings.rules()
    except RuleError as exc:
        raise _fail(exc) from exc
    with _open(db) as store:
        report = replay(store, rules=loaded)
    stderr().print(f"{len(report.situations)} situations, {len(report.alerts)} new alerts", markup=False)


@alerts_app.callback(invoke_without_command=True)
def alerts(
    ctx: typer.Context,
    db: DbOption = None,
    situation: Annotated[str | None, typer.Option("--situation", help="Only alerts of this situation id.")] = None,
    rule: Annotated[str | None, typer.Option("--rule", help="Only alerts of this rule id.")] = None,
    severity: Annotated[str | None, typer.Option("--severity", help="Only alerts of this severity.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Only alerts on or after (YYYY-MM-DD).")] = None,
    format: FormatOption = OutputFormat.table,
) -> None:
    """List alerts with their evidence: rule, severity, situation, the report that completed the condition,
    the events that met it, and where each was sent."""
    if ctx.invoked_subcommand is not None:
        return
    try:
        day = date.fromisoformat(since) if since else None
    except ValueError:
        raise typer.BadParameter(f"{since!r} is not a date (YYYY-MM-DD)", param_hint="--since") from None
    with _open(db) as store:
        found = list_alerts(store, situation_id=situation, rule=rule, severity=severity, since=day)
    if format is OutputFormat.json:
        _json([{**a.to_dict(), "deliveries": [d.to_dict() for d in log]} for a, log in found])
    else:
        stdout().print(alerts_table(found))


@alerts_app.command("deliver")
def alerts_deliver(db: DbOption = None, channels: ChannelsOption = None) -> None:
    """Send every alert each configured channel has not had yet; a channel that fails keeps them pending."""
    if channels is None:
        stderr().print("error: no channels file (--channels FILE or VIGIL_CHANNELS)", markup=False)
        raise typer.Exit(2)
    try:
        configured = AssessSettings(channels_file=channels).channels()
    except ChannelError as exc:
        raise _fail(exc) from exc
    with _open(db) as store:
        log = deliver_pending(store, configured)
    failed = [d for d in log if not d.ok]
    for d in failed:
        stderr().print(f"failed: alert {d.alert_id} to {d.channel}: {d.error}", markup=False)
    stderr().print(f"{len(log) - len(failed)} delivered, {len(failed)} failed (kept pending)", markup=False)
    raise typer.Exit(1 if failed else 0)
