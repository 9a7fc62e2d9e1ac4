"""Addresses on the wire: internationalised domains in their ASCII (punycode) form.

Headers and SMTP envelopes without SMTPUTF8 (SES has none) take only ASCII, so an IDN
domain goes out as its A-label (``bücher.de`` -> ``xn--bcher-kva.de``). The conversion
is IDNA 2008 with UTS #46 mapping, exactly as email-validator does when it accepts an
address at load: Python's own "idna" codec is IDNA 2003 and would send ``faß.de`` to
the different domain ``fass.de``.
"""

from __future__ import annotations

import idna

_MAX_DOMAIN = 253  # RFC 1035 (octets); longer input also makes IDNA slow


def ascii_domain(domain: str) -> str:
    """The domain as it goes into a header or an SMTP command; ValueError (a short
    English reason) when it has no ASCII form."""
    if domain.isascii():
        return domain
    if len(domain) > _MAX_DOMAIN:
        raise ValueError("the domain is too long")
    try:
        mapped = idna.uts46_remap(domain, std3_rules=False, transitional=False)
        return ".".join(idna.alabel(label).decode("ascii") for label in mapped.split("."))
    except (idna.IDNAError, UnicodeError) as exc:
        raise ValueError(f"the domain cannot be written in ASCII ({exc})") from exc


def ascii_address(address: str) -> str:
    """``local@domain`` with the domain in ASCII; the local part is left as it is (only
    an SMTPUTF8 server can take a non-ASCII one). ValueError as ``ascii_domain``."""
    local, at, domain = address.rpartition("@")
    if not at:
        return address
    return f"{local}@{ascii_domain(domain)}"


__all__ = ["ascii_address", "ascii_domain"]
