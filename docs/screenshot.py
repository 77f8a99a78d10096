"""Take a screenshot of the documentation's front page with headless Chromium.

Usage: ``python docs/screenshot.py [build/docs] [build/docs-front.png]``. Needs Debian's
``chromium`` (``apt-get install chromium``); the page is read from disk, so no server and no
network are needed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def screenshot(site: Path, png: Path, width: int = 1280, height: int = 1000) -> Path:
    """Render ``site/index.html`` to ``png`` and return its path."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("chromium not found: apt-get install chromium")
    png.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                f"--window-size={width},{height}",
                f"--screenshot={png.resolve()}",
                (site / "index.html").resolve().as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    return png


if __name__ == "__main__":
    args = sys.argv[1:]
    site = Path(args[0] if args else "build/docs")
    png = Path(args[1] if len(args) > 1 else "build/docs-front.png")
    print(screenshot(site, png))
