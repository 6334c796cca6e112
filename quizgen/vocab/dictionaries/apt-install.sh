# Sourced by install-freedict.sh and tests/install-system-deps.sh: install_missing PACKAGE...
# installs the Debian packages not installed yet (with sudo unless root) and fails if apt-get
# does; with every package there it does nothing.
install_missing() {
  local missing=() p sudo=""
  for p in "$@"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}
