"""Loading jieba's dictionary in a worker thread: how long does it stall the thread that waits beside it?

    .venv/bin/python benchmarks/bench_jieba_load.py [--runs 5]

The window loads jieba in a worker thread after it shows; its own thread must keep running. Each run starts a
fresh process that loads the dictionary in a thread while its main thread ticks every 2 ms, and reports the
longest gap between ticks, the gaps over 30 ms and the load's time: first with no cache (a first start), then
with the cache that load left (every later start). Side by side, in turns, in the same run:
- `load_jieba`, the project's loader (`proofdesk.text.words`);
- jieba's own `initialize` with its own cache, as the project loaded it before.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

RUN = """
import sys, threading, time
from pathlib import Path
cache = Path(sys.argv[1])
def project():
    from proofdesk.text.words import load_jieba
    load_jieba(cache)
def own():
    import logging, jieba
    jieba.setLogLevel(logging.WARNING)
    jieba.dt.tmp_dir = str(cache)
    jieba.dt.initialize()
load = project if sys.argv[2] == "project" else own
done = threading.Event()
worker = threading.Thread(target=lambda: (load(), done.set()))
gaps = []
last = start = time.perf_counter()
worker.start()
while not done.is_set():
    time.sleep(0.002)
    now = time.perf_counter()
    gaps.append(now - last)
    last = now
import jieba
assert jieba.lcut("我们在北京大学读书") == ["我们", "在", "北京大学", "读书"]
print(max(gaps) * 1000, sum(gap > 0.03 for gap in gaps), last - start)
"""

LOADERS = {"project": "load_jieba", "own": "jieba's initialize"}


def run(loader: str, cache: Path) -> tuple[float, int, float]:
    out = subprocess.run([sys.executable, "-c", RUN, str(cache), loader], check=True, capture_output=True, text=True)
    longest, over, seconds = out.stdout.split()
    return float(longest), int(over), float(seconds)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    found: dict[tuple[str, str], list[tuple[float, int, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="proofdesk-bench-jieba-") as scratch:
        for number in range(args.runs):
            for loader in LOADERS:
                cache = Path(scratch) / f"{loader}-{number}"
                cache.mkdir()
                for start in ("first start", "later start"):
                    found.setdefault((loader, start), []).append(run(loader, cache))
    print(f"{args.runs} runs each; the waiting thread's longest gap (median, range), gaps over 30 ms, load time")
    for start in ("first start", "later start"):
        for loader, name in LOADERS.items():
            runs = found[(loader, start)]
            longest = [r[0] for r in runs]
            over = sum(r[1] for r in runs) / len(runs)
            print(
                f"{start:12} {name:19} longest gap {statistics.median(longest):4.0f} ms "
                f"({min(longest):.0f}–{max(longest):.0f}), over 30 ms {over:4.1f} a load, "
                f"load {statistics.median(r[2] for r in runs):.2f} s"
            )


if __name__ == "__main__":
    main()
