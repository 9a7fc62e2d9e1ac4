"""Runs one campaign in a child process so a test can SIGKILL it mid-send.

usage: kill_driver.py JOURNAL CAMPAIGN_ID outbox|fake|ses MAILDIR|ENDPOINT

ses: the SES API transport to ENDPOINT (tests/sessink.py) with one build process
(mailer.sending.buildpool), so the kill also lands while requests are built elsewhere.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mailer.sending.plan import prepare_run
from mailer.sending.runner import CampaignRunner, Limits, RunOptions
from mailer.settings import Profile
from mailer.store.journal import Journal
from mailer.transports.fake import FakeScript, fake_factory
from mailer.transports.ses import ses_transport_factory


def main() -> int:
    journal_path, campaign, mode, maildir = sys.argv[1:5]
    journal = Journal(Path(journal_path))
    cid = int(campaign)
    if mode == "outbox":
        profile = Profile(kind="outbox", outbox_dir=maildir, rate=0, daily=None)
        plan = prepare_run(journal, cid, profile=profile, concurrency=4)
        runner = CampaignRunner(journal, cid, plan.factory, plan.limits, plan.options)
    elif mode == "ses":
        profile = Profile(kind="ses", endpoint_url=maildir, region="us-east-1")
        options = RunOptions(concurrency=4, build_processes=1)
        factory = ses_transport_factory(profile, concurrency=4)
        runner = CampaignRunner(journal, cid, factory, Limits(0, None), options)
    else:
        script = FakeScript(latency=0.002, record_to=Path(maildir))
        runner = CampaignRunner(
            journal, cid, fake_factory(script), Limits(0, None), RunOptions(concurrency=4)
        )
    result = runner.run()
    print(result.status, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
