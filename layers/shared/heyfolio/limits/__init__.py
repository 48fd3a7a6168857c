"""Abuse and cost controls: sliding-window rate limits and daily/monthly spend caps.

One idea per module: ``rules`` (what a limit is), ``decision`` (what a check answers),
``ratelimit`` (the limiters), ``budget`` (spend reservations), ``alerts`` (telling the owner),
``backend`` (which store is used where), ``http`` (turning a refusal into a response).
This package imports nothing heavy at import time.
"""
