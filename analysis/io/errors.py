"""The errors raised for input that cannot be used: one base class, so callers catch one."""


class IngestError(ValueError):
    """An input file cannot be used; the message names the file and says what to do."""


class UploadError(IngestError):
    """An uploaded archive is unsafe or unreadable; the message says which member and why."""


class SchemaError(IngestError):
    """A frame does not follow the statement schema."""
