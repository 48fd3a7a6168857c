"""Lambda entry point: the daily conversation-analytics flow's worker (SQS task messages, resumed by task token).

See heyfolio/analytics/worker.py and statemachines/analytics.asl.json.
"""

from heyfolio.analytics.worker import handler as run_tasks
from heyfolio.observability import instrument

handler = instrument(run_tasks)
