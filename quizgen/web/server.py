"""Running the page: uvicorn on loopback unless told otherwise."""

from __future__ import annotations

import ipaddress
import sys
import threading
import webbrowser

from ..errors import DependencyError
from .app import Settings, create_app


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(host: str = "127.0.0.1", port: int = 8000, open_browser: bool = False,
          settings: Settings | None = None) -> None:
    try:
        import uvicorn
    except ImportError as exc:
        raise DependencyError("quizgen serve needs the web extra: pip install 'quizgen[web]'") from exc
    if not is_loopback(host):
        print(f"quizgen: warning: serving on {host}, reachable from other machines; the page "
              "has no accounts, so anyone who can reach it can use it", file=sys.stderr)
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}/"
    print(f"quizgen: serving on {url} (Ctrl+C stops)", file=sys.stderr)
    if open_browser:
        threading.Timer(1.0, webbrowser.open, (url,)).start()
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")
