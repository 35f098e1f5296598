"""The printable plan sheet as HTML (Qt renders it), and the follow-up checklist's rules."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from followup_desktop.core.clock import to_local
from followup_desktop.core.text.safe import xml_safe

if TYPE_CHECKING:
    from followup_desktop.core.store import Store

# (id, words): ids are stored per interview, so never rename one.
CHECKLIST = (
    ("plan-ahead", "Plan ahead: know what you need to learn and how you will use it"),
    ("write-answers", "Write down the interviewer's answers"),
    ("be-genuine", "Be genuine: no template"),
    ("address-challenges", "Address the specific challenges you heard"),
    ("always-follow-up", "Send a follow-up whatever the outcome, even after a rejection"),
    ("no-social", "Do not connect on LinkedIn or other social media unless you are hired"),
)


@dataclass
class PlanSheet:
    """Everything the printed plan shows, already in display order."""

    company: str
    role: str = ""
    title: str = ""
    when: str = ""  # UTC ISO or ""
    interviewers: list[tuple[str, str, str]] = field(default_factory=list)  # name, title, cares about
    objectives: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    points: list[str] = field(default_factory=list)


def build_sheet(store: Store, interview_id: str) -> PlanSheet:
    """Collect an interview's plan for printing."""
    interview = store.interviews.get(interview_id)
    app = store.applications.get(interview.application_id)
    cares = store.plans.cares_about(interview_id)
    items = {k: [i.text for i in store.plans.items(interview_id, k)] for k in ("objective", "question", "point")}
    return PlanSheet(
        company=app.company,
        role=app.role,
        title=interview.title,
        when=interview.scheduled_start,
        interviewers=[(c.name, c.title, cares.get(c.id, "")) for c in store.interviews.interviewers(interview_id)],
        objectives=items["objective"],
        questions=items["question"],
        points=items["point"],
    )


def _t(text: str) -> str:
    """Escaped, printable text with line breaks kept."""
    return html.escape(xml_safe(text)).replace("\n", "<br>")


def _when(text: str) -> str:
    try:
        return to_local(text).strftime("%A %d %B %Y, %H:%M") if text else ""
    except ValueError:
        return ""


def sheet_html(sheet: PlanSheet) -> str:
    """The sheet as simple HTML that QTextDocument lays out on pages."""
    head = _t(sheet.company) + (" — " + _t(sheet.role) if sheet.role else "")
    sub = " · ".join(p for p in (_t(sheet.title), _t(_when(sheet.when))) if p)
    out = [f"<h1>{head}</h1>", f"<p><i>{sub}</i></p>" if sub else ""]
    if sheet.interviewers:
        out.append("<h2>Interviewers</h2><ul>")
        for name, title, cares in sheet.interviewers:
            line = f"<b>{_t(name)}</b>" + (f", {_t(title)}" if title else "")
            if cares:
                line += f"<br>Cares about: {_t(cares)}"
            out.append(f"<li>{line}</li>")
        out.append("</ul>")
    if sheet.objectives:
        out.append("<h2>What I need to learn</h2><ul>")
        out.extend(f"<li>{_t(o)}</li>" for o in sheet.objectives)
        out.append("</ul>")
    if sheet.questions:
        out.append("<h2>Questions to ask</h2>")
        for number, q in enumerate(sheet.questions, 1):
            out.append(
                f'<p style="margin-top:12px; margin-bottom:0"><b>{number}.</b> {_t(q)}</p>'
                '<p style="margin-top:0; margin-bottom:0">&nbsp;</p>'
                '<p style="margin-top:0; margin-bottom:0">&nbsp;</p>'
                '<p style="margin-top:0; margin-bottom:0">&nbsp;</p>'
            )
    if sheet.points:
        out.append("<h2>Points I want to make</h2><ul>")
        out.extend(f"<li>{_t(p)}</li>" for p in sheet.points)
        out.append("</ul>")
    return "<html><body>" + "".join(out) + "</body></html>"
