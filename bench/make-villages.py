#!/usr/bin/env python3
"""Synthetic villages under the real townships (issue #26 benchmark): reads a 行政区划表 (代码,名称,城乡分类代码) and
writes COUNT villages (村委会, village segment 201 up) spread evenly over its townships, as another 行政区划表.
Usage: bench/make-villages.py china-townships.csv villages.csv [COUNT=700000]"""
import csv
import sys

source, target = sys.argv[1], sys.argv[2]
count = int(sys.argv[3]) if len(sys.argv) > 3 else 700000
with open(source, encoding='utf-8-sig', newline='') as f:
    rows = list(csv.reader(f))[1:]
townships = [(r[0], r[1]) for r in rows if len(r[0]) == 12 and r[0][6:9] != '000' and r[0][9:] == '000']
per, extra = divmod(count, len(townships))
with open(target, 'w', encoding='utf-8', newline='') as f:
    out = csv.writer(f)
    out.writerow(['代码', '名称', '城乡分类代码'])
    for i, (code, name) in enumerate(townships):
        for n in range(per + (1 if i < extra else 0)):
            out.writerow([code[:9] + '%03d' % (201 + n), '%s第%d村民委员会' % (name[:40], n + 1), '220'])
print(len(townships), 'townships,', count, 'villages')
