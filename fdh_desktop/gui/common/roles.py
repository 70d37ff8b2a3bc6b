"""Item data roles shared by every table model of the window."""

from __future__ import annotations

from PySide6.QtCore import Qt

# The record behind a row (a Member, a Problem, a dict of a district-wide row...).
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# A plain value to sort on (numbers as numbers, dates as ISO text), never a display string.
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
