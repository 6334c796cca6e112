"""A build from the teachers' page against the command line building the same text.

    python bench/web.py [ARTICLE] [--runs 3]

Starts `quizgen serve` on a free loopback port, pastes ARTICLE (the sample article by
default) and times each build from the request to the finished status, after one build
that starts the server's build processes. The command line is timed running the commands
the page shows, as a teacher would run them (a new process each). While a page build runs,
the page itself is fetched again and again: the slowest answer is reported.
Prints one ratio: page build / command-line build (the aim is <= 1.2).
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "de_russland_nordkorea_gipfel.txt"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "quizgen", "serve", "--port", str(port)],
                              env=env, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.get(url + "/", timeout=1)
            return server, url
        except httpx.TransportError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("the server did not start")


def page_build(client: httpx.Client, base: str, csrf: str, text: str) -> tuple[float, float]:
    """Seconds from the paste to the finished build, and the slowest page answer meanwhile."""
    slowest = 0.0
    started = time.perf_counter()
    client.post(base + "paste", data={"csrf": csrf, "text": text}, follow_redirects=False)
    while True:
        asked = time.perf_counter()
        client.get(base)
        slowest = max(slowest, time.perf_counter() - asked)
        if client.get(base + "status").json()["state"] != "running":
            return time.perf_counter() - started, slowest
        time.sleep(0.02)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("article", nargs="?", default=str(SAMPLE))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    text = Path(args.article).read_text(encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server, url = start_server(env)
    try:
        client = httpx.Client(base_url=url, timeout=300)
        first = client.get("/", follow_redirects=True)
        base = str(first.url)
        csrf = re.search(r'name="csrf" value="([^"]+)"', first.text).group(1)
        cold, _ = page_build(client, base, csrf, text)
        runs = []
        for _ in range(args.runs):
            client.post(base + "remove", data={"csrf": csrf, "name": _text_name(client, base)})
            runs.append(page_build(client, base, csrf, text))
        page_seconds = statistics.median(seconds for seconds, _ in runs)
        slowest_answer = max(answer for _, answer in runs)
        html = client.get(base).text
        folder = Path(re.search(r'<pre id="command">cd (.*?)\n', html).group(1))
        commands = [shlex.split(line) for line in
                    re.search(r'<pre id="command">.*?\n(.*?)</pre>', html, re.S).group(1).splitlines()]
    finally:
        server.terminate()
        server.wait(10)
    cli_runs = []
    with tempfile.TemporaryDirectory() as scratch:
        for source in folder.glob("*.txt"):
            (Path(scratch) / source.name).write_bytes(source.read_bytes())
        for _ in range(args.runs):
            started = time.perf_counter()
            for words in commands:
                subprocess.run([sys.executable, "-m", "quizgen", *words[1:], "-q"], cwd=scratch,
                               env=env, check=True)
            cli_runs.append(time.perf_counter() - started)
    cli_seconds = statistics.median(cli_runs)
    print(f"page: first build {cold:.2f} s (starts the build processes), then median "
          f"{page_seconds:.2f} s of {args.runs}; slowest page answer during a build "
          f"{slowest_answer * 1000:.0f} ms")
    print(f"command line: {len(commands)} command(s), median {cli_seconds:.2f} s of {args.runs}")
    print(f"ratio page / command line: {page_seconds / cli_seconds:.2f}")


def _text_name(client: httpx.Client, base: str) -> str:
    return re.search(r'name="name" value="([^"]+)"', client.get(base).text).group(1)


if __name__ == "__main__":
    main()
