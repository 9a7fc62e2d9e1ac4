"""Wiring a profile's tracking queue to the journal: used by `mailer track`, by
`mailer send`/`resume` while a campaign runs, and by the app."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from mailer.aws import session as aws
from mailer.aws.poller import TrackingPoller
from mailer.aws.provision import TrackingResources, setup_tracking
from mailer.settings import Profile
from mailer.store.journal import Journal


def make_poller(
    profile: Profile, journal: Journal, on_error: Callable[[str], None] | None = None
) -> TrackingPoller | None:
    """A poller whose sink commits events to the journal; None without a tracking queue."""
    if profile.kind != "ses" or not profile.tracking_queue_url:
        return None
    return TrackingPoller(
        profile.tracking_queue_url,
        lambda: aws.make_client(profile, "sqs"),
        journal.events.apply,
        on_unparsed=journal.events.add_unparsed,
        on_error=on_error,
    )


def start_tracking(
    profile: Profile, journal: Journal, on_error: Callable[[str], None] | None = None
) -> TrackingPoller | None:
    poller = make_poller(profile, journal, on_error)
    if poller is not None:
        poller.start()
    return poller


def provision(profile: Profile, *, include_open_click: bool = False) -> TrackingResources:
    """Create (or find) the configuration set, topic, queue and subscription for a profile."""
    session = aws.make_session(profile)
    return setup_tracking(
        aws.make_client(profile, "sesv2", session=session),
        aws.make_client(profile, "sns", session=session),
        aws.make_client(profile, "sqs", session=session),
        name=profile.configuration_set or "bulk-mailer",
        include_open_click=include_open_click,
    )


def set_up_tracking(profile: Profile, *, include_open_click: bool = False) -> Profile:
    """Provision tracking for an SES profile; returns the profile that uses it (not saved)."""
    made = provision(profile, include_open_click=include_open_click)
    return dataclasses.replace(
        profile,
        configuration_set=made.configuration_set,
        tracking_topic_arn=made.topic_arn,
        tracking_queue_url=made.queue_url,
    )
