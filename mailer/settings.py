"""Profiles and folders: what the user chose, never a secret.

Settings are one JSON file in the config folder (``MAILER_CONFIG_DIR`` or the
platform's user config dir). Secrets (AWS secret keys, SMTP passwords) live in the
OS keyring through ``mailer.credentials``; a ``Profile`` has no field for them and
loading drops any unknown key, so a hand-edited password never round-trips.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from mailer.errors import ConfigError

APP_NAME = "bulk-mailer"
SETTINGS_FILE = "settings.json"
DEFAULT_PROFILE = "local outbox"
KINDS = ("outbox", "ses", "smtp")
# Sends per second (0 = no limit): below MIN_RATE the pacing waits overflow (1e-300),
# above MAX_RATE no account sends.
MIN_RATE, MAX_RATE = 0.0001, 100_000.0
MAX_DAILY = 1_000_000_000  # messages per rolling 24 hours (0 or None = no cap)
SMTP_SECURITY = ("starttls", "ssl", "none")
ADVERTISING = ("auto", "on", "off")


@dataclass
class Profile:
    """One way of sending: the local outbox, an SES account/region, or an SMTP server."""

    name: str = DEFAULT_PROFILE
    kind: str = "outbox"  # outbox | ses | smtp
    region: str = ""  # "" = AWS_REGION / AWS_DEFAULT_REGION / config
    aws_profile: str = ""  # named AWS profile; "" = default chain or keyring keys
    endpoint_url: str = ""  # "" = AWS_ENDPOINT_URL or AWS's
    configuration_set: str = ""
    tracking_queue_url: str = ""
    tracking_topic_arn: str = ""
    from_addr: str = ""  # "Name <addr>"
    reply_to: str = ""
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: str = "starttls"
    smtp_user: str = ""
    outbox_dir: str = ""  # "" = <data dir>/outbox
    # Outbox and SMTP only (SES tells its own): None = the transport's default
    # (mailer.sending.plan.TRANSPORT_DEFAULTS), 0 = no limit.
    rate: float | None = None  # sends per second
    daily: int | None = None  # messages per rolling 24 hours
    # Korean advertising-mail rules (mailer.content.advertising): "auto" marks campaigns
    # as advertising by default for Korean users, "on"/"off" always/never by default.
    advertising: str = "auto"
    consent_confirmed: str = ""  # ISO date consent was last re-confirmed (every 2 years)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, source: str = "settings") -> Profile:
        """Build from JSON, ignoring unknown keys; ConfigError for a wrong value."""
        known = {f.name for f in fields(cls)}
        profile = cls(**{k: v for k, v in data.items() if k in known})
        profile.validate(source)
        return profile

    def validate(self, source: str = "settings") -> None:
        where = f"{source}: profile {self.name!r}"
        if not isinstance(self.name, str) or not self.name.strip():
            raise ConfigError(f"{source}: a profile has no name; give every profile a name.")
        if self.kind not in KINDS:
            raise ConfigError(f"{where} has kind {self.kind!r}; use one of {', '.join(KINDS)}.")
        if self.smtp_security not in SMTP_SECURITY:
            raise ConfigError(
                f"{where} has SMTP security {self.smtp_security!r}; "
                f"use one of {', '.join(SMTP_SECURITY)}."
            )
        _check_number(where, "smtp_port", self.smtp_port, int, 1, 65535)
        if self.advertising not in ADVERTISING:
            raise ConfigError(
                f"{where} has advertising {self.advertising!r}; "
                f"use one of {', '.join(ADVERTISING)}."
            )
        rate = None if self.rate is None else rate_problem(self.rate)
        for problem in (rate, daily_problem(self.daily)):
            if problem:
                raise ConfigError(f"{where}: {problem}.")
        for f in fields(self):
            value = getattr(self, f.name)
            if f.type == "str" and not isinstance(value, str):
                raise ConfigError(f"{where}: {f.name} must be text, not {value!r}.")


def rate_problem(value: object) -> str | None:
    """Why ``value`` cannot be a rate (sends per second, 0 = no limit), or None."""
    usable = (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and (value == 0 or MIN_RATE <= value <= MAX_RATE)
    )
    if usable:
        return None
    return (
        f"rate must be 0 (no limit) or from {MIN_RATE:g} to {MAX_RATE:g} sends per second, "
        f"not {value!r}"
    )


def daily_problem(value: object) -> str | None:
    """Why ``value`` cannot be a daily limit (messages per 24 hours, 0/None = no limit)."""
    if value is None or (
        isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_DAILY
    ):
        return None
    return (
        f"daily must be a whole number of messages per 24 hours from 0 to {MAX_DAILY} "
        f"(0 or none = no limit), not {value!r}"
    )


def _check_number(
    where: str,
    name: str,
    value: object,
    kind: type | tuple[type, ...],
    low: float,
    high: float | None,
) -> None:
    ok = isinstance(value, kind) and not isinstance(value, bool)
    if ok and (value < low or (high is not None and value > high)):  # type: ignore[operator]
        ok = False
    if not ok:
        upper = f" and {high}" if high is not None else " or more"
        raise ConfigError(f"{where}: {name} must be a number between {low}{upper}, not {value!r}.")


def config_dir() -> Path:
    """MAILER_CONFIG_DIR, else the platform's user config folder for the app."""
    override = os.environ.get("MAILER_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME))


def data_dir(override: str | Path | None = None) -> Path:
    """The data folder (journal, outbox): --data-dir > MAILER_DATA_DIR > platformdirs.

    Created if missing.
    """
    chosen = override or os.environ.get("MAILER_DATA_DIR")
    path = Path(chosen) if chosen else Path(platformdirs.user_data_dir(APP_NAME))
    path = path.expanduser()
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"Cannot create the data folder {path}: {exc.strerror}.") from exc
    return path


