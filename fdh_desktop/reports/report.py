"""The statistics report object: the `stats --json` dict, plus where its 上届 figures came from.

The JSON shape is the contract of DOMAIN.md and stays exactly as documented; whether last
term's figures are its records or the 上届基数 typed in is carried beside it, as an attribute
that json.dumps never sees.
"""

from __future__ import annotations

SOURCE_RECORDS = "records"
SOURCE_BASELINES = "baselines"


class Report(dict):
    previous_source: str | None = None


def with_source(report: dict, source: str | None) -> Report:
    result = Report(report)
    result.previous_source = source
    return result


def previous_source(report: dict) -> str | None:
    """SOURCE_RECORDS, SOURCE_BASELINES, or None (no previous term)."""
    return getattr(report, "previous_source", None)
