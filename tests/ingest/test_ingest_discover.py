"""discover: directories expanded in sorted order, hidden things skipped, bad paths and schemes rejected."""

from __future__ import annotations

import os
from pathlib import Path

from vigil.ingest import discover


def test_order_given_is_kept_and_directories_are_sorted(tmp_path: Path) -> None:
    for name in ["b.txt", "a/z.txt", "a/c.txt", "c/.secret/x.txt", ".env", "c/d.json"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    single = tmp_path / "b.txt"
    found, rejected = discover([str(single), "https://news.example/feed", str(tmp_path)])
    assert rejected == []
    relative = [os.path.relpath(p, tmp_path) if not p.startswith("http") else p for p in found]
    assert relative == ["b.txt", "https://news.example/feed", "a/c.txt", "a/z.txt", "b.txt", "c/d.json"]


def test_missing_paths_and_other_schemes_are_rejected(tmp_path: Path) -> None:
    found, rejected = discover(
        [str(tmp_path / "missing.txt"), "file:///etc/hosts", "ftp://files.example/x.csv", "HTTP://a.example/"]
    )
    assert found == ["HTTP://a.example/"]
    assert [r.location for r in rejected] == [
        str(tmp_path / "missing.txt"),
        "file:///etc/hosts",
        "ftp://files.example/x.csv",
    ]
    assert "no such file" in rejected[0].reason
    assert "'file'" in rejected[1].reason and "'ftp'" in rejected[2].reason


def test_symlink_loops_and_broken_links(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text("x")
    (tmp_path / "d" / "loop").symlink_to(tmp_path / "d")
    (tmp_path / "d" / "dangling.txt").symlink_to(tmp_path / "nowhere")
    found, rejected = discover([str(tmp_path / "d")])
    assert found == [str(tmp_path / "d" / "a.txt")]
    assert [r.location for r in rejected] == [str(tmp_path / "d" / "dangling.txt")]
