"""Tests of idlibstats.load.download against a local HTTP server on 127.0.0.1 (never the internet).

The server serves a shared raw file through handlers that behave well, support Range, drop the
connection mid-body, or send a corrupted body.
"""

from __future__ import annotations

import hashlib
import http.server
import importlib
import json
import multiprocessing
import threading
import time
import urllib.parse
import warnings
from pathlib import Path

import pytest

from idlibstats.errors import ChecksumError, DataQualityWarning, DownloadError
from idlibstats.load.download import REGISTRY, download, sha256_file

# the module (idlibstats.load.download is the function once idlibstats.load re-exports it)
dl = importlib.import_module("idlibstats.load.download")

pytestmark = pytest.mark.shared


@pytest.fixture(autouse=True)
def _no_home_cache(tmp_path, monkeypatch):
    """Downloads also fill the cache: never let a test write to ~/.cache."""
    monkeypatch.setenv(dl.CACHE_ENV, str(tmp_path / "default-cache"))


class _State:
    """What the handler serves and what it saw (shared with the test)."""

    def __init__(self, body: bytes):
        self.body = body
        self.ranges: list[str | None] = []
        self.drops_left = 0  # how many responses to cut short
        self.cut_at = len(body) // 3
        self.etag = '"v1"'  # the version served; If-Range must match it to get a range
        self.if_ranges: list[str | None] = []


