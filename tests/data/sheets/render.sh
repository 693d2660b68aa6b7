#!/bin/sh
# Prints the fixture workbooks to PDF and exports their sheets to CSV with
# LibreOffice Calc (en-GB, cell contents as shown), as a council would, and
# saves the tracker as .xls and .ods:
#   python3 make_fixtures.py && ./render.sh
# Needs libreoffice-calc (the -nogui package is enough).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
cp "$here"/tracker.xlsx "$here"/blind.xlsx .
p=-env:UserInstallation=file://$work/profile
soffice "$p" --headless --convert-to pdf tracker.xlsx blind.xlsx >/dev/null 2>&1
soffice "$p" --headless \
  --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,2057,false,true,true,false,false,-1' \
  tracker.xlsx blind.xlsx >/dev/null 2>&1
soffice "$p" --headless --convert-to xls tracker.xlsx >/dev/null 2>&1
soffice "$p" --headless --convert-to ods tracker.xlsx >/dev/null 2>&1
cp tracker.pdf blind.pdf tracker.xls tracker.ods "$here"/
cp "tracker-Open actions.csv" "$here"/tracker-open.csv
cp "tracker-Closed actions.csv" "$here"/tracker-closed.csv
cp blind-Plan.csv "$here"/blind.csv
