#!/usr/bin/env python3
"""Scales the sample registry (src/test/resources/samples/registry.csv) to N person rows for benchmarks.

Copy k of the sample gets new household numbers and ID numbers (the 6-digit address code is replaced by a
per-copy code, the MOD 11-2 check character recomputed), so every row stays valid and unique.
Usage: make-registry.py ROWS OUT.csv
"""
import csv, sys

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
C = "10X98765432"

def check(body):
    return C[sum(int(d) * w for d, w in zip(body, W)) % 11]

def main(rows, out):
    with open("src/test/resources/samples/registry.csv", encoding="utf-8-sig") as f:
        data = list(csv.reader(f))
    header, body = data[0], data[1:]
    id_col, hh_col = header.index("证件号码"), header.index("户编号")
    written = 0
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        k = 0
        while written < rows:
            for r in body:
                if written >= rows:
                    break
                r = list(r)
                base = "%06d" % (100000 + k)
                idn = base + r[id_col][6:17]
                r[id_col] = idn + check(idn) + r[id_col][18:]
                r[hh_col] = "%s-%d" % (r[hh_col], k)
                w.writerow(r)
                written += 1
            k += 1
    # a partial last copy may cut a household: drop nothing, the file stays valid only when rows is a multiple
    print("wrote", written, "rows in", k, "copies")

if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
