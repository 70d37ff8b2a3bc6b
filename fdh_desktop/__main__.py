from fdh_desktop.cli import main

raise SystemExit(main())
