"""tools/extract_datamodel.py on a small upstream made here (a git repository, as xen-api's)."""

from __future__ import annotations

import gzip
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]

XENAPI_JSON = [
    {
        "name": "SR",
        "fields": [
            {"name": "uuid", "type": "string", "qualifier": "RO/runtime"},
            {"name": "name_label", "type": "string", "qualifier": "RW", "default": '""'},
            {
                "name": "sm_config",
                "type": "(string -> string) map",
                "qualifier": "RO/constructor",
                "default": "{}",
            },
        ],
        "messages": [
            {
                "name": "probe",
                "implicit": False,
                "result": ["string", ""],
                "params": [
                    {"type": "session ref", "name": "session_id"},
                    {"type": "host ref", "name": "host"},
                    {"type": "(string -> string) map", "name": "sm_config"},
                ],
            },
            {
                "name": "set_name_label",
                "implicit": True,
                "result": ["void"],
                "params": [
                    {"type": "session ref", "name": "session_id"},
                    {"type": "SR ref", "name": "self"},
                    {"type": "string", "name": "value"},
                ],
            },
            {
                "name": "destroy",
                "implicit": False,
                "result": ["void"],
                "params": [
                    {"type": "session ref", "name": "session_id"},
                    {"type": "SR ref", "name": "sr"},
                ],
            },
        ],
        "enums": [],
    }
]

DATAMODEL_ML = """
(* a comment with a "string" and (* a nested one *) *)
module SR = struct
  let host_param = {param_type= Ref _host; param_name= "host"; param_doc= "";
                    param_release= rio_release; param_default= None}

  let sm_config = {param_type= Map (String, String); param_name= "sm_config";
                   param_doc= ""; param_release= miami_release;
                   param_default= Some (VMap [])}

  let probe =
    call ~name:"probe" ~lifecycle:[]
      ~versioned_params:
        [ host_param; sm_config
        ; {param_type= Bool; param_name= "deep"; param_doc= "";
           param_release= miami_release; param_default= Some (VBool false)} ]
      ~result:(String, "") ~allowed_roles:_R_POOL_OP ()

  let destroy_self_param = (Ref _sr, "sr", "The SR to destroy")

  let destroy =
    call ~name:"destroy" ~flags:[`Session] ~lifecycle:[]
      ~params:[destroy_self_param] ~allowed_roles:_R_POOL_OP ()

  let set_virtual_allocation =
    call ~name:"set_virtual_allocation" ~flags:[`Session] ~lifecycle:[]
      ~params:[(Ref _sr, "self", ""); (Int, "value", "")] ~hide_from_docs:true
      ~allowed_roles:_R_POOL_OP ()

  let health = Enum ("sr_health", [("healthy", "fine"); ("recovering", "not yet")])

  let t =
    create_obj ~name:_sr
      ~contents:
        [ field ~qualifier:DynamicRO ~lifecycle:[] ~ty:health "health"
            ~default_value:(Some (VEnum "healthy")) "how it is"
        ; field ~qualifier:StaticRO ~internal_only:true ~ty:String "secret" "not in records"
        ]
      ~messages:[probe; destroy; set_virtual_allocation] ()
end
"""

COMMON_ML = """
let _host = "host"
let _sr = "SR"
"""

API_ERRORS = """
let sr_has_pbd = add_error "SR_HAS_PBD"
let suffix = "_WRONG"
let auth_failed = add_error "AUTH_FAILED"
let auth_failed_wrong = add_error $ auth_failed ^ suffix
"""

DATAMODEL_ERRORS = """
let _ =
  error Api_errors.sr_has_pbd ["sr"] ~doc:"The SR still has PBDs." () ;
  error Api_errors.auth_failed_wrong ["message"] ~doc:"x" ()
"""


def _extractor() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "extract_datamodel", ROOT / "tools" / "extract_datamodel.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["extract_datamodel"] = module
    spec.loader.exec_module(module)
    return module


def _upstream(tmp_path: Path) -> Path:
    repo = tmp_path / "xen-api"
    files = {
        "doc/data/xenapi.json": json.dumps(XENAPI_JSON),
        "ocaml/idl/datamodel.ml": DATAMODEL_ML,
        "ocaml/idl/datamodel_common.ml": COMMON_ML,
        "ocaml/idl/datamodel_errors.ml": DATAMODEL_ERRORS,
        "ocaml/xapi-consts/api_errors.ml": API_ERRORS,
        "ocaml/xapi-consts/constants.ml": "let default_timeout = 20.\n",
    }
    for name, text in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text)
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "upstream"], check=True)
    return repo


def test_the_extractor_reads_flags_defaults_new_parameters_hidden_messages_and_errors(
    tmp_path: Path,
) -> None:
    extract = _extractor()
    out = tmp_path / "facts.json.gz"
    assert extract.main([str(_upstream(tmp_path)), "--out", str(out)]) == 0
    facts = json.loads(gzip.decompress(out.read_bytes()))
    assert len(facts["source"]["commit"]) == 40
    sr = facts["classes"]["SR"]
    # no ~flags: Session and Async; a param_default is kept with its value; a parameter
    # the OCaml has beyond the JSON's is added when it has a default
    assert sr["messages"]["probe"] == {
        "a": 1,
        "p": [
            ["host", "host ref"],
            ["sm_config", "(string -> string) map", {}],
            ["deep", "bool", False],
        ],
        "r": "string",
    }
    assert "a" not in sr["messages"]["destroy"]  # ~flags:[`Session]
    assert "a" not in sr["messages"]["set_name_label"]  # generated setters have no Async
    # a message the JSON leaves out (hide_from_docs), read with its types
    assert sr["messages"]["set_virtual_allocation"] == {
        "h": 1,
        "p": [["self", "SR ref"], ["value", "int"]],
        "r": "void",
    }
    assert sr["fields"]["sm_config"] == ["(string -> string) map", "StaticRO", {}]
    assert sr["fields"]["health"] == ["enum sr_health", "DynamicRO", "healthy"]
    assert "secret" not in sr["fields"]  # internal only
    assert facts["enums"]["sr_health"] == ["healthy", "recovering"]
    assert facts["errors"] == {"AUTH_FAILED_WRONG": ["message"], "SR_HAS_PBD": ["sr"]}
    # no upstream prose
    assert "The SR still has PBDs" not in json.dumps(facts)
