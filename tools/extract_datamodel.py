#!/usr/bin/env python3
"""Extract the XenAPI datamodel facts the simulator needs from an xen-api copy.

    python3 tools/extract_datamodel.py UPSTREAM [--rev HEAD] [--out PATH]

UPSTREAM is a checkout or a bare git directory of xapi-project/xen-api. What is read:
- doc/data/xenapi.json: classes, fields (type, qualifier, default), messages
  (parameters and their types, result type, implicit or not);
- ocaml/idl/datamodel*.ml: per message the flags (Session, Async; `call`'s default is
  both) and which parameters carry a param_default and its value (xenapi.json at
  some commits has no `required`);
- ocaml/idl/datamodel_errors.ml with ocaml/xapi-consts/api_errors.ml: each error's
  wire code and parameter names.
Only facts are written (names, types, defaults, flags): no descriptions.
The script is a developer tool: the simulator only reads its output.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

OUT = Path(__file__).resolve().parent.parent / "wizard" / "simulator" / "datamodel.json.gz"


# -- reading the upstream copy ------------------------------------------------
class Upstream:
    def __init__(self, path: Path, rev: str) -> None:
        self.path = path
        self.bare = not (path / ".git").exists() and (path / "HEAD").exists()
        self.rev = rev

    def _git(self, *args: str) -> str:
        git_dir = str(self.path) if self.bare else str(self.path / ".git")
        return subprocess.run(
            ["git", "--git-dir", git_dir, *args], check=True, capture_output=True, text=True
        ).stdout

    def commit(self) -> str:
        return self._git("rev-parse", f"{self.rev}^{{commit}}").strip()

    def last_change(self, path: str) -> str:
        return self._git("log", "-1", "--format=%H", self.rev, "--", path).strip()

    def read(self, path: str) -> str:
        return self._git("show", f"{self.rev}:{path}")

    def listdir(self, folder: str) -> list[str]:
        out = self._git("ls-tree", "--name-only", f"{self.rev}:{folder}")
        return [line for line in out.splitlines() if line]


# -- an OCaml tokenizer good enough for the datamodel DSL ---------------------
TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<qstr>\{(?P<qid>[a-z_]*)\|.*?\|(?P=qid)\})
  | (?P<str>"(?:[^"\\]|\\.)*")
  | (?P<char>'(?:[^'\\]|\\.)')
  | (?P<label>[~?][a-z_][A-Za-z0-9_']*:?)
  | (?P<tag>`[A-Za-z_][A-Za-z0-9_']*)
  | (?P<num>-?[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?[Ll]?)
  | (?P<ident>[A-Za-z_][A-Za-z0-9_']*(?:\.[A-Za-z_][A-Za-z0-9_']*)*)
  | (?P<op>::|->|<-|\|\||&&|:=|==|!=|<>|[-+*/@^|&=<>,;:.!()\[\]{}#%$?~'])
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass
class Tok:
    kind: str
    text: str


def _strip_comments(src: str) -> str:
    out: list[str] = []
    i, depth, n = 0, 0, len(src)
    while i < n:
        if src.startswith("(*", i) and not src.startswith("(*)", i):
            depth += 1
            i += 2
        elif depth and src.startswith("*)", i):
            depth -= 1
            i += 2
        elif src[i] == '"':
            j = i + 1
            while j < n and src[j] != '"':
                j += 2 if src[j] == "\\" else 1
            if not depth:
                out.append(src[i : j + 1])
            i = j + 1
        else:
            if not depth:
                out.append(src[i])
            i += 1
    return "".join(out)


def tokenize(src: str) -> list[Tok]:
    toks: list[Tok] = []
    pos = 0
    src = _strip_comments(src)
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if m is None:
            raise ValueError(f"cannot tokenize at {src[pos : pos + 40]!r}")
        pos = m.end()
        kind = m.lastgroup or ""
        if kind == "qid":
            kind = "qstr"
        if kind != "ws":
            toks.append(Tok(kind if kind != "qstr" else "str", m.group(0)))
    return toks


def ocaml_string(text: str) -> str:
    if text.startswith("{"):
        return text[text.index("|") + 1 : text.rindex("|")]
    body = text[1:-1]
    body = re.sub(r"\\\n\s*", "", body)  # a backslash-newline continues the literal
    return body.encode("latin-1", "backslashreplace").decode("unicode_escape")


OPEN = {"(": ")", "[": "]", "{": "}", "struct": "end", "sig": "end", "begin": "end"}


def skip_group(toks: list[Tok], i: int) -> int:
    """Index after the bracketed group starting at toks[i]."""
    stack = [OPEN[toks[i].text]]
    i += 1
    while stack:
        t = toks[i].text
        if toks[i].kind in ("op", "ident") and t in OPEN:
            stack.append(OPEN[t])
        elif toks[i].kind in ("op", "ident") and t == stack[-1]:
            stack.pop()
        i += 1
    return i


def atom_end(toks: list[Tok], i: int) -> int:
    """Index after one argument atom (a group, literal or name)."""
    if toks[i].text in ("(", "[", "{") and toks[i].kind == "op":
        return skip_group(toks, i)
    return i + 1


# -- bindings: let NAME [args] = expr, inside modules --------------------------
@dataclass
class Binding:
    scope: str  # "file:Module.Sub"
    name: str
    start: int  # index of the first token of the body
    params: int  # how many arguments it takes
    file: str


@dataclass
class Source:
    file: str
    toks: list[Tok]
    bindings: list[Binding] = field(default_factory=list)


def find_bindings(src: Source) -> None:
    toks = src.toks
    modules: list[tuple[str, int]] = []  # (name, depth at which it closes)
    depth = 0
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.kind == "ident" and t.text in ("struct", "sig", "begin", "object"):
            depth += 1
        elif t.kind == "ident" and t.text == "end":
            depth -= 1
            while modules and modules[-1][1] > depth:
                modules.pop()
        elif t.kind == "ident" and t.text == "module" and i + 3 < len(toks):
            if toks[i + 2].text == "=" and toks[i + 3].text == "struct":
                modules.append((toks[i + 1].text, depth + 1))
        elif t.kind == "ident" and t.text in ("let", "and") and i + 1 < len(toks):
            j = i + 1
            if toks[j].text == "rec":
                j += 1
            if toks[j].kind == "ident" and toks[j].text not in ("open", "module", "exception"):
                name = toks[j].text
                k = j + 1
                params = 0
                while k < len(toks) and toks[k].text != "=":
                    if toks[k].text in ("(", "[", "{"):
                        k = skip_group(toks, k)
                    else:
                        k += 1
                    params += 1
                scope = ".".join(m for m, _ in modules)
                src.bindings.append(Binding(scope, name, k + 1, params, src.file))
        i += 1


class Model:
    """All datamodel*.ml sources, with lookup of names by scope."""

    def __init__(self, sources: list[Source], constants: dict[str, Any]) -> None:
        self.sources = {s.file: s for s in sources}
        self.constants = constants
        self.enums: dict[str, list[str] | None] = {}  # met while reading types
        self.by_name: dict[str, list[Binding]] = {}
        for s in sources:
            for b in s.bindings:
                self.by_name.setdefault(b.name, []).append(b)

    def resolve(self, name: str, file: str, scope: str) -> Binding | None:
        parts = name.split(".")
        base = parts[-1]
        candidates = self.by_name.get(base, [])
        if len(parts) > 1:
            qual = ".".join(parts[:-1])
            mod_file = f"{qual.split('.')[0].lower()}.ml"
            for b in candidates:
                if b.file == mod_file or b.scope.endswith(qual):
                    return b
            return None
        # innermost scope first, then outer, then any file (opened modules).
        here = scope.split(".") if scope else []
        for cut in range(len(here), -1, -1):
            prefix = ".".join(here[:cut])
            for b in reversed(candidates):
                if b.file == file and b.scope == prefix:
                    return b
        for b in candidates:
            if b.scope == "" and b.file != file:
                return b
        return None


# -- evaluating the few expression shapes versioned_params use -----------------
@dataclass
class Param:
    name: str
    default: Any = None
    has_default: bool = False
    type: str | None = None


class Evaluator:
    def __init__(self, model: Model, src: Source, scope: str) -> None:
        self.model = model
        self.src = src
        self.scope = scope

    @property
    def toks(self) -> list[Tok]:
        return self.src.toks

    def at(self, src: Source, scope: str) -> Evaluator:
        return Evaluator(self.model, src, scope)

    def binding(self, name: str) -> tuple[Evaluator, int] | None:
        b = self.model.resolve(name, self.src.file, self.scope)
        if b is None:
            return None
        return self.at(self.model.sources[b.file], b.scope), b.start

    def params_list(self, i: int, end: int | None = None) -> list[Param]:
        """A list expression of parameter records from toks[i] (to end)."""
        items: list[Param] = []
        parts = self._split(i, end, ("::", "@"))
        for kind, (a, b) in parts:
            items.extend(self._list_part(a, b, kind))
        return items

    def _split(
        self, i: int, end: int | None, ops: tuple[str, ...]
    ) -> list[tuple[str, tuple[int, int]]]:
        """Top-level operands of :: and @ in an expression starting at i."""
        toks = self.toks
        parts: list[tuple[str, tuple[int, int]]] = []
        start = i
        while True:
            j = atom_end(toks, i)
            # a function application: name arg arg ...
            while (
                j < len(toks)
                and (end is None or j < end)
                and toks[j].text not in (*ops, ";", "]", ")", "}", "in", "let", "and")
                and toks[j].kind != "label"
                and toks[j].text not in ("~", "()")
            ):
                if toks[j].kind == "op" and toks[j].text not in ("(", "[", "{"):
                    break
                j = atom_end(toks, j)
            op = toks[j].text if j < len(toks) and (end is None or j < end) else ""
            parts.append(("item" if op == "::" else "list", (start, j)))
            if op not in ops:
                return parts
            i = start = j + 1

    def _list_part(self, a: int, b: int, kind: str) -> list[Param]:
        toks = self.toks
        if kind == "item":
            return [self.record(a, b)]
        t = toks[a]
        if t.text == "(" and t.kind == "op":
            return self.params_list(a + 1, b - 1)
        if t.text == "[":
            out: list[Param] = []
            i = a + 1
            while toks[i].text != "]":
                j = i
                while toks[j].text not in (";", "]"):
                    j = atom_end(toks, j)
                out.append(self.record(i, j))
                i = j + 1 if toks[j].text == ";" else j
            return out
        if t.kind == "ident":
            found = self.binding(t.text)
            if found is None:
                raise LookupError(f"{self.src.file}: cannot resolve {t.text}")
            ev, start = found
            return ev.params_list(start)
        raise ValueError(f"{self.src.file}: unexpected {t.text!r} in a parameter list")

    def record(self, a: int, b: int) -> Param:
        toks = self.toks
        t = toks[a]
        if t.text == "(" and t.kind == "op":
            name = self._tuple_name(a)
            if name is None:
                return self.record(a + 1, b - 1)
            try:
                ty: str | None = self.type_expr(a + 1)[0]
            except (LookupError, ValueError, IndexError):
                ty = None
            return Param(name, type=ty)
        if t.kind == "ident":
            found = self.binding(t.text)
            if found is None:
                raise LookupError(f"{self.src.file}: cannot resolve {t.text}")
            ev, start = found
            return ev.record(start, atom_end(ev.toks, start))
        if t.text != "{":
            raise ValueError(f"{self.src.file}: {t.text!r} is no parameter record")
        base: Param | None = None
        i = a + 1
        if toks[i + 1].text == "with":
            base = self.record(i, i + 1)
            i += 2
        param = Param(base.name, base.default, base.has_default, base.type) if base else Param("")
        end = skip_group(toks, a) - 1
        while i < end:
            if toks[i].text == "param_name" and toks[i + 1].text == "=":
                param.name = ocaml_string(toks[i + 2].text)
            if toks[i].text == "param_type" and toks[i + 1].text == "=":
                try:
                    param.type = self.type_expr(i + 2)[0]
                except (LookupError, ValueError, IndexError):
                    param.type = None
            if toks[i].text == "param_default" and toks[i + 1].text == "=":
                if toks[i + 2].text == "Some":
                    param.has_default = True
                    param.default = self.value(i + 3)
                else:
                    param.has_default = False
                    param.default = None
            i += 1
        return param

    SCALARS: ClassVar[dict[str, str]] = {
        "String": "string",
        "SecretString": "string",
        "Int": "int",
        "Float": "float",
        "Bool": "bool",
        "DateTime": "datetime",
    }

    def type_expr(self, i: int) -> tuple[str, int]:
        """A Datamodel_types.ty expression at toks[i] in xenapi.json's notation."""
        toks = self.toks
        t = toks[i].text
        if t == "(":
            inner, j = self.type_expr(i + 1)
            if toks[j].text == ",":
                second, k = self.type_expr(j + 1)
                return f"({inner} -> {second}) map", k + 1
            return inner, j + 1
        if t in self.SCALARS:
            return self.SCALARS[t], i + 1
        if t in ("Set", "Option"):
            inner, j = self.type_expr(i + 1)
            return f"{inner} {t.lower()}", j
        if t == "Map":
            pair, j = self.type_expr(i + 1)
            return pair, j
        if t in ("Ref", "Record"):
            return f"{self.string(i + 1)} {t.lower()}", i + 2
        if t == "Enum":
            name = ocaml_string(toks[i + 2].text)
            self.model.enums.setdefault(name, self._enum_values(i + 4))
            return f"enum {name}", atom_end(toks, i + 1)
        found = self.binding(t) if toks[i].kind == "ident" else None
        if found is None:
            raise LookupError(f"type {t}")
        ev, start = found
        return ev.type_expr(start)[0], i + 1

    def _enum_values(self, i: int) -> list[str] | None:
        """[("value", "doc"); ...] at toks[i]: the values, None when built otherwise."""
        toks = self.toks
        if toks[i].kind == "ident":
            found = self.binding(toks[i].text)
            return found[0]._enum_values(found[1]) if found else None
        if toks[i].text != "[":
            return None
        values, k, end = [], i + 1, skip_group(toks, i) - 1
        while k < end:
            if toks[k].text != "(" or toks[k + 1].kind != "str":
                return None
            values.append(ocaml_string(toks[k + 1].text))
            k = skip_group(toks, k)
            if toks[k].text == ";":
                k += 1
        return values

    def string(self, i: int) -> str:
        tok = self.toks[i]
        if tok.kind == "str":
            return ocaml_string(tok.text)
        found = self.binding(tok.text)
        if found is None:
            raise LookupError(tok.text)
        ev, start = found
        return ev.string(start)

    def _tuple_name(self, a: int) -> str | None:
        """(type, "name", "doc"), as ~params gives them: the name, else None."""
        toks = self.toks
        end = skip_group(toks, a) - 1
        k, commas, name = a + 1, 0, None
        while k < end:
            if toks[k].text in ("(", "[", "{") and toks[k].kind == "op":
                k = skip_group(toks, k)
                continue
            if toks[k].text == ",":
                commas += 1
            elif toks[k].kind in ("str", "ident") and commas == 1 and name is None:
                try:
                    name = self.string(k)  # a literal, or a name bound to one (_self)
                except LookupError:
                    return None
            k += 1
        return name if commas >= 1 else None

    def value(self, i: int) -> Any:
        """A Datamodel_values literal (VString "", VMap [] ...) as JSON."""
        toks = self.toks
        if toks[i].text == "(":
            return self.value(i + 1)
        ctor, arg = toks[i].text, toks[i + 1]
        if arg.text == "(":
            arg = toks[i + 2]
        text = arg.text
        if arg.kind == "ident" and text.startswith("Constants."):
            return self.model.constants.get(text.split(".", 1)[1], {"unresolved": text})
        if ctor == "VString":
            return ocaml_string(text) if arg.kind == "str" else _named_value(text)
        if ctor == "VRef":
            return "OpaqueRef:NULL" if text in ('""', "null_ref") else ocaml_string(text)
        if ctor == "VBool":
            return text == "true"
        if ctor == "VInt" and text == "Int64.zero":
            return 0
        if ctor == "VInt" and arg.kind == "num":
            return int(text.rstrip("Ll").replace("_", ""))
        if ctor == "VFloat" and arg.kind == "num":
            return float(text.rstrip("."))
        if ctor == "VEnum":
            return ocaml_string(text)
        if ctor in ("VMap", "VSet") and text == "[" and toks[i + 2].text == "]":
            return {} if ctor == "VMap" else []
        if ctor == "VDateTime" and text == "Date.epoch":
            return "19700101T00:00:00Z"
        return {"unresolved": f"{ctor} {text}"}


