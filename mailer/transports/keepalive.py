"""One keep-alive HTTP/1.1 connection that writes each request with a single send.

For the SES API transport at high rates. ``ready()`` does everything that can happen
before a send's rate slot (connect, TLS handshake, check that an idle connection was
not closed by the server); ``exchange()`` then costs one ``sendall`` and the read of
the answer. Fewer Python steps and system calls between the slot and the wire mean
less jitter in when requests reach the service, whose rate window is strict.

Failures are raised as botocore's exceptions, the ones its own HTTP session raises,
so callers map them in one place: nothing sent (connect, TLS, a failed write) vs. the
request went out and no answer came back (``ConnectionClosedError``,
``ReadTimeoutError``: the service may have acted on it).

Proxies are not handled here: with a proxy configured, callers use botocore's
HTTP session instead.
"""

from __future__ import annotations

import http.client
import socket
import ssl
from collections.abc import Callable, Mapping
from urllib.parse import urlsplit

from botocore.exceptions import (
    ConnectionClosedError,
    ConnectTimeoutError,
    EndpointConnectionError,
    HTTPClientError,
    ReadTimeoutError,
    SSLError,
)
from botocore.httpsession import get_cert_path
from urllib3.util.wait import wait_for_read


class KeepAliveConnection:
    """Not thread-safe: one per worker."""

    def __init__(
        self,
        url: str,
        *,
        verify: bool | str = True,
        connect_timeout: float = 10.0,
        read_timeout: float = 30.0,
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {url!r}")
        self.url = url
        self.https = parts.scheme == "https"
        self.host = parts.hostname
        self.port = parts.port or (443 if self.https else 80)
        default = parts.port is None or parts.port == (443 if self.https else 80)
        name = f"[{self.host}]" if ":" in self.host else self.host
        self.host_header = name if default else f"{name}:{self.port}"
        self._connect_timeout = connect_timeout
        self._read_timeout = read_timeout
        self._context: ssl.SSLContext | None = None
        if self.https:
            self._context = ssl.create_default_context(
                cafile=get_cert_path(verify) if verify else None
            )
            if not verify:
                self._context.check_hostname = False
                self._context.verify_mode = ssl.CERT_NONE
        self._sock: socket.socket | None = None

    def ready(self) -> None:
        """Connect now, or check that the open connection is still usable."""
        if self._sock is not None and _dropped(self._sock):
            self.close()
        if self._sock is None:
            self._sock = self._connect()

    def exchange(
        self, request: bytes, sent: Callable[[], object] | None = None
    ) -> tuple[int, Mapping[str, str], bytes]:
        """Send a complete request (head and body); return status, headers and body.

        Opens the connection if it is closed, but does not check an open one again:
        that is ``ready()``'s work, done before the rate slot. ``sent`` is called as
        soon as the whole request is written (the rate guard counts it from then)."""
        sock = self._sock or self._connect()
        self._sock = sock
        try:
            sock.sendall(request)
        except OSError as exc:  # not all of it went out: the service cannot act on it
            self.close()
            raise HTTPClientError(error=exc) from exc
        if sent is not None:
            sent()
        response = http.client.HTTPResponse(sock, method="POST")
        try:
            response.begin()
            body = response.read()
        except TimeoutError as exc:
            self.close()
            raise ReadTimeoutError(endpoint_url=self.url, error=exc) from exc
        except (OSError, http.client.HTTPException) as exc:
            self.close()
            raise ConnectionClosedError(endpoint_url=self.url) from exc
        finally:
            response.close()  # the socket stays open; only the response's file closes
        if response.will_close:
            self.close()
        return response.status, dict(response.getheaders()), body

    def close(self) -> None:
        if self._sock is not None:
            try:
                self._sock.close()
            finally:
                self._sock = None

    def _connect(self) -> socket.socket:
        try:
            sock = socket.create_connection((self.host, self.port), self._connect_timeout)
        except TimeoutError as exc:
            raise ConnectTimeoutError(endpoint_url=self.url, error=exc) from exc
        except OSError as exc:
            raise EndpointConnectionError(endpoint_url=self.url, error=exc) from exc
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if self._context is not None:
                sock = self._context.wrap_socket(sock, server_hostname=self.host)
        except ssl.SSLError as exc:
            sock.close()
            raise SSLError(endpoint_url=self.url, error=exc) from exc
        except OSError as exc:
            sock.close()
            raise EndpointConnectionError(endpoint_url=self.url, error=exc) from exc
        sock.settimeout(self._read_timeout)
        return sock


def _dropped(sock: socket.socket) -> bool:
    """An idle keep-alive connection is readable only if the server closed it (or
    sent something unasked): either way it cannot carry another request."""
    try:
        return wait_for_read(sock, timeout=0.0)
    except (OSError, ValueError):
        return True


__all__ = ["KeepAliveConnection"]
