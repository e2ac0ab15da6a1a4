"""The activity report of a period: KPI boxes, charts and tables."""

from __future__ import annotations

from reportlab.platypus import Flowable

from reports.data import ActivityData, ReportContext
from reports.document import FRAME_WIDTH, Output, build_pdf
from reports.rtl import fmt_int
from reports.strings import tr
from reports.table import Column, RTLTable
from reports.widgets import (
    KpiRow,
    SideBySide,
    bar_chart,
    captioned,
    heading,
    para,
    pie_chart,
    title_block,
)


def build_story(ctx: ReportContext, data: ActivityData) -> list[Flowable]:
    """The flowables of the activity report."""
    lang, rtl = ctx.lang, ctx.rtl
    story: list[Flowable] = []
    story += title_block(tr(lang, "activity_report"), tr(lang, "period", period=data.period), rtl)
    story.append(
        KpiRow(
            [
                (data.new_partners_count, tr(lang, "kpi_partners")),
                (data.new_mous_count, tr(lang, "kpi_mous")),
                (data.meetings_count, tr(lang, "kpi_meetings")),
                (data.actions_done_count, tr(lang, "kpi_actions_done")),
                (data.actions_overdue_count, tr(lang, "kpi_actions_overdue")),
                (data.events_count, tr(lang, "kpi_events")),
            ],
            lang,
        )
    )

    half = (FRAME_WIDTH - 12) / 2
    charts = []
    if data.mous_by_country:
        charts.append(
            bar_chart(
                [r.label for r in data.mous_by_country],
                [[r.count for r in data.mous_by_country]],
                [""],
                tr(lang, "chart_mous_by_country"),
                lang,
                half,
            )
        )
    if data.mous_by_status:
        charts.append(
            pie_chart(
                [r.label for r in data.mous_by_status],
                [r.count for r in data.mous_by_status],
                tr(lang, "chart_mous_by_status"),
                lang,
                half,
            )
        )
    if charts:
        story.append(SideBySide(charts, rtl))
    if data.actions_by_month:
        story.append(
            SideBySide(
                [
                    bar_chart(
                        [m.month for m in data.actions_by_month],
                        [
                            [m.done for m in data.actions_by_month],
                            [m.overdue for m in data.actions_by_month],
                        ],
                        [tr(lang, "done"), tr(lang, "overdue")],
                        tr(lang, "chart_actions_by_month"),
                        lang,
                        FRAME_WIDTH,
                        height=160,
                    )
                ],
                rtl,
            )
        )

    if data.new_partners:
        cols = [
            Column(tr(lang, "name"), 2.6, bold=True),
            Column(tr(lang, "latin_name"), 2.4, direction="ltr"),
            Column(tr(lang, "kind"), 1.4),
            Column(tr(lang, "city"), 1.1),
            Column(tr(lang, "email"), 2.6, direction="ltr"),
        ]
        rows = [[p.name, p.latin_name, p.kind, p.city, p.email] for p in data.new_partners]
        story += captioned(tr(lang, "new_partners"), RTLTable(cols, rows, rtl=rtl), rtl)
    else:
        story += heading(tr(lang, "new_partners"), rtl)
        story.append(para(tr(lang, "nothing"), rtl))

    if data.meetings:
        cols = [
            Column(tr(lang, "ordinal"), 0.6),
            Column(tr(lang, "date"), 1.2),
            Column(tr(lang, "body"), 2.4),
            Column(tr(lang, "place"), 1.4),
            Column(tr(lang, "decisions"), 3.6),
        ]
        sep = "؛ " if rtl else "; "
        rows = [
            [
                fmt_int(m.ordinal, lang) if m.ordinal else "",
                m.date,
                m.body,
                m.place,
                sep.join(m.decisions),
            ]
            for m in data.meetings
        ]
        story += captioned(tr(lang, "meetings_held"), RTLTable(cols, rows, rtl=rtl), rtl)
    else:
        story += heading(tr(lang, "meetings_held"), rtl)
        story.append(para(tr(lang, "nothing"), rtl))

    if data.expiring_mous:
        cols = [
            Column(tr(lang, "number"), 0.7, fit=True),
            Column(tr(lang, "title"), 4.6),
            Column(tr(lang, "expires_on"), 1.4),
            Column(tr(lang, "days_left"), 1.0),
        ]
        rows = [
            [
                m.number,
                m.title,
                m.valid_until,
                fmt_int(m.days_to_expiry, lang) if m.days_to_expiry is not None else "",
            ]
            for m in data.expiring_mous
        ]
        story += captioned(tr(lang, "expiring_mous"), RTLTable(cols, rows, rtl=rtl), rtl)
    else:
        story += heading(tr(lang, "expiring_mous"), rtl)
        story.append(para(tr(lang, "nothing"), rtl))
    return story


def render_activity(ctx: ReportContext, data: ActivityData, out: Output) -> int:
    """Write the activity report PDF to ``out``; return the page count."""
    title = tr(ctx.lang, "activity_report")
    return build_pdf(
        ctx,
        build_story(ctx, data),
        out,
        title=f"{title} — {data.period}",
        subject=tr(ctx.lang, "period", period=data.period),
    )