def _named_value(text: str) -> Any:
    return "OpaqueRef:NULL" if text == "null_ref" else {"unresolved": text}


# -- calls --------------------------------------------------------------------
@dataclass
class CallFacts:
    name: str
    file: str
    scope: str
    session: bool
    async_: bool
    params: list[Param] | None  # None: could not be evaluated
    result: str | None = None  # "void" when it returns nothing, None: not evaluated


def find_calls(model: Model) -> list[CallFacts]:
    calls: list[CallFacts] = []
    for src in model.sources.values():
        toks = src.toks
        scopes = sorted(src.bindings, key=lambda b: b.start)
        for i, t in enumerate(toks):
            if t.kind != "ident" or t.text != "call" or toks[i - 1].text in ("let", "."):
                continue
            scope = ""
            for b in scopes:
                if b.start <= i:
                    scope = b.scope
            labels: dict[str, int] = {}
            j = i + 1
            while j < len(toks) and toks[j].kind == "label":
                label = toks[j].text
                if label.endswith(":"):
                    labels[label[1:-1]] = j + 1
                    j = atom_end(toks, j + 1)
                else:
                    labels[label[1:]] = -1
                    j += 1
            if "name" not in labels or labels["name"] < 0 or toks[labels["name"]].kind != "str":
                continue
            name = ocaml_string(toks[labels["name"]].text)
            flags = {"Session", "Async"}
            if "flags" in labels:
                k = labels["flags"]
                end = atom_end(toks, k)
                flags = {x.text[1:] for x in toks[k:end] if x.kind == "tag"}
            ev = Evaluator(model, src, scope)
            params: list[Param] | None
            try:
                if "versioned_params" in labels and labels["versioned_params"] >= 0:
                    params = ev.params_list(labels["versioned_params"])
                elif "params" in labels and labels["params"] >= 0:
                    params = ev.params_list(labels["params"])
                else:
                    params = [] if "params" not in labels else None
            except (LookupError, ValueError, IndexError):
                params = None
            result: str | None = "void"
            if "result" in labels and labels["result"] >= 0:
                try:
                    result = ev.type_expr(labels["result"] + 1)[0]
                except (LookupError, ValueError, IndexError):
                    result = None
            calls.append(
                CallFacts(
                    name, src.file, scope, "Session" in flags, "Async" in flags, params, result
                )
            )
    return calls


