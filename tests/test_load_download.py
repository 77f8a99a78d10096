"""Tests of idlibstats.load.download against a local HTTP server on 127.0.0.1 (never the internet).

The server serves a shared raw file through handlers that behave well, support Range, drop the
connection mid-body, or send a corrupted body.
"""

from __future__ import annotations

import hashlib
import http.server
import importlib
import threading
import time

import pytest

from idlibstats.errors import ChecksumError, DownloadError
from idlibstats.load.download import REGISTRY, download, sha256_file

# the module (idlibstats.load.download is the function once idlibstats.load re-exports it)
dl = importlib.import_module("idlibstats.load.download")

pytestmark = pytest.mark.shared


class _State:
    """What the handler serves and what it saw (shared with the test)."""

    def __init__(self, body: bytes):
        self.body = body
        self.ranges: list[str | None] = []
        self.drops_left = 0  # how many responses to cut short
        self.cut_at = len(body) // 3


def _make_handler(state: _State):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):  # keep test output quiet
            pass

        def _send(self, status, body, total, start=0, etag='"v1"'):
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", etag)
            if status == 206:
                self.send_header("Content-Range", f"bytes {start}-{total - 1}/{total}")
            self.end_headers()

        def do_GET(self):
            body = state.body
            rng = self.headers.get("Range")
            state.ranges.append(rng)
            path = self.path.split("?")[0]
            start = 0
            if path == "/range.csv" and rng and rng.startswith("bytes="):
                start = int(rng[6:].split("-")[0])
            if path == "/missing.csv":
                self.send_error(404, "Not Found")
                return
            if path == "/stall.csv":  # headers and a little data, then silence (bounded)
                self._send(200, body, len(body))
                self.wfile.write(body[:100])
                self.wfile.flush()
                time.sleep(1.0)
                self.close_connection = True
                return
            if path == "/corrupt.csv":
                bad = bytearray(body)
                bad[len(bad) // 2] ^= 0xFF
                self._send(200, bad, len(bad))
                self.wfile.write(bytes(bad))
                return
            status = 206 if start else 200
            payload = body[start:]
            self._send(status, payload, len(body), start)
            if path in ("/drop.csv", "/range.csv") and state.drops_left > 0:
                state.drops_left -= 1
                self.wfile.write(payload[: state.cut_at])
                self.wfile.flush()
                self.close_connection = True
                # abort the socket: the client sees fewer bytes than Content-Length
                self.connection.shutdown(2)
                return
            self.wfile.write(payload)

    return Handler


@pytest.fixture
def server(shared_data):
    body = (shared_data / "unhcr" / "unhcr_population_origin_SYR.csv").read_bytes()
    state = _State(body)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(state))
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        yield base, state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def _sha(b: bytes) -> str:
    return hashlib.sha256(b).hexdigest()


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_plain_download_checks_sha256(server, tmp_path):
    base, state = server
    out = download("syr.csv", tmp_path / "d", url=f"{base}/ok.csv", sha256=_sha(state.body),
                   cache_dir=tmp_path / "cache", progress=False)  # fmt: skip
    assert out == tmp_path / "d" / "syr.csv"
    assert out.read_bytes() == state.body
    assert _leftovers(tmp_path / "d") == ["syr.csv"]
    assert state.ranges == [None]


def test_second_call_uses_the_file_without_network(server, tmp_path):
    base, state = server
    kw = dict(url=f"{base}/ok.csv", sha256=_sha(state.body), cache_dir=tmp_path / "cache",
              progress=False)  # fmt: skip
    download("syr.csv", **kw)  # into the cache
    assert len(state.ranges) == 1
    out = download("syr.csv", tmp_path / "d", **kw)  # copied from the cache
    assert out.read_bytes() == state.body and len(state.ranges) == 1
    download("syr.csv", tmp_path / "d", force=True, **kw)
    assert len(state.ranges) == 2


def test_cache_dir_from_environment(server, tmp_path, monkeypatch):
    base, state = server
    monkeypatch.setenv(dl.CACHE_ENV, str(tmp_path / "envcache"))
    assert dl.default_cache_dir() == tmp_path / "envcache"
    out = download("syr.csv", url=f"{base}/ok.csv", progress=False)
    assert out == tmp_path / "envcache" / "syr.csv"


def test_dropped_connection_resumes_with_range(server, tmp_path):
    base, state = server
    state.drops_left = 1
    out = download("syr.csv", tmp_path, url=f"{base}/range.csv", sha256=_sha(state.body),
                   cache_dir=tmp_path / "cache", progress=False)  # fmt: skip
    assert out.read_bytes() == state.body
    assert state.ranges == [None, f"bytes={state.cut_at}-"]
    assert _leftovers(tmp_path) == ["syr.csv"]  # no .part left


