"""The product's state in DynamoDB: sessions, conversations, handles, leads and event logs.

One module per entity (``sessions``, ``conversations``, ``handles``, ``leads``,
``invocations``, ``audit``, ``usage``), each a few typed functions returning plain
dataclasses. ``tables.ensure_tables()`` creates the tables; ``README.md`` beside this file
documents the key design. Importing this package (or any repository module) imports neither
boto3 nor pynamodb: the models load on the first call that needs DynamoDB.
"""
