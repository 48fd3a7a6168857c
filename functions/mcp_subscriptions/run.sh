#!/bin/bash
# Lambda Web Adapter start script (the function's Handler): the adapter layer's /opt/bootstrap
# (AWS_LAMBDA_EXEC_WRAPPER) runs this; uvicorn serves app:app on $PORT and the adapter streams
# each response back through API Gateway (AWS_LWA_INVOKE_MODE=response_stream).
set -euo pipefail
export PYTHONPATH="${LAMBDA_TASK_ROOT}:/opt/python:${PYTHONPATH:-}"
exec python3 -m uvicorn --host 127.0.0.1 --port "${PORT:-8080}" --no-access-log --log-level warning app:app
