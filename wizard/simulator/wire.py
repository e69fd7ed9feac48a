"""XAPI's wire formats: XML-RPC and JSON-RPC as xapi writes them (through ocaml-rpc).

Handlers return typed Python values; this module writes them out:

=========  =============================  ===========
value      XML-RPC                        JSON-RPC
=========  =============================  ===========
int        ``<value>42</value>``           ``42``
Int32      ``<value><i4>42</i4></value>``  ``42``
float      ``<double>`` (``%.16g``)        number
DateTime   ``<dateTime.iso8601>``          string
str        ``<value>text</value>``         string
=========  =============================  ===========

XML-RPC goes out compact (no whitespace between tags), as ocaml-rpc prints it.
"""

from __future__ import annotations

import json
import re
import time
import xmlrpc.client
from typing import Any

EPOCH = "19700101T00:00:00Z"


class Int32(int):
    """An XML-RPC <i4>: XAPI sends only event.from's valid_ref_counts this way."""


class DateTime(str):
    """A datamodel DateTime (task.created, host_metrics.last_updated, ...): 20261207T01:02:03Z."""

    __slots__ = ()


def now(when: float | None = None) -> DateTime:
    """XAPI's dateTime.iso8601 form, UTC."""
    return DateTime(time.strftime("%Y%m%dT%H:%M:%SZ", time.gmtime(when)))


# -- XML-RPC -------------------------------------------------------------------

_XML_ESCAPES = {ord(">"): "&gt;", ord("<"): "&lt;", ord("&"): "&amp;", ord('"'): "&quot;"}
# ocaml-rpc drops control characters XML cannot carry (all below 0x20 but tab, LF, CR).
_XML_ESCAPES.update({c: "" for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)})
_NEEDS_ESCAPE = re.compile('[<>&"\x00-\x08\x0b\x0c\x0e-\x1f]')


def _escape(text: str) -> str:
    # Most texts need nothing: one C-level search instead of a translate per string.
    return text.translate(_XML_ESCAPES) if _NEEDS_ESCAPE.search(text) else text


def _add_value(out: list[str], value: Any) -> None:
    kind = type(value)
    if kind is str:  # the common case first
        out.append(f"<value>{_escape(value)}</value>")
    elif kind is dict:
        out.append("<value><struct>")
        for key, item in value.items():
            out.append(f"<member><name>{_escape(str(key))}</name>")
            _add_value(out, item)
            out.append("</member>")
        out.append("</struct></value>")
    elif kind is list or kind is tuple or kind is set or kind is frozenset:
        out.append("<value><array><data>")
        for item in value:
            _add_value(out, item)
        out.append("</data></array></value>")
    elif kind is bool:
        out.append(_TRUE if value else _FALSE)
    elif kind is Int32:
        out.append(f"<value><i4>{int(value)}</i4></value>")
    elif kind is int:
        out.append(f"<value>{value}</value>")  # XAPI's int64: untyped, so a string to clients
    elif kind is float:
        out.append(f"<value><double>{value:.16g}</double></value>")
    elif kind is DateTime:
        out.append(f"<value><dateTime.iso8601>{value}</dateTime.iso8601></value>")
    elif kind is xmlrpc.client.DateTime:  # one a client sent in
        out.append(f"<value><dateTime.iso8601>{value.value}</dateTime.iso8601></value>")
    elif value is None:
        out.append("<value><nil/></value>")
    elif isinstance(value, str):
        out.append(f"<value>{_escape(str(value))}</value>")
    elif isinstance(value, int):
        out.append(f"<value>{int(value)}</value>")
    else:
        raise TypeError(f"no XML-RPC form for {type(value).__name__}")


_TRUE = "<value><boolean>1</boolean></value>"
_FALSE = "<value><boolean>0</boolean></value>"


def xml_value(value: Any) -> str:
    """One ``<value>``, as a task's result field carries it."""
    out: list[str] = []
    _add_value(out, value)
    return "".join(out)


def xml_response(response: Any) -> bytes:
    """A methodResponse around ``response`` (XAPI's Status struct, or listMethods' bare array)."""
    return (
        '<?xml version="1.0"?><methodResponse><params><param>'
        + xml_value(response)
        + "</param></params></methodResponse>"
    ).encode()


# -- JSON-RPC ------------------------------------------------------------------

# xapi never uses the JSON-RPC 2.0 error code; it is 1 so clients see an error.
JSON_ERROR_CODE = 1


def _json_ready(value: Any) -> Any:
    if isinstance(value, bool) or value is None or isinstance(value, float):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, xmlrpc.client.DateTime):
        return value.value
    if isinstance(value, dict):
        return {str(k): _json_ready(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_json_ready(v) for v in value]
    raise TypeError(f"no JSON form for {type(value).__name__}")


def json_response(
    outcome: dict[str, Any], request_id: Any, version2: bool, raw_errors: bool = False
) -> bytes:
    """xapi's answer to one JSON-RPC call (v1 or v2, as the request was)."""
    ok = outcome["Status"] == "Success"
    body: dict[str, Any] = {"jsonrpc": "2.0"} if version2 else {}
    if ok:
        body["result"] = outcome["Value"]
        if not version2:
            body["error"] = None
    else:
        description = list(outcome["ErrorDescription"])
        if version2 and not raw_errors:
            error: Any = {
                "code": JSON_ERROR_CODE,
                "message": description[0] if description else "",
                "data": description[1:],
            }
        else:
            error = description
        if not version2:
            body["result"] = None
        body["error"] = error
    body["id"] = request_id
    return json.dumps(_json_ready(body), separators=(",", ":"), ensure_ascii=False).encode()


class MalformedRequest(ValueError):
    pass


def parse_json_call(body: bytes) -> tuple[str, list[Any], Any, bool]:
    """method, params, id and whether it is JSON-RPC 2.0, as ocaml-rpc reads a request."""
    try:
        request = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedRequest(f"not JSON: {exc}") from None
    if not isinstance(request, dict):
        raise MalformedRequest("Invalid request body")
    method = request.get("method")
    if not isinstance(method, str):
        raise MalformedRequest("Invalid field 'method' in request body")
    version = request.get("jsonrpc")
    if version not in (None, "2.0"):
        raise MalformedRequest("Invalid field 'jsonrpc' in request body")
    params = request.get("params")
    if version is None:
        if not isinstance(params, list):
            raise MalformedRequest("Invalid field 'params' in request body")
    elif params is None:
        params = []
    elif isinstance(params, dict):
        params = [params]
    elif not isinstance(params, list):
        raise MalformedRequest("Invalid field 'params' in request body")
    request_id = request.get("id")
    if request_id is None or isinstance(request_id, bool) or not isinstance(request_id, (int, str)):
        raise MalformedRequest("Invalid field 'id' in request body")
    return method, params, request_id, version == "2.0"
