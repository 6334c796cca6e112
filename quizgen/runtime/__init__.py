"""Runtime services: caches, worker processes, atomic writes and progress."""
