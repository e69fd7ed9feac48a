"""A call checked against the datamodel, as XAPI's generated dispatcher checks it.

The order and the answers follow ``gen_server.ml`` and ``server_helpers.ml``
(xapi-project/xen-api) and ocaml-rpc's unmarshallers (``rpc.ml``, the
``ppx_deriving_rpc`` code XAPI's types are derived with):

- an unknown name is MESSAGE_METHOD_UNKNOWN [name] (a call with a session
  has the session checked first: XAPI tries it as a host extension);
- the parameter count: a message with defaulted parameters needs at least
  the ones without a default (more are ignored); one without needs exactly
  its parameters. MESSAGE_PARAMETER_COUNT_MISMATCH [name; expected;
  received], expected counting only parameters without a default;
- each parameter is unmarshalled by its type: a value of the wrong kind is a
  ``Failure`` of ocaml-rpc, which XAPI answers INTERNAL_ERROR [Failure("…")].
  An int where a float is declared is accepted (``float_of_rpc`` takes
  Int), and so is a numeric string for an int or a float;
- ``Async.`` on a message without the Async flag: ["Fault"; "No async mode
  for this operation (rpc: name)"], after the session check.
"""

from __future__ import annotations

import copy
import re
import xmlrpc.client
from dataclasses import dataclass
from typing import Any

from wizard.simulator import errors as E
from wizard.simulator.datamodel import Datamodel, Message, Type, load
from wizard.simulator.wire import DateTime

ASYNC = "Async."
# ocaml_utils.ml: enum values that are OCaml keywords get a leading underscore.
_OCAML_KEYWORDS = {"mod", "type", "class", "ref", "and"}
# gen_api.ml writes these two enums' unmarshallers by hand (exact, with their own failure).
_EXACT_ENUMS = {
    "bond_mode": "Unmarshalling error in bond-mode",
    "event_operation": "Unmarshalling error",
}
_INT64 = re.compile(
    r"[-+]?(?:0[xX][0-9a-fA-F][0-9a-fA-F_]*|0[oO][0-7][0-7_]*|0[bB][01][01_]*|[0-9][0-9_]*)"
)


@dataclass
class Resolved:
    name: str  # without Async.
    is_async: bool
    message: Message | None


def resolve(method: str, model: Datamodel | None = None) -> Resolved:
    model = model or load()
    is_async = method.startswith(ASYNC)
    name = method[len(ASYNC) :] if is_async else method
    return Resolved(name, is_async, model.message(name))


def no_async_fault(name: str) -> E.XapiError:
    # server_helpers.ml do_dispatch: API.response_of_fault, i.e. ["Fault"; text].
    return E.XapiError("Fault", f"No async mode for this operation (rpc: {name})")


def unknown(name: str) -> E.XapiError:
    return E.XapiError(E.MESSAGE_METHOD_UNKNOWN, name)


def check_params(message: Message, params: tuple[Any, ...], name: str = "") -> tuple[Any, ...]:
    """The parameters after the session, unmarshalled, with defaults filled in.

    Raises what XAPI answers for a wrong count or a wrong type.
    """
    given = len(params) - (1 if message.session else 0)
    required = message.required
    if (message.has_defaults and given < required) or (
        not message.has_defaults and given != len(message.params)
    ):
        raise E.XapiError(
            E.MESSAGE_PARAMETER_COUNT_MISMATCH,
            name or message.wire_name,
            str(required),
            str(given),
        )
    if message.session:
        unmarshal(Type("ref", "session"), params[0])
    args = params[1:] if message.session else params
    out: list[Any] = []
    model = load()
    for i, param in enumerate(message.params):
        if i < len(args):
            if message.implicit and message.name == "create" and param.type.kind == "record":
                out.append(_ctor_record(model, param.type.name, args[i]))
            else:
                out.append(unmarshal(param.type, args[i], model))
        else:
            out.append(_default(param.type, param.default))
    return tuple(out)


def _default(ty: Type, value: Any) -> Any:
    return DateTime(value) if ty.kind == "datetime" else copy.deepcopy(value)


def _ctor_record(model: Datamodel, cls: str, value: Any) -> dict[str, Any]:
    """<class>.create's record: StaticRO and RW fields, defaults where absent (gen_server.ml)."""
    if not isinstance(value, dict):
        raise _failure("bad __structure")
    record: dict[str, Any] = {}
    for f in model.classes[cls].ctor_fields:
        if f.name in value:
            record[f.name] = unmarshal(f.type, value[f.name], model)
        elif f.has_default:
            record[f.name] = _default(f.type, f.default)
        else:
            raise E.XapiError(
                E.INTERNAL_ERROR, f"Server_helpers.Dispatcher_FieldNotFound({_quote(f.name)})"
            )
    return record


