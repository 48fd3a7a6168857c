"""Lambda entry point: the flows' compute steps - SQS task messages answered with their task token.

See heyfolio.flows.tasks. Failures are reported per message so SQS retries only those.
"""

import json
from typing import Any

from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response

from heyfolio.flows.tasks import BadTask, fail_bad_task, handle_task
from heyfolio.observability import instrument, logger

processor = BatchProcessor(event_type=EventType.SQS)


def _record(record: Any) -> str:
    try:
        message = json.loads(record.body)
    except ValueError:
        logger.error("dropping a flow task that is not JSON")
        return "dropped"
    try:
        return handle_task(message)
    except BadTask as error:
        logger.error("bad flow task: %s", error)
        fail_bad_task(message, error)
        return "failed"


def _handle(event: dict[str, Any], context: Any) -> dict[str, Any]:
    response: dict[str, Any] = process_partial_response(  # type: ignore[assignment]
        event=event, record_handler=_record, processor=processor, context=context
    )
    return response


handler = instrument(_handle)
