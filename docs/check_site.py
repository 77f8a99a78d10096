"""Check the built documentation: every internal link resolves (CI has no network, so external
links are not fetched) and every public name of every subpackage has its API page.

Usage: ``python docs/check_site.py build/docs``; exits 1 naming every problem.
"""

from __future__ import annotations

import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            if (tag == "a" and name == "href") or (tag in ("img", "script") and name == "src"):
                self.links.append(value)


def broken_links(site: Path) -> list[str]:
    """Every internal link in ``site`` whose file or anchor does not exist."""
    pages: dict[Path, _Page] = {}
    for path in site.rglob("*.html"):
        if "_static" in path.relative_to(site).parts:  # theme templates, not pages
            continue
        page = _Page()
        page.feed(path.read_text(encoding="utf-8"))
        pages[path.resolve()] = page
    broken = []
    for path, page in pages.items():
        for link in page.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("mailto:", "javascript:")):
                continue
            target = (path.parent / unquote(parts.path)).resolve() if parts.path else path
            if not target.exists():
                broken.append(f"{path.relative_to(site.resolve())}: {link} (no such file)")
            elif parts.fragment and target in pages and parts.fragment not in pages[target].ids:
                broken.append(f"{path.relative_to(site.resolve())}: {link} (no such anchor)")
    return broken


def missing_api_pages(site: Path) -> list[str]:
    """Public names (``__all__`` of each API module in ``docs/conf.py``) without a page."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import conf  # the same list of modules and names the build used

    missing = []
    for _title, module, _what in conf.API:
        for name in conf._public_names(module):
            if not (site / "api" / "generated" / f"{module}.{name}.html").exists():
                missing.append(f"{module}.{name}: no API page")
    return missing


if __name__ == "__main__":
    site = Path(sys.argv[1] if len(sys.argv) > 1 else "build/docs")
    if not (site / "index.html").exists():
        sys.exit(f"{site}/index.html not found: build the documentation first (make docs)")
    problems = broken_links(site) + missing_api_pages(site)
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{len(problems)} problems (broken internal links, missing API pages) in {site}")
    sys.exit(1 if problems else 0)
