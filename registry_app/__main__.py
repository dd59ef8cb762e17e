import sys

from registry_app.cli import main

sys.exit(main())
