"""What extraction makes of one document: its mentions, every place named in it, and its accusations."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from vigil.records.accusation import Accusation
from vigil.records.mention import Mention, Place


@dataclass(slots=True, kw_only=True)
class Extraction:
    """The document result: ``to_dict`` writes one line of the format fixed in shared/bench/README.md.

    ``source_id`` is the id the document was given in its input; it is what the result line names.
    """

    document_id: str
    source_id: str
    mentions: list[Mention] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    accusations: list[Accusation] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.source_id,
            "events": [m.to_dict() for m in self.mentions],
            "places": [p.to_dict() for p in self.places],
            "accusations": [a.to_dict() for a in self.accusations],
        }
