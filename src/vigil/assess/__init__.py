"""vigil.assess: situations derived from events, escalation and atrocity risk, alert rules and channels.

Imports only vigil.records, vigil.taxonomy and itself; gets events, publication dates and settings passed in.
"""

from vigil.assess.alerting import alert_id, evaluate_rules
from vigil.assess.channels import (
    CHANNEL_KINDS,
    Channel,
    ChannelError,
    DeliveryError,
    EmailChannel,
    FileChannel,
    SlackChannel,
    WebhookChannel,
    deliver,
    load_channels,
    parse_channels,
    signature,
)
from vigil.assess.channels.base import Retry
from vigil.assess.keys import SituationKey, normalise_name, place_key, situation_key
from vigil.assess.knowledge import Knowledge, KnowledgeError, load_knowledge
from vigil.assess.rules import Condition, Rule, RuleError, load_rules, parse_rules
from vigil.assess.situations import build_situation, build_situations, group_events

__all__ = [
    "CHANNEL_KINDS",
    "Channel",
    "ChannelError",
    "Condition",
    "DeliveryError",
    "EmailChannel",
    "FileChannel",
    "Knowledge",
    "KnowledgeError",
    "Retry",
    "Rule",
    "RuleError",
    "SituationKey",
    "SlackChannel",
    "WebhookChannel",
    "alert_id",
    "build_situation",
    "build_situations",
    "deliver",
    "evaluate_rules",
    "group_events",
    "load_channels",
    "load_knowledge",
    "load_rules",
    "normalise_name",
    "parse_channels",
    "parse_rules",
    "place_key",
    "signature",
    "situation_key",
]
