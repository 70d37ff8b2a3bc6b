"""excel: reading returned workbooks (python-calamine) and writing templates and exports (openpyxl)."""