@dataclass
class FieldFacts:
    name: str
    file: str
    scope: str
    qualifier: str
    type: str | None
    default: Any = None
    has_default: bool = False


def _namespaced(toks: list[Tok]) -> set[int]:
    """Token indices inside a namespace's ~contents (their names get a prefix)."""
    inside: set[int] = set()
    for i, t in enumerate(toks):
        if t.kind == "ident" and t.text == "namespace" and toks[i - 1].text != "let":
            j = i + 1
            while j < len(toks) and toks[j].kind == "label":
                end = atom_end(toks, j + 1) if toks[j].text.endswith(":") else j + 1
                if toks[j].text == "~contents:":
                    inside.update(range(j + 1, end))
                j = end
    return inside


def find_fields(model: Model) -> list[FieldFacts]:
    out: list[FieldFacts] = []
    for src in model.sources.values():
        toks = src.toks
        namespaced = _namespaced(toks)
        scopes = sorted(src.bindings, key=lambda b: b.start)
        for i, t in enumerate(toks):
            if t.kind != "ident" or t.text != "field" or toks[i - 1].text in ("let", "."):
                continue
            if i in namespaced:
                continue
            scope = ""
            for b in scopes:
                if b.start <= i:
                    scope = b.scope
            labels: dict[str, int] = {}
            positional: list[Tok] = []
            j = i + 1
            while j < len(toks) and toks[j].text not in (";", "]", ")", "in", "let"):
                if toks[j].kind == "label":
                    if toks[j].text.endswith(":"):
                        labels[toks[j].text[1:-1]] = j + 1
                        j = atom_end(toks, j + 1)
                    else:
                        labels[toks[j].text[1:]] = -1
                        j += 1
                    continue
                positional.append(toks[j])
                j = atom_end(toks, j)
            if len(positional) != 2 or positional[0].kind != "str":
                continue
            if (
                labels.get("internal_only", -1) >= 0
                and toks[labels["internal_only"]].text == "true"
            ):
                continue  # not in the API's records
            ev = Evaluator(model, src, scope)
            qualifier = toks[labels["qualifier"]].text if labels.get("qualifier", -1) >= 0 else "RW"
            ty: str | None = "string"
            if labels.get("ty", -1) >= 0:
                try:
                    ty = ev.type_expr(labels["ty"])[0]
                except (LookupError, ValueError, IndexError):
                    ty = None
            facts = FieldFacts(ocaml_string(positional[0].text), src.file, scope, qualifier, ty)
            k = labels.get("default_value", -1)
            if k >= 0:
                k += 1 if toks[k].text == "(" else 0
                if toks[k].text == "Some":
                    facts.has_default = True
                    facts.default = ev.value(k + 1)
            out.append(facts)
    return out


