"""One bundle export or import in its own process, so its peak memory is its own.

    python -m bench.bundle_child export DATABASE BUNDLE
    python -m bench.bundle_child import BUNDLE DATABASE

Prints "seconds peak_rss_mib".
"""

from __future__ import annotations

import sys
import time

from followup_desktop.core import bundle
from followup_desktop.core.store import Store


def peak_rss_mib() -> float:
    """VmHWM: this process's peak RSS (ru_maxrss would include the parent's from before exec)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main(action: str, source: str, target: str) -> int:
    started = time.perf_counter()
    if action == "export":
        store = Store.open(source)
        bundle.write_bundle(store, target)
    else:
        store = Store.open(target)
        bundle.import_file(store, source)
    store.close()
    elapsed = time.perf_counter() - started
    print(elapsed, peak_rss_mib())
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
