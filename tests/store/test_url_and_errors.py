"""Which URL a store opens, and the errors a bad one gives."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from vigil.store import Store, StoreError, resolve_url


def test_resolve_url_default_and_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VIGIL_DB", raising=False)
    assert resolve_url(None) == "sqlite:///./vigil.db"
    monkeypatch.setenv("VIGIL_DB", "postgres://u:p@db.example/vigil")
    assert resolve_url(None) == "postgresql+psycopg://u:p@db.example/vigil"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("data/vigil.db", "sqlite:///data/vigil.db"),
        ("/var/lib/vigil.db", "sqlite:////var/lib/vigil.db"),
        ("postgresql://me@localhost/v", "postgresql+psycopg://me@localhost/v"),
        ("postgres://me@localhost:5433/v", "postgresql+psycopg://me@localhost:5433/v"),
        ("postgresql+psycopg://me@localhost/v", "postgresql+psycopg://me@localhost/v"),
        ("sqlite:///x.db", "sqlite:///x.db"),
    ],
)
def test_resolve_url_forms(given: str, expected: str) -> None:
    assert resolve_url(given) == expected


def test_open_plain_path_creates_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    with Store.open(str(path)) as store:
        assert store.url == f"sqlite:///{path}"
        assert store.count_documents() == 0
    assert path.exists()


def test_sqlite_pragmas_wal_and_foreign_keys(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "p.db")) as store, store.engine.connect() as conn:
        assert conn.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(sa.text("PRAGMA foreign_keys")).scalar() == 1


def test_unreachable_postgres_names_url_and_masks_password() -> None:
    url = "postgresql://vigil:s3cret@127.0.0.1:1/nowhere"
    with pytest.raises(StoreError) as info:
        Store.open(url)
    message = str(info.value)
    assert "127.0.0.1:1/nowhere" in message
    assert "s3cret" not in message
    assert "***" in message
    assert "cannot connect" in message


def test_unknown_dialect_is_a_store_error() -> None:
    with pytest.raises(StoreError) as info:
        Store.open("nosuchdb://host/db")
    assert "nosuchdb://host/db" in str(info.value)
    assert "bad database URL" in str(info.value)


def test_unopenable_sqlite_path(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'missing-dir' / 'x.db'}"
    with pytest.raises(StoreError) as info:
        Store.open(url)
    assert "missing-dir" in str(info.value)