def _add_new_fields(classes: dict[str, Any], fields: list[FieldFacts], warnings: list[str]) -> None:
    """Fields xenapi.json does not have yet (added after it was generated)."""
    names = {c.lower(): c for c in classes}
    for f in fields:
        cls = names.get(class_of(f))  # type: ignore[arg-type]
        if cls is None or f.name in classes[cls]["fields"]:
            continue
        if any(name.endswith(f"_{f.name}") for name in classes[cls]["fields"]):
            continue  # a namespace's member (memory_target, VCPUs_max): already known
        if f.type is None or f.qualifier not in ("RW", "StaticRO", "DynamicRO"):
            warnings.append(f"{cls}.{f.name}: a field not in xenapi.json, type not read")
            continue
        entry: list[Any] = [f.type, f.qualifier]
        if f.has_default and isinstance(f.default, dict) and "unresolved" in f.default:
            warnings.append(f"{cls}.{f.name}: default {f.default['unresolved']} not read")
        elif f.has_default:
            entry.append(f.default)
        classes[cls]["fields"][f.name] = entry
        warnings.append(f"{cls}.{f.name}: field newer than xenapi.json")


# -- errors -------------------------------------------------------------------
def read_errors(upstream: Upstream) -> dict[str, list[str]]:
    codes = _error_codes(tokenize(upstream.read("ocaml/xapi-consts/api_errors.ml")))
    toks = tokenize(upstream.read("ocaml/idl/datamodel_errors.ml"))
    errors: dict[str, list[str]] = {}
    for i, t in enumerate(toks):
        if t.text == "error" and toks[i + 1].text.startswith("Api_errors."):
            code = codes[toks[i + 1].text.split(".", 1)[1]]
            if toks[i + 2].text != "[":
                continue
            end = skip_group(toks, i + 2)
            errors[code] = [ocaml_string(x.text) for x in toks[i + 3 : end] if x.kind == "str"]
    return dict(sorted(errors.items()))


