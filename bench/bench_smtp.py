"""Benchmark: `mailer send --transport smtp --rate 0` against `mailmerge` 2.3.

Both send the shipped newsletter (HTML + text, List-Unsubscribe) to --rows
recipients (default 2,000; columns name,email,city,plan like examples/) through an
aiosmtpd sink on loopback, which counts what arrives. Each whole command is timed
from process start to exit. The mailmerge template is made from the app's own
rendering of templates/newsletter (variables put back as {{ }}), so both build
messages of the same size and structure.

mailmerge runs from the peers' venv (bench/.venv, see bench/requirements.txt); pass
--mailmerge PATH or --no-peer to skip it.

    .venv/bin/python bench/bench_smtp.py [--rows 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from common import (
    BENCH,
    NEWSLETTER,
    SENDER,
    compile_app,
    emit,
    log,
    mailer_env,
    steady_rate,
    temp_data_dir,
    write_recipients,
)

from mailer.templates import TemplateSet

PEER_BIN = BENCH / ".venv" / "bin" / "mailmerge"
TARGET_RATIO = 5.0


class Sink:
    """aiosmtpd handler that only counts messages (and recipients)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.times: list[float] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            self.times.append(time.monotonic())
            count = len(self.times)
        return f"250 2.0.0 Ok: queued as B{count:08X}"  # what Postfix says

    def take(self) -> tuple[int, float]:
        """Messages received since the last call, and their rate first -> last."""
        with self.lock:
            times, self.times = self.times, []
        return len(times), steady_rate(times)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def mailmerge_template(path: Path) -> Path:
    """The newsletter as a mailmerge template: multipart/alternative, same parts."""
    template = TemplateSet.load(NEWSLETTER)
    marks = {"name": "QQNAMEQQ", "email": "qqemailqq@example.com", "city": "QQCITYQQ"}
    rendered = template.render({**marks, "plan": "QQPLANQQ"})

    def jinja(text: str) -> str:
        return (
            text.replace("qqemailqq%40example.com", "{{ email | urlencode }}")
            .replace("qqemailqq@example.com", "{{ email }}")
            .replace("QQNAMEQQ", "{{ name }}")
            .replace("QQCITYQQ", "{{ city }}")
        )

    unsubscribe = ", ".join(f"<{jinja(u)}>" for u in rendered.unsubscribe)
    path.write_text(
        f"TO: {{{{ email }}}}\n"
        f"SUBJECT: {jinja(rendered.subject)}\n"
        f"FROM: {SENDER}\n"
        f"List-Unsubscribe: {unsubscribe}\n"
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/alternative; boundary="boundary"\n\n'
        "--boundary\nContent-Type: text/plain; charset=utf-8\n\n"
        f"{jinja(rendered.text)}\n\n"
        "--boundary\nContent-Type: text/html; charset=utf-8\n\n"
        f"{jinja(rendered.html or '')}\n\n"
        "--boundary--\n",
        encoding="utf-8",
    )
    return path


def run_timed(cmd: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> float:
    started = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, check=False)  # fmt: skip
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[0]} exited {proc.returncode}: {proc.stderr[-2000:]}")
    return seconds


def mailer_command() -> list[str]:
    script = Path(sys.executable).with_name("mailer")
    return [str(script)] if script.exists() else [sys.executable, "-m", "mailer.cli"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--mailmerge", type=Path, default=PEER_BIN, help="mailmerge executable")
    parser.add_argument("--no-peer", action="store_true", help="run the app side only")
    args = parser.parse_args()
    compile_app()
    # No stray event loop policy surprises: aiosmtpd makes its own loop in its thread.
    asyncio.set_event_loop_policy(asyncio.DefaultEventLoopPolicy())
    sink = Sink()
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        with temp_data_dir("bench-smtp-") as tmp:
            csv_path = write_recipients(tmp / "newsletter.csv", args.rows)
            app_cmd = [
                *mailer_command(),
                "--data-dir",
                str(tmp / "data"),
                "send",
                str(csv_path),
                str(NEWSLETTER),
                "--from",
                SENDER,
                "--transport",
                "smtp",
                "--smtp-host",
                "127.0.0.1",
                "--smtp-port",
                str(port),
                "--smtp-security",
                "none",
                "--rate",
                "0",
                # Without a saved profile an SMTP send gets the outbox's 200/day default.
                "--daily",
                "10000000",
                "--yes",
            ]
            log(f"smtp: app sends {args.rows}")
            sink.take()
            app_seconds = run_timed(app_cmd, env=mailer_env(tmp / "data"))
            app_received, app_steady = sink.take()
            peer: dict[str, Any] = {
                "mailmerge_seconds": None,
                "mailmerge_received": None,
                "mailmerge_steady_per_s": None,
            }
            peer_cmd: list[str] = []
            if not args.no_peer and args.mailmerge.exists():
                (tmp / "mailmerge_server.conf").write_text(
                    f"[smtp_server]\nhost = 127.0.0.1\nport = {port}\n", encoding="utf-8"
                )
                mailmerge_template(tmp / "mailmerge_template.txt")
                peer_cmd = [
                    str(args.mailmerge),
                    "--template", "mailmerge_template.txt",
                    "--database", csv_path.name,
                    "--config", "mailmerge_server.conf",
                    "--no-limit", "--no-dry-run", "--output-format", "text",
                ]  # fmt: skip
                log(f"smtp: mailmerge sends {args.rows}")
                peer_seconds = run_timed(peer_cmd, cwd=tmp)
                received, steady = sink.take()
                peer = {"mailmerge_seconds": round(peer_seconds, 2),
                        "mailmerge_received": received,
                        "mailmerge_steady_per_s": round(steady, 1)}  # fmt: skip
            else:
                log("smtp: mailmerge not run (not installed or --no-peer)")
    finally:
        controller.stop()
    app_rate = app_received / app_seconds
    peer_rate = (
        peer["mailmerge_received"] / peer["mailmerge_seconds"]
        if peer["mailmerge_seconds"]
        else None
    )
    ratio = round(app_rate / peer_rate, 2) if peer_rate else None
    emit(
        "smtp",
        f"{args.rows}-newsletters",
        rows=args.rows,
        app_seconds=round(app_seconds, 2),
        app_received=app_received,
        app_per_s=round(app_rate, 1),
        # first -> last message at the sink: the send phase without start-up
        app_steady_per_s=round(app_steady, 1),
        **peer,
        mailmerge_per_s=round(peer_rate, 1) if peer_rate else None,
        ratio=ratio,
        steady_ratio=round(app_steady / peer["mailmerge_steady_per_s"], 2)
        if peer["mailmerge_steady_per_s"]
        else None,
        app_command="mailer send LIST templates/newsletter --transport smtp "
        "--smtp-security none --rate 0 --daily 10000000 --yes",
        peer_command="mailmerge --no-limit --no-dry-run --output-format text" if peer_cmd else "",
        target=f">= {TARGET_RATIO:g}x mailmerge, all {args.rows} received",
        ok=bool(ratio and ratio >= TARGET_RATIO)
        and app_received == args.rows
        and peer["mailmerge_received"] == args.rows,
    )


if __name__ == "__main__":
    main()
