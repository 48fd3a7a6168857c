"""The companies and foundations job ads put before their products ("Apache Kafka", "Amazon EKS").

Why a module of its own: reading a requirement's names (``terms``) and setting a technology free of its
vendor (``vendors``) both need the list, and ``vendors`` reads ``terms``.
"""

from __future__ import annotations

__all__ = ["VENDORS"]

VENDORS = frozenset(
    str.split(
        "apache eclipse amazon aws google microsoft apple hashicorp oracle ibm jetbrains salesforce servicenow"
    )
)
