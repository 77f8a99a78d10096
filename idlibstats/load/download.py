"""Download the official UCDP and UNHCR files: HTTPS, cache, resume, sha256 check, atomic rename.

Safe under concurrency: each target file has a lock (``.NAME.lock`` beside it, through the
``filelock`` package; an OS lock, so it is released when a process dies), held while the file
is checked, downloaded and put in place. A second process downloading the same file waits,
then finds the first one's file. After a complete download a sidecar ``NAME.sha256``
(``sha256sum`` format) records the file's sha256; every later use of the file (at the
destination or in the cache) checks the file against it first, so a file damaged or cut in
the cache is downloaded again, never trusted. Redirects are followed only to the same scheme
and the same host name as the URL asked for (as written), so a redirect cannot lead to
another server or to plain http.

Written on ``urllib.request`` from the standard library (no requests): one GET with an
optional ``Range`` header is all we need. Each download writes to a hidden temporary file
``.NAME.part`` in the destination folder, with the server's validator (``ETag``, else
``Last-Modified``) and the URL in a sidecar ``.NAME.part.json``. After a dropped connection it
retries (a bounded number of times) from where it stopped with ``Range: bytes=N-`` and
``If-Range: <validator>``, so a file that changed on the server is sent whole again, never
spliced; a server that ignores the range makes it start again. A body shorter than its
``Content-Length`` counts as a dropped connection. Without a validator there is no resuming:
the download starts again from byte 0. A ``.part`` left by an earlier, killed process is
resumed only when its sidecar names the same URL and a validator; otherwise it is deleted.
When the file is complete its sha256 is checked, then it is renamed into place atomically
(``os.replace``) and copied into the cache. When the retries run out or the checksum does not
match, the temporary files are deleted: no partial or corrupt file is ever left at the
destination. When neither a sha256 nor the size is known (a server that sends no
``Content-Length`` and closes the connection at the end), completeness cannot be checked: a
:class:`~idlibstats.errors.DataQualityWarning` says so.

Expected sha256 values: the registry cannot know them offline (UCDP publishes no checksums;
UNHCR's export is generated on request and changes with every data update), so they are None
and the download prints the sha256 it got. Pass ``sha256=`` (or ``--sha256``) to pin one.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import secrets
import shutil
import socket
import urllib.error
import urllib.parse
import urllib.request
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import filelock
from tqdm.auto import tqdm

from idlibstats.errors import ChecksumError, DataQualityWarning, DownloadError

# Only ``download`` is re-exported by idlibstats.load (and so idlibstats.download); the rest is
# reached through this module.
__all__ = ["download"]

#: Environment variable naming the download cache folder.
CACHE_ENV = "IDLIBSTATS_CACHE"

_CHUNK = 1 << 16
_LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


@dataclass(frozen=True)
class Remote:
    """One downloadable file: where it is, what it is, and its sha256 if known."""

    url: str
    filename: str
    description: str
    licence: str
    sha256: str | None = None


_UNHCR_API = "https://api.unhcr.org/population/v1/population/"

#: Known files. URLs: UCDP's download page (https://ucdp.uu.se/downloads/) lists the GED global
#: CSV as ``downloads/ged/ged{version}-csv.zip``; UNHCR's Refugee Data Finder API exports CSV
#: (a zip holding ``population.csv`` and ``footnotes.csv``) with ``download=true``.
REGISTRY: dict[str, Remote] = {
    "ucdp-ged-19.1": Remote(
        url="https://ucdp.uu.se/downloads/ged/ged191-csv.zip",
        filename="ged191-csv.zip",
        description="UCDP GED global 19.1 (1989-2018), CSV in a zip; the release the shared "
        "Syria file (652.1601.1911) extends",
        licence="CC BY 4.0, cite Sundberg & Melander 2013 and the GED 19.1 codebook",
    ),
    "ucdp-ged-25.1": Remote(
        url="https://ucdp.uu.se/downloads/ged/ged251-csv.zip",
        filename="ged251-csv.zip",
        description="UCDP GED global 25.1 (1989-2024), CSV in a zip",
        licence="CC BY 4.0, cite Sundberg & Melander 2013 and the GED 25.1 codebook",
    ),
    "unhcr-population-syr": Remote(
        url=_UNHCR_API + "?download=true&coo=SYR&coa_all=true&cf_type=ISO"
        "&yearFrom=1951&yearTo=2025",
        filename="unhcr_population_origin_SYR.zip",
        description="UNHCR end-year stocks of people from Syria by country of asylum and "
        "year (Refugee Data Finder export, zip with population.csv)",
        licence="CC BY 4.0, cite UNHCR Refugee Data Finder",
    ),
    "unhcr-population-all": Remote(
        url=_UNHCR_API + "?download=true&coo_all=true&coa_all=true&cf_type=ISO"
        "&yearFrom=1951&yearTo=2025",
        filename="unhcr_population_all.zip",
        description="UNHCR end-year stocks by origin x asylum x year, all countries "
        "(Refugee Data Finder export, zip with population.csv)",
        licence="CC BY 4.0, cite UNHCR Refugee Data Finder",
    ),
}
#: The current UCDP release this version of idlibstats knows of.
REGISTRY["ucdp-ged"] = REGISTRY["ucdp-ged-25.1"]


def default_cache_dir() -> Path:
    """The download cache: ``$IDLIBSTATS_CACHE`` if set, else ``~/.cache/idlibstats``."""
    env = os.environ.get(CACHE_ENV)
    return Path(env) if env else Path.home() / ".cache" / "idlibstats"


def sha256_file(path: str | os.PathLike) -> str:
    """Hex sha256 of a file, read in chunks.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.txt"
    >>> _ = p.write_bytes(b"abc")
    >>> sha256_file(p)[:16]
    'ba7816bf8f01cfea'
    """
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _check_url(url: str) -> None:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme == "https" or (parts.scheme == "http" and parts.hostname in _LOCAL_HOSTS):
        return
    raise ValueError(f"only https:// URLs are downloaded (http only from this machine): {url}")


class _SameOrigin(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only to the scheme and host name of the URL asked for."""

    def __init__(self, url: str):
        parts = urllib.parse.urlsplit(url)
        self.origin = (parts.scheme.lower(), (parts.hostname or "").lower())

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        new = urllib.parse.urlsplit(urllib.parse.urljoin(req.full_url, newurl))
        if (new.scheme.lower(), (new.hostname or "").lower()) != self.origin:
            raise DownloadError(
                f"redirect from {req.full_url} to {newurl} refused: downloads follow redirects "
                f"only to the same scheme and host name ({self.origin[0]}://{self.origin[1]})"
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _open(req: urllib.request.Request, timeout: float):
    """``urlopen`` with the redirect policy of :class:`_SameOrigin`."""
    return urllib.request.build_opener(_SameOrigin(req.full_url)).open(req, timeout=timeout)


class _Dropped(Exception):
    """The connection ended before the whole body arrived (retryable)."""


def _sidecar(part: Path) -> Path:
    return part.with_name(part.name + ".json")


def _saved_validator(part: Path, url: str) -> str | None:
    """The validator to resume ``part`` with, or None after deleting it.

    A ``part`` is deleted when it cannot be resumed safely (no sidecar, another URL, no validator,
    unreadable sidecar).
    """
    side = _sidecar(part)
    try:
        saved = json.loads(side.read_text(encoding="utf-8"))
        validator = saved["validator"] if saved.get("url") == url else None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        validator = None
    if not (part.is_file() and isinstance(validator, str) and validator):
        part.unlink(missing_ok=True)
        side.unlink(missing_ok=True)
        return None
    return validator


def _fetch(url: str, part: Path, *, validator: str | None, timeout: float, bar: Any) -> tuple:
    """One GET into ``part``.

    Appends from its size when a validator lets us ask for the rest with ``If-Range`` (and the
    server answers 206), else from byte 0.

    Returns (size known: bool, validator for If-Range or None).
    """
    if part.exists() and not validator:  # bytes we could not prove current: start again
        part.unlink()
    have = part.stat().st_size if part.exists() else 0
    req = urllib.request.Request(url, headers={"User-Agent": "idlibstats"})
    if have:
        req.add_header("Range", f"bytes={have}-")
        req.add_header("If-Range", validator)
    try:
        resp = _open(req, timeout)
    except DownloadError:
        raise
    except urllib.error.HTTPError as exc:
        if exc.code == 416 and have:  # range beyond the end: start again
            part.unlink()
            raise _Dropped("range not satisfiable; restarting") from exc
        raise DownloadError(f"HTTP {exc.code} {exc.reason} for {url}") from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, (TimeoutError, ConnectionError, socket.timeout)):
            raise _Dropped(str(reason)) from exc
        raise DownloadError(f"cannot reach {url}: {reason}") from exc
    with resp:
        length = resp.headers.get("Content-Length")
        length = int(length) if length and length.isdigit() else None
        if resp.status == 206:
            crange = resp.headers.get("Content-Range", "")
            if not crange.startswith(f"bytes {have}-"):
                part.unlink()
                raise _Dropped(f"unexpected Content-Range {crange!r}; restarting")
            end = crange.rsplit("/", 1)[1]
            total = int(end) if end.isdigit() else None
            mode = "ab"
        else:  # 200: the whole file (server ignored the range, or a first request)
            have = 0
            total = length
            mode = "wb"
            validator = resp.headers.get("ETag") or resp.headers.get("Last-Modified")
            side = _sidecar(part)
            if validator:  # so that a later process may resume this body, and only this one
                side.write_text(json.dumps({"url": url, "validator": validator}), "utf-8")
            else:
                side.unlink(missing_ok=True)
        if bar is not None:
            bar.reset(total=total)
            bar.update(have)
        got = have
        with open(part, mode) as fh:
            try:
                while True:
                    chunk = resp.read(_CHUNK)
                    if not chunk:
                        break
                    fh.write(chunk)
                    got += len(chunk)
                    if bar is not None:
                        bar.update(len(chunk))
            except (http.client.IncompleteRead, ConnectionError, TimeoutError) as exc:  # fmt: skip
                raise _Dropped(f"connection dropped after {got} bytes: {exc}") from exc
        if length is not None and got - have < length:
            raise _Dropped(
                f"connection closed after {got - have} of {length} bytes (Content-Length)"
            )
        if total is not None and got < total:
            raise _Dropped(f"connection closed after {got} of {total} bytes")
        if total is not None and got > total:
            raise DownloadError(f"server sent {got} bytes, more than the {total} announced")
        # a chunked body ends with a terminating chunk: its end is known too
        known = total is not None or length is not None or bool(getattr(resp, "chunked", False))
    return known, validator


