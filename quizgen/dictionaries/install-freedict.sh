#!/usr/bin/env bash
# Installs the FreeDict dictionaries quizgen takes meanings from (Debian/Ubuntu packages):
# German, French, Spanish, Italian and Dutch to English, and English to German. Without
# apt-get, or when the install fails, it says so and leaves the choice to you: quizgen
# builds without them, only with no meanings on the cards.
set -uo pipefail
packages=(dict-freedict-deu-eng dict-freedict-eng-deu dict-freedict-fra-eng dict-freedict-spa-eng
          dict-freedict-ita-eng dict-freedict-nld-eng)
if ! command -v apt-get >/dev/null 2>&1; then
  echo "quizgen: no apt-get here; for meanings on the cards install FreeDict's dictd files (${packages[*]}) into ~/.local/share/dictd" >&2
  exit 0
fi
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null; }; then
  echo "quizgen: could not install ${missing[*]}; the cards will have no meanings until they are installed" >&2
fi
exit 0
