from memoryapp.cli.main import main

raise SystemExit(main())
