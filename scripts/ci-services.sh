#!/bin/sh
# Installs the Debian packages the integration tests need (real Prometheus, Graphite's carbon-cache
# and graphite-web, and docker-compose for `docker-compose config`). Idempotent: when every
# package is already installed it returns at once without touching apt.
set -eu

PACKAGES="prometheus graphite-carbon graphite-web docker-compose"

missing=""
for pkg in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $pkg"
  fi
done

if [ -z "$missing" ]; then
  echo "ci-services: all present ($PACKAGES)"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

echo "ci-services: installing$missing"
$SUDO apt-get update -qq
# --no-install-recommends keeps the install short; policy-rc.d stops the packages' services from
# being started system-wide (the tests start their own servers on free loopback ports).
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod +x /usr/sbin/policy-rc.d
  trap '$SUDO rm -f /usr/sbin/policy-rc.d' EXIT
fi
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
echo "ci-services: done"
