"""The 进度 tab (the campaign board) and its dialogs: the district's plan, a congress's stage dates."""
