#!/usr/bin/python3
"""Peer for the benchmark: schema checks with PyYAML + python-jsonschema.

    peer_jsonschema.py DIR [--schemas SCHEMA_DIR] [--quiet]

Walks DIR for *.yaml / *.yml (skipping names that start with "."), loads each
with PyYAML's CSafeLoader, picks schemas/<kind>.schema.json by the document's
`kind` and validates it with jsonschema's Draft7Validator (iter_errors).
Before validating, values are turned into what JSON would see: dates become
ISO strings and mapping keys become strings (PyYAML reads `2022-03-01` as a
date and the year keys of `{2022: 14}` as ints).

Prints the number of files and of errors; exit 0 when there is none, 1
otherwise.  Debian packages: python3-yaml, python3-jsonschema.
"""

import argparse
import datetime
import json
import os
import sys
import time

import yaml
from jsonschema import Draft7Validator

try:
    Loader = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    sys.exit("peer_jsonschema: PyYAML has no CSafeLoader (libyaml missing)")


def jsonify(v):
    if isinstance(v, dict):
        return {str(k) if not isinstance(k, (datetime.date, datetime.datetime)) else k.isoformat():
                jsonify(x) for k, x in v.items()}
    if isinstance(v, list):
        return [jsonify(x) for x in v]
    if isinstance(v, (datetime.date, datetime.datetime)):
        return v.isoformat()
    return v


def yaml_files(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in sorted(filenames):
            if not f.startswith(".") and f.endswith((".yaml", ".yml")):
                yield os.path.join(dirpath, f)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description="PyYAML + jsonschema peer")
    ap.add_argument("dir")
    ap.add_argument("--schemas", default=os.path.join(here, "..", "schemas"))
    ap.add_argument("--quiet", action="store_true", help="do not print each error")
    args = ap.parse_args()

    validators = {}
    for f in sorted(os.listdir(args.schemas)):
        if f.endswith(".schema.json"):
            with open(os.path.join(args.schemas, f), encoding="utf-8") as fh:
                schema = json.load(fh)
            Draft7Validator.check_schema(schema)
            validators[f[:-len(".schema.json")]] = Draft7Validator(schema)

    t0 = time.monotonic()
    files = errors = bad_files = 0
    nbytes = 0
    for path in yaml_files(args.dir):
        files += 1
        with open(path, "rb") as fh:
            data = fh.read()
        nbytes += len(data)
        file_errors = 0
        try:
            doc = yaml.load(data, Loader=Loader)
        except yaml.YAMLError as e:
            file_errors = 1
            if not args.quiet:
                print("%s: yaml: %s" % (path, str(e).replace("\n", " ")))
        else:
            kind = doc.get("kind") if isinstance(doc, dict) else None
            v = validators.get(kind) if isinstance(kind, str) else None
            if v is None:
                file_errors = 1
                if not args.quiet:
                    print("%s: unknown kind %r" % (path, kind))
            else:
                for err in v.iter_errors(jsonify(doc)):
                    file_errors += 1
                    if not args.quiet:
                        loc = "/" + "/".join(str(p) for p in err.absolute_path)
                        print("%s: %s: %s" % (path, loc, err.message))
        errors += file_errors
        bad_files += 1 if file_errors else 0
    dt = time.monotonic() - t0
    print("peer_jsonschema: %d files, %d bytes, %d errors in %d files, %.2f s"
          % (files, nbytes, errors, bad_files, dt))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
