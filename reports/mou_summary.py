"""The MoU summary (خلاصه تفاهم‌نامه): one or two A4 pages about one MoU."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from reports.data import BodyRow, MoUSummaryData, ReportContext
from reports.document import Output, build_pdf
from reports.rtl import RTLParagraph, fmt_int
from reports.strings import tr
from reports.table import Column, ListItem, RTLTable, bullet_list, numbered_list
from reports.widgets import (
    ProgressBar,
    captioned,
    heading,
    key_values,
    letters_table,
    para,
    title_block,
)


def validity_text(data: MoUSummaryData, lang: str) -> str:
    """ "از … تا … (N روز تا پایان اعتبار)" from the validity fields."""
    parts: list[str] = []
    if data.valid_from or data.valid_until:
        parts.append(
            tr(lang, "valid_from_until", start=data.valid_from or "…", end=data.valid_until or "…")
        )
    d = data.days_to_expiry
    if d is not None:
        if d > 0:
            rel = tr(lang, "expires_in", n=fmt_int(d, lang))
        elif d == 0:
            rel = tr(lang, "expires_today")
        else:
            rel = tr(lang, "expired_ago", n=fmt_int(-d, lang))
        parts.append(f"({rel})")
    return " ".join(parts) or tr(lang, "none")


def human_size(n: int, lang: str) -> str:
    """A file size in KB/MB, labelled in the report's language."""
    units = ("بایت", "کیلوبایت", "مگابایت", "گیگابایت") if lang == "fa" else ("B", "KB", "MB", "GB")
    size = float(n)
    i = 0
    while size >= 1024 and i < len(units) - 1:
        size /= 1024
        i += 1
    value = fmt_int(round(size, 1) if i else int(size), lang)
    return f"{value} {units[i]}"


def _bodies(bodies: list[BodyRow], lang: str, level: int = 0) -> list[Flowable]:
    rtl = lang == "fa"
    out: list[Flowable] = []
    for b in bodies:
        title = f"{b.kind}: {b.name}" if b.kind else b.name
        out.append(
            # A nested body gets an en dash: a middle dot looks like the Persian zero "۰".
            ListItem("•" if level == 0 else "–", _bold(title, rtl), rtl=rtl, level=level, size=9)
        )
        details: list[str] = []
        if b.secretariat:
            details.append(f"{tr(lang, 'secretariat')}: {b.secretariat}")
        if b.members:
            sep = "، " if rtl else ", "
            details.append(f"{tr(lang, 'members')}: {sep.join(b.members)}")
        if details:
            out.extend(bullet_list(details, lang=lang, size=8.5, level=level + 1, bullet="–"))
        out.extend(_bodies(b.children, lang, level + 1))
    return out


def _bold(text: str, rtl: bool) -> RTLParagraph:
    """A bold list-item paragraph."""
    return RTLParagraph(text, size=9, bold=True, direction="rtl" if rtl else "ltr")


def build_story(ctx: ReportContext, data: MoUSummaryData) -> list[Flowable]:
    """The flowables of the MoU summary."""
    lang, rtl = ctx.lang, ctx.rtl
    story: list[Flowable] = []
    story += title_block(tr(lang, "mou_no", number=data.number), data.title, rtl)

    when = " ".join(
        p for p in (data.date, f"{tr(lang, 'time')} {data.time}" if data.time else "") if p
    )
    info: list[tuple[str, str]] = [
        (tr(lang, "number"), data.number),
        (tr(lang, "date_time"), when or tr(lang, "none")),
    ]
    if data.subject:
        info.append((tr(lang, "subject"), data.subject))
    if data.place:
        info.append((tr(lang, "place"), data.place))
    info.append((tr(lang, "status"), data.status or tr(lang, "none")))
    info.append((tr(lang, "validity"), validity_text(data, lang)))
    story.append(key_values(info, rtl))

    if data.parties:
        # No Latin-name column when no party has one (an English report's names are Latin).
        latin = any(p.latin_name for p in data.parties)
        cols = [
            Column(tr(lang, "partner"), 3.0, bold=True),
            *([Column(tr(lang, "latin_name"), 3.0, direction="ltr")] if latin else []),
            Column(tr(lang, "role"), 1.4),
            Column(tr(lang, "signatory"), 2.0),
        ]
        rows = [
            [p.name, *([p.latin_name] if latin else []), p.role, p.signatory] for p in data.parties
        ]
        story += captioned(tr(lang, "parties"), RTLTable(cols, rows, rtl=rtl), rtl)

    if data.objectives:
        story += heading(tr(lang, "objectives"), rtl)
        story.append(para(data.objectives, rtl, align="justify"))

    if data.axes:
        story += heading(tr(lang, "axes"), rtl)
        story += numbered_list(data.axes, lang=lang)

    if data.bodies:
        story += heading(tr(lang, "bodies"), rtl)
        story += _bodies(data.bodies, lang)

    if data.meetings:
        cols = [
            Column(tr(lang, "ordinal"), 0.6),
            Column(tr(lang, "date"), 1.2),
            Column(tr(lang, "place"), 3.0),
            Column(tr(lang, "decisions"), 4.4),
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

    if data.actions:
        cols = [
            Column(tr(lang, "action"), 4.2),
            Column(tr(lang, "owner"), 2.0),
            Column(tr(lang, "due"), 1.2),
            Column(tr(lang, "status"), 1.2),
            Column(tr(lang, "progress"), 1.8),
        ]
        rows = [
            [a.title, a.owner, a.due, a.status, ProgressBar(a.progress, lang)] for a in data.actions
        ]
        story += captioned(tr(lang, "open_actions"), RTLTable(cols, rows, rtl=rtl), rtl)

    if data.letters:
        story += letters_table(lang, data.letters, rtl)

    if data.attachments:
        cols = [
            Column(tr(lang, "file_name"), 4.0, direction="auto"),
            Column(tr(lang, "size"), 1.2),
        ]
        rows = [
            [
                a.file_name if not a.description else f"{a.file_name} — {a.description}",
                human_size(a.size_bytes, lang),
            ]
            for a in data.attachments
        ]
        story += captioned(tr(lang, "attachments"), RTLTable(cols, rows, rtl=rtl), rtl)
    story.append(Spacer(1, 1))
    return story


def render_mou_summary(ctx: ReportContext, data: MoUSummaryData, out: Output) -> int:
    """Write the MoU summary PDF to ``out`` (path or binary file); return the page count."""
    title = tr(ctx.lang, "mou_summary")
    return build_pdf(
        ctx, build_story(ctx, data), out, title=f"{title} — {data.number}", subject=data.title
    )
