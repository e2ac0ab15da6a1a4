"""The country hub dossier: the hub, its missions, partners, MoUs, events, letters."""

from __future__ import annotations

from reportlab.platypus import Flowable

from reports.data import HubDossierData, ReportContext
from reports.document import Output, build_pdf
from reports.rtl import fmt_int
from reports.strings import tr
from reports.table import Column, RTLTable
from reports.widgets import ProgressBar, captioned, key_values, letters_table, para, title_block


def build_story(ctx: ReportContext, data: HubDossierData) -> list[Flowable]:
    """The flowables of the hub dossier."""
    lang, rtl = ctx.lang, ctx.rtl
    story: list[Flowable] = []
    story += title_block(tr(lang, "hub_of", country=data.country), data.host_park, rtl)
    info = [
        (tr(lang, "host_park"), data.host_park),
        (tr(lang, "country"), data.country),
        (tr(lang, "designated_by"), data.designated_by or tr(lang, "none")),
        (tr(lang, "launch_date"), data.launch_date or tr(lang, "none")),
        (tr(lang, "status"), data.status or tr(lang, "none")),
    ]
    story.append(key_values(info, rtl))
    if data.description:
        story.append(para(data.description, rtl, align="justify", space_after=4))

    if data.missions:
        cols = [
            Column("#", 0.35),
            Column(tr(lang, "mission"), 6.0),
            Column(tr(lang, "status"), 1.1),
            Column(tr(lang, "progress"), 1.9),
        ]
        rows = [
            [fmt_int(i, lang), m.title, m.status, ProgressBar(m.progress, lang)]
            for i, m in enumerate(data.missions, start=1)
        ]
        story += captioned(tr(lang, "missions"), RTLTable(cols, rows, rtl=rtl), rtl)

    if data.partners:
        latin = any(p.latin_name for p in data.partners)
        cols = [
            Column(tr(lang, "name"), 2.6, bold=True),
            *([Column(tr(lang, "latin_name"), 2.4, direction="ltr")] if latin else []),
            Column(tr(lang, "kind"), 1.4),
            Column(tr(lang, "city"), 1.1),
            Column(tr(lang, "website"), 2.6, direction="ltr"),
        ]
        rows = [
            [p.name, *([p.latin_name] if latin else []), p.kind, p.city, p.website]
            for p in data.partners
        ]
        story += captioned(tr(lang, "partners_in"), RTLTable(cols, rows, rtl=rtl), rtl)

    if data.mous:
        cols = [
            Column(tr(lang, "number"), 0.7, fit=True),
            Column(tr(lang, "title"), 5.0),
            Column(tr(lang, "date"), 1.3),
            Column(tr(lang, "status"), 1.5),
        ]
        rows = [[m.number, m.title, m.date, m.status] for m in data.mous]
        story += captioned(tr(lang, "mous_in"), RTLTable(cols, rows, rtl=rtl), rtl)

    if data.events:
        cols = [
            Column(tr(lang, "date"), 1.2),
            Column(tr(lang, "event"), 4.6),
            Column(tr(lang, "kind"), 1.2),
            Column(tr(lang, "place"), 1.5),
        ]
        rows = [[e.date, e.title, e.kind, e.place] for e in data.events]
        story += captioned(tr(lang, "recent_events"), RTLTable(cols, rows, rtl=rtl), rtl)

    if data.meetings:
        cols = [
            Column(tr(lang, "ordinal"), 0.6),
            Column(tr(lang, "date"), 1.2),
            Column(tr(lang, "body"), 2.4),
            Column(tr(lang, "decisions"), 4.6),
        ]
        sep = "؛ " if rtl else "; "
        rows = [
            [
                fmt_int(m.ordinal, lang) if m.ordinal else "",
                m.date,
                "\n".join(p for p in (m.body, m.place) if p),
                sep.join(m.decisions),
            ]
            for m in data.meetings
        ]
        story += captioned(tr(lang, "meetings"), RTLTable(cols, rows, rtl=rtl), rtl)

    if data.letters:
        story += letters_table(lang, data.letters, rtl, correspondent_width=2.4)
    return story


def render_hub_dossier(ctx: ReportContext, data: HubDossierData, out: Output) -> int:
    """Write the hub dossier PDF to ``out``; return the page count."""
    title = tr(ctx.lang, "hub_dossier")
    return build_pdf(
        ctx,
        build_story(ctx, data),
        out,
        title=f"{title} — {data.country}",
        subject=tr(ctx.lang, "hub_of", country=data.country),
    )
