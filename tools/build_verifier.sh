#!/bin/sh
# Builds the verifier page (verifier/src) into resources/verifier/, with the libraries pinned by
# verifier/package-lock.json. Node and npm are needed here only: the output is committed, so the
# program, its bundle and the tests need no Node. (Debian: apt-get install nodejs npm)
set -eu
cd "$(dirname "$0")/../verifier"
npm ci --no-audit --no-fund --ignore-scripts
node build.mjs
