"""The preview of the hostile site: bound to loopback unless told otherwise, and serving
nothing from the seeds, the site folder or the links the hostile corpus plants."""

from __future__ import annotations

import http.client

import pytest
from hostile_corpus import HIDDEN, SECRET, write_hostile_site

from generator.cli import make_parser
from generator.serve import Preview


def test_the_preview_binds_to_loopback_unless_told_otherwise() -> None:
    assert make_parser().parse_args(["serve"]).host == "127.0.0.1"


@pytest.fixture(scope="module")
def preview(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    site = write_hostile_site(tmp_path_factory.mktemp("hostile-preview"))
    running = Preview(site.root, port=0, search=False).start()
    yield running
    running.stop()


def get(preview: Preview, path: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", preview.port, timeout=10)
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, body


def test_the_preview_socket_listens_on_loopback_only(preview: Preview) -> None:
    assert preview._server is not None and preview._server.server_address[0] == "127.0.0.1"


@pytest.mark.parametrize(
    "path",
    [
        "/../seeds/plain.txt", "/%2e%2e/site.yaml", "/../../outside/secret.txt", "/seeds/.hidden.txt",
        "/..%2fseeds%2foutside_link.txt", "/etc/passwd", "//etc/passwd", "/%2F%2Fetc%2Fpasswd",
    ],
)
def test_nothing_outside_the_output_folder_is_served(preview: Preview, path: str) -> None:
    status, body = get(preview, path)
    assert status in (400, 404)
    assert SECRET.encode() not in body and HIDDEN.encode() not in body and b"root:x:0:0" not in body


def test_the_good_pages_of_a_site_with_bad_files_are_served(preview: Preview) -> None:
    status, body = get(preview, "/articles/injection/")
    assert status == 200 and b"Council meets" in body