def _error_codes(toks: list[Tok]) -> dict[str, str]:
    """let x = add_error "CODE" (or a ^ concatenation of named strings)."""
    strings: dict[str, str] = {}
    codes: dict[str, str] = {}
    for i, t in enumerate(toks):
        if t.text != "let" or toks[i + 2].text != "=":
            continue
        name, j = toks[i + 1].text, i + 3
        is_error = toks[j].text == "add_error"
        if is_error:
            j += 1
        parts: list[str] = []
        while j < len(toks):
            tok = toks[j]
            if tok.kind == "str":
                parts.append(ocaml_string(tok.text))
            elif tok.kind == "ident" and tok.text in strings:
                parts.append(strings[tok.text])
            elif tok.text not in ("$", "^", "(", ")"):
                break
            j += 1
            if (
                j < len(toks)
                and toks[j].text not in ("^", "$", ")")
                and toks[j - 1].text not in ("^", "$", "(")
            ):
                break
        if parts and (j >= len(toks) or toks[j].text in ("let", "exception", "module")):
            strings[name] = "".join(parts)
            if is_error:
                codes[name] = strings[name]
    return codes


def read_constants(upstream: Upstream) -> dict[str, Any]:
    out: dict[str, Any] = {}
    text = upstream.read("ocaml/xapi-consts/constants.ml")
    for m in re.finditer(r"^let\s+(\w+)\s*=\s*([^\n]+)$", text, re.MULTILINE):
        value = m.group(2).strip()
        if re.fullmatch(r"-?\d+L?", value):
            out[m.group(1)] = int(value.rstrip("L"))
        elif re.fullmatch(r"-?\d+\.\d*", value):
            out[m.group(1)] = float(value)
        elif value in ("true", "false"):
            out[m.group(1)] = value == "true"
        elif re.fullmatch(r'"[^"]*"', value):
            out[m.group(1)] = value[1:-1]
    return out


