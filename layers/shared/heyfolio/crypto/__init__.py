"""Encryption at rest: KMS envelope encryption (``envelope``) and the field ciphers built on it (``fields``)."""
