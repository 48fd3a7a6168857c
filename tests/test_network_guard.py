"""The suite's own guard: a real network call fails loudly, loopback still works."""

from __future__ import annotations

import socket

import pytest

from tests.conftest import NetworkBlocked


def test_connecting_to_a_public_address_is_refused() -> None:
    with socket.socket() as sock, pytest.raises(NetworkBlocked, match="must not reach the network"):
        sock.connect(("93.184.216.34", 443))


def test_resolving_a_public_name_is_refused() -> None:
    with pytest.raises(NetworkBlocked):
        socket.getaddrinfo("api.anthropic.com", 443)


def test_boto3_real_endpoint_is_refused() -> None:
    import boto3
    from botocore.config import Config

    client = boto3.client("sts", region_name="us-east-1", config=Config(retries={"max_attempts": 0}))
    with pytest.raises(Exception) as caught:
        client.get_caller_identity()
    assert "must not reach the network" in repr(caught.value) or isinstance(caught.value, NetworkBlocked)


def test_loopback_still_works() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.socket() as client:
            client.connect(server.getsockname())
