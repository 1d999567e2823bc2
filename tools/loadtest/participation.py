#!/usr/bin/env python3
"""Load test of the participation pages (issue 9, docs/BENCHMARKS.md).

Against a running `quartier serve --demo` on 127.0.0.1 only: signs in as the demo
manager, imports 1,000 ideas with 10,000 comments (one idea with 200) into the demo
dialogue through `POST /api/v1/dialogues/{id}/import` and applies it (timed), then
hits the idea list (every sort, a filter) and the idea page with 200 comments with
C concurrent connections for D seconds each (bounded), and prints requests/s,
p50/p99 latency and page size; finally times posting a comment.

Usage: tools/loadtest/participation.py [base-url] [seconds] [connections]
(default http://127.0.0.1:8080 10 16). Standard library only. Start the server with
QUARTIER_AUTH_RATE_PER_MINUTE raised (the posting limit per address shares it).
"""
import http.client
import json
import re
import statistics
import sys
import threading
import time
import urllib.parse

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
DUR = float(sys.argv[2]) if len(sys.argv) > 2 else 10.0
CONN = int(sys.argv[3]) if len(sys.argv) > 3 else 16
u = urllib.parse.urlparse(BASE)
assert u.hostname in ("127.0.0.1", "localhost"), "loopback only"
HOST, PORT = u.hostname, u.port or 80


def request(method, path, body=None, headers=None, cookie=""):
    c = http.client.HTTPConnection(HOST, PORT, timeout=60)
    h = dict(headers or {})
    if cookie:
        h["Cookie"] = cookie
    c.request(method, path, body=body, headers=h)
    r = c.getresponse()
    data = r.read()
    cookies = r.headers.get_all("Set-Cookie") or []
    c.close()
    return r.status, r.headers, data, cookies


def login(email):
    s, _, body, set_c = request("GET", "/login")
    jar = {c.split("=", 1)[0]: c.split("=", 1)[1].split(";")[0] for c in set_c}
    token = re.search(rb'name="csrf" value="([0-9a-f]+)"', body).group(1).decode()
    cookie = "; ".join(f"{k}={v}" for k, v in jar.items())
    form = urllib.parse.urlencode({"email": email, "password": "quartier-demo", "next": "/", "csrf": token})
    s, _, _, set_c = request("POST", "/login", form, {"Content-Type": "application/x-www-form-urlencoded"}, cookie)
    assert s == 303, s
    for c in set_c:
        k, v = c.split("=", 1)
        jar[k] = v.split(";")[0]
    return "; ".join(f"{k}={v}" for k, v in jar.items()), jar.get("qcsrf", token)


def payload():
    ideas = []
    cats = ["Spielen", "Sauberkeit", "Verkehr", "Grün und Natur", "Begegnung"]
    chans = ["online", "paper", "event", "street", "pin_map", "phone"]
    for i in range(1000):
        n = 200 if i == 0 else 9
        ideas.append({
            "title": f"Lastidee {i}: Bänke und Licht am Weg {i % 37}",
            "text": "Eine Idee aus dem Lasttest. " * 8,
            "lang": "de", "channel": chans[i % 6], "category": cats[i % 5],
            "created": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "comments": [{"text": f"Kommentar {k} zu Idee {i}", "author": f"Person {k}"} for k in range(n)],
        })
    # 200 + 999 * 9 = 9,191; one more comment on ideas 1…809 makes 10,000, and the idea
    # with 200 comments stays the most discussed.
    extra = 10_000 - sum(len(x["comments"]) for x in ideas)
    for k in range(extra):
        ideas[1 + k]["comments"].append({"text": f"Nachtrag {k}"})
    return json.dumps({"ideas": ideas})


def hammer(path, cookie=""):
    lat, sizes, errors = [], [], [0]
    stop = time.time() + DUR
    lock = threading.Lock()

    def worker():
        c = http.client.HTTPConnection(HOST, PORT, timeout=60)
        while time.time() < stop:
            t = time.perf_counter()
            c.request("GET", path, headers={"Cookie": cookie} if cookie else {})
            r = c.getresponse()
            body = r.read()
            dt = time.perf_counter() - t
            with lock:
                lat.append(dt)
                sizes.append(len(body))
                if r.status != 200:
                    errors[0] += 1
        c.close()

    ts = [threading.Thread(target=worker) for _ in range(CONN)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    lat.sort()
    p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000
    print(f"| {path} | {len(lat) / DUR:.0f} | {p(0.5):.1f} | {p(0.99):.1f} | {statistics.mean(sizes) / 1024:.1f} KB | {errors[0]} |")


def main():
    cookie, csrf = login("manager@musterstadt.example")
    s, _, body, _ = request("GET", "/api/v1/dialogues", cookie=cookie)
    d = json.loads(body)["items"][0]["id"]
    data = payload()
    t = time.perf_counter()
    s, _, body, _ = request("POST", f"/api/v1/dialogues/{d}/import", data,
                            {"Content-Type": "application/json", "X-CSRF-Token": csrf}, cookie)
    prev = json.loads(body)
    assert s == 200 and prev["can_apply"], (s, body[:300])
    s, _, body, _ = request("POST", f"/api/v1/dialogues/{d}/import/{prev['id']}/apply", "",
                            {"X-CSRF-Token": csrf}, cookie)
    assert s == 200, (s, body[:300])
    print(f"import of 1,000 ideas and 10,000 comments (preview + apply): {time.perf_counter() - t:.2f} s")
    s, _, body, _ = request("GET", f"/api/v1/dialogues/{d}/ideas?sort=discussed")
    top = json.loads(body)["items"][0]["id"]
    print(f"\n{CONN} connections, {DUR:.0f} s each\n")
    print("| page | req/s | p50 ms | p99 ms | size | non-200 |\n|---|---|---|---|---|---|")
    for path in [f"/dialogues/{d}/ideas", f"/dialogues/{d}/ideas?sort=supported",
                 f"/dialogues/{d}/ideas?sort=discussed&channel=paper", f"/dialogues/{d}/ideas?page=40",
                 f"/ideas/{top}"]:
        hammer(path)
    times = []
    # The per-account limit allows 20 posts an hour; 15 stay below it.
    for k in range(15):
        form = urllib.parse.urlencode({"text": f"Messkommentar {k}", "csrf": csrf})
        t = time.perf_counter()
        s, _, _, _ = request("POST", f"/ideas/{top}/comments", form,
                             {"Content-Type": "application/x-www-form-urlencoded"}, cookie)
        times.append((time.perf_counter() - t) * 1000)
        assert s == 303, s
    times.sort()
    print(f"\nposting a comment: median {times[7]:.1f} ms, max {times[-1]:.1f} ms (15 posts)")


if __name__ == "__main__":
    main()
