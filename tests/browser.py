"""One headless Chromium for the whole test session (Debian's, never a downloaded one).

Playwright's sync API allows one running instance per thread, so every test that needs a
browser shares this one instead of starting its own.
"""

from __future__ import annotations

import atexit
from functools import lru_cache

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@lru_cache(maxsize=1)
def chromium():
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    atexit.register(playwright.stop)
    atexit.register(browser.close)
    return browser
