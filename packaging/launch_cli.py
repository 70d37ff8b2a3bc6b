"""Entry script of the frozen `fdh` command (build.spec), beside the window in the same folder."""

from fdh_desktop.cli import main

raise SystemExit(main())
