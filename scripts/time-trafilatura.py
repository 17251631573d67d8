#!/usr/bin/env python3
"""Times trafilatura over a benchmark set's pages, for the speed comparison
in Documentation/Performance.md (needs `pip install trafilatura lxml_html_clean`).

  taskset -c 0 /usr/bin/time -f "%e s wall %U user %S sys" scripts/time-trafilatura.py [DATASET_FOLDER]

DATASET_FOLDER defaults to ../shared/datasets/article-extraction-benchmark.
The whole process is what compares with `newsscraper extract`; the line this
prints times the loop alone.
"""
import glob
import gzip
import sys
import time

import trafilatura


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else '../shared/datasets/article-extraction-benchmark'
    files = sorted(glob.glob(f'{folder}/html/*.html.gz'))
    if not files:
        sys.exit(f'no html/*.html.gz in {folder}')
    start = time.time()
    for path in files:
        html = gzip.open(path).read().decode('utf-8', 'replace')
        trafilatura.extract(html)
    elapsed = time.time() - start
    print(f'trafilatura {trafilatura.__version__}: {len(files)} pages in {elapsed:.2f} s '
          f'= {len(files) / elapsed:.1f} pages/s (loop only)', file=sys.stderr)


if __name__ == '__main__':
    main()
