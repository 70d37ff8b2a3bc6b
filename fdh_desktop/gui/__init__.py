"""gui: Qt only. Windows, dialogs, table models, printing, background workers."""
