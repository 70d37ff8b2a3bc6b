"""domain: vocabularies, ID numbers, dates, validation rules, statistics and rounding (pure Python)."""
