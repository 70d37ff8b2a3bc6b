"""Import of returned workbooks: plan first (nothing written), then apply in one transaction.

INTERFACE CONTRACT shared by the `fdh import` command and the GUI import dialog: the names and
fields of FileProblem, CommunityPlan, FilePlan, ImportPlan, plan_import, apply_import,
write_error_copy and ImportCancelled are fixed; fields were only added.

One module per job: contract (the plan types), planner (read, check, compare), cells (a problem
on its cell), applying (the one write), report (Chinese text and the error copy). Matching
places is pure and lives in domain/places.py.
"""

from fdh_desktop.domain.places import COMMUNITY_SUFFIXES as _COMMUNITY_SUFFIXES
from fdh_desktop.domain.places import STREET_SUFFIXES as _STREET_SUFFIXES
from fdh_desktop.domain.places import loose_key as _loose

from .applying import apply_import, record_refusals
from .contract import (
    Cancelled, CommunityPlan, FilePlan, FileProblem, ImportCancelled, ImportPlan, Progress, show_value,
)
from .planner import plan_import
from .report import describe_plan, error_copy_path, write_error_copy

__all__ = [
    "Cancelled", "CommunityPlan", "FilePlan", "FileProblem", "ImportCancelled", "ImportPlan", "Progress",
    "apply_import", "describe_plan", "record_refusals", "error_copy_path", "plan_import", "show_value", "write_error_copy",
    # Old private names some tests still import.
    "_COMMUNITY_SUFFIXES", "_STREET_SUFFIXES", "_loose",
]
