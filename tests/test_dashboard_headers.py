"""Security headers: the policy allows only Streamlit's own scripts; every response carries it."""

import asyncio
import base64
import hashlib
import urllib.request

import pytest

from dashboard.headers import SecurityHeaders, content_security_policy, inline_script_hashes
from dashboard.server import running_app

EXPECTED = {"content-security-policy", "x-frame-options", "x-content-type-options"}


def test_only_inline_scripts_are_hashed_and_with_their_exact_text():
    html = '<script src="a.js"></script><script>\n  go()\n</script><script type="module">x</script>'
    digest = base64.b64encode(hashlib.sha256(b"\n  go()\n").digest()).decode()
    assert inline_script_hashes(html) == [f"'sha256-{digest}'", inline_script_hashes(
        "<script>x</script>")[0]]


def test_the_policy_forbids_framing_and_other_origins():
    policy = dict(part.split(" ", 1) for part in content_security_policy("").split("; "))
    assert policy["frame-ancestors"] == "'none'"
    assert policy["default-src"] == "'self'"
    assert "'unsafe-inline'" not in policy["script-src"] and "'unsafe-eval'" not in policy[
        "script-src"]
    assert not any("http" in value for value in policy.values())


def _through_middleware(scope_type: str, headers: list[tuple[bytes, bytes]]) -> list[dict]:
    sent: list[dict] = []

    async def app(scope, receive, send):
        await send({"type": "http.response.start", "status": 200, "headers": list(headers)})
        await send({"type": "http.response.body", "body": b"ok"})

    async def receive():
        return {"type": "http.request"}

    async def send(message):
        sent.append(message)

    asyncio.run(SecurityHeaders(app)({"type": scope_type}, receive, send))
    return sent


def test_http_responses_get_the_headers_replacing_weaker_ones():
    start, body = _through_middleware("http", [(b"x-frame-options", b"SAMEORIGIN"),
                                               (b"content-type", b"text/html")])
    names = [name.decode() for name, _ in start["headers"]]
    assert set(names) >= EXPECTED and names.count("x-frame-options") == 1
    assert dict(start["headers"])[b"x-frame-options"] == b"DENY"
    assert dict(start["headers"])[b"content-type"] == b"text/html"
    assert body["body"] == b"ok"


def test_a_websocket_passes_through_untouched():
    (start, _) = _through_middleware("websocket", [])
    assert start["headers"] == []


@pytest.mark.parametrize("path", ["/", "/terms", "/_stcore/health"])
def test_the_running_server_sends_the_headers(served, path):
    with urllib.request.urlopen(served + path, timeout=30) as response:
        names = {name.lower() for name in response.headers}
        assert names >= EXPECTED
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
        assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.fixture(scope="module")
def served():
    with running_app() as url:
        yield url
