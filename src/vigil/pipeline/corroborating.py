"""Corroborate against the store: each new mention joins a stored event or opens one, never a rebuild."""

from __future__ import annotations

from datetime import date, timedelta

from vigil.corroborate import Corroborator, CorroboratorConfig, EventUpdate
from vigil.pipeline.querying import documents_for
from vigil.records import Document, Mention
from vigil.store import Store


class StoreCorroboration:
    """A Corroborator whose working set is seeded from the store, a few days around each new mention's date,
    the first time that day is seen; every update is written back (merged events deleted first)."""

    def __init__(self, store: Store, *, config: CorroboratorConfig | None = None, margin_days: int = 3) -> None:
        self.store = store
        self.corroborator = Corroborator(config=config)
        self._margin = timedelta(days=self.corroborator.config.window_days + margin_days)
        self._seeded_days: set[date] = set()
        self._known: set[str] = set()

    def _seed_around(self, day: date) -> None:
        if day in self._seeded_days:
            return
        self._seeded_days.add(day)
        events = [e for e in self.store.events(date_from=day - self._margin, date_to=day + self._margin)
                  if e.id not in self._known]  # fmt: skip
        if not events:
            return
        documents = documents_for(self.store, events)
        for event in sorted(events, key=lambda e: (e.date_start or day, e.id)):
            self.corroborator.seed(event, documents=documents)
            self._known.add(event.id)

    def add(self, mention: Mention, *, document: Document) -> EventUpdate:
        day = mention.date.start if mention.date else document.published
        if day is not None:
            self._seed_around(day)
        update = self.corroborator.add(mention, document=document)
        for gone in update.merged:
            self.store.delete_event(gone)
            self._known.discard(gone)
        self.store.save_event(update.event)
        self._known.add(update.event.id)
        return update
