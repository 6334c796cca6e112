#!/usr/bin/env bash
# Installs the FreeDict dictionaries quizgen takes meanings from (Debian/Ubuntu packages):
# German, French, Spanish, Italian and Dutch to English, and English to German. Without
# apt-get, or when the install fails, it says so and leaves the choice to you: quizgen
# builds without them, only with no meanings on the cards.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh"
packages=(dict-freedict-deu-eng dict-freedict-eng-deu dict-freedict-fra-eng dict-freedict-spa-eng
          dict-freedict-ita-eng dict-freedict-nld-eng)
if ! command -v apt-get >/dev/null 2>&1; then
  echo "quizgen: no apt-get here; for meanings on the cards install FreeDict's dictd files (${packages[*]}) into ~/.local/share/dictd" >&2
  exit 0
fi
if ! install_missing "${packages[@]}"; then
  echo "quizgen: could not install ${packages[*]}; the cards will have no meanings until they are installed" >&2
fi
exit 0
