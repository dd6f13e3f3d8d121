"""A file channel: one JSON object per alert, appended to a JSON Lines file."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from vigil.assess.channels.base import DeliveryError, alert_payload
from vigil.records import Alert


@dataclass(slots=True, kw_only=True)
class FileChannel:
    name: str
    path: Path
    min_severity: str = "info"

    def send(self, alert: Alert) -> int:
        line = json.dumps(alert_payload(alert), ensure_ascii=False, sort_keys=True) + "\n"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as out:
                out.write(line)
        except OSError as exc:
            raise DeliveryError(f"file {self.path}: {exc.strerror or exc}", attempts=1) from exc
        return 1
