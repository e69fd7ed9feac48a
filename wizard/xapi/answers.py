"""Reading what a host answers: a size cap, the shape XAPI gives its answers, and
words for everything else (a web page, a redirect, broken XML-RPC).

Used by ``wizard.xapi.transport``; every failure names the host it came from.
"""

from __future__ import annotations

import http.client
import re
import threading
import xmlrpc.client
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml.xmlrpc import DefusedExpatParser

from wizard.i18n import translate
from wizard.xapi.errors import MalformedAnswer, NotXapi

# The biggest answers XAPI gives the wizard are a big pool's get_all_records (a few MB
# for 64 hosts); anything past this is not a pool's records but a runaway peer.
MAX_ANSWER_BYTES = 64 * 1024 * 1024
_CHUNK = 1024 * 1024

# Parsing an answer holds the GIL from start to end (expat calls back into Python for
# every element), so parsers on several threads only take turns; with 64 of them (a
# 64-host pre-flight) the window's thread queued behind them all for 80 ms at a time.
# One parser at a time is as fast and leaves the GIL free in between.
_PARSE_LOCK = threading.Lock()


def not_ok(response: http.client.HTTPResponse) -> str:
    """What a status other than 200 means, in words."""
    status = response.status
    if status in (301, 302, 303, 307, 308):
        return translate("XapiErrors", "it redirects to {location} (HTTP {status})").format(
            location=shown(response.getheader("Location", "") or "?"), status=status
        )
    if status in (401, 407):
        return translate("XapiErrors", "it asks for a web login (HTTP {status})").format(
            status=status
        )
    if status == 403:
        return translate("XapiErrors", "it refuses access (HTTP 403 Forbidden)")
    return translate("XapiErrors", "it answered HTTP {status} {reason}").format(
        status=status, reason=shown(response.reason or "")
    )


def read_body(response: http.client.HTTPResponse, address: str, cap: int) -> bytes:
    """The whole body, at most ``cap`` bytes (announced or read), uncompressed."""
    declared = response.getheader("Content-Length", "")
    if declared.isdigit() and int(declared) > cap:
        raise too_big(address, cap, int(declared))
    chunks: list[bytes] = []
    size = 0
    try:
        while True:
            chunk = response.read(_CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > cap:
                raise too_big(address, cap, size)
            chunks.append(chunk)
    except http.client.IncompleteRead as cut:
        raise MalformedAnswer(
            address,
            translate(
                "XapiErrors", "the answer was cut off after {got} of {expected} bytes"
            ).format(got=size + len(cut.partial), expected=declared or "?"),
        ) from None
    if declared.isdigit() and size < int(declared):  # read(amt) does not raise for it
        raise MalformedAnswer(
            address,
            translate(
                "XapiErrors", "the answer was cut off after {got} of {expected} bytes"
            ).format(got=size, expected=declared),
        )
    body = b"".join(chunks)
    if response.getheader("Content-Encoding", "") == "gzip":
        try:
            body = xmlrpc.client.gzip_decode(body, max_decode=cap)
        except (ValueError, OSError, EOFError):
            raise MalformedAnswer(
                address, translate("XapiErrors", "its compressed answer is broken")
            ) from None
    return body


def too_big(address: str, cap: int, size: int) -> MalformedAnswer:
    return MalformedAnswer(
        address,
        translate(
            "XapiErrors",
            "the answer is larger than {limit} MB ({size} MB read or announced) and was "
            "not read further",
        ).format(limit=cap // 2**20, size=size // 2**20),
    )


def parse_answer(
    body: bytes, address: str, port: int, method: str, use_datetime: bool, use_builtin_types: bool
) -> Any:
    """An XML-RPC answer as XAPI sends them, or NotXapi / MalformedAnswer naming the host."""
    start = body[:512].lstrip().lower()
    if not start:
        raise NotXapi(address, port, translate("XapiErrors", "it sent an empty answer"))
    if start.startswith((b"<!doctype html", b"<html")) or b"<html" in start:
        title = re.search(rb"<title[^>]*>([^<]{0,80})", body[:65536], re.IGNORECASE)
        page = shown(title.group(1).decode("utf-8", "replace").strip()) if title else ""
        raise NotXapi(
            address,
            port,
            translate("XapiErrors", "it answered with a web page ({title})").format(
                title=page or "HTML"
            )
            if page
            else translate("XapiErrors", "it answered with a web page (HTML)"),
        )
    if not start.startswith((b"<?xml", b"<methodresponse")):
        raise NotXapi(
            address,
            port,
            translate("XapiErrors", "its answer is not XML-RPC ({start})").format(
                start=shown(body[:40].decode("utf-8", "replace"))
            ),
        )
    with _PARSE_LOCK:
        unmarshaller = xmlrpc.client.Unmarshaller(use_datetime, use_builtin_types)
        parser = DefusedExpatParser(unmarshaller)
        try:
            parser.feed(body)
            parser.close()
            result = unmarshaller.close()
        except xmlrpc.client.Fault as fault:
            raise MalformedAnswer(
                address,
                translate(
                    "XapiErrors", "an XML-RPC fault ({code}: {text}), which XAPI does not send"
                ).format(code=shown(str(fault.faultCode)), text=shown(str(fault.faultString))),
            ) from None
        except DefusedXmlException:
            raise MalformedAnswer(
                address,
                translate(
                    "XapiErrors",
                    "its XML declares entities or a document type (as an entity bomb does), "
                    "which XAPI never sends",
                ),
            ) from None
        except Exception as exc:  # expat's, or the unmarshaller's on a bad value
            raise MalformedAnswer(
                address,
                translate("XapiErrors", "its XML-RPC is broken or cut off ({error})").format(
                    error=shown(str(exc) or type(exc).__name__)
                ),
            ) from None
    return (check_envelope(result, address, method),)


def check_envelope(result: Any, address: str, method: str) -> Any:
    """The one struct XAPI answers with: Success with a Value, or Failure with an
    ErrorDescription; the SDK's own check would raise bare exceptions instead."""
    answer = result[0] if isinstance(result, tuple) and len(result) == 1 else None
    status = answer.get("Status") if isinstance(answer, dict) else None
    problem = ""
    if status == "Success":
        if "Value" not in answer:  # type: ignore[operator]
            problem = translate("XapiErrors", "a Success without a Value")
    elif status == "Failure":
        details = answer.get("ErrorDescription")  # type: ignore[union-attr]
        if (
            not isinstance(details, list)
            or not details
            or not details[0]
            or not isinstance(details[0], str)
        ):
            problem = translate("XapiErrors", "a Failure without an error code")
        else:
            answer["ErrorDescription"] = [str(d) for d in details]  # type: ignore[index]
    elif isinstance(answer, dict):
        problem = translate("XapiErrors", "no Status Success or Failure ({status})").format(
            status=shown(repr(status))
        )
    else:
        problem = translate("XapiErrors", "not the struct XAPI answers with")
    if problem:
        raise MalformedAnswer(
            address,
            translate("XapiErrors", "{method} answered {problem}").format(
                method=method or "?", problem=problem
            ),
        )
    return answer


def shown(text: str) -> str:
    """A peer's text quoted in a message: printable, one line, short."""
    clean = "".join(ch if ch.isprintable() else " " for ch in text)
    return clean[:80] + ("…" if len(clean) > 80 else "")
