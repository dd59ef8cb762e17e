#!/bin/sh
# Refresh resources/translations/*.ts from the sources and ui/*.ui, then compile them to .qm.
# Usage: sh tools/update_translations.sh [path/to/venv/bin]
set -eu
BIN="${1:-.venv/bin}"
SOURCES="$(find registry_app/gui -name '*.py' ! -path '*/forms/*' | sort) $(ls ui/*.ui)"
for lang in fr ar; do
    # shellcheck disable=SC2086
    "$BIN/pyside6-lupdate" -no-obsolete $SOURCES -ts "resources/translations/registry_$lang.ts"
    "$BIN/pyside6-lrelease" "resources/translations/registry_$lang.ts" -qm "resources/translations/registry_$lang.qm"
done
