"""Imported by the process pool's fork server, after pipeline.worker: the small plan of
pipeline.worker.warm_up goes through the pipeline there once, so that every worker forked
from the server starts warm (the place tables and the readers' lazy imports loaded, in
memory the workers share) instead of paying half a second on its first document.

The fork server ends when the run's process does, and holds the run's stdout and stderr
until it is gone (a caller that reads them waits for it): it ends at once, without the
tenth of a second Python takes to take its loaded modules and tables apart (nothing of
its own is left to flush; its workers leave through os._exit and never run this)."""

import atexit
import os
import sys

from pipeline.worker import warm_up


def _in_fork_server() -> bool:
    """True while multiprocessing's fork server imports its preload modules (this one)."""
    from multiprocessing import forkserver
    frame = sys._getframe()
    while frame is not None:
        if frame.f_code is forkserver.main.__code__:
            return True
        frame = frame.f_back
    return False


def _quick_exit() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, OSError, ValueError):
            pass
    os._exit(0)


warm_up()
QUICK_EXIT = _in_fork_server()
if QUICK_EXIT:
    atexit.register(_quick_exit)
