"""Child mode for test_kill_merge.py: ``python -m tests.reliability.merge_driver HOST T…``.

Imports everything, prints ``WARM``, waits for ``GO``, then brings the tables' files back
into the host as the CLI and the window do (read, plan, one unit of work):

    BEFORE <digest>   the whole host, before the merge starts
    WRITING           the merge is planned; its one unit of work begins
    COMMIT <digest>   the whole host as the merge is about to commit it (read through the
                      same connection, which sees the uncommitted after-state)
    DONE              the merge returned, saved

So whenever the parent kills it, the host must afterwards hold exactly the BEFORE digest,
or (once COMMIT is out) the COMMIT digest: nothing in between.
"""

from __future__ import annotations

import sys

from tests.reliability.driver import say, wait_for_go
from tests.reliability.gesture_driver import canonical_digest


def main(host_path: str, table_paths: list[str]) -> None:
    from costar_desktop.storage import WorkshopFile, faults
    from costar_desktop.storage.breakout import plan_bring_back, read_table_files

    wait_for_go()
    with WorkshopFile.open(host_path) as host:
        say("BEFORE", canonical_digest(host.conn))
        tables, refused = read_table_files(host, table_paths)
        assert not refused, [r.message for r in refused]
        bring = plan_bring_back(host, tables)

        def watch(point: str) -> None:
            if point == "commit":
                say("COMMIT", canonical_digest(host.conn))

        say("WRITING")
        with faults.watching(watch):
            host.apply_row_changes(bring.changes)
        say("DONE")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
