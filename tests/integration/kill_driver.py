"""Runs one campaign in a child process so a test can SIGKILL it mid-send.

usage: kill_driver.py JOURNAL CAMPAIGN_ID outbox|fake MAILDIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from mailer.sending.plan import prepare_run
from mailer.sending.runner import CampaignRunner, Limits, RunOptions
from mailer.settings import Profile
from mailer.store.journal import Journal
from mailer.transports.fake import FakeScript, fake_factory


def main() -> int:
    journal_path, campaign, mode, maildir = sys.argv[1:5]
    journal = Journal(Path(journal_path))
    cid = int(campaign)
    if mode == "outbox":
        profile = Profile(kind="outbox", outbox_dir=maildir, rate=0, daily=None)
        plan = prepare_run(journal, cid, profile=profile, concurrency=4)
        runner = CampaignRunner(journal, cid, plan.factory, plan.limits, plan.options)
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