# -- the JSON side -----------------------------------------------------------
def kind_of(ty: str) -> str:
    return ty.rsplit(" ", 1)[-1] if " " in ty else ty


def split_top(text: str) -> list[str]:
    items, depth, cur = [], 0, ""
    for ch in text:
        if ch in "{(":
            depth += 1
        elif ch in "})":
            depth -= 1
        if ch == "," and depth == 0:
            items.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        items.append(cur.strip())
    return items


def convert_default(ty: str, text: str) -> Any:
    """xenapi.json writes defaults as OCaml-ish text; turn them into JSON values."""
    kind = kind_of(ty)
    if kind == "string":
        return text[1:-1] if text.startswith('"') else text
    if kind == "int":
        return int(text)
    if kind == "float":
        return float(text.rstrip(".") or 0)
    if kind == "bool":
        return text == "true"
    if kind == "ref":
        return "OpaqueRef:NULL" if text in ("Null", "") else text
    if kind == "datetime":
        return text
    if kind == "set":
        inner = ty[: -len(" set")]
        body = text[1:-1].strip()
        return [convert_default(inner, x) for x in split_top(body)] if body else []
    if kind == "map":
        m = re.fullmatch(r"\((.*) -> (.*)\) map", ty)
        assert m, ty
        body = text[1:-1].strip()
        out: dict[str, Any] = {}
        for pair in split_top(body) if body else []:
            k, v = pair.split(" -> ", 1)
            out[str(convert_default(m.group(1), k))] = convert_default(m.group(2), v)
        return out
    return text  # an enum value


