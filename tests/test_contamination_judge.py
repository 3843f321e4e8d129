"""The optional LLM judge against a real (local, stdlib) OpenAI-compatible HTTP endpoint."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from contamination.judge import ApiJudge, parse_verdict
from pipeline.errors import ConfigError


class _Handler(BaseHTTPRequestHandler):
    calls: list = []
    fail_next = 0

    def do_POST(self):  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).calls.append((self.headers.get("Authorization"), body))
        if type(self).fail_next:
            type(self).fail_next -= 1
            self.send_response(500)
            self.end_headers()
            return
        prompt = body["messages"][0]["content"]
        doc = prompt.split("Text 2:")[1]
        answer = "True" if "too_near" in doc else "False."
        data = json.dumps({"choices": [{"message": {"content": answer}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def server(monkeypatch):
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    monkeypatch.setenv("ASSAY_JUDGE_BASE_URL", f"http://127.0.0.1:{srv.server_address[1]}/v1")
    monkeypatch.setenv("ASSAY_JUDGE_API_KEY", "sk-test")
    monkeypatch.setenv("ASSAY_JUDGE_MODEL", "judge-1")
    _Handler.calls.clear()
    yield srv
    srv.shutdown()


def test_api_judge_verdicts_retries_and_cache(server, tmp_path):
    cache = tmp_path / "judge.jsonl"
    _Handler.fail_next = 1                       # the first request fails: retried
    judge = ApiJudge(str(cache))
    pairs = [("def too_near(xs): ...", "def has_close_elements(numbers): ..."),
             ("def running_max(xs): ...", "def has_close_elements(numbers): ...")]
    assert judge.verdicts(pairs) == [True, False]
    assert len(_Handler.calls) == 3
    auth, body = _Handler.calls[-1]
    assert auth == "Bearer sk-test" and body["model"] == "judge-1" and body["temperature"] == 0
    assert "Only answer True or False" in body["messages"][0]["content"]
    # a new judge reads the cache: no further requests
    again = ApiJudge(str(cache))
    assert again.verdicts(pairs) == [True, False] and len(_Handler.calls) == 3
    assert len(cache.read_text().splitlines()) == 2


def test_judge_config_and_parsing(monkeypatch):
    monkeypatch.delenv("ASSAY_JUDGE_BASE_URL", raising=False)
    with pytest.raises(ConfigError, match="ASSAY_JUDGE_BASE_URL"):
        ApiJudge()
    assert parse_verdict("True") is True and parse_verdict("**False**") is False
    assert parse_verdict("I cannot tell") is None
