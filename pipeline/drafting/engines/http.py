"""What the engines that speak HTTP themselves share: a session per thread, and failures by status.

The OpenAI-compatible and Apertium APy engines call their servers with
``requests`` directly; the deep-translator wrapper (online.py) classifies the
responses it sees the same way, so a 429 or a 503 means the same to the draft
stage whichever engine met it.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import requests
import urllib3
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError, ReadTimeoutError

from pipeline.drafting.engines import EngineError, Failure


class Sessions:
    """One ``requests.Session`` (and its connection pool) per thread."""

    def __init__(self) -> None:
        self._local = threading.local()

    def get(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = requests.Session()
        return session

    def request(self, method: str, url: str, timeout: float, **kwargs: Any) -> requests.Response:
        """One request whose answer must have come within ``timeout`` seconds of asking, else requests.Timeout.

        requests's timeout bounds each wait for the next bytes, not the answer: a server sending
        five bytes a second was waited on for as long as it kept sending. The body is read as it
        arrives, and given up once the deadline has passed (so at most one more wait: the headers
        and each read still have requests's own bound).
        """
        deadline = time.monotonic() + timeout
        response = self.get().request(method, url, timeout=timeout, stream=True, **kwargs)
        body = bytearray()
        with response:  # given up: the connection is closed, not returned to the pool
            try:
                # read1: what has come (iter_content waits for a whole chunk, or the whole body)
                while chunk := response.raw.read1(65536, decode_content=True):
                    body += chunk
                    if time.monotonic() > deadline:
                        raise requests.Timeout(f"the answer took longer than {timeout:g} s", response=response)
            except ReadTimeoutError as exc:  # as requests says them when it reads the body itself
                raise requests.ReadTimeout(exc, response=response) from exc
            except urllib3.exceptions.ProtocolError as exc:  # cut short
                raise requests.exceptions.ChunkedEncodingError(exc, response=response) from exc
            except urllib3.exceptions.DecodeError as exc:  # a body its gzip header does not describe
                raise requests.exceptions.ContentDecodingError(exc, response=response) from exc
            except urllib3.exceptions.HTTPError as exc:
                raise requests.ConnectionError(exc, response=response) from exc
        # What reading .content would have kept: requests's own places for the body read.
        response._content, response._content_consumed = bytes(body), True
        return response


def call(name: str, sessions: Sessions, method: str, url: str, timeout: float, **kwargs: Any) -> requests.Response:
    """One HTTP request; a failure of the network or a non-2xx status becomes an EngineError."""
    try:
        response = sessions.request(method, url, timeout, **kwargs)
    except requests.Timeout as exc:
        raise EngineError(name, Failure.TIMEOUT, f"no answer from {url} within {timeout:g} s",
                          sent=not never_connected(exc)) from None
    except requests.ConnectionError as exc:
        raise EngineError(name, Failure.NETWORK, f"cannot connect to {url}", sent=not never_connected(exc)) from None
    except requests.exceptions.InvalidHeader:  # never quoted: its message holds the header, an API key
        raise EngineError(name, Failure.UNAVAILABLE, f"{url}: a header (an API key?) that cannot be sent",
                          sent=False) from None
    except requests.RequestException as exc:
        raise EngineError(name, Failure.NETWORK, f"{url}: {exc}") from None
    if not 200 <= response.status_code < 300:
        raise from_status(name, response)
    return response


def never_connected(exc: BaseException | None) -> bool:
    """Did the request fail before a connection to the server was made (refused, no such host, connect timeout)?

    Then the text never left the machine. Any other failure (a reset, a read
    timeout, a TLS error) is counted as sent: when in doubt, it was. Follows the
    chain requests and urllib3 build (an error's ``reason``, its first argument,
    its cause); an ``ssl.SSLError``'s reason is a string, not a link of it.
    """
    for _ in range(6):  # the chains are two or three deep
        if exc is None:
            return False
        if isinstance(exc, (requests.ConnectTimeout, NewConnectionError, ConnectTimeoutError)):
            return True
        reason = getattr(exc, "reason", None)
        first = exc.args[0] if exc.args else None
        exc = next((link for link in (reason, first, exc.__cause__) if isinstance(link, BaseException)), None)
    return False


def json_body(name: str, response: requests.Response) -> Any:
    """The response's JSON, or a BAD_ANSWER failure saying it was not JSON."""
    try:
        return response.json()
    except ValueError:
        start = response.text[:60].replace("\n", " ")
        raise EngineError(name, Failure.BAD_ANSWER,
                          f"the answer from {response.url.split('?')[0]} is not JSON ({start!r})") from None


def from_status(name: str, response: requests.Response) -> EngineError:
    """A non-2xx response as a failure the draft stage knows how to treat."""
    status = response.status_code
    detail = error_detail(response)
    where = f"HTTP {status} from {response.url.split('?')[0]}" + (f": {detail}" if detail else "")
    if status == 429:
        return EngineError(name, Failure.RATE_LIMIT, where, retry_after(response))
    if status in (401, 403) and "quota" in detail.lower():
        return EngineError(name, Failure.QUOTA, where)
    if status in (401, 403):
        return EngineError(name, Failure.AUTH, where)
    if status in (402, 456):
        return EngineError(name, Failure.QUOTA, where)
    if status >= 500:
        return EngineError(name, Failure.SERVER, where, retry_after(response))
    return EngineError(name, Failure.REJECTED, where)


def error_detail(response: requests.Response) -> str:
    """The service's own one-line reason, from the usual JSON error shapes.

    ``{"error": "..."}`` (LibreTranslate), ``{"error": {"message": ...}}`` (Microsoft,
    OpenAI-compatible servers), ``{"message": ...}``, ``{"explanation": ...}`` (Apertium APy).
    """
    try:
        body = response.json()
    except ValueError:
        return ""
    if isinstance(body, dict):
        error = body.get("error", body.get("explanation", body.get("message", body.get("responseDetails", ""))))
        if isinstance(error, dict):
            error = error.get("message", "")
        return str(error or "")[:200]
    return ""


def retry_after(response: requests.Response) -> float | None:
    try:
        return float(response.headers.get("Retry-After", ""))
    except ValueError:
        return None
