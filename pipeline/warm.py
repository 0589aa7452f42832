"""Imported by the process pool's fork server, after pipeline.worker: the small plan of
pipeline.worker.warm_up goes through the pipeline there once, so that every worker forked
from the server starts warm (the place tables and the readers' lazy imports loaded, in
memory the workers share) instead of paying half a second on its first document."""

from pipeline.worker import warm_up

warm_up()