def download(
    name: str,
    dest: str | os.PathLike | None = None,
    *,
    url: str | None = None,
    sha256: str | None = None,
    cache_dir: str | os.PathLike | None = None,
    progress: bool | None = None,
    retries: int = 3,
    timeout: float = 60.0,
    force: bool = False,
    lock_timeout: float = 3600.0,
) -> Path:
    """Download an official data file (UCDP GED, UNHCR population) and return its path.

    Parameters
    ----------
    name : str
        A key of :data:`REGISTRY` (``"ucdp-ged"``, ``"ucdp-ged-19.1"``, ``"ucdp-ged-25.1"``,
        ``"unhcr-population-syr"``, ``"unhcr-population-all"``), or any file name when
        ``url`` is given.
    dest : path-like, optional
        Folder to put the file in (created if needed). Default: the cache folder.
    url : str, optional
        Download from here instead of the registry URL (https only; plain http only from
        127.0.0.1/localhost).
    sha256 : str, optional
        Expected hex sha256; default the registry's (None for every registry entry: not
        knowable offline). When None the file is not checked; :func:`sha256_file` gives the
        value to pin next time (the command line prints it).
    cache_dir : path-like, optional
        Folder of earlier downloads: ``$IDLIBSTATS_CACHE`` or ``~/.cache/idlibstats``. A file
        already there that matches the sha256 recorded when it was downloaded (its
        ``NAME.sha256`` sidecar), and ``sha256`` when given, is copied instead of downloaded;
        a file downloaded to ``dest`` is copied there too (skipped if the cache is not
        writable). The same check applies to a file already at ``dest``: one that does not
        match its record (damaged, cut, edited) is downloaded again, with a warning.
    progress : bool, optional
        Show a tqdm progress bar; None shows it only on a terminal.
    retries : int
        How many times to resume after a dropped connection before giving up.
    timeout : float
        Seconds without data before a connection counts as dropped.
    force : bool
        Download even if the file is already at ``dest`` or in the cache.
    lock_timeout : float
        Seconds to wait for another process downloading the same file (each target file has
        a lock, ``.NAME.lock`` beside it) before giving up with a DownloadError.

    Returns
    -------
    pathlib.Path
        The complete, checked file at ``dest / filename``, with its sha256 recorded beside
        it in ``filename.sha256``.

    Warns
    -----
    DataQualityWarning
        When neither ``sha256`` nor the size (``Content-Length``) is known, so a body cut short
        by a closed connection cannot be told from a complete one.

    Raises
    ------
    ValueError
        Unknown name without ``url``; a URL that is not https.
    DownloadError
        HTTP error, unreachable host, a redirect to another scheme or host name, a body
        shorter than its ``Content-Length`` more than ``retries`` times, the connection
        dropped more than ``retries`` times, another process holding the file's lock longer
        than ``lock_timeout``. The temporary file is removed; nothing is left at the
        destination.
    ChecksumError
        The file's sha256 differs from ``sha256``; it is removed.

    Examples
    --------
    >>> from idlibstats.load.download import REGISTRY
    >>> REGISTRY["ucdp-ged-19.1"].url
    'https://ucdp.uu.se/downloads/ged/ged191-csv.zip'
    >>> # download("ucdp-ged-19.1", "raw/")  # needs internet: ~/.cache or raw/ged191-csv.zip
    """
    if name in REGISTRY and url is None:
        remote = REGISTRY[name]
    elif url is not None:
        base = REGISTRY[name].filename if name in REGISTRY else Path(name).name
        remote = Remote(url=url, filename=base or "download", description=name, licence="")
    else:
        known = ", ".join(sorted(REGISTRY))
        raise ValueError(f"unknown download {name!r}; known: {known} (or pass url=)")
    _check_url(remote.url)
    expected = (sha256 or remote.sha256 or "").lower() or None
    if retries < 0:
        raise ValueError("retries must be >= 0")
    cache = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    folder = Path(dest) if dest is not None else cache
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DownloadError(f"cannot create the folder {folder}: {exc}") from exc
    target = folder / remote.filename
    cached = cache / remote.filename
    same = cached.resolve() == target.resolve()

    with _lock(target, lock_timeout):
        if not force and _trusted(target, expected):
            return target
        if (
            not force
            and not same
            and cache.is_dir()
            and _trusted(cached, expected, lock=lock_timeout)
        ):
            _copy_atomic(cached, target)
            _write_sha256(target, sha256_file(target))
            return target
        got, known = _download_to(remote, target, expected, progress=progress, retries=retries,
                                  timeout=timeout)  # fmt: skip
    if expected is None and not known:
        warnings.warn(
            f"{target}: the server sent no size and no sha256 was given, so whether the file is "
            f"complete cannot be checked (sha256 {got}; pass sha256= to check it next time)",
            DataQualityWarning,
            stacklevel=2,
        )
    if not same:
        # also keep it in the cache (later calls with another dest copy it from there); the
        # cache is only a shortcut, so a cache that cannot be written is not an error
        try:
            cache.mkdir(parents=True, exist_ok=True)
            with _lock(cached, lock_timeout):
                _copy_atomic(target, cached)
                _write_sha256(cached, got)
        except (OSError, DownloadError):
            pass
    return target


