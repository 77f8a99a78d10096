"""Download the official UCDP and UNHCR files: HTTPS, cache, resume, sha256 check, atomic rename.

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
import shutil
import socket
import urllib.error
import urllib.parse
import urllib.request
import warnings
from dataclasses import dataclass
from pathlib import Path

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


class _Dropped(Exception):
    """The connection ended before the whole body arrived (retryable)."""


def _sidecar(part: Path) -> Path:
    return part.with_name(part.name + ".json")


def _saved_validator(part: Path, url: str) -> str | None:
    """The validator to resume ``part`` with, or None after deleting a ``part`` that cannot be
    resumed safely (no sidecar, another URL, no validator, unreadable sidecar)."""
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


def _fetch(url: str, part: Path, *, validator: str | None, timeout: float, bar) -> tuple:
    """One GET into ``part``: appending from its size when a validator lets us ask for the rest
    with ``If-Range`` (and the server answers 206), else from byte 0.

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
        resp = urllib.request.urlopen(req, timeout=timeout)
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
        already there (and matching ``sha256`` when given) is copied instead of downloaded;
        a file downloaded to ``dest`` is copied there too (skipped if the cache is not
        writable).
    progress : bool, optional
        Show a tqdm progress bar; None shows it only on a terminal.
    retries : int
        How many times to resume after a dropped connection before giving up.
    timeout : float
        Seconds without data before a connection counts as dropped.
    force : bool
        Download even if the file is already at ``dest`` or in the cache.

    Returns
    -------
    pathlib.Path
        The complete, checked file at ``dest / filename``.

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
        HTTP error, unreachable host, or the connection dropped more than ``retries`` times.
        The temporary file is removed; nothing is left at the destination.
    ChecksumError
        The file's sha256 differs from ``sha256``; it is removed.

    Examples
    --------
    >>> from idlibstats.load.download import REGISTRY
    >>> REGISTRY["ucdp-ged-19.1"].url
    'https://ucdp.uu.se/downloads/ged/ged191-csv.zip'
    >>> # download("ucdp-ged-19.1", "raw/")  # needs internet: ~/.cache or raw/ged191-csv.zip
    """
    from tqdm.auto import tqdm

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
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / remote.filename

    if not force:
        for have in (target, cache / remote.filename):
            if have.is_file() and (expected is None or sha256_file(have) == expected):
                if have != target:
                    _copy_atomic(have, target)
                return target

    part = folder / f".{remote.filename}.part"
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
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        _sidecar(part).unlink(missing_ok=True)
        raise
    finally:
        bar.close()
    _sidecar(part).unlink(missing_ok=True)
    if expected is None and not known:
        warnings.warn(
            f"{target}: the server sent no size and no sha256 was given, so whether the file is "
            f"complete cannot be checked (sha256 {got}; pass sha256= to check it next time)",
            DataQualityWarning,
            stacklevel=2,
        )
    if cache.resolve() != folder.resolve():
        # also keep it in the cache (later calls with another dest copy it from there); the
        # cache is only a shortcut, so a cache that cannot be written is not an error
        try:
            cache.mkdir(parents=True, exist_ok=True)
            _copy_atomic(target, cache / remote.filename)
        except OSError:
            pass
    return target


def _copy_atomic(src: Path, dst: Path) -> None:
    """Copy ``src`` to ``dst`` through a hidden temporary file; no temporary file is left."""
    tmp = dst.with_name(f".{dst.name}.copy")
    try:
        shutil.copyfile(src, tmp)
        os.replace(tmp, dst)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
