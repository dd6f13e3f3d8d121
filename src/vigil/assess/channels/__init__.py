"""Alert channels: webhook, Slack-compatible webhook, e-mail (SMTP) and file, behind one small protocol."""

from vigil.assess.channels.base import Channel, ChannelError, DeliveryError, alert_payload, alert_text
from vigil.assess.channels.config import CHANNEL_KINDS, load_channels, parse_channels
from vigil.assess.channels.deliver import deliver
from vigil.assess.channels.email import EmailChannel
from vigil.assess.channels.file import FileChannel
from vigil.assess.channels.webhook import SlackChannel, WebhookChannel, signature

__all__ = [
    "CHANNEL_KINDS",
    "Channel",
    "ChannelError",
    "DeliveryError",
    "EmailChannel",
    "FileChannel",
    "SlackChannel",
    "WebhookChannel",
    "alert_payload",
    "alert_text",
    "deliver",
    "load_channels",
    "parse_channels",
    "signature",
]
