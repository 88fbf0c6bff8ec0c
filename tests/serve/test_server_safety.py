"""The preview server only serves output/, survives hostile input and heavy loads."""

from __future__ import annotations

import http.client
import os
import random
import socket
import threading

import pytest
from support import make_site

from generator.serve import Preview
from generator.serve.server import PathRefused, request_segments

ARTICLE = "Council votes on budget — Example Gazette\n\nMayor Jane Roe said: “The budget is balanced.”\n"
SECRET = "top-secret-marker-5f1c"


@pytest.fixture(scope="module")
def preview(tmp_path_factory: pytest.TempPathFactory):
    base = tmp_path_factory.mktemp("safety")
    root = make_site(base / "site", seeds={"budget.txt": ARTICLE})
    (root / "secret.txt").write_text(SECRET, encoding="utf-8")
    outside = base / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET, encoding="utf-8")
    running = Preview(root, port=0).start()
    output = root / "output"
    os.symlink(outside / "secret.txt", output / "leak.txt")
    os.symlink(outside, output / "leakdir")
    os.symlink(output / "robots.txt", output / "robots-link.txt")  # inside: allowed
    yield running
    running.stop()


def raw(preview: Preview, data: bytes, timeout: float = 5.0) -> bytes:
    """Send ``data`` as it is and return whatever comes back before the server closes."""
    with socket.create_connection(("127.0.0.1", preview.port), timeout=timeout) as sock:
        sock.sendall(data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def status_of(reply: bytes) -> int:
    """The status code of a raw HTTP reply."""
    return int(reply.split(b" ", 2)[1])


def fetch(preview: Preview, path: str, method: str = "GET") -> http.client.HTTPResponse:
    """One request through http.client; the body is read into ``.data``."""
    conn = http.client.HTTPConnection("127.0.0.1", preview.port, timeout=10)
    conn.request(method, path)
    response = conn.getresponse()
    response.data = response.read()  # type: ignore[attr-defined]
    conn.close()
    return response


@pytest.mark.parametrize(
    "target",
    [
        b"/../secret.txt",
        b"/articles/../../secret.txt",
        b"/%2e%2e/secret.txt",
        b"/%2E%2E%2Fsecret.txt",
        b"/..%5csecret.txt",
        b"/..\\secret.txt",
        b"/%2e%2e%5csecret.txt",
        b"/secret.txt%00.html",
        b"/index.html\x00",
        b"/leak.txt",
        b"/leakdir/secret.txt",
        b"/leakdir/",
        b"//secret.txt",
    ],
)
def test_paths_leading_outside_the_output_folder_are_refused(preview: Preview, target: bytes) -> None:
    reply = raw(preview, b"GET " + target + b" HTTP/1.0\r\n\r\n")
    assert status_of(reply) in (400, 404)
    assert SECRET.encode() not in reply


def test_a_symlink_that_stays_inside_the_output_folder_is_served(preview: Preview) -> None:
    response = fetch(preview, "/robots-link.txt")
    assert response.status == 200 and response.data == (preview.root / "output" / "robots.txt").read_bytes()  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("path", "status"),
    [("/ok/", None), ("/a/../b", 404), ("/%2e/x", 404), ("/%zz", 400), ("/%c3%28", 400), ("/a%5cb", 400), ("x", 400)],
)
def test_request_paths_are_decoded_strictly(path: str, status: int | None) -> None:
    if status is None:
        assert request_segments(path) == (["ok"], True)
        return
    with pytest.raises(PathRefused) as refused:
        request_segments(path)
    assert refused.value.status == status


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"GARBAGE\r\n\r\n",
        b"GET\r\n\r\n",
        b"GET / HTTP/9.9\r\n\r\n",
        b"GET / HTTP/1.0 extra words\r\n\r\n",
        b"\xff\xfe\xfd\r\n\r\n",
        b"GET /%zz HTTP/1.0\r\n\r\n",
        b"GET /" + b"a" * 70000 + b" HTTP/1.0\r\n\r\n",
        b"GET / HTTP/1.0\r\nX-Big: " + b"b" * 70000 + b"\r\n\r\n",
        b"GET / HTTP/1.0\r\n" + b"".join(b"X-%d: y\r\n" % n for n in range(150)) + b"\r\n",
        b"GET /%c3%28 HTTP/1.0\r\n\r\n",
    ],
    ids=["word", "no-target", "version", "extra", "binary", "percent", "long-line", "huge-header", "many-headers", "utf-8"],
)
def test_a_malformed_request_gets_an_error_and_the_server_keeps_serving(preview: Preview, request_bytes: bytes) -> None:
    reply = raw(preview, request_bytes)
    assert 400 <= status_of(reply) < 600
    assert fetch(preview, "/articles/budget/").status == 200


