"""GitHub as a source of live project data: signed webhooks, the delivery worker, the
scheduled reconcile over the REST API, and the read side the API and MCP tools call
(:mod:`heyfolio.github.live`). Importing this package imports nothing heavy."""
