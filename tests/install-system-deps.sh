#!/usr/bin/env bash
# Debian packages the tests use: a real browser for the worksheets, the FreeDict German-English
# dictionary for glosses, espeak-ng/lame for audio, poppler for looking at PDFs, OpenThesaurus
# for German synonyms in questions.
set -euo pipefail
packages=(chromium espeak-ng lame dict-freedict-deu-eng poppler-utils fonts-dejavu-core
          openthesaurus-de-text)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
