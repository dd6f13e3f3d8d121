"""A tiny gazetteer written by the tests: GeoNames-format rows loaded into a temporary SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest
from places_rows import ROWS, write_geonames

from vigil.resolve.places import Gazetteer, load_geonames


@pytest.fixture
def tiny_gazetteer(tmp_path: Path) -> Gazetteer:
    gazetteer = Gazetteer.open(tmp_path / "gazetteer.sqlite", build=False)
    load_geonames(write_geonames(tmp_path / "TINY.txt", ROWS), gazetteer=gazetteer)
    return gazetteer
