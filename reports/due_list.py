"""The due list: MoUs about to expire and overdue actions (the Saturday-morning list)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from reports.data import DueListData, ReportContext
from reports.document import Output, build_pdf
from reports.rtl import fmt_int
from reports.strings import tr
from reports.table import Column, RTLTable
from reports.widgets import ProgressBar, captioned, heading, para, title_block


def build_story(ctx: ReportContext, data: DueListData) -> list[Flowable]:
    """The flowables of the due list."""
    lang, rtl = ctx.lang, ctx.rtl
    story: list[Flowable] = []
    story += title_block(tr(lang, "due_list"), tr(lang, "as_of", date=data.as_of), rtl)

    if data.expiring_mous:
        cols = [
            Column(tr(lang, "number"), 0.7, fit=True),
            Column(tr(lang, "title"), 4.2),
            Column(tr(lang, "parties"), 2.4, direction="auto"),
            Column(tr(lang, "expires_on"), 1.3),
            Column(tr(lang, "days_left"), 1.0),
        ]
        rows = [
            [
                m.number,
                m.title,
                m.partners,
                m.valid_until,
                fmt_int(m.days_to_expiry, lang) if m.days_to_expiry is not None else "",
            ]
            for m in data.expiring_mous
        ]
        story += captioned(tr(lang, "expiring_mous"), RTLTable(cols, rows, rtl=rtl), rtl)
    else:
        story += heading(tr(lang, "expiring_mous"), rtl)
        story.append(para(tr(lang, "nothing"), rtl))

    if data.overdue_actions:
        cols = [
            Column(tr(lang, "action"), 3.6),
            Column(tr(lang, "related_to"), 2.0),
            Column(tr(lang, "owner"), 1.7),
            Column(tr(lang, "due"), 1.2),
            Column(tr(lang, "days_overdue"), 0.9),
            Column(tr(lang, "progress"), 1.6),
        ]
        rows = [
            [
                a.title,
                a.related_to,
                a.owner,
                a.due,
                fmt_int(a.days_overdue, lang),
                ProgressBar(a.progress, lang),
            ]
            for a in data.overdue_actions
        ]
        story += captioned(tr(lang, "overdue_actions"), RTLTable(cols, rows, rtl=rtl), rtl)
    else:
        story += heading(tr(lang, "overdue_actions"), rtl)
        story.append(para(tr(lang, "nothing"), rtl))
    return story


def render_due_list(ctx: ReportContext, data: DueListData, out: Output) -> int:
    """Write the due list PDF to ``out``; return the page count."""
    title = tr(ctx.lang, "due_list")
    return build_pdf(
        ctx,
        build_story(ctx, data),
        out,
        title=title,
        subject=tr(ctx.lang, "as_of", date=data.as_of),
    )
