"""Shared fixtures: paths to the seeds and small articles written for these tests."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from web_server import Server

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def seeds() -> Path:
    return SEEDS


@pytest.fixture
def data() -> Path:
    return DATA


@pytest.fixture(autouse=True, scope="session")
def _cache_dir(tmp_path_factory: pytest.TempPathFactory) -> object:
    """Every test's caches in one temporary directory, never the user's: later runs of the same
    input read the article cache, so the whole suite also checks that cached readings change nothing."""
    import os

    old = os.environ.get("BRIEF_CACHE_DIR")
    os.environ["BRIEF_CACHE_DIR"] = str(tmp_path_factory.mktemp("brief-cache"))
    yield
    if old is None:
        os.environ.pop("BRIEF_CACHE_DIR", None)
    else:
        os.environ["BRIEF_CACHE_DIR"] = old


@pytest.fixture(autouse=True, scope="session")
def _strict() -> object:
    """Bugs raise in tests: without $BRIEF_STRICT the pipeline turns a failed reading into a warning."""
    import os

    old = os.environ.get("BRIEF_STRICT")
    os.environ["BRIEF_STRICT"] = "1"
    yield
    if old is None:
        os.environ.pop("BRIEF_STRICT", None)
    else:
        os.environ["BRIEF_STRICT"] = old


@pytest.fixture
def server() -> Iterator[Server]:
    """A page server on 127.0.0.1 for the web tests (web_server.py)."""
    from web_server import start_server

    srv = start_server()
    yield srv
    srv.stop()


@pytest.fixture
def local_only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test may touch the internet (nor a proxy), and none may write the user's real cache."""
    real_connect = socket.socket.connect

    def connect(self: socket.socket, address: object) -> None:
        host = address[0] if isinstance(address, tuple) else address
        if host not in ("127.0.0.1", "::1", "localhost"):
            raise AssertionError(f"test tried to reach {address!r}")
        return real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", connect)
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("BRIEF_CACHE_DIR", str(tmp_path / "default-cache"))