def test_server_ignoring_range_restarts(server, tmp_path):
    base, state = server
    state.drops_left = 1
    out = download("syr.csv", tmp_path, url=f"{base}/drop.csv", sha256=_sha(state.body),
                   cache_dir=tmp_path / "cache", progress=False)  # fmt: skip
    assert out.read_bytes() == state.body
    assert state.ranges == [None, f"bytes={state.cut_at}-"]  # asked, got 200, started again


def test_dropped_connection_leaves_no_file(server, tmp_path):
    base, state = server
    state.drops_left = 10
    dest = tmp_path / "d"
    with pytest.raises(DownloadError, match="after 3 attempts"):
        download("syr.csv", dest, url=f"{base}/drop.csv", cache_dir=tmp_path / "c",
                 retries=2, progress=False, timeout=5)  # fmt: skip
    assert _leftovers(dest) == []
    assert len(state.ranges) == 3


def test_stalled_server_times_out_and_leaves_no_file(server, tmp_path):
    base, _ = server
    dest = tmp_path / "d"
    t0 = time.monotonic()
    with pytest.raises(DownloadError, match="after 1 attempts"):
        download("syr.csv", dest, url=f"{base}/stall.csv", cache_dir=tmp_path / "c",
                 retries=0, timeout=0.3, progress=False)  # fmt: skip
    assert time.monotonic() - t0 < 5
    assert _leftovers(dest) == []


def test_corrupted_body_leaves_no_file(server, tmp_path):
    base, state = server
    dest = tmp_path / "d"
    with pytest.raises(ChecksumError, match="expected") as e:
        download("syr.csv", dest, url=f"{base}/corrupt.csv", sha256=_sha(state.body),
                 cache_dir=tmp_path / "c", progress=False)  # fmt: skip
    assert isinstance(e.value, DownloadError) and isinstance(e.value, ValueError)
    assert _leftovers(dest) == []


def test_stale_cached_file_with_wrong_sha_is_downloaded_again(server, tmp_path):
    base, state = server
    (tmp_path / "syr.csv").write_bytes(b"old")
    out = download("syr.csv", tmp_path, url=f"{base}/ok.csv", sha256=_sha(state.body),
                   cache_dir=tmp_path / "c", progress=False)  # fmt: skip
    assert out.read_bytes() == state.body


def test_http_error_and_unreachable(server, tmp_path):
    base, _ = server
    with pytest.raises(DownloadError, match="404"):
        download("x.csv", tmp_path, url=f"{base}/missing.csv", progress=False)
    with pytest.raises(DownloadError):  # nothing listens on port 9 of this machine
        download("x.csv", tmp_path, url="http://127.0.0.1:9/x.csv", progress=False, retries=0,
                 timeout=2)  # fmt: skip
    assert _leftovers(tmp_path) == []


def test_refuses_non_https_and_unknown_names(tmp_path):
    with pytest.raises(ValueError, match="https"):
        download("x", tmp_path, url="http://example.org/x.csv")
    with pytest.raises(ValueError, match="unknown download"):
        download("no-such-file", tmp_path)


def test_registry_entries_are_https_and_named():
    assert {"ucdp-ged", "ucdp-ged-19.1", "unhcr-population-syr"} <= set(REGISTRY)
    for name, r in REGISTRY.items():
        assert r.url.startswith("https://"), name
        assert r.filename and "/" not in r.filename
        assert r.sha256 is None or len(r.sha256) == 64


def test_sha256_file(tmp_path):
    p = tmp_path / "a"
    p.write_bytes(b"abc")
    # sha256("abc"), FIPS 180-2 test vector
    assert sha256_file(p) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_cli(server, tmp_path, capsys):
    from idlibstats.cli import main

    base, state = server
    rc = main(["download", "syr.csv", "--dest", str(tmp_path), "--url", f"{base}/ok.csv",
               "--sha256", _sha(state.body), "--no-progress"])  # fmt: skip
    assert rc == 0
    out = capsys.readouterr().out
    assert str(tmp_path / "syr.csv") in out and _sha(state.body) in out
    rc = main(["download", "syr.csv", "--dest", str(tmp_path / "x"), "--url",
               f"{base}/corrupt.csv", "--sha256", _sha(state.body), "--no-progress"])  # fmt: skip
    assert rc == 1
    assert "expected" in capsys.readouterr().err
    assert main(["download", "--list"]) == 0
    assert "ucdp-ged-19.1" in capsys.readouterr().out
