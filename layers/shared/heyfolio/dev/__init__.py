"""Development tooling, apart from what the layer deploys: the one-process local stack (``server``,
``router``, ``openapi``, ``apigw_events``), the in-process AWS emulator (``local_emulator``), the local
flow coordinator (``local_flows``) and the ``heyfolio`` command line (``cli``).

Nothing a deployed function runs imports this package (checked by ``tests/test_import_contract.py``),
so the layer build can leave it out.
"""
