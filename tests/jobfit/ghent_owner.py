"""A made-up owner several job-fit test modules assess against (one copy, not one per module)."""

from __future__ import annotations

import datetime as dt
from typing import Any

TODAY = dt.date(2026, 12, 5)

# A made-up owner: a backend developer in Ghent who writes Go, rates her Python Intermediate and her Rust
# Beginner, and is booked for a Kubernetes exam.
OWNER: dict[str, Any] = {
    "basics": {"name": "Lien Voorbeeld", "summary": "Backend developer building order services."},
    "work": [
        {
            "name": "Bestelwerk BV",
            "position": "Backend Developer",
            "startDate": "2020-02",
            "highlights": [
                "Built the order service in Go on PostgreSQL, serving 900 requests per second",
                "Wrote Python scripts that reconcile the daily invoices",
                "Moved the message flow from cron jobs to RabbitMQ and Docker",
            ],
        }
    ],
    "certificates": [
        {"name": "Certified Kubernetes Administrator (CKA) - in progress, exam booked for March 2027"},
        {"name": "HashiCorp Certified: Terraform Associate", "date": "2023-04"},
    ],
    "skills": [
        {"name": "Go", "level": "Advanced", "keywords": ["gRPC", "PostgreSQL", "RabbitMQ"]},
        {"name": "Scripting", "level": "Intermediate", "keywords": ["Python", "Bash"]},
        {"name": "Rust", "level": "Beginner"},
        {"name": "Containers", "keywords": ["Docker"]},
    ],
}
