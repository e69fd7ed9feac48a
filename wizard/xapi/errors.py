"""What went wrong talking to a host, in words an admin can act on.

Every failure the engine shows carries XAPI's own code (so it can be looked
up) and advice saying what to do about it.
"""

from __future__ import annotations

from wizard.i18n import translate
from wizard.xapi.advice import explain


class XenPoolError(Exception):
    """Base of every error the engine reports to a user."""

    code = "ERROR"

    def __init__(self, message: str, advice: str = "") -> None:
        self.message = message
        self.advice = advice
        super().__init__(message)

    def __str__(self) -> str:
        # from the fields, so advice added on the way up shows too
        return self.message + (f"\n{self.advice}" if self.advice else "")


class HostUnreachable(XenPoolError):
    code = "HOST_UNREACHABLE"
    address = ""  # the host that did not answer, when one is known


class ConnectionBroken(HostUnreachable):
    """The connection broke under a call that changes something, after the request left:
    the host may or may not have done it. Steps read what is there first, so the build
    can resume the step once the host answers again."""

    code = "CONNECTION_BROKEN"


class AuthenticationFailed(XenPoolError):
    code = "SESSION_AUTHENTICATION_FAILED"


class TaskTimeout(XenPoolError):
    code = "TASK_TIMEOUT"


class TaskCancelled(XenPoolError):
    code = "TASK_CANCELLED"


class MalformedAnswer(XenPoolError):
    """A host (or something posing as one) answered with records we cannot read."""

    code = "MALFORMED_ANSWER"

    def __init__(self, host: str, what: str) -> None:
        self.host = host
        self.what = what
        super().__init__(
            translate("XapiErrors", "{host} sent an answer the wizard cannot read: {what}").format(
                host=host, what=what
            ),
            translate(
                "XapiErrors",
                "Check that {host} is a XenServer or XCP-ng host of a supported version (and "
                "that the address is not another machine); if it is, read its "
                "/var/log/xensource.log.",
            ).format(host=host),
        )


class NotXapi(XenPoolError):
    """A peer answered at a host's address and port, but it is not XAPI (a web server, a
    management board, plain HTTP, an old TLS): reached, so not a power or cabling problem."""

    code = "NOT_XAPI"

    def __init__(self, host: str, port: int, what: str) -> None:
        self.host = host
        self.port = port
        self.what = what
        super().__init__(
            translate(
                "XapiErrors",
                "{host} answered on port {port}, but not as a XenServer or XCP-ng host: {what}",
            ).format(host=host, port=port, what=what),
            translate(
                "XapiErrors",
                "The address reaches another machine or service (a web server, the host's "
                "management board such as iLO, iDRAC or IPMI, a proxy or an old release). Check "
                "that {host} is the host's management address and that XAPI listens on port "
                "{port} there.",
            ).format(host=host, port=port),
        )


class UnsupportedRelease(XenPoolError):
    """A XAPI older than the oldest release the wizard builds pools on."""

    code = "UNSUPPORTED_RELEASE"

    def __init__(self, host: str, release: str, api: str, oldest: str) -> None:
        self.host = host
        self.api = api
        super().__init__(
            translate(
                "XapiErrors",
                "{host} runs {release} (XAPI {api}); the wizard needs XenServer 7.0 (XAPI "
                "{oldest}) or later, or XCP-ng",
            ).format(host=host, release=release, api=api, oldest=oldest),
            translate(
                "XapiErrors",
                "Upgrade {host} to a supported XenServer or XCP-ng release (XenServer 6.x is out "
                "of support), or leave it out of the plan.",
            ).format(host=host),
        )


class AnswerTimeout(HostUnreachable):
    """The host began an answer but did not finish it in time (a stalled link or peer)."""

    code = "ANSWER_TIMEOUT"


class XapiFailure(XenPoolError):
    """A failure XAPI returned: ``details`` is its ErrorDescription list."""

    host = ""  # the host that answered with it, when the client layer raised it

    def __init__(self, details: list[str], action: str = "") -> None:
        self.details = [str(d) for d in details] or ["INTERNAL_ERROR"]
        self.code = self.details[0]
        self.params = self.details[1:]
        summary, advice = explain(self.details)
        if action:
            message = translate("XapiErrors", "{action}: {summary} [{code}]").format(
                action=action, summary=summary, code=self.code
            )
        else:
            message = translate("XapiErrors", "{summary} [{code}]").format(
                summary=summary, code=self.code
            )
        super().__init__(message, advice)
