"""Asking AWS to move the account out of the SES sandbox (PutAccountDetails), and the
state of that request (GetAccount Details.ReviewDetails)."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from mailer.aws import session as aws
from mailer.aws.errors import aws_errors, describe
from mailer.errors import ConfigError
from mailer.settings import Profile

MAIL_TYPES = ("MARKETING", "TRANSACTIONAL")
LANGUAGES = ("EN", "JA")  # the only contact languages SES accepts
MAX_EXTRA_CONTACTS = 4
MIN_USE_CASE = 50  # characters: a reviewer needs a real description

DEFAULT_USE_CASE = """\
We send a newsletter to customers who signed up for it on our website or in our shop.
How addresses were collected: (describe the sign-up form or consent, e.g. a checkbox at
checkout that is not pre-ticked).
How often: (e.g. twice a month), to about (number) recipients.
Bounces and complaints: our sending app (Bulk Mailer) receives SES bounce and complaint
notifications through SNS and SQS, adds hard-bounced and complaining addresses to a
suppression list that is checked before every send, and pauses a campaign when bounces
reach 5% or complaints 0.1%.
Unsubscribes: every message has a one-click List-Unsubscribe header and a visible
unsubscribe link; unsubscribed addresses are suppressed from then on.
"""


@dataclass(frozen=True)
class ProductionRequest:
    website_url: str
    use_case: str
    mail_type: str = "MARKETING"
    language: str = "EN"
    extra_contacts: tuple[str, ...] = field(default_factory=tuple)

    def validated(self) -> ProductionRequest:
        """The same request, normalised; ConfigError with a sentence when a field is off."""
        url = self.website_url.strip()
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or "." not in parts.netloc:
            raise ConfigError(
                f"Website URL {url!r}: give the full address of your site, e.g. "
                "https://shop.example.com (AWS reviewers look at it)."
            )
        mail_type = self.mail_type.strip().upper()
        if mail_type not in MAIL_TYPES:
            raise ConfigError(f"Mail type {self.mail_type!r}: marketing or transactional.")
        language = self.language.strip().upper()
        if language not in LANGUAGES:
            raise ConfigError(
                f"Contact language {self.language!r}: SES accepts only English (EN) or "
                "Japanese (JA) for the review correspondence."
            )
        use_case = self.use_case.strip()
        if len(use_case) < MIN_USE_CASE or "(describe" in use_case:
            raise ConfigError(
                "Describe your use case in a few sentences (how addresses were collected, "
                "how often you send, how bounces, complaints and unsubscribes are handled); "
                "replace the parts in brackets of the template text."
            )
        contacts = tuple(c.strip() for c in self.extra_contacts if c.strip())
        if len(contacts) > MAX_EXTRA_CONTACTS:
            raise ConfigError(f"At most {MAX_EXTRA_CONTACTS} extra contact addresses.")
        for address in contacts:
            local, _, domain = address.rpartition("@")
            if not local or "." not in domain:
                raise ConfigError(f"Extra contact {address!r} is not an e-mail address.")
        return ProductionRequest(url, use_case, mail_type, language, contacts)


@dataclass(frozen=True)
class ReviewState:
    production: bool
    status: str  # PENDING | FAILED | GRANTED | DENIED | "" (never asked)
    case_id: str


def request_production(profile: Profile, request: ProductionRequest) -> ReviewState:
    """Send the request (validated first) and return the review state SES then reports."""
    req = request.validated()
    client = aws.make_client(profile, "sesv2")
    fields: dict[str, object] = {
        "MailType": req.mail_type,
        "WebsiteURL": req.website_url,
        "ContactLanguage": req.language,
        "UseCaseDescription": req.use_case,
        "ProductionAccessEnabled": True,
    }
    if req.extra_contacts:  # the API refuses an empty list
        fields["AdditionalContactEmailAddresses"] = list(req.extra_contacts)
    with aws_errors(where=describe(client), action="request production access"):
        client.put_account_details(**fields)
    return review_state(profile)


def review_state(profile: Profile) -> ReviewState:
    client = aws.make_client(profile, "sesv2")
    with aws_errors(where=describe(client), action="read the account's review state"):
        reply = client.get_account()
    review = (reply.get("Details") or {}).get("ReviewDetails") or {}
    return ReviewState(
        production=bool(reply.get("ProductionAccessEnabled")),
        status=str(review.get("Status", "")),
        case_id=str(review.get("CaseId", "")),
    )
