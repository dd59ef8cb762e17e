import multiprocessing
import sys

if __name__ == "__main__":
    # First thing: in the bundle, a worker process that renders certificates starts this same program,
    # which must run the worker, not the command line again.
    multiprocessing.freeze_support()
    from registry_app.cli import main

    sys.exit(main())
