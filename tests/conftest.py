"""Shared fixtures: a throwaway PostgreSQL server and ``store_url``, one empty database per test.

``store_url`` is parametrized over SQLite and PostgreSQL, so any test that takes it runs on both;
the PostgreSQL case is marked ``postgres``. The server is started once per session from the
Debian packages (``initdb``/``pg_ctl``); where they are absent the PostgreSQL cases are skipped,
unless ``VIGIL_REQUIRE_POSTGRES=1`` (CI), where they fail.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import psycopg
import pytest

from vigil.store import Store


@dataclass(frozen=True)
class PostgresServer:
    host: str
    port: int
    user: str = "postgres"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{database}"

    def admin(self) -> psycopg.Connection:
        return psycopg.connect(host=self.host, port=self.port, user=self.user, dbname="postgres", autocommit=True)

    def create_database(self) -> str:
        name = f"vigil_test_{uuid.uuid4().hex[:12]}"
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _postgres_bindir() -> Path | None:
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(os.path.realpath(initdb)).parent
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parent.parent.name or 0), reverse=True
    )
    return Path(found[0]).parent if found else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres() -> tuple[list[str], str | None]:
    """The command prefix to run the server as a non-root user (postgres refuses root), and that user."""
    if os.geteuid() != 0:
        return [], None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "postgres"], check=True)
    return ["runuser", "-u", "postgres", "--"], "postgres"


def _unavailable(reason: str) -> NoReturn:
    if os.environ.get("VIGIL_REQUIRE_POSTGRES") == "1":
        pytest.fail(f"PostgreSQL is required (VIGIL_REQUIRE_POSTGRES=1) but {reason}")
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server on 127.0.0.1 for this test session, in a temporary directory, removed after."""
    bindir = _postgres_bindir()
    if bindir is None:
        _unavailable("no initdb/pg_ctl on PATH or under /usr/lib/postgresql/*/bin (apt-get install postgresql)")
    prefix, user = _as_postgres()
    base = Path(tempfile.mkdtemp(prefix="vigil-pg-"))
    data = base / "data"
    if user is not None:
        shutil.chown(base, user=user)
    port = _free_port()

    def run(*args: str) -> None:
        done = subprocess.run([*prefix, *args], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} failed ({done.returncode}): {done.stderr or done.stdout}")

    started = False
    try:
        run(str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C")
        options = f"-k {base} -c listen_addresses=127.0.0.1 -p {port} -c fsync=off -c synchronous_commit=off"
        log = str(base / "server.log")
        run(str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", log, "-w", "-t", "60", "start")
        started = True
        yield PostgresServer(host="127.0.0.1", port=port)
    finally:
        if started:
            run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh, empty (not migrated) database: a SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'vigil.db'}"
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = server.create_database()
    try:
        yield server.url(name)
    finally:
        server.drop_database(name)


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """An open, migrated Store on ``store_url`` (so on SQLite and on PostgreSQL)."""
    with Store.open(store_url) as opened:
        yield opened


@pytest.fixture(scope="session", autouse=True)
def vigil_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Keep vigil's data (the gazetteer built on first use) out of the user's home: in ``VIGIL_TEST_HOME``
    when set (the test command sets it, so the gazetteer is built once and reused), else in a temp dir."""
    home = Path(os.environ["VIGIL_TEST_HOME"]) if os.environ.get("VIGIL_TEST_HOME") else tmp_path_factory.mktemp("home")
    home.mkdir(parents=True, exist_ok=True)
    saved = {k: os.environ.get(k) for k in ("VIGIL_HOME", "VIGIL_GAZETTEER")}
    os.environ["VIGIL_HOME"] = str(home)
    os.environ.pop("VIGIL_GAZETTEER", None)
    yield home
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
