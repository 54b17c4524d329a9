"""Files for `scripts/bench.sh import-memory`: the hostile uploads of issue 16 and legitimate packages.

    python3 import_files.py CASE OUT

Cases: short-rows (0.5 MB zip of short CSV rows), many-rows (64 KB zip of 2.1 M rows), one-line (1 MB zip of one
1 GiB line), huge (a zip declaring 4 GiB), noise-rows (rows that do not compress, up to the upload limit),
package-N (an HSDS 3.0 CSV package of N services, each with a location, address, phone and five days of hours),
json-N (an HSDS 3.0 JSON list of N services). Everything is demo data: names say so, numbers are fictional.
"""

import csv
import io
import json
import sys
import uuid
import zipfile
import zlib


def zip_stream(out, name, chunks):
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9, allowZip64=True) as z:
        with z.open(name, "w", force_zip64=True) as f:
            for chunk in chunks:
                f.write(chunk)


def repeated(head, unit, total):
    yield head
    block = unit * max(1, (1 << 20) // len(unit))
    written = 0
    while written < total:
        yield block
        written += len(block)


def package(out, n):
    tables = {
        "organizations.csv": ["id", "name", "description"],
        "services.csv": ["id", "organization_id", "name", "description", "status"],
        "locations.csv": ["id", "organization_id", "name", "latitude", "longitude"],
        "service_at_locations.csv": ["id", "service_id", "location_id"],
        "addresses.csv": ["id", "location_id", "address_1", "city", "state_province", "postal_code", "country", "address_type"],
        "phones.csv": ["id", "service_id", "number", "type"],
        "schedules.csv": ["id", "service_id", "byday", "opens_at", "closes_at"],
    }
    buffers = {name: io.StringIO() for name in tables}
    writers = {name: csv.writer(buffers[name]) for name in tables}
    for name, header in tables.items():
        writers[name].writerow(header)
    orgs = max(1, n // 20)
    for o in range(orgs):
        writers["organizations.csv"].writerow([f"o{o}", f"Demo organisation {o}", "Demo data for a benchmark."])
    for s in range(n):
        lat = 14.0 + (s % 997) / 1000.0
        lon = -90.5 + (s % 991) / 1000.0
        writers["services.csv"].writerow([f"s{s}", f"o{s % orgs}", f"Demo service {s}",
                                          f"Demo counselling service number {s}, for a benchmark.", "active"])
        writers["locations.csv"].writerow([f"l{s}", f"o{s % orgs}", f"Demo office {s}", f"{lat:.5f}", f"{lon:.5f}"])
        writers["service_at_locations.csv"].writerow([f"sl{s}", f"s{s}", f"l{s}"])
        writers["addresses.csv"].writerow([f"a{s}", f"l{s}", f"Calle Demo {s}", "Ciudad de Guatemala",
                                           "Guatemala", "01001", "GT", "physical"])
        writers["phones.csv"].writerow([f"p{s}", f"s{s}", f"+502 5550 {s % 10000:04d}", "voice"])
        for d, day in enumerate(["MO", "TU", "WE", "TH", "FR"]):
            writers["schedules.csv"].writerow([f"h{s}-{d}", f"s{s}", day, "09:00", "17:00"])
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, buf in buffers.items():
            z.writestr(name, buf.getvalue())


def json_list(out, n):
    services = []
    for s in range(n):
        services.append({
            "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"bench/{s}")),
            "name": f"Demo service {s}",
            "description": f"Demo counselling service number {s}, for a benchmark.",
            "status": "active",
            "organization": {"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"bench/org/{s % 50}")),
                             "name": f"Demo organisation {s % 50}"},
            "phones": [{"number": f"+502 5550 {s % 10000:04d}", "type": "voice"}],
            "service_at_locations": [{"location": {"latitude": 14.6 + (s % 97) / 1000.0,
                                                   "longitude": -90.5 + (s % 89) / 1000.0,
                                                   "name": f"Demo office {s}"}}],
        })
    with open(out, "w") as f:
        json.dump(services, f)


def main():
    case, out = sys.argv[1], sys.argv[2]
    if case == "short-rows":
        zip_stream(out, "services.csv", repeated(b"id,name\n", b"1,a\n", 150 << 20))
    elif case == "many-rows":
        zip_stream(out, "services.csv", repeated(b"id,name\n", b"1,a\n", 2_100_000 * 4))
    elif case == "one-line":
        zip_stream(out, "services.csv", repeated(b"id,name\n1,", b"a" * 1024, 1 << 30))
    elif case == "huge":
        zip_stream(out, "services.csv", repeated(b"id,name\n", b"\0" * 65536, 4 << 30))
    elif case == "noise-rows":
        rows = io.BytesIO()
        rows.write(b"id,name\n")
        n = 0
        while rows.tell() < 60 << 20:
            rows.write(f"{n},{uuid.uuid4().hex}\n".encode())
            n += 1
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
            z.writestr("services.csv", rows.getvalue())
    elif case.startswith("package-"):
        package(out, int(case.split("-")[1]))
    elif case.startswith("json-"):
        json_list(out, int(case.split("-")[1]))
    else:
        sys.exit(f"unknown case {case}")


if __name__ == "__main__":
    main()
