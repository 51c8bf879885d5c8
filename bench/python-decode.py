"""Times Python's standard XML-RPC decoder (expat underneath) on a saved method response.

Usage: python3 python-decode.py RESPONSE.xml RUNS -> one JSON line with every run's milliseconds.
"""
import json
import sys
import time
import xmlrpc.client


def main():
    path, runs = sys.argv[1], int(sys.argv[2])
    with open(path, "rb") as handle:
        data = handle.read()
    times = []
    rows = 0
    for _ in range(runs):
        started = time.perf_counter()
        (value,), _method = xmlrpc.client.loads(data)
        times.append((time.perf_counter() - started) * 1000)
        rows = len(value)
    print(json.dumps({"ms": times, "rows": rows, "python": sys.version.split()[0]}))


main()
