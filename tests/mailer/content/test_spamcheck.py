"""SpamAssassin scoring through spamd's protocol. No spamd runs in the tests (the
package does not install within the CI budget): a socket server on 127.0.0.1 answers
with a reply written after spamd's PROTOCOL document and SpamAssassin 4's report
template (not captured from a live spamd), and checks the request it gets."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from mailer.cli.main import main
from mailer.content.spamcheck import parse_address, parse_reply, spam_score
from mailer.errors import InputError

REPORT = (
    'Spam detection software, running on the system "mail.example.com",\n'
    "has identified this incoming email as possible spam.\n\n"
    "Content analysis details:   (6.1 points, 5.0 required)\n\n"
    " pts rule name              description\n"
    "---- ---------------------- --------------------------------------------------\n"
    " 0.0 HTML_MESSAGE           BODY: HTML included in message\n"
    " 1.6 SUBJ_ALL_CAPS          Subject is all capitals\n"
    " 2.5 HTML_IMAGE_ONLY_08     BODY: HTML: images with 0-800 bytes of words\n"
    "-0.1 DKIM_VALID             Message has at least one valid DKIM or DK signature\n"
    " 2.1 MIME_HTML_ONLY         BODY: Message only has text/html MIME parts,\n"
    "                            with no text alternative\n"
)
RECORDED = (
    "SPAMD/1.1 0 EX_OK\r\n"
    f"Content-length: {len(REPORT.encode())}\r\n"
    "Spam: True ; 6.1 / 5.0\r\n\r\n" + REPORT
).encode()


@pytest.fixture
def spamd() -> Iterator[tuple[int, list[bytes]]]:
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    got: list[bytes] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            with conn:
                data = b""
                while chunk := conn.recv(65536):
                    data += chunk
                got.append(data)
                conn.sendall(RECORDED)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield port, got
    server.close()


def test_the_recorded_reply_parses() -> None:
    found = parse_reply(RECORDED)
    assert (found.score, found.threshold, found.spam) == (6.1, 5.0, True)
    assert [r.name for r in found.top(3)] == [
        "HTML_IMAGE_ONLY_08",
        "MIME_HTML_ONLY",
        "SUBJ_ALL_CAPS",
    ]
    assert found.top(3)[1].description.endswith("MIME parts, with no text alternative")
    assert found.rules[-1].name == "DKIM_VALID" and found.rules[-1].points == -0.1


def test_request_follows_the_protocol(spamd: tuple[int, list[bytes]]) -> None:
    port, got = spamd
    message = b"Subject: hi\r\n\r\nbody\r\n"
    assert spam_score(message, port=port).score == 6.1
    head, _, body = got[0].partition(b"\r\n\r\n")
    assert head.split(b"\r\n") == [b"REPORT SPAMC/1.5", f"Content-length: {len(message)}".encode()]
    assert body == message


def test_no_daemon_is_a_sentence() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed once the block ends: nothing listens there
    with pytest.raises(InputError, match=rf"No SpamAssassin daemon answered at 127.0.0.1:{port}"):
        spam_score(b"x", port=port, timeout=2)


def test_a_refusal_is_a_sentence() -> None:
    with pytest.raises(InputError, match=r"refused the check: 'SPAMD/1\.0 76 Bad header line"):
        parse_reply(b"SPAMD/1.0 76 Bad header line: (Content-length mismatch)\r\n")


def test_addresses() -> None:
    assert parse_address("spam.local:7830") == ("spam.local", 7830)
    assert parse_address("spam.local") == ("spam.local", 783)
    assert parse_address(":784") == ("127.0.0.1", 784)
    with pytest.raises(InputError, match="port must be a number"):
        parse_address("host:abc")


def test_mailer_check_prints_the_score(
    spamd: tuple[int, list[bytes]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    port, got = spamd
    root = Path(__file__).resolve().parents[3]
    code = main(
        ["--data-dir", str(tmp_path), "check", str(root / "examples" / "recipients.csv"),
         str(root / "templates" / "newsletter"), "--spamassassin", f"127.0.0.1:{port}"]
    )  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    assert f"SpamAssassin (127.0.0.1:{port}): 6.1 of 5 (spam)" in out
    assert "  +2.5 HTML_IMAGE_ONLY_08: BODY: HTML: images with 0-800 bytes of words" in out
    assert b"Subject: " in got[0]  # the first whole message was sent
