"""The words the benchmark databases are written with: names, companies, roles, sentences."""

from __future__ import annotations

import random

FIRST = [
    "Dana",
    "Peter",
    "Lena",
    "Amir",
    "Sofia",
    "Kenji",
    "Zoë",
    "José",
    "Björn",
    "Chloé",
    "Wei",
    "Priya",
    "Olumide",
    "Hannah",
    "Mateo",
    "Aoife",
    "Łukasz",
    "Søren",
    "Yuki",
    "Fatima",
    "Noah",
    "Emma",
]
LAST = [
    "Johnson",
    "Gray",
    "Okafor",
    "Müller",
    "García",
    "Tanaka",
    "Nowak",
    "Ødegaard",
    "Chen",
    "Patel",
    "O'Brien",
    "Dubois",
    "Rossi",
    "Kowalski",
    "Nguyen",
    "Smith",
    "Haddad",
    "Ibáñez",
    "李",
    "Kim",
]
COMPANY_A = [
    "Acme",
    "Northwind",
    "Globex",
    "Initech",
    "Umbrella",
    "Soylent",
    "Hooli",
    "Vandelay",
    "Stark",
    "Wayne",
    "Tyrell",
    "Cyberdyne",
    "Aperture",
    "Massive",
    "Nakatomi",
    "Zürich",
    "Société",
    "東京",
]
COMPANY_B = [
    "Robotics",
    "Systems",
    "Labs",
    "Health",
    "Payments",
    "Logistics",
    "Analytics",
    "Energy",
    "Software",
    "Bank",
    "Foods",
    "Media",
    "GmbH",
    "AG",
    "& Co",
    "Technologies",
]
ROLES = [
    "Backend Engineer",
    "Senior Backend Engineer",
    "Staff Engineer",
    "Data Scientist",
    "Product Manager",
    "Engineering Manager",
    "SRE",
    "Platform Engineer",
    "Designer",
    "QA Lead",
    "Head of Platform",
]
SUBJECTS = [
    "the team",
    "the billing service",
    "the platform group",
    "the on-call rotation",
    "the new hire",
    "the payments queue",
    "the data pipeline",
    "the mobile app",
    "the release train",
    "the roadmap",
]
VERBS = [
    "keeps stalling on",
    "is struggling with",
    "wants to improve",
    "spent a year rebuilding",
    "is measured on",
    "needs help with",
    "recently migrated",
    "is worried about",
    "plans to replace",
]
OBJECTS = [
    "the migration to Kubernetes",
    "alert noise at night",
    "releases once a fortnight",
    "flaky tests",
    "the legacy monolith",
    "customer churn in Q3",
    "hiring two more engineers",
    "the Postgres upgrade",
    "latency of the checkout",
    "a café-style office layout",
    "naïve caching",
    "the résumé screening",
]
TAILS = [
    "",
    "",
    "",
    " because nobody owns it",
    " and the budget is tight",
    " before the summer",
    " — they asked how I would approach it",
    " (she said it twice)",
    " according to the CTO",
    " 😅",
    " in the 東京 office",
    " which surprised me",
]
FILLER = [
    "Interesting.",
    "Follow up on this.",
    "Ask about the timeline.",
    "Good sign.",
    "He smiled.",
    "Salary range mentioned: flexible.",
    "Remote two days a week.",
    "Need to check the numbers.",
]
RARE = [
    "Terraform",
    "Grafana",
    "Kafka",
    "gRPC",
    "Snowflake",
    "Airflow",
    "OKRs",
    "SOC2",
    "Rust",
    "Elixir",
    "Figma",
    "Sentry",
    "PagerDuty",
    "Datadog",
    "Redis",
    "RabbitMQ",
    "Spark",
    "dbt",
    "Looker",
    "Jira",
]
KINDS = [
    "answer",
    "answer",
    "answer",
    "challenge",
    "need",
    "problem",
    "goal",
    "action",
    "other",
]  # NOTE_KINDS, weighted


def sentences(rnd: random.Random, count: int) -> list[str]:
    """A pool of varied sentences: short fillers, long clauses, the odd accent, CJK or emoji."""
    pool = []
    for _ in range(count):
        if rnd.random() < 0.15:
            pool.append(rnd.choice(FILLER))
            continue
        text = f"{rnd.choice(SUBJECTS).capitalize()} {rnd.choice(VERBS)} {rnd.choice(OBJECTS)}{rnd.choice(TAILS)}."
        if rnd.random() < 0.3:
            text += f" {rnd.choice(FIRST)} added that {rnd.choice(SUBJECTS)} {rnd.choice(VERBS)} {rnd.choice(OBJECTS)}."
        if rnd.random() < 0.05:
            text += f" We touched on {rnd.choice(RARE)} too."
        pool.append(text)
    return pool
