"""Three applications the corpus letters are written for: what the checks know about each."""

from __future__ import annotations

from typing import Any

World = dict[str, Any]

NORTHWIND: World = {
    "kind": "thank-you",
    "company": "Northwind Logistics",
    "role": "Senior Platform Engineer",
    "recipient_name": "Maya Okonkwo",
    "interviewer_names": ("Maya Okonkwo", "Tom Berger"),
    "contact_names": ("Maya Okonkwo", "Tom Berger", "Priya Raman"),
    "other_companies": ("Globex", "Initech Systems", "Umbrella Health"),
    "challenge_quotes": (
        "the routing service strains every peak season",
        "intraday replanning takes forty minutes when a depot closes",
    ),
    "note_texts": (
        "Tom: peak season in November doubles the parcels; the routing service falls behind",
        "Maya said Mara from the depot team joined for ten minutes and described the manual replanning",
        "They run Kubernetes on their own hardware in the Leeds data centre; Kafka between services",
        "Intraday replanning takes forty minutes when a depot closes",
        "Tom asked about my time at Fernway and the OR-Tools solver",
    ),
    "plan_texts": (
        "Ask how on-call works",
        "Point: Fernway intraday pricing rebuild",
        "Ask when the Bergen depot opens",
    ),
    "own_texts": (
        "Alex Morgan",
        "12 Mill Lane",
        "Leeds LS6 2AB",
        "At Fernway I rebuilt the intraday pricing pipeline so it replanned in six minutes instead of forty",
        "At Harbour Freight I moved the dispatch service onto Kubernetes and cut failed deploys to zero",
    ),
    "outcome": "pending",
    "offer": False,
}

ACME: World = {
    "kind": "thank-you",
    "company": "Acme Robotics",
    "role": "Head of Platform",
    "recipient_name": "Dana Lee",
    "interviewer_names": ("Dana Lee", "Sam Roe"),
    "contact_names": ("Dana Lee", "Sam Roe", "Hannah Schmidt"),
    "other_companies": ("Globex", "Northwind Logistics"),
    "challenge_quotes": (
        "the payment queue loses messages when a node drains",
        "releases only happen once a fortnight",
    ),
    "note_texts": (
        "Deploys stall because the payment queue loses messages when a node drains.",
        "Dan from billing built the first queue consumer in Go",
        "Sam wants weekly releases by the summer; the release checklist is manual",
    ),
    "plan_texts": ("Ten years running payment platforms", "I enjoy mentoring"),
    "own_texts": (
        "Alex Doe",
        "1 High Street",
        "Leeds",
        "At Northwind I made every consumer idempotent and added a pre-stop hook, so no message was lost",
        "I moved a team from monthly to daily releases by automating the checklist",
    ),
    "outcome": "pending",
    "offer": False,
}

CONTOSO: World = {
    "kind": "rejection",
    "company": "Contoso Health",
    "role": "Data Engineer",
    "recipient_name": "Jonathan Pike",
    "interviewer_names": ("Jonathan Pike", "Leila Haddad"),
    "contact_names": ("Jonathan Pike", "Leila Haddad", "Ruth Adebayo"),
    "other_companies": ("Fabrikam", "Tailspin Toys"),
    "challenge_quotes": ("our claims data arrives a day late", "the dbt models have no tests"),
    "note_texts": (
        "Leila: claims data arrives a day late from the insurers",
        "dbt models have no tests; Jonathan wants coverage before the audit in June",
        "Jon mentioned the Airflow upgrade is planned for spring",
    ),
    "plan_texts": ("Ask about the audit", "Point: testing dbt models at Wrenfield"),
    "own_texts": (
        "Sam Patel",
        "Flat 3, 40 Queen Street",
        "Cardiff",
        "At Wrenfield I added tests to 200 dbt models before an ISO audit",
        "I volunteer at Code Club Cardiff",
    ),
    "outcome": "rejected",
    "offer": False,
}


def world(base: World, **changes: Any) -> World:
    """A copy of ``base`` with some facts changed (another kind, an offer, no recipient)."""
    return {**base, **changes}
