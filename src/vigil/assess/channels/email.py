"""E-mail over SMTP (smtplib), with STARTTLS and login when configured."""

from __future__ import annotations

import smtplib
from dataclasses import dataclass, field
from email.message import EmailMessage

from vigil.assess.channels.base import DeliveryError, Retry, alert_text
from vigil.records import Alert


@dataclass(slots=True, kw_only=True)
class EmailChannel:
    name: str
    host: str
    sender: str
    recipients: tuple[str, ...]
    port: int = 25
    username: str | None = None
    password: str | None = None
    starttls: bool = False
    min_severity: str = "info"
    timeout: float = 10.0
    retry: Retry = field(default_factory=Retry)

    def message(self, alert: Alert) -> EmailMessage:
        msg = EmailMessage()
        msg["Subject"] = f"[vigil {alert.severity}] {alert.situation_name}: {alert.rule}"
        msg["From"] = self.sender
        msg["To"] = ", ".join(self.recipients)
        msg["X-Vigil-Alert"] = alert.id
        msg.set_content(alert_text(alert))
        return msg

    def _send_once(self, alert: Alert) -> None:
        try:
            with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
                if self.starttls:
                    smtp.starttls()
                if self.username:
                    smtp.login(self.username, self.password or "")
                smtp.send_message(self.message(alert))
        except smtplib.SMTPException as exc:
            raise DeliveryError(f"SMTP {self.host}:{self.port}: {exc}", attempts=1) from exc
        except OSError as exc:
            raise DeliveryError(f"cannot reach SMTP {self.host}:{self.port} ({exc})", attempts=1) from exc

    def send(self, alert: Alert) -> int:
        return self.retry.run(lambda: self._send_once(alert), what=f"email {self.name}")
