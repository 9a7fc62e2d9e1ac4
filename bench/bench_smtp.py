"""Benchmark: `mailer send --transport smtp --rate 0` against `mailmerge` 2.3.

Two cases, each side by side: the shipped newsletter (HTML + body.txt,
List-Unsubscribe), and the same newsletter without body.txt (HTML-only: the app
derives the text part from the HTML, as most users' templates need), to --rows
recipients (default 2,000; columns name,email,city,plan like examples/) through an
aiosmtpd sink on loopback, which counts what arrives. Each whole command is timed
from process start to exit. The mailmerge template is made from the app's own
rendering of templates/newsletter (variables put back as {{ }}), so both build
messages of the same size and structure. Each side runs --repeat times (default 3),
alternating app and mailmerge, and the median run of each side is compared: on a
shared 2-core VM one run of either side moves by 20-30%.

mailmerge runs from the peers' venv (bench/.venv, see bench/requirements.txt); pass
--mailmerge PATH or --no-peer to skip it.

    .venv/bin/python bench/bench_smtp.py [--rows 2000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
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

from mailer.content.templates import TemplateSet

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


def mailmerge_template(path: Path, folder: Path = NEWSLETTER) -> Path:
    """The newsletter as a mailmerge template: multipart/alternative, same parts."""
    template = TemplateSet.load(folder)
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
    return [str(script)] if script.exists() else [sys.executable, "-m", "mailer.cli.main"]


def app_command(data: Path, csv_path: Path, port: int, folder: Path = NEWSLETTER) -> list[str]:
    return [
        *mailer_command(),
        "--data-dir", str(data),
        "send", str(csv_path), str(folder),
        "--from", SENDER,
        "--transport", "smtp",
        "--smtp-host", "127.0.0.1",
        "--smtp-port", str(port),
        "--smtp-security", "none",
        "--rate", "0",
        # Without a saved profile an SMTP send gets the outbox's 200/day default.
        "--daily", "10000000",
        "--yes",
    ]  # fmt: skip


def peer_command(
    tmp: Path, csv_path: Path, port: int, mailmerge: Path, folder: Path = NEWSLETTER
) -> list[str]:
    (tmp / "mailmerge_server.conf").write_text(
        f"[smtp_server]\nhost = 127.0.0.1\nport = {port}\n", encoding="utf-8"
    )
    mailmerge_template(tmp / "mailmerge_template.txt", folder)
    return [
        str(mailmerge),
        "--template", "mailmerge_template.txt",
        "--database", str(csv_path),
        "--config", "mailmerge_server.conf",
        "--no-limit", "--no-dry-run", "--output-format", "text",
    ]  # fmt: skip


class Side:
    """One side's runs: whole-command seconds, messages received, steady rate."""

    def __init__(self) -> None:
        self.seconds: list[float] = []
        self.received: list[int] = []
        self.steady: list[float] = []

    def run(self, sink: Sink, cmd: list[str], **kwargs: Any) -> None:
        sink.take()
        self.seconds.append(run_timed(cmd, **kwargs))
        received, steady = sink.take()
        self.received.append(received)
        self.steady.append(steady)

    def median_run(self) -> int:
        """Index of the run with the median time (the middle one of an odd count)."""
        order = sorted(range(len(self.seconds)), key=self.seconds.__getitem__)
        return order[len(order) // 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3, help="runs per side (median)")
    parser.add_argument("--mailmerge", type=Path, default=PEER_BIN, help="mailmerge executable")
    parser.add_argument("--no-peer", action="store_true", help="run the app side only")
    parser.add_argument("--case", choices=("all", *CASES), default="all")
    args = parser.parse_args()
    compile_app()
    # No stray event loop policy surprises: aiosmtpd makes its own loop in its thread.
    asyncio.set_event_loop_policy(asyncio.DefaultEventLoopPolicy())
    sink = Sink()
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    with_peer = not args.no_peer and args.mailmerge.exists()
    if not with_peer:
        log("smtp: mailmerge not run (not installed or --no-peer)")
    try:
        with temp_data_dir("bench-smtp-") as tmp:
            csv_path = write_recipients(tmp / "newsletter.csv", args.rows)
            for case, folder in cases(tmp, args.case):
                app, peer = Side(), Side()
                work = tmp / case
                work.mkdir()
                peer_cmd = (
                    peer_command(work, csv_path, port, args.mailmerge, folder) if with_peer else []
                )
                # Alternate the two sides so both meet the same moments of a shared machine.
                for n in range(args.repeat):
                    data = work / f"data-{n}"
                    log(f"smtp {case}: run {n + 1}/{args.repeat}: app sends {args.rows}")
                    app.run(sink, app_command(data, csv_path, port, folder), env=mailer_env(data))
                    if with_peer:
                        log(f"smtp {case}: run {n + 1}/{args.repeat}: mailmerge sends {args.rows}")
                        peer.run(sink, peer_cmd, cwd=work)
                floor = sink_floor(sink, port, folder, args.rows)
                report(args.rows, app, peer if with_peer else None, case, folder, floor)
    finally:
        controller.stop()


CASES = ("newsletters", "html-only-newsletters")


def cases(tmp: Path, only: str) -> list[tuple[str, Path]]:
    """(case, template folder): the shipped newsletter, and a copy without body.txt."""
    html_only = tmp / "templates" / "newsletter"
    shutil.copytree(NEWSLETTER.parent, html_only.parent)
    (html_only / "body.txt").unlink()
    chosen = [("newsletters", NEWSLETTER), ("html-only-newsletters", html_only)]
    return [c for c in chosen if only in ("all", c[0])]


def _shown(folder: Path) -> str:
    return "templates/newsletter" + ("" if folder == NEWSLETTER else " (without body.txt)")


# A client that does nothing but send one prebuilt message over and over, on as many
# connections as the app opens: what the sink itself takes on this machine.
REPLAY = """
import smtplib, sys, threading, time
message = sys.stdin.buffer.read()
port, rows, threads = (int(a) for a in sys.argv[1:4])
def send(count):
    conn = smtplib.SMTP("127.0.0.1", port)
    for n in range(count):
        conn.sendmail("bench@example.com", [f"replay{n}@example.com"], message)
    conn.quit()
workers = [threading.Thread(target=send, args=(rows // threads,)) for _ in range(threads)]
for w in workers:
    w.start()
for w in workers:
    w.join()
"""
REPLAY_CONNECTIONS = 8  # the app's default for SMTP with no rate limit (plan.auto_concurrency)


def sink_floor(sink: Sink, port: int, folder: Path, rows: int) -> float:
    """Messages a second the sink takes from the replaying client (first -> last)."""
    from mailer.content.message import SenderSettings, build_message

    email = TemplateSet.load(folder).render(
        {"name": "김민준", "email": "floor@example.com", "city": "서울", "plan": "pro"},
        email="floor@example.com",
    )
    message = build_message(email, to="floor@example.com", sender=SenderSettings.parse(SENDER))
    sink.take()
    args = [sys.executable, "-c", REPLAY, str(port), str(rows), str(REPLAY_CONNECTIONS)]
    subprocess.run(args, input=message, check=True, capture_output=True)
    _received, steady = sink.take()
    return steady


def report(rows: int, app: Side, peer: Side | None, case: str, folder: Path, floor: float) -> None:
    a = app.median_run()
    app_rate = app.received[a] / app.seconds[a]
    fields: dict[str, Any] = {
        "app_seconds": round(app.seconds[a], 2),
        "app_received": app.received[a],
        "app_per_s": round(app_rate, 1),
        # first -> last message at the sink: the send phase without start-up
        "app_steady_per_s": round(app.steady[a], 1),
        # the sink with a client that only replays one prebuilt message: its own ceiling
        "sink_floor_per_s": round(floor, 1),
        "mailmerge_seconds": None,
        "mailmerge_received": None,
        "mailmerge_per_s": None,
        "mailmerge_steady_per_s": None,
        "ratio": None,
        "steady_ratio": None,
    }
    ok = False
    if peer is not None:
        m = peer.median_run()
        peer_rate = peer.received[m] / peer.seconds[m]
        ratio = app_rate / peer_rate
        fields.update(
            mailmerge_seconds=round(peer.seconds[m], 2),
            mailmerge_received=peer.received[m],
            mailmerge_per_s=round(peer_rate, 1),
            mailmerge_steady_per_s=round(peer.steady[m], 1),
            ratio=round(ratio, 2),
            steady_ratio=round(app.steady[a] / peer.steady[m], 2),
        )
        ok = ratio >= TARGET_RATIO and set(app.received) == {rows} == set(peer.received)
    emit(
        "smtp",
        f"{rows}-{case}",
        rows=rows,
        runs=len(app.seconds),
        **fields,
        app_runs_s=[round(x, 2) for x in app.seconds],
        mailmerge_runs_s=[round(x, 2) for x in peer.seconds] if peer else [],
        app_command=f"mailer send LIST {_shown(folder)} --transport smtp "
        "--smtp-security none --rate 0 --daily 10000000 --yes",
        peer_command="mailmerge --no-limit --no-dry-run --output-format text" if peer else "",
        target=f">= {TARGET_RATIO:g}x mailmerge (medians of the runs), all {rows} received",
        ok=ok,
    )


if __name__ == "__main__":
    main()
