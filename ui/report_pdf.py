"""A campaign report as a PDF: a Qt rich-text document (tables, the notes, the timeline
chart as an image) printed by QPdfWriter on A4 pages.

Used by the Report tab's "Export PDF…" and, in a child process, by
`mailer report ID --pdf FILE` (``python -m ui.report_pdf ID FILE``), so the command
line never loads Qt itself.
"""

from __future__ import annotations

import html
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSize, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from mailer import CampaignReport, InputError, MailerError
from ui.widgets.report_ab import ab_headers, ab_rows, ab_summary, ab_title
from ui.widgets.report_chart import TimelineChart
from ui.widgets.report_words import (
    base_label,
    cost_text,
    domain_label,
    link_label,
    measure_label,
    no_tracking_note,
    opens_note,
    percent,
    reason_kind_label,
)

CHART = QUrl("report://timeline.png")
CHART_SIZE = QSize(1000, 380)
MAX_REASONS = 2000  # a PDF of 30,000 unique diagnostics is no use to anyone


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows
    )
    return (
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        f"<tr>{head}</tr>{body}</table>"
    )


def _figures(report: CampaignReport) -> str:
    rows = []
    for f in report.figures:
        level = "" if f.review_level is None else percent(f.review_level, 1)
        if f.over_review_level:
            level += " — " + QCoreApplication.translate("report", "over it")
        of = f"{base_label(f.base)} ({f.of:,})" if f.base.value else ""
        rows.append([measure_label(f.measure), f"{f.count:,}", percent(f.rate, 2), of, level])
    headers = [
        QCoreApplication.translate("report", "Figure"),
        QCoreApplication.translate("report", "Count"),
        QCoreApplication.translate("report", "Rate"),
        QCoreApplication.translate("report", "Measured on"),
        QCoreApplication.translate("report", "SES review level"),
    ]
    return _table(headers, rows)


# Literal translate calls: pyside6-lupdate reads only those (a wrapper hides the words).
def _link_headers() -> list[str]:
    return [
        QCoreApplication.translate("report", "Link"),
        QCoreApplication.translate("report", "Unique clicks"),
        QCoreApplication.translate("report", "Total clicks"),
        QCoreApplication.translate("report", "Click-through (of delivered)"),
    ]


def _domain_headers() -> list[str]:
    return [
        QCoreApplication.translate("report", "Domain"),
        QCoreApplication.translate("report", "Recipients"),
        QCoreApplication.translate("report", "Sent"),
        QCoreApplication.translate("report", "Delivered"),
        QCoreApplication.translate("report", "Bounced"),
        QCoreApplication.translate("report", "Complained"),
        QCoreApplication.translate("report", "Opened"),
    ]


def _reason_headers() -> list[str]:
    return [
        QCoreApplication.translate("report", "Kind"),
        QCoreApplication.translate("report", "Type"),
        QCoreApplication.translate("report", "Subtype"),
        QCoreApplication.translate("report", "Events"),
        QCoreApplication.translate("report", "Recipients"),
        QCoreApplication.translate("report", "Diagnostic code"),
        QCoreApplication.translate("report", "Examples"),
    ]


def report_html(report: CampaignReport) -> str:
    created = time.strftime("%Y-%m-%d %H:%M", time.localtime(report.created))
    c = report.cost
    heading = (
        QCoreApplication.translate("report", "Campaign %1, created %2")
        .replace("%1", str(report.campaign_id))
        .replace("%2", created)
    )
    per_hour = QCoreApplication.translate("report", "Per hour")
    parts = [
        f"<h2>{html.escape(report.name)}</h2>",
        f"<p>{html.escape(heading)}</p>",
        _figures(report),
        f"<p><i>{html.escape(opens_note() if report.tracks_opens else no_tracking_note())}</i></p>",
        f"<p>{html.escape(cost_text(c.total, c.messages, c.message_cost, c.attachment_cost))}</p>",
        f"<h3>{html.escape(per_hour)}</h3>",
        f"<p><img src='{CHART.toString()}' width='540' height='205'></p>",
    ]
    if report.ab is not None:  # each variant of the A/B test, the winner
        parts.append(f"<h3>{html.escape(ab_title())}</h3>")
        parts.append(_table(ab_headers(report.ab), ab_rows(report.ab)))
        parts.append(f"<p>{html.escape(ab_summary(report.ab))}</p>")
    if report.links:
        title = QCoreApplication.translate("report", "Links")
        parts.append(f"<h3>{html.escape(title)}</h3>")
        parts.append(
            _table(
                _link_headers(),
                [[link_label(k.url), f"{k.clickers:,}", f"{k.clicks:,}",
                  percent(k.click_through)] for k in report.links],
            )
        )  # fmt: skip
    if report.domains:
        title = QCoreApplication.translate("report", "Domains")
        parts.append(f"<h3>{html.escape(title)}</h3>")
        parts.append(
            _table(
                _domain_headers(),
                [[domain_label(d.group), f"{d.recipients:,}", f"{d.sent:,}",
                  percent(d.rate(d.delivered)), percent(d.rate(d.bounced)),
                  percent(d.rate(d.complained), 2), percent(d.rate(d.opened, on_delivered=True))]
                 for d in report.domains],
            )
        )  # fmt: skip
    if report.reasons:
        reasons = QCoreApplication.translate("report", "Bounce and failure reasons")
        parts.append(f"<h3>{html.escape(reasons)}</h3>")
        parts.append(
            _table(
                _reason_headers(),
                [[reason_kind_label(r.kind), r.bounce_type, r.subtype, f"{r.count:,}",
                  f"{r.recipients:,}", r.diagnostic, ", ".join(r.examples)]
                 for r in report.reasons[:MAX_REASONS]],
            )
        )  # fmt: skip
    return "".join(parts)


def write_pdf(report: CampaignReport, path: Path) -> None:
    """Write the report to ``path`` (UI thread: it draws the chart with a widget)."""
    chart = TimelineChart()
    chart.resize(CHART_SIZE)
    chart.set_hours(report.timeline)
    image = chart.grab().toImage()
    chart.deleteLater()
    document = QTextDocument()
    document.setDefaultStyleSheet("body { font-size: 9pt; } th { background: #eeeeee; }")
    document.addResource(QTextDocument.ResourceType.ImageResource, CHART, image)
    document.setHtml(report_html(report))
    writer = QPdfWriter(str(path))
    writer.setTitle(report.name)
    writer.setCreator("Bulk Mailer")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    document.print_(writer)
    del writer  # the file is finished when the writer goes
    if not path.is_file() or path.stat().st_size == 0:
        raise InputError(f"Could not write the PDF {path}. Choose a folder you can write to.")


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m ui.report_pdf CAMPAIGN_ID FILE``: for `mailer report --pdf`."""
    from mailer import service

    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 2 or not args[0].isdigit():
        print("usage: python -m ui.report_pdf CAMPAIGN_ID FILE", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(["mailer-report"])
    journal = service.open_journal()
    try:
        write_pdf(service.campaign_report(journal, int(args[0])), Path(args[1]))
    except MailerError as exc:  # its sentence alone: `mailer report` shows it as its own
        print(exc, file=sys.stderr)
        return 2 if isinstance(exc, InputError) else 1
    finally:
        journal.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
