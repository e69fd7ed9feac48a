"""Find calls that exist on POSIX only and are not under a platform guard."""

from __future__ import annotations

import ast
import itertools
from dataclasses import dataclass
from pathlib import Path

# Modules Windows does not have at all.
POSIX_MODULES = {
    "fcntl",
    "termios",
    "tty",
    "pty",
    "pwd",
    "grp",
    "spwd",
    "resource",
    "posix",
    "crypt",
    "syslog",
    "readline",
    "curses",
    "nis",
}
# os functions and constants missing on Windows.
POSIX_OS = {
    "getuid",
    "geteuid",
    "getgid",
    "getegid",
    "getgroups",
    "getresuid",
    "getresgid",
    "setuid",
    "seteuid",
    "setgid",
    "setegid",
    "setsid",
    "setpgid",
    "getpgid",
    "getpgrp",
    "getsid",
    "killpg",
    "fork",
    "forkpty",
    "openpty",
    "fchmod",
    "fchown",
    "chown",
    "lchown",
    "lchmod",
    "chroot",
    "mkfifo",
    "mknod",
    "uname",
    "statvfs",
    "fstatvfs",
    "sysconf",
    "pathconf",
    "fpathconf",
    "getloadavg",
    "nice",
    "wait3",
    "wait4",
    "WNOHANG",
    "sync",
    "pipe2",
    "posix_spawn",
    "posix_spawnp",
    "register_at_fork",
    "getpriority",
    "setpriority",
    "initgroups",
    "sched_getaffinity",
    "sched_setaffinity",
    "O_NOFOLLOW",
    "O_CLOEXEC",
    "O_NONBLOCK",
    "ttyname",
    "ctermid",
    "getlogin_r",
}
# signal members missing on Windows (SIGTERM, SIGINT, SIGABRT and signal.signal exist there).
POSIX_SIGNAL = {
    "SIGKILL",
    "SIGHUP",
    "SIGQUIT",
    "SIGUSR1",
    "SIGUSR2",
    "SIGALRM",
    "SIGCHLD",
    "SIGPIPE",
    "SIGSTOP",
    "SIGCONT",
    "SIGTSTP",
    "SIGWINCH",
    "SIGTTIN",
    "SIGTTOU",
    "alarm",
    "setitimer",
    "getitimer",
    "pause",
    "pthread_kill",
    "pthread_sigmask",
    "sigwait",
    "siginterrupt",
    "ITIMER_REAL",
}
POSIX_SOCKET = {"AF_UNIX", "SO_REUSEPORT", "SO_PEERCRED"}
# Methods and keyword arguments that fail on Windows whatever object they are on.
POSIX_METHODS = {"add_signal_handler", "remove_signal_handler", "add_reader", "add_writer"}
POSIX_KEYWORDS = {"preexec_fn", "start_new_session", "pass_fds", "process_group"}
GUARD_ERRORS = {"AttributeError", "ImportError", "ModuleNotFoundError", "NotImplementedError"}


@dataclass(frozen=True)
class Use:
    path: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.what} (POSIX only) without a platform guard"


def _is_platform_test(test: ast.AST) -> bool:
    for node in ast.walk(test):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if (node.value.id, node.attr) in {("sys", "platform"), ("os", "name")}:
                return True
            if (node.value.id, node.attr) == ("platform", "system"):
                return True
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "hasattr"
        ):
            return True
    return False


def _catches_absence(handler: ast.ExceptHandler) -> bool:
    kinds = handler.type
    names = kinds.elts if isinstance(kinds, ast.Tuple) else [kinds] if kinds else []
    return any(isinstance(n, ast.Name) and n.id in GUARD_ERRORS for n in names)


def _guarded(chain: list[ast.AST]) -> bool:
    for parent, child in itertools.pairwise(chain):
        if (
            isinstance(parent, ast.If | ast.IfExp)
            and _is_platform_test(parent.test)
            and child is not parent.test
        ):
            return True
        if (
            isinstance(parent, ast.Try)
            and child in parent.body
            and any(_catches_absence(h) for h in parent.handlers)
        ):
            return True
    return False


def _uses(node: ast.AST) -> str:
    if isinstance(node, ast.Import):
        hit = [a.name for a in node.names if a.name.split(".")[0] in POSIX_MODULES]
        return f"import {hit[0]}" if hit else ""
    if isinstance(node, ast.ImportFrom) and node.module:
        if node.module.split(".")[0] in POSIX_MODULES:
            return f"from {node.module} import"
        if node.module in ("os", "signal", "socket"):
            table = {"os": POSIX_OS, "signal": POSIX_SIGNAL, "socket": POSIX_SOCKET}[node.module]
            hit = [a.name for a in node.names if a.name in table]
            return f"from {node.module} import {hit[0]}" if hit else ""
    if isinstance(node, ast.Attribute):
        if isinstance(node.value, ast.Name):
            owner = node.value.id
            if owner == "os" and node.attr in POSIX_OS:
                return f"os.{node.attr}"
            if owner == "signal" and node.attr in POSIX_SIGNAL:
                return f"signal.{node.attr}"
            if owner == "socket" and node.attr in POSIX_SOCKET:
                return f"socket.{node.attr}"
        if node.attr in POSIX_METHODS:
            return f".{node.attr}()"
    if isinstance(node, ast.keyword) and node.arg in POSIX_KEYWORDS:
        return f"{node.arg}="
    return ""


def scan_source(source: str, path: str = "<source>") -> list[Use]:
    tree = ast.parse(source)
    found: list[Use] = []

    def visit(node: ast.AST, chain: list[ast.AST]) -> None:
        what = _uses(node)
        if what and not _guarded([*chain, node]):
            line = getattr(node, "lineno", None) or getattr(chain[-1], "lineno", 0)
            found.append(Use(path, line, what))
        for child in ast.iter_child_nodes(node):
            visit(child, [*chain, node])

    visit(tree, [])
    return found


def scan_tree(files: list[Path], root: Path) -> list[Use]:
    found: list[Use] = []
    for path in files:
        found += scan_source(path.read_text(encoding="utf-8"), str(path.relative_to(root)))
    return found