def _download_to(remote: Remote, target: Path, expected: str | None, *, progress: bool, retries: int,
                 timeout: float) -> tuple[str, bool]:  # fmt: skip
    """Fetch ``remote`` into ``target`` (the caller holds its lock).

    Through the ``.part`` file, resumed after dropped connections, sha256 checked, renamed into
    place, sidecar written.

    Returns (sha256, whether the size was known).
    """
    part = target.with_name(f".{remote.filename}.part")
    validator = _saved_validator(part, remote.url)  # resume an earlier process only if safe
    bar = tqdm(total=None, unit="B", unit_scale=True, unit_divisor=1024, desc=remote.filename,
               disable=None if progress is None else not progress, leave=False)  # fmt: skip
    try:
        for attempt in range(retries + 1):
            try:
                known, validator = _fetch(remote.url, part, validator=validator,
                                          timeout=timeout, bar=bar)  # fmt: skip
                break
            except _Dropped as exc:
                if attempt == retries:
                    raise DownloadError(
                        f"download of {remote.url} failed after {retries + 1} attempts: {exc}"
                    ) from exc
                validator = _saved_validator(part, remote.url)  # None: start again
        got = sha256_file(part)
        if expected is not None and got != expected:
            raise ChecksumError(
                f"sha256 of {remote.url} is {got}, expected {expected}; file not kept"
            )
        _sha256_sidecar(target).unlink(missing_ok=True)  # the old record goes with the old file
        os.replace(part, target)
        _write_sha256(target, got)
    except BaseException:
        part.unlink(missing_ok=True)
        _sidecar(part).unlink(missing_ok=True)
        raise
    finally:
        bar.close()
    _sidecar(part).unlink(missing_ok=True)
    return got, known


