from memoryapp.launcher import main

raise SystemExit(main())
