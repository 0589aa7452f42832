"""`python -m pipeline`: the command line. Once it has returned (its output published, the
pool closed), the process ends at once, its streams flushed: Python's teardown of what a
run loaded (pyarrow, pydantic, the readers) takes a tenth of a second and more, while a
caller waits for the exit, and frees nothing the end of the process does not. Under a
profiler or a tracer, the usual exit."""

import os
import sys

from pipeline.cli import main

code = main()
if sys.getprofile() is not None or sys.gettrace() is not None:
    sys.exit(code)  # under cProfile, coverage or a debugger: their own exit writes what they found
for stream in (sys.stdout, sys.stderr):
    try:
        stream.flush()
    except (OSError, ValueError):  # a closed pipe (`| head`): what Python's own exit would skip too
        pass
os._exit(code)
