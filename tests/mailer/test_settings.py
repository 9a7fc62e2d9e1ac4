"""Profiles and folders: JSON in the config dir, no secrets, a default outbox profile."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mailer.errors import ConfigError
from mailer.settings import DEFAULT_PROFILE, Profile, Settings, config_dir, data_dir


def test_defaults_when_no_file(tmp_path: Path) -> None:
    settings = Settings.load()
    assert settings.path == tmp_path / "config" / "settings.json"
    assert settings.active == DEFAULT_PROFILE
    assert settings.profile().kind == "outbox"


def test_round_trip(tmp_path: Path) -> None:
    settings = Settings.load()
    settings.put(Profile(name="prod", kind="ses", region="eu-west-1", configuration_set="cs"))
    settings.active = "prod"
    settings.save()
    again = Settings.load()
    assert again.active == "prod"
    assert again.profile("prod") == Profile(
        name="prod", kind="ses", region="eu-west-1", configuration_set="cs"
    )
    assert DEFAULT_PROFILE in again.profiles
    assert not list(settings.path.parent.glob(".settings-*"))  # no temp file left


def test_profile_has_no_secret_fields_and_drops_unknown_keys(tmp_path: Path) -> None:
    path = config_dir() / "settings.json"
    path.parent.mkdir(parents=True)
    data = {"profiles": {"x": {"kind": "smtp", "smtp_password": "hunter2", "password": "p"}}}
    path.write_text(json.dumps(data), encoding="utf-8")
    settings = Settings.load()
    settings.save()
    assert "hunter2" not in path.read_text(encoding="utf-8")
    names = set(Profile().to_dict())
    assert not {n for n in names if "password" in n or "secret" in n}


def test_invalid_json_names_the_file() -> None:
    path = config_dir() / "settings.json"
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"settings\.json.*not valid JSON"):
        Settings.load()


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ({"kind": "carrier-pigeon"}, "kind"),
        ({"smtp_security": "maybe"}, "security"),
        ({"smtp_port": "twenty-five"}, "smtp_port"),
        ({"rate": -1}, "rate"),
        ({"region": 5}, "region"),
    ],
)
def test_bad_values_are_config_errors(raw: dict[str, object], words: str) -> None:
    path = config_dir() / "settings.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"profiles": {"p": raw}}), encoding="utf-8")
    with pytest.raises(ConfigError, match=words):
        Settings.load()


def test_unknown_active_falls_back_and_unknown_profile_is_an_error() -> None:
    settings = Settings(active="gone")
    settings.save()
    assert Settings.load().active == DEFAULT_PROFILE
    with pytest.raises(ConfigError, match="no profile 'nope'"):
        Settings.load().profile("nope")


def test_data_dir_precedence(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mailer import settings as mod

    assert mod.data_dir() == data_dir
    assert mod.data_dir(tmp_path / "cli") == tmp_path / "cli"
    assert (tmp_path / "cli").is_dir()
    monkeypatch.delenv("MAILER_DATA_DIR")
    monkeypatch.setattr(mod.platformdirs, "user_data_dir", lambda app: str(tmp_path / app))
    assert mod.data_dir() == tmp_path / "bulk-mailer"


def test_config_dir_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mailer import settings as mod

    monkeypatch.delenv("MAILER_CONFIG_DIR")
    monkeypatch.setattr(mod.platformdirs, "user_config_dir", lambda app: str(tmp_path / app))
    assert config_dir() == tmp_path / "bulk-mailer"
    assert data_dir is mod.data_dir
