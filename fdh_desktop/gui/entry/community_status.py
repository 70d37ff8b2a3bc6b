"""The status marks of the district tree, defined in services.places (one definition of 应建 and
已完成 for the tree, the statistics and the printouts); re-exported for the window."""

from __future__ import annotations

from fdh_desktop.services.places import (  # noqa: F401 (re-exported)
    COMPLETE, IN_PROGRESS, LABELS, NOT_REQUIRED, NOT_STARTED, PROBLEMS, WARNINGS_LABEL, Status, community_status,
    community_statuses, count,
)
