"""Errors that reach the user as one clear line (never a traceback)."""


class AssayError(Exception):
    """Base class: the message is printed as `assay: error: <message>`."""


class InputError(AssayError):
    """The input cannot be read as a corpus (missing file/column, corrupt shard...)."""


class ConfigError(AssayError):
    """A job file or a stage parameter is wrong."""


def unwrap(exc: BaseException) -> BaseException:
    """Return the AssayError hidden inside Ray's task-error wrappers, if any."""
    seen = set()
    cur: BaseException | None = exc
    last = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        if isinstance(cur, AssayError):
            return cur
        last = cur
        cur = getattr(cur, "cause", None) or cur.__cause__ or cur.__context__
    return last
