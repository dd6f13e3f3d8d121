"""Corroborate: join mentions of the same real event into Events, reconcile figures, grade confidence."""

from vigil.corroborate.events import event_from_mention, figures_from_mentions

__all__ = ["event_from_mention", "figures_from_mentions"]
