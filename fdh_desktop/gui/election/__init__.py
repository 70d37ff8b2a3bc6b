"""The 选举 page: one community's election, its tally typed in by keyboard, and its papers."""
