"""The error raised for input that cannot be used at all."""


class IngestError(ValueError):
    """An input file cannot be used; the message names the file and says what to do."""