def _make_handler(state: _State):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):  # keep test output quiet
            pass

        def _send(self, status, body, total, start=0, length=True):
            self.send_response(status)
            if length:
                self.send_header("Content-Length", str(len(body)))
            else:
                self.send_header("Connection", "close")
            self.send_header("ETag", state.etag)
            if status == 206:
                self.send_header("Content-Range", f"bytes {start}-{total - 1}/{total}")
            self.end_headers()

        def do_GET(self):
            body = state.body
            rng = self.headers.get("Range")
            state.ranges.append(rng)
            if_range = self.headers.get("If-Range")
            state.if_ranges.append(if_range)
            path = self.path.split("?")[0]
            start = 0
            # RFC 9110: a range only for a matching If-Range (or none given)
            if path == "/range.csv" and rng and rng.startswith("bytes="):
                if if_range is None or if_range == state.etag:
                    start = int(rng[6:].split("-")[0])
            if path == "/nolength.csv":  # no Content-Length: the body ends when the socket closes
                self._send(200, body, len(body), length=False)
                self.wfile.write(body[: state.cut_at] if state.drops_left else body)
                self.wfile.flush()
                self.close_connection = True
                return
            if path == "/slow.csv":  # the whole body in small, slow chunks (downloads overlap)
                self._send(200, body, len(body))
                for i in range(0, len(body), len(body) // 8 + 1):
                    self.wfile.write(body[i : i + len(body) // 8 + 1])
                    self.wfile.flush()
                    time.sleep(0.02)
                return
            if path.startswith("/redirect/"):  # /redirect/<url-quoted target>
                self.send_response(302)
                self.send_header("Location", urllib.parse.unquote(path[len("/redirect/") :]))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if path == "/short.csv":  # a body shorter than its Content-Length, closed cleanly
                self.send_response(200)
                self.send_header("Content-Length", str(len(body) + 50))
                self.end_headers()
                self.wfile.write(body)
                self.wfile.flush()
                self.close_connection = True
                return
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
    """Files left in ``folder``, without the empty ``.NAME.lock`` files: those stay by design
    (deleting a lock file would race another process that is taking the lock)."""
    if not folder.exists():
        return []
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".lock"))


def test_plain_download_checks_sha256(server, tmp_path):
    base, state = server
    out = download("syr.csv", tmp_path / "d", url=f"{base}/ok.csv", sha256=_sha(state.body),
                   cache_dir=tmp_path / "cache", progress=False)  # fmt: skip
    assert out == tmp_path / "d" / "syr.csv"
    assert out.read_bytes() == state.body
    assert _leftovers(tmp_path / "d") == ["syr.csv", "syr.csv.sha256"]
    assert (tmp_path / "d" / "syr.csv.sha256").read_text() == f"{_sha(state.body)}  syr.csv\n"
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
    assert state.if_ranges == [None, '"v1"']  # the range is asked for that version only
    assert _leftovers(tmp_path) == ["cache", "syr.csv", "syr.csv.sha256"]  # no .part left
    assert (tmp_path / "cache" / "syr.csv").read_bytes() == state.body  # kept in the cache


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


def test_stale_part_without_sidecar_is_not_resumed(server, tmp_path):
    # a killed earlier process left a .part (of another version) and no validator: resuming it
    # with Range would splice old and new bytes, and with no sha256 nothing would notice
    base, state = server
    (tmp_path / ".syr.csv.part").write_bytes(b"OLD VERSION " * 100)
    out = download("syr.csv", tmp_path, url=f"{base}/range.csv", cache_dir=tmp_path / "c",
                   progress=False)  # fmt: skip
    assert out.read_bytes() == state.body
    assert state.ranges == [None]  # started from byte 0
    assert not (tmp_path / ".syr.csv.part").exists()


def test_part_with_matching_sidecar_is_resumed_with_if_range(server, tmp_path):
    base, state = server
    url = f"{base}/range.csv"
    (tmp_path / ".syr.csv.part").write_bytes(state.body[:1000])
    (tmp_path / ".syr.csv.part.json").write_text(json.dumps({"url": url, "validator": '"v1"'}))
    out = download("syr.csv", tmp_path, url=url, cache_dir=tmp_path / "c", progress=False)
    assert out.read_bytes() == state.body
    assert (state.ranges, state.if_ranges) == (["bytes=1000-"], ['"v1"'])
    assert _leftovers(tmp_path) == ["c", "syr.csv", "syr.csv.sha256"]


def test_part_of_an_older_version_is_sent_whole_again(server, tmp_path):
    base, state = server
    url = f"{base}/range.csv"
    (tmp_path / ".syr.csv.part").write_bytes(b"OLD VERSION " * 100)
    (tmp_path / ".syr.csv.part.json").write_text(json.dumps({"url": url, "validator": '"v0"'}))
    out = download("syr.csv", tmp_path, url=url, cache_dir=tmp_path / "c", progress=False)
    assert out.read_bytes() == state.body  # the server saw If-Range "v0" != "v1": whole body
    assert state.if_ranges == ['"v0"']


def test_part_with_sidecar_of_another_url_is_deleted(server, tmp_path):
    base, state = server
    (tmp_path / ".syr.csv.part").write_bytes(b"OLD VERSION " * 100)
    (tmp_path / ".syr.csv.part.json").write_text(
        json.dumps({"url": f"{base}/other.csv", "validator": '"v1"'})
    )
    out = download("syr.csv", tmp_path, url=f"{base}/range.csv", cache_dir=tmp_path / "c",
                   progress=False)  # fmt: skip
    assert out.read_bytes() == state.body and state.ranges == [None]


def test_unknown_size_and_no_sha256_is_said(server, tmp_path):
    base, state = server
    state.drops_left = 1  # the body is cut short; with no Content-Length nothing can tell
    with pytest.warns(DataQualityWarning, match="complete cannot be checked"):
        out = download("syr.csv", tmp_path / "d", url=f"{base}/nolength.csv",
                       cache_dir=tmp_path / "c", progress=False)  # fmt: skip
    assert out.stat().st_size == state.cut_at < len(state.body)
    # with a sha256 the short body is caught
    state.drops_left = 1
    with pytest.raises(ChecksumError):
        download("syr.csv", tmp_path / "e", url=f"{base}/nolength.csv", sha256=_sha(state.body),
                 cache_dir=tmp_path / "c2", progress=False)  # fmt: skip
    assert _leftovers(tmp_path / "e") == []
    # a known size and no sha256: no warning
    with warnings.catch_warnings():
        warnings.simplefilter("error", DataQualityWarning)
        download("syr.csv", tmp_path / "f", url=f"{base}/ok.csv", cache_dir=tmp_path / "c3",
                 progress=False)  # fmt: skip


def test_short_body_for_its_content_length_is_not_kept(server, tmp_path):
    base, state = server
    state.drops_left = 10  # every response stops at cut_at of its Content-Length
    with pytest.raises(DownloadError, match="after 2 attempts"):
        download("syr.csv", tmp_path / "d", url=f"{base}/drop.csv", cache_dir=tmp_path / "c",
                 retries=1, progress=False)  # fmt: skip
    assert _leftovers(tmp_path / "d") == [] and _leftovers(tmp_path / "c") == []


def test_failed_cache_copy_leaves_no_temporary_file(server, tmp_path, monkeypatch):
    base, state = server
    kw = dict(url=f"{base}/ok.csv", cache_dir=tmp_path / "cache", progress=False)
    download("syr.csv", **kw)  # into the cache

    def broken_copy(src, dst):
        Path(dst).write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(dl.shutil, "copyfile", broken_copy)
    with pytest.raises(OSError, match="disk full"):
        download("syr.csv", tmp_path / "d", **kw)
    assert _leftovers(tmp_path / "d") == []


def test_cli(server, tmp_path, capsys):
    from idlibstats.cli import main

    base, state = server
    rc = main(["download", "syr.csv", "--dest", str(tmp_path), "--url", f"{base}/ok.csv",
               "--sha256", _sha(state.body), "--no-progress"])  # fmt: skip
    assert rc == 0
    out = capsys.readouterr().out
    assert str(tmp_path / "syr.csv") in out and _sha(state.body) in out
    # --force: the cache now holds the good file, which would be copied instead
    rc = main(["download", "syr.csv", "--dest", str(tmp_path / "x"), "--url",
               f"{base}/corrupt.csv", "--sha256", _sha(state.body), "--no-progress",
               "--force"])  # fmt: skip
    assert rc == 1
    assert "expected" in capsys.readouterr().err
    assert main(["download", "--list"]) == 0
    assert "ucdp-ged-19.1" in capsys.readouterr().out


def test_cli_prints_the_unchecked_completeness_warning(server, tmp_path, capsys):
    from idlibstats.cli import main

    base, _ = server
    rc = main(["download", "syr.csv", "--dest", str(tmp_path), "--url", f"{base}/nolength.csv",
               "--no-progress", "--cache-dir", str(tmp_path / "c")])  # fmt: skip
    assert rc == 0
    assert "warning: " in capsys.readouterr().err


# ---------------------------------------------------------------- issue 10: faults and races


def _child(url, dest, cache, out):
    """One download in its own process; reports its outcome through the queue ``out``."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            p = download("syr.csv", dest, url=url, cache_dir=cache, progress=False, timeout=10)
        out.put(("ok", str(p), sha256_file(p)))
    except BaseException as exc:  # reported to the test, which says what it was
        out.put(("error", type(exc).__module__, f"{type(exc).__name__}: {exc}"))


@pytest.mark.parametrize("dests", [("cache", "cache"), ("cache", "d"), ("d", "d")])
def test_two_processes_downloading_the_same_file(server, tmp_path, dests):
    base, state = server
    ctx = multiprocessing.get_context("fork")
    for trial in range(4):
        state.ranges.clear()
        cache = tmp_path / f"cache{trial}"
        folders = [cache if d == "cache" else tmp_path / f"d{trial}" for d in dests]
        out = ctx.Queue()
        procs = [ctx.Process(target=_child, args=(f"{base}/slow.csv", f, cache, out))
                 for f in folders]  # fmt: skip
        for p in procs:
            p.start()
        results = [out.get(timeout=60) for _ in procs]
        for p in procs:
            p.join(timeout=30)
        for r in results:
            # both end with the right bytes (or one clear idlibstats error, never a raw one)
            assert r[0] == "ok" or r[1].startswith("idlibstats"), r
            if r[0] == "ok":
                assert r[2] == _sha(state.body), r
        assert [r[0] for r in results] == ["ok", "ok"], results
        # into one folder, the lock makes the second process wait and use the first one's file
        # (into two, each may download its own: both complete, only the cache copy is shared)
        assert len(state.ranges) == (1 if folders[0] == folders[1] else len(state.ranges))
        assert 1 <= len(state.ranges) <= 2, state.ranges
        for f in {*folders, cache}:
            assert (f / "syr.csv").read_bytes() == state.body
            assert (f / "syr.csv.sha256").read_text().split()[0] == _sha(state.body)
            assert not [n for n in _leftovers(f) if n.startswith(".")], _leftovers(f)


def test_damaged_cached_file_is_not_trusted(server, tmp_path):
    base, state = server
    kw = dict(url=f"{base}/ok.csv", cache_dir=tmp_path / "cache", progress=False)
    download("syr.csv", **kw)
    cached = tmp_path / "cache" / "syr.csv"
    cached.write_bytes(state.body[:5000])  # cut in the cache (disk full, a killed copy...)
    with pytest.warns(DataQualityWarning, match="does not match the sha256 recorded"):
        out = download("syr.csv", tmp_path / "d", **kw)
    assert out.read_bytes() == state.body and len(state.ranges) == 2
    # a file at the destination is checked the same way
    out.write_bytes(b"edited")
    with pytest.warns(DataQualityWarning, match="does not match the sha256 recorded"):
        again = download("syr.csv", tmp_path / "d", **kw)
    assert again.read_bytes() == state.body
    # a file without a record and no sha256 to check it against is not trusted either
    (tmp_path / "e").mkdir()
    (tmp_path / "e" / "syr.csv").write_bytes(b"who wrote this?")
    assert download("syr.csv", tmp_path / "e", **kw).read_bytes() == state.body


def test_redirect_policy(server, tmp_path):
    base, state = server
    port = base.rsplit(":", 1)[1]
    kw = dict(cache_dir=tmp_path / "c", progress=False, retries=0)

    def via(target):
        return f"{base}/redirect/{urllib.parse.quote(target, safe='')}"

    # same scheme and host name: followed
    out = download("syr.csv", tmp_path / "a", url=via(f"{base}/ok.csv"), **kw)
    assert out.read_bytes() == state.body
    # another host name (the same machine, written differently), another scheme: refused
    for target in (f"http://localhost:{port}/ok.csv", f"https://127.0.0.1:{port}/ok.csv",
                   "http://example.org/ok.csv"):  # fmt: skip
        with pytest.raises(DownloadError, match="refused: downloads follow redirects only"):
            download("syr.csv", tmp_path / "b", url=via(target), force=True, **kw)
        assert _leftovers(tmp_path / "b") == []


def test_body_shorter_than_content_length_closed_cleanly(server, tmp_path):
    base, _ = server
    with pytest.raises(DownloadError, match="of .* bytes \\(Content-Length\\)"):
        download("syr.csv", tmp_path / "d", url=f"{base}/short.csv", cache_dir=tmp_path / "c",
                 retries=1, progress=False)  # fmt: skip
    assert _leftovers(tmp_path / "d") == [] and _leftovers(tmp_path / "c") == []


def test_lock_held_too_long_is_a_download_error(server, tmp_path):
    import filelock

    base, _ = server
    (tmp_path / "d").mkdir()
    with filelock.FileLock(tmp_path / "d" / ".syr.csv.lock"):
        t = threading.Thread  # the lock is held by this thread; download waits in another
        err = []

        def run():
            try:
                download("syr.csv", tmp_path / "d", url=f"{base}/ok.csv", progress=False,
                         cache_dir=tmp_path / "c", lock_timeout=0.2)  # fmt: skip
            except DownloadError as exc:
                err.append(exc)

        th = t(target=run)
        th.start()
        th.join(timeout=10)
    assert err and "another process has been downloading" in str(err[0])
