"""reports: statistics tables and the summary text as plain data."""
