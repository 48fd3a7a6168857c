"""AWS access in one place: SDK clients for the configured region and endpoint, and the
in-process emulator that `make dev` runs so the same code works with no AWS account."""
