"""Entry script of the frozen `fdh-desktop` (build.spec): the window, or the self-test."""

import sys

if "--self-test" in sys.argv[1:]:
    from fdh_desktop.gui.selftest_gui import main
else:
    from fdh_desktop.gui.app import main

raise SystemExit(main())
