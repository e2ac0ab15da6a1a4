"""The partner directory: every partner, grouped by country, in one long table per country.

Built for tens of thousands of rows: each country is one ``RTLTable``
(rows measured once, linear page splitting, header repeated per page).
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from reports.data import PartnerDirectoryData, ReportContext
from reports.document import Output, build_pdf
from reports.rtl import fmt_int
from reports.strings import tr
from reports.table import Column, RTLTable
from reports.widgets import captioned, para, title_block


def _nbsp(text: str) -> str:
    return text.replace(" ", "\u00a0")


def build_story(ctx: ReportContext, data: PartnerDirectoryData) -> list[Flowable]:
    """The flowables of the directory."""
    lang, rtl = ctx.lang, ctx.rtl
    total = sum(len(g.partners) for g in data.groups)
    story: list[Flowable] = []
    story += title_block(
        data.title or tr(lang, "partner_directory"),
        tr(
            lang,
            "total_partners" if len(data.groups) != 1 else "total_partners_one_country",
            n=fmt_int(total, lang),
            c=fmt_int(len(data.groups), lang),
        ),
        rtl,
    )
    # No Latin-name column when no partner has one (an English directory's names are Latin).
    latin = any(p.latin_name for g in data.groups for p in g.partners)
    cols = [
        Column(tr(lang, "name"), 2.6 if latin else 3.6, bold=True),
        *([Column(tr(lang, "latin_name"), 2.7, direction="ltr")] if latin else []),
        Column(tr(lang, "kind"), 1.3),
        Column(tr(lang, "city"), 1.0),
        Column(tr(lang, "website"), 2.0, direction="ltr"),
        Column(tr(lang, "email"), 2.1, direction="ltr"),
        Column(tr(lang, "phone"), 1.6, direction="ltr", digits="fa" if rtl else "auto"),
    ]
    for group in data.groups:
        if not group.partners:
            continue
        label = f"{group.country} ({tr(lang, _count_key(len(group.partners)), n=fmt_int(len(group.partners), lang))})"
        # A phone number is kept on one line (no-break spaces).
        rows = [
            [
                p.name,
                *([p.latin_name] if latin else []),
                p.kind,
                p.city,
                p.website,
                p.email,
                _nbsp(p.phone),
            ]
            for p in group.partners
        ]
        story += captioned(
            label, RTLTable(cols, rows, rtl=rtl, size=7.5, padding=2.5), rtl, size=11.5
        )
    if total == 0:
        story.append(para(tr(lang, "nothing"), rtl))
    return story


def render_partner_directory(ctx: ReportContext, data: PartnerDirectoryData, out: Output) -> int:
    """Write the partner directory PDF to ``out``; return the page count."""
    title = data.title or tr(ctx.lang, "partner_directory")
    return build_pdf(ctx, build_story(ctx, data), out, title=title, subject=title)


def _count_key(n: int) -> str:
    """English needs "1 partner" (Persian has one form for both)."""
    return "partners_count_one" if n == 1 else "partners_count"