def test_fifty_garbage_connections_do_not_stop_the_server(preview: Preview) -> None:
    noise = random.Random(7)
    for n in range(50):
        with socket.create_connection(("127.0.0.1", preview.port), timeout=5) as sock:
            if n % 5 == 0:
                continue  # connect and hang up without a word
            sock.sendall(bytes(noise.randrange(256) for _ in range(noise.randrange(1, 400))))
            if n % 2 == 0:
                sock.sendall(b"\r\n\r\n")
                sock.recv(1024)
    response = fetch(preview, "/articles/budget/")
    assert response.status == 200 and b"Council votes on budget" in response.data  # type: ignore[attr-defined]


def test_two_hundred_concurrent_clients_all_get_their_pages(preview: Preview) -> None:
    paths = ["/", "/articles/budget/", "/people/jane-roe/", "/api/articles.json", "/sitemap.xml"]
    start = threading.Barrier(200)
    results: list[int] = []
    lock = threading.Lock()

    def client(n: int) -> None:
        start.wait(timeout=10)
        try:
            status = fetch(preview, paths[n % len(paths)]).status
        except OSError as error:
            status = -1
            print(error)
        with lock:
            results.append(status)

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(200)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    assert results == [200] * 200


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("/", "text/html; charset=utf-8"),
        ("/articles/budget/", "text/html; charset=utf-8"),
        ("/api/articles.json", "application/json; charset=utf-8"),
        ("/sitemap.xml", "application/xml; charset=utf-8"),
        ("/feed.xml", "application/xml; charset=utf-8"),
        ("/robots.txt", "text/plain; charset=utf-8"),
        ("/__briefing/live.js", "text/javascript; charset=utf-8"),
        ("/__briefing/epoch", "application/json; charset=utf-8"),
    ],
)
def test_responses_carry_a_content_type_with_charset_and_no_cache(preview: Preview, path: str, content_type: str) -> None:
    response = fetch(preview, path)
    assert response.status == 200
    assert response.getheader("Content-Type") == content_type
    assert response.getheader("Cache-Control") == "no-cache"


def test_stylesheets_are_served_as_css(preview: Preview) -> None:
    sheet = next((preview.root / "output" / "static").glob("*.css")).name
    response = fetch(preview, f"/static/{sheet}")
    assert response.status == 200 and response.getheader("Content-Type") == "text/css; charset=utf-8"


def test_head_answers_the_headers_of_get_without_a_body(preview: Preview) -> None:
    got, head = fetch(preview, "/articles/budget/"), fetch(preview, "/articles/budget/", "HEAD")
    assert head.status == 200 and head.data == b""  # type: ignore[attr-defined]
    assert head.getheader("Content-Type") == got.getheader("Content-Type")
    assert int(head.getheader("Content-Length") or -1) == len(got.data)  # type: ignore[attr-defined]
    assert fetch(preview, "/no/such/page/", "HEAD").status == 404


def test_a_folder_without_its_slash_redirects_to_the_same_site(preview: Preview) -> None:
    response = fetch(preview, "/articles/budget")
    assert response.status == 301 and response.getheader("Location") == "/articles/budget/"
    reply = raw(preview, b"GET //articles HTTP/1.0\r\n\r\n")
    assert b"Location: //" not in reply


def test_other_methods_are_refused(preview: Preview) -> None:
    assert fetch(preview, "/", "POST").status == 501
