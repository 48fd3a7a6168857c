"""Live demos: the URLs projects declare in front matter (``demos:``), watched on a schedule.

``probe`` makes one GET (status, latency, TLS certificate expiry, a digest of the page for
"last change", the page's Open Graph image as a preview); ``store`` keeps each demo's current
state and a 30-day time series in the state table; ``monitor`` runs every demo, opens an
incident after ``DOWN_AFTER`` failed checks in a row (one alert to the owner per incident, a
change on the project's ``portfolio://`` URI for listen streams), closes it when the demo
answers again, and ``health_for`` is what ``get_project``, the MCP Apps view and the web
page's project cards show.

Only GET requests to URLs the owner wrote in their own content; nothing is ever executed
(see README, "Live demos", for why there is no code-execution sandbox).
"""
