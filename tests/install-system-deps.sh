#!/usr/bin/env bash
# Debian packages the tests use: a real browser for the worksheets, the FreeDict German-English
# and English-German dictionaries for glosses, espeak-ng/lame for audio, poppler for looking at
# PDFs, OpenThesaurus (current German spelling, for respelling "daß" and "Fluß"; synonyms).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../quizgen/vocab/dictionaries/apt-install.sh"
packages=(chromium espeak-ng lame dict-freedict-deu-eng dict-freedict-eng-deu poppler-utils
          fonts-dejavu-core openthesaurus-de-text)
install_missing "${packages[@]}"