def _lock(target: Path, timeout: float) -> filelock.BaseFileLock:
    """The lock of ``target`` (``.NAME.lock`` beside it), for a ``with`` block.

    Waiting longer than ``timeout`` seconds raises DownloadError.
    """
    return _NamedLock(target.with_name(f".{target.name}.lock"), timeout=timeout)


class _NamedLock(filelock.FileLock):
    """A FileLock whose timeout is a DownloadError saying who holds the file."""

    def acquire(self, *args, **kwargs):
        try:
            return super().acquire(*args, **kwargs)
        except filelock.Timeout as exc:
            raise DownloadError(
                f"another process has been downloading to {self.lock_file} for more than "
                f"{self.timeout:g} s; try again later"
            ) from exc
        except OSError as exc:
            raise DownloadError(f"cannot lock {self.lock_file}: {exc}") from exc


def _sha256_sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


def _write_sha256(path: Path, digest: str) -> None:
    """Record ``digest`` for ``path`` (``sha256sum`` format), through a temporary file."""
    side = _sha256_sidecar(path)
    tmp = side.with_name(f".{side.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        tmp.write_text(f"{digest}  {path.name}\n", encoding="utf-8")
        os.replace(tmp, side)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _recorded_sha256(path: Path) -> str | None:
    try:
        text = _sha256_sidecar(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    digest = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    return digest if len(digest) == 64 and all(c in "0123456789abcdef" for c in digest) else None


def _trusted(path: Path, expected: str | None, *, lock: float | None = None) -> bool:
    """Whether ``path`` may be used as it is.

    It must match the sha256 recorded when it was downloaded (and ``expected`` when given). A file
    without a record is trusted only when it matches ``expected`` (the record is then written); a
    file that no longer matches its record (damaged or cut) is said and not trusted. ``lock``: take
    the file's lock first (timeout).
    """
    if lock is not None:  # (waits for a process writing it)
        try:
            with _lock(path, lock):
                return _trusted(path, expected)
        except DownloadError:
            return False
    if not path.is_file():
        return False
    recorded = _recorded_sha256(path)
    if recorded is None and expected is None:
        return False
    got = sha256_file(path)
    if recorded is not None and got != recorded:
        warnings.warn(
            f"{path} does not match the sha256 recorded when it was downloaded ({recorded}); "
            "it is not used and is downloaded again",
            DataQualityWarning,
            stacklevel=4,
        )
        return False
    if expected is not None and got != expected:
        return False
    if recorded is None:
        try:
            _write_sha256(path, got)
        except OSError:
            pass
    return True


def _copy_atomic(src: Path, dst: Path) -> None:
    """Copy ``src`` to ``dst`` through a temporary file of a unique name; none is left."""
    # a name no other process uses (not mkstemp: its file would keep mode 0600 once renamed)
    tmp = dst.with_name(f".{dst.name}.{os.getpid()}.{secrets.token_hex(4)}.copy")
    try:
        shutil.copyfile(src, tmp)
        os.replace(tmp, dst)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
