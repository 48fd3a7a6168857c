"""The local stack: one process serving the routes API Gateway serves, with the same handlers."""
