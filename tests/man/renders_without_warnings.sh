#!/bin/sh
# `man --warnings -l` renders a man page with no troff warning, and the page
# has its NAME section and more than a screenful of text.
# Usage: renders_without_warnings.sh PAGE HEADING   (HEADING: NAME or 名称)
set -eu
page=$1 heading=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# 80 columns, as man renders without a terminal; UTF-8 for the Chinese pages
LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" >"$work/out" 2>"$work/err"
if [ -s "$work/err" ]; then
  echo "$page: warnings:"; cat "$work/err"; exit 1
fi
grep -q "^$heading\$" "$work/out" || { echo "$page: no $heading section"; head -20 "$work/out"; exit 1; }
[ "$(wc -l <"$work/out")" -gt 20 ] || { echo "$page: rendered to almost nothing"; cat "$work/out"; exit 1; }