def unmarshal(ty: Type, value: Any, model: Datamodel | None = None) -> Any:
    """``value`` as XAPI reads a ``ty`` parameter, or XAPI's failure."""
    kind = ty.kind
    if kind in ("string", "ref"):
        if isinstance(value, str):
            return value
        raise _expected("string", value)
    if kind == "bool":
        if isinstance(value, bool):
            return value
        raise _expected("bool", value)
    if kind == "int":
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str):
            return _int64_of_string(value)
        raise _expected("int64", value)
    if kind == "float":
        if isinstance(value, float):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        if isinstance(value, str):
            try:
                return float(value.replace("_", ""))
            except ValueError:
                raise _failure("float_of_string") from None
        raise _expected("float", value)
    if kind == "datetime":
        if isinstance(value, (xmlrpc.client.DateTime, str)):
            return DateTime(value.value if isinstance(value, xmlrpc.client.DateTime) else value)
        raise _failure("Date.t_of_rpc")
    model = model or load()
    if kind == "enum":
        return _enum(model, ty.name, value)
    if kind == "set":
        if not isinstance(value, (list, tuple)):
            raise _failure(f"Expecting Rpc.Enum, but found '{rpc_string(value)}'")
        assert ty.inner is not None
        return [unmarshal(ty.inner, v, model) for v in value]
    if kind == "map":
        if not isinstance(value, dict):
            raise _failure(f"Expecting Rpc.Dict, but found '{rpc_string(value)}'")
        assert ty.inner is not None and ty.key is not None
        return {
            str(unmarshal(ty.key, str(k), model)): unmarshal(ty.inner, v, model)
            for k, v in value.items()
        }
    if kind == "option":
        if isinstance(value, (list, tuple)) and len(value) <= 1:
            assert ty.inner is not None
            return [unmarshal(ty.inner, v, model) for v in value]
        raise _failure(f"Expecting Rpc.Enum, but found '{rpc_string(value)}'")
    if kind == "record":
        if not isinstance(value, dict):
            raise _failure("Expected Dictionary")
        return value
    return value


def _enum(model: Datamodel, name: str, value: Any) -> str:
    values = model.enums[name]
    if name in _EXACT_ENUMS:
        if isinstance(value, str) and value in values:
            return value
        raise _failure(_EXACT_ENUMS[name])
    if isinstance(value, str):
        # ppx_deriving_rpc lowercases what arrives and matches the constructor's name.
        wanted = value.lower()
        for v in values:
            if _constructor(v).lower() == wanted:
                return v
    raise _failure("Unknown tag/contents")


def _constructor(value: str) -> str:
    name = re.sub(r"[^A-Za-z0-9_]", "", value)
    return f"_{name}" if value in _OCAML_KEYWORDS or value[:1].isdigit() else name


def _int64_of_string(text: str) -> int:
    if not _INT64.fullmatch(text):
        raise _failure("Int64.of_string")
    digits = text.replace("_", "")
    sign = -1 if digits.startswith("-") else 1
    body = digits.lstrip("+-")
    base = {"0x": 16, "0o": 8, "0b": 2}.get(body[:2].lower(), 10)
    number = sign * int(body if base == 10 else body[2:], base)
    if not -(2**63) <= number < 2**63:
        raise _failure("Int64.of_string")
    return number


def shape(value: Any) -> str:
    """The XML-RPC type of a value, containers with their members' types."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "double"
    if isinstance(value, str):
        return "string"
    if isinstance(value, xmlrpc.client.DateTime):
        return "dateTime"
    if isinstance(value, dict):
        members = sorted({shape(v) for v in value.values()})
        return "struct{" + ",".join(members) + "}"
    if isinstance(value, (list, tuple)):
        return "array[" + ",".join(sorted({shape(v) for v in value})) + "]"
    return "nil" if value is None else type(value).__name__


def rpc_string(value: Any) -> str:
    """ocaml-rpc's Rpc.to_string of what the XML-RPC parser made of ``value``."""
    if isinstance(value, bool):
        return f"B({'true' if value else 'false'})"
    if isinstance(value, int):
        return f"I({value})"
    if isinstance(value, float):
        return f"F({value:g})"
    if isinstance(value, str):
        return f"S({value})"
    if isinstance(value, xmlrpc.client.DateTime):
        return f"D({value.value})"
    if isinstance(value, xmlrpc.client.Binary):
        return f"B64({value.data.decode('latin-1')})"
    if isinstance(value, dict):
        return "{" + ";".join(f"{k}:{rpc_string(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ";".join(rpc_string(v) for v in value) + "]"
    return "N"


def _expected(what: str, value: Any) -> E.XapiError:
    return _failure(f"Expected {what}, got '{rpc_string(value)}'")


def _failure(message: str) -> E.XapiError:
    # ExnHelper.error_of_exn: any other exception is INTERNAL_ERROR [Printexc.to_string e].
    return E.XapiError(E.INTERNAL_ERROR, f"Failure({_quote(message)})")


def _quote(text: str) -> str:
    """OCaml's %S, as Printexc prints a string argument."""
    out = []
    for byte in text.encode():
        ch = chr(byte)
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif 32 <= byte < 127:
            out.append(ch)
        else:
            out.append(f"\\{byte:03d}")
    return '"' + "".join(out) + '"'
