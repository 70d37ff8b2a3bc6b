"""services: use cases shared by the window and the `fdh` command (no Qt)."""