# Earlier versions saved every outbox and SMTP profile with the SES sandbox's pace
# (1 a second, 200 a day) unless changed. Those exact values read as "not set", so such
# a profile gets its transport's default (unpaced outbox, SES account limits over SES SMTP).
_OLD_DEFAULT_LIMITS = (1.0, 200)


def _old_default_limits(raw: dict[str, Any]) -> dict[str, Any]:
    if (
        raw.get("kind", "outbox") in ("outbox", "smtp")
        and (
            raw.get("rate"),
            raw.get("daily"),
        )
        == _OLD_DEFAULT_LIMITS
    ):
        return {**raw, "rate": None, "daily": None}
    return raw


DEFAULT_REPEAT_WINDOW_DAYS = 7.0
MAX_REPEAT_WINDOW_DAYS = 3650


def repeat_window_problem(value: object) -> str | None:
    """Why a repeat window (days) is not usable, or None."""
    ok = isinstance(value, int | float) and not isinstance(value, bool)
    if not ok or not 0 <= float(value) <= MAX_REPEAT_WINDOW_DAYS:  # type: ignore[arg-type]
        return (
            f"repeat_window_days must be a number of days from 0 (no check) to "
            f"{MAX_REPEAT_WINDOW_DAYS}, not {value!r}"
        )
    return None


def _default_profiles() -> dict[str, Profile]:
    return {DEFAULT_PROFILE: Profile()}


@dataclass
class Settings:
    """The profiles and which one is active; ``load()`` then ``save()``."""

    profiles: dict[str, Profile] = field(default_factory=_default_profiles)
    active: str = DEFAULT_PROFILE
    path: Path = field(default_factory=lambda: config_dir() / SETTINGS_FILE)
    # The repeat check before a send: recipients who got the same template (or subject)
    # within this many days are skipped unless the user says otherwise; 0 = no check.
    repeat_window_days: float = DEFAULT_REPEAT_WINDOW_DAYS

    @classmethod
    def load(cls, path: str | Path | None = None) -> Settings:
        """Read the settings file; a missing file gives the defaults."""
        target = Path(path) if path else config_dir() / SETTINGS_FILE
        try:
            text = target.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls(path=target)
        except OSError as exc:
            raise ConfigError(f"Cannot read the settings file {target}: {exc.strerror}.") from exc
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ConfigError(
                f"The settings file {target} is not valid JSON (line {exc.lineno}, "
                f"column {exc.colno}); fix it or delete it to start from the defaults."
            ) from exc
        return cls._from_json(data, target)

    @classmethod
    def _from_json(cls, data: object, target: Path) -> Settings:
        if not isinstance(data, dict) or not isinstance(data.get("profiles", {}), dict):
            raise ConfigError(
                f"The settings file {target} does not hold an object with 'profiles'; "
                "fix it or delete it to start from the defaults."
            )
        profiles = _default_profiles()
        for name, raw in data.get("profiles", {}).items():
            if not isinstance(raw, dict):
                raise ConfigError(f"{target}: profile {name!r} is not an object.")
            raw = _old_default_limits(raw)
            profiles[name] = Profile.from_dict({**raw, "name": name}, source=str(target))
        active = data.get("active", DEFAULT_PROFILE)
        if not isinstance(active, str) or active not in profiles:
            active = DEFAULT_PROFILE  # a deleted profile: fall back rather than refuse to start
        window = data.get("repeat_window_days", DEFAULT_REPEAT_WINDOW_DAYS)
        problem = repeat_window_problem(window)
        if problem:
            raise ConfigError(f"{target}: {problem}.")
        return cls(profiles=profiles, active=active, path=target, repeat_window_days=float(window))

    def save(self) -> None:
        """Write atomically (temp file + rename) so a crash never leaves half a file."""
        self.profiles.setdefault(DEFAULT_PROFILE, Profile())
        payload = {
            "active": self.active,
            "profiles": {name: p.to_dict() for name, p in self.profiles.items()},
            "repeat_window_days": self.repeat_window_days,
        }
        text = json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.replace(tmp, self.path)
        except OSError as exc:
            raise ConfigError(f"Cannot write the settings file {self.path}: {exc}.") from exc

    def profile(self, name: str | None = None) -> Profile:
        """The named profile (default: the active one); ConfigError if there is none."""
        key = name or self.active
        try:
            return self.profiles[key]
        except KeyError:
            known = ", ".join(sorted(self.profiles))
            raise ConfigError(f"There is no profile {key!r}; known profiles: {known}.") from None

    def put(self, profile: Profile) -> None:
        profile.validate(str(self.path))
        self.profiles[profile.name] = profile


__all__ = [
    "DEFAULT_PROFILE",
    "Profile",
    "Settings",
    "config_dir",
    "data_dir",
]
