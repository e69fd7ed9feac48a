"""XML-RPC answers read into Python values by the C parser, with the rules of
``xmlrpc.client.Unmarshaller`` for the values XAPI sends.

The standard unmarshaller calls back into Python three times per element, under
the GIL: a 64-host event.from (tens of thousands of elements) held it for tens of
milliseconds per answer while the window's thread waited its turn, and every
round trip of a build paid it. Here expat builds the element tree in C and one
walk turns it into values: the same values as ``xmlrpc.client.loads`` gives for
every shape XAPI answers with (the tests compare the two); a shape XAPI never sends
(two values in one, a struct member without its name) is refused, not guessed at.

Safety is kept as defusedxml keeps it: before the tree is made, expat reads the
body once with handlers that refuse a document type, an entity declaration or an
external entity (an entity bomb needs one of them); XAPI sends none.
"""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ElementTree
import xml.parsers.expat
import xmlrpc.client
from datetime import datetime
from decimal import Decimal
from typing import Any


class Refused(ValueError):
    """The XML declares a document type or entities (what an entity bomb needs)."""


class Broken(ValueError):
    """Well-formed XML that is not an XML-RPC answer (a value of the wrong shape)."""


def _refuse(*_args: Any) -> int:
    raise Refused("document type or entity declaration")


def _screen(body: bytes) -> None:
    """Expat reads the body once, in C (no element handlers), refusing what a bomb needs;
    also the first check that it is well-formed."""
    parser = xml.parsers.expat.ParserCreate()
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.UnparsedEntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse
    parser.Parse(body, True)


def loads(body: bytes, use_datetime: bool = False, use_builtin_types: bool = False) -> Any:
    """``xmlrpc.client.loads(body)[0]`` for an answer: the tuple of its params' values.

    Raises ``xmlrpc.client.Fault`` for a fault answer, ``Refused`` for declarations,
    ``xml.parsers.expat.ExpatError`` / ``ElementTree.ParseError`` for broken XML and
    ``Broken`` for XML that is not XML-RPC."""
    _screen(body)
    root = ElementTree.fromstring(body)
    if root.tag != "methodResponse" or len(root) != 1:
        raise Broken("not a methodResponse")
    read = _Reader(use_datetime or use_builtin_types, use_builtin_types).value
    content = root[0]
    if content.tag == "fault":
        if len(content) != 1 or content[0].tag != "value":
            raise Broken("a fault without its value")
        fault = read(content[0])
        if not isinstance(fault, dict):
            raise Broken("a fault that is not a struct")
        raise xmlrpc.client.Fault(**fault)
    if content.tag != "params":
        raise Broken(f"unknown tag {content.tag!r}")
    values = []
    for param in content:
        if param.tag != "param" or len(param) != 1 or param[0].tag != "value":
            raise Broken("a param without its value")
        values.append(read(param[0]))
    return tuple(values)


class _Reader:
    def __init__(self, use_datetime: bool, use_builtin_types: bool) -> None:
        self.use_datetime = use_datetime
        self.use_builtin_types = use_builtin_types

    def value(self, element: ElementTree.Element) -> Any:
        # <value>text</value> is a string (XAPI sends its strings so); whitespace or text
        # beside a typed child is ignored, as the standard unmarshaller does.
        if len(element) == 0:
            return element.text or ""
        if len(element) != 1:
            raise Broken("a value holding more than one value")
        typed = element[0]
        tag = typed.tag
        if tag == "string":
            if len(typed):
                raise Broken("a string with elements inside")
            return typed.text or ""
        if tag == "struct":
            return self.struct(typed)
        if tag == "array":
            return self.array(typed)
        return self.scalar(typed)

    def struct(self, element: ElementTree.Element) -> dict[str, Any]:
        result: dict[str, Any] = {}
        value = self.value
        for member in element:
            if member.tag != "member" or len(member) != 2:
                raise Broken("a struct member without a name and a value")
            name, item = member
            if name.tag != "name" or item.tag != "value" or len(name):
                raise Broken("a struct member without a name and a value")
            result[name.text or ""] = value(item)
        return result

    def array(self, element: ElementTree.Element) -> list[Any]:
        if len(element) != 1 or element[0].tag != "data":
            raise Broken("an array without its data")
        value = self.value
        items = []
        for item in element[0]:
            if item.tag != "value":
                raise Broken(f"unknown tag {item.tag!r}")
            items.append(value(item))
        return items

    def scalar(self, element: ElementTree.Element) -> Any:
        if len(element):
            raise Broken(f"a {element.tag} with elements inside")
        tag = element.tag
        text = element.text or ""
        if tag in _INTEGERS:
            return int(text)
        if tag == "boolean":
            if text == "0":
                return False
            if text == "1":
                return True
            raise TypeError("bad boolean value")
        if tag in ("double", "float"):
            return float(text)
        if tag == "nil":
            return None
        if tag == "dateTime.iso8601":
            if self.use_datetime:
                return datetime.strptime(text, "%Y%m%dT%H:%M:%S")
            stamp = xmlrpc.client.DateTime()
            stamp.decode(text)
            return stamp
        if tag == "base64":
            data = base64.decodebytes(text.encode("ascii"))
            return data if self.use_builtin_types else xmlrpc.client.Binary(data)
        if tag == "bigdecimal":
            return Decimal(text)
        raise Broken(f"unknown tag {element.tag!r}")


_INTEGERS = frozenset(("int", "i1", "i2", "i4", "i8", "biginteger"))
