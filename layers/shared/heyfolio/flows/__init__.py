"""Durable flows on Step Functions: owner approval of a lead and project insight.

The state machines live in ``statemachines/*.asl.json`` (JSONPath ASL). Every compute step
is a service integration - DynamoDB, SNS, or an SQS message with a task token that the
flow worker (:mod:`heyfolio.flows.tasks`) answers - so the same definitions run on AWS and
in the local emulator. :mod:`heyfolio.flows.coordinator` starts, reviews, cancels and
describes them behind one interface; :mod:`heyfolio.dev.local_flows` wires them up for
``make dev``.
"""
