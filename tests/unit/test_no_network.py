"""The suite runs with network sockets disabled (pytest-socket): nothing the app does at run
time may reach the network, and a test that tried would fail here."""

from __future__ import annotations

import socket

import pytest
from pytest_socket import SocketBlockedError


@pytest.mark.filterwarnings("ignore:A test tried to use socket")
def test_network_sockets_are_blocked_in_the_suite() -> None:
    with pytest.raises(SocketBlockedError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