CLASS_FILES = {"datamodel_vm.ml": "VM", "datamodel_host.ml": "host", "datamodel_pool.ml": "pool"}


def class_of(call: CallFacts) -> str:
    if call.file in CLASS_FILES and not call.scope:
        return CLASS_FILES[call.file].lower()
    if call.scope:
        return call.scope.split(".")[0].lower()
    return call.file.removeprefix("datamodel_").removesuffix(".ml").lower()


def match_call(
    calls: dict[str, list[CallFacts]], cls: str, name: str, params: list[str]
) -> tuple[CallFacts | None, bool]:
    """The call behind a message; True when it has defaulted parameters the JSON lacks."""
    candidates = calls.get(name, [])
    same_class = [c for c in candidates if class_of(c) == cls.lower()]

    def facts(c: CallFacts) -> tuple[Any, ...]:
        return (
            c.async_,
            c.session,
            tuple((p.name, p.has_default, repr(p.default)) for p in c.params or []),
        )

    for group in (same_class, candidates):
        fit = [c for c in group if c.params is not None and [p.name for p in c.params] == params]
        if len({facts(c) for c in fit}) == 1:
            return fit[0], False
        if len(group) == 1 and group[0].params is None:
            return group[0], False
    # A newer datamodel adds trailing parameters with defaults (old clients keep working).
    longer = [
        c
        for c in same_class
        if c.params is not None
        and [p.name for p in c.params[: len(params)]] == params
        and all(p.has_default and p.type for p in c.params[len(params) :])
    ]
    if len({facts(c) for c in longer}) == 1:
        return longer[0], True
    return None, False


def _add_hidden(
    classes: dict[str, Any], calls: dict[str, list[CallFacts]], warnings: list[str]
) -> None:
    """Messages xenapi.json leaves out (hide_from_docs, or newer) that XAPI still serves."""
    names = {c.lower(): c for c in classes}
    for name, group in sorted(calls.items()):
        by_class: dict[str, list[CallFacts]] = {}
        for call in group:
            by_class.setdefault(class_of(call), []).append(call)
        for lowered, found in by_class.items():
            cls = names.get(lowered)
            if cls is None or name in classes[cls]["messages"]:
                continue
            call = found[0]
            if len(found) > 1 or call.params is None or call.result is None:
                warnings.append(f"{cls}.{name}: not in xenapi.json and not read from the OCaml")
                continue
            if any(p.type is None for p in call.params):
                warnings.append(f"{cls}.{name}: a parameter type was not read")
                continue
            plist: list[list[Any]] = []
            for p in call.params:
                plist.append([p.name, p.type, p.default] if p.has_default else [p.name, p.type])
            msg: dict[str, Any] = {"p": plist, "r": call.result, "h": 1}
            if call.async_:
                msg["a"] = 1
            if not call.session:
                msg["ns"] = 1
            classes[cls]["messages"][name] = msg


