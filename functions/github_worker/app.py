"""Lambda entry point: applies queued GitHub deliveries to the portfolio's live data (SQS batch).

Failures are reported per message (``batchItemFailures``), so one bad delivery does not
make SQS retry the whole batch.
"""

from typing import Any

from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response

from heyfolio.github.worker import process_message
from heyfolio.observability import instrument

processor = BatchProcessor(event_type=EventType.SQS)


def _handle(event: dict[str, Any], context: Any) -> dict[str, Any]:
    response: dict[str, Any] = process_partial_response(  # type: ignore[assignment]
        event=event,
        record_handler=lambda record: process_message(record.body, context),
        processor=processor,
        context=context,
    )
    return response


handler = instrument(_handle)
