"""The ingest report: what was read, kept and rejected, and why."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

MAX_EXAMPLES = 5


@dataclass
class IngestReport:
    """Counts of rows read, kept and rejected by reason, with example rows for each reason."""

    rows_read: int = 0
    rows_kept: int = 0
    rejected_by_reason: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def rows_rejected(self) -> int:
        """Rows read but not kept."""
        return sum(self.rejected_by_reason.values())

    def reject(self, reason: str, where: list[str]) -> None:
        """Count rejected rows under a reason, keeping the first few as examples."""
        if not where:
            return
        self.rejected_by_reason[reason] += len(where)
        kept = self.examples.setdefault(reason, [])
        kept.extend(where[: MAX_EXAMPLES - len(kept)])

    def check(self) -> None:
        """Assert the invariant rows read = rows kept + rows rejected."""
        if self.rows_read != self.rows_kept + self.rows_rejected:
            raise AssertionError(
                f"ingest lost rows: read {self.rows_read}, kept {self.rows_kept}, "
                f"rejected {self.rows_rejected}"
            )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary with the keys the CLI's --report-json promises."""
        return {
            "rows_read": self.rows_read,
            "rows_kept": self.rows_kept,
            "rows_rejected": self.rows_rejected,
            "rejected_by_reason": dict(self.rejected_by_reason.most_common()),
            "examples": self.examples,
            "files": self.files,
            "notes": self.notes,
        }

    def to_frame(self) -> pd.DataFrame:
        """One row per rejection reason, with its count and example rows."""
        return pd.DataFrame(
            [
                {"reason": reason, "rows": count, "examples": ", ".join(self.examples.get(reason, []))}
                for reason, count in self.rejected_by_reason.most_common()
            ],
            columns=["reason", "rows", "examples"],
        )

    def summary(self) -> str:
        """A few lines of plain text for the terminal."""
        lines = [
            f"rows read: {self.rows_read:,}",
            f"rows kept: {self.rows_kept:,}",
            f"rows rejected: {self.rows_rejected:,}",
        ]
        for reason, count in self.rejected_by_reason.most_common():
            lines.append(f"  {reason}: {count:,} (e.g. {', '.join(self.examples.get(reason, []))})")
        lines.extend(f"note: {note}" for note in self.notes)
        return "\n".join(lines)