def build(upstream: Upstream) -> tuple[dict[str, Any], list[str]]:
    warnings: list[str] = []
    doc = json.loads(upstream.read("doc/data/xenapi.json"))
    files = [f for f in upstream.listdir("ocaml/idl") if re.fullmatch(r"datamodel\w*\.ml", f)]
    sources = []
    for f in files:
        src = Source(f, tokenize(upstream.read(f"ocaml/idl/{f}")))
        find_bindings(src)
        sources.append(src)
    model = Model(sources, read_constants(upstream))
    by_name: dict[str, list[CallFacts]] = {}
    for c in find_calls(model):
        by_name.setdefault(c.name, []).append(c)

    classes: dict[str, Any] = {}
    enums: dict[str, list[str]] = {}
    for obj in doc:
        for enum in obj["enums"]:
            enums[enum["name"]] = [v["name"] for v in enum["values"]]
        fields: dict[str, Any] = {}
        for f in obj["fields"]:
            if f["name"] == "snapshot" and obj["name"] == "event":
                continue
            qual = {"RW": "RW", "RO/constructor": "StaticRO", "RO/runtime": "DynamicRO"}
            entry: list[Any] = [f["type"], qual[f["qualifier"]]]
            if "default" in f:
                entry.append(convert_default(f["type"], f["default"]))
            fields[f["name"]] = entry
        messages: dict[str, Any] = {}
        for m in obj["messages"]:
            params = [p for p in m["params"]]
            session = (
                bool(params)
                and params[0]["name"] == "session_id"
                and params[0]["type"] == "session ref"
            )
            if session:
                params = params[1:]
            names = [p["name"] for p in params]
            required = [p.get("required") for p in params]
            defaults: list[tuple[bool, Any]] = [(False, None)] * len(params)
            if m["implicit"]:
                is_async = m["name"] in ("create", "destroy")
            else:
                call, extended = match_call(by_name, obj["name"], m["name"], names)
                if call is not None and extended and call.params is not None:
                    extra = call.params[len(params) :]
                    warnings.append(
                        f"{obj['name']}.{m['name']}: newer than xenapi.json, adds "
                        + ", ".join(p.name for p in extra)
                    )
                    params = params + [{"name": p.name, "type": p.type} for p in extra]
                    names = [p["name"] for p in params]
                if call is None:
                    warnings.append(f"{obj['name']}.{m['name']}: no unique call in datamodel*.ml")
                    is_async = True
                else:
                    is_async = call.async_
                    session = call.session
                    if call.params is not None:
                        defaults = [(p.has_default, p.default) for p in call.params]
            if any(r is not None for r in required):  # a newer xenapi.json says it itself
                for k, r in enumerate(required):
                    if r is False and not defaults[k][0]:
                        warnings.append(f"{obj['name']}.{m['name']}: {names[k]} default unknown")
            plist: list[list[Any]] = []
            for p, (has_default, default) in zip(params, defaults, strict=True):
                item: list[Any] = [p["name"], p["type"]]
                if has_default:
                    if isinstance(default, dict) and "unresolved" in default:
                        warnings.append(f"{obj['name']}.{m['name']}: {default}")
                    item.append(default)
                plist.append(item)
            msg: dict[str, Any] = {"p": plist, "r": m["result"][0]}
            if is_async:
                msg["a"] = 1
            if not session:
                msg["ns"] = 1
            if m["implicit"]:
                msg["i"] = 1
            messages[m["name"]] = msg
        classes[obj["name"]] = {"fields": fields, "messages": messages}
    _add_hidden(classes, by_name, warnings)
    _add_new_fields(classes, find_fields(model), warnings)
    for name, values in model.enums.items():
        if name not in enums and values:
            enums[name] = values
    facts = {
        "source": {
            "repository": "xapi-project/xen-api",
            "commit": upstream.commit(),
            "xenapi_json_commit": upstream.last_change("doc/data/xenapi.json"),
        },
        "classes": classes,
        "enums": dict(sorted(enums.items())),
        "errors": read_errors(upstream),
    }
    return facts, warnings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("upstream", type=Path, help="xen-api checkout or bare git directory")
    parser.add_argument("--rev", default="HEAD")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    facts, warnings = build(Upstream(args.upstream, args.rev))
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    data = json.dumps(facts, separators=(",", ":"), sort_keys=True).encode()
    # mtime=0: the same upstream gives the same bytes.
    args.out.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    n_msgs = sum(len(c["messages"]) for c in facts["classes"].values())
    print(
        f"{args.out}: {len(facts['classes'])} classes, {n_msgs} messages, "
        f"{len(facts['errors'])} errors from {facts['source']['commit'][:12]} "
        f"({len(data)} bytes, {args.out.stat().st_size} gzipped)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
