#!/bin/sh
# Run once by graphiteapp/graphite-statsd's entrypoint (mounted as /etc/run_once/zz-kale-carbon):
# lifts carbon's create and update rate limits so the generator's day of backfill (224 series)
# lands at once, and stores kale.* at 1-minute resolution for 30 days.
set -eu
conf=${GRAPHITE_CONF_DIR:-/opt/graphite/conf}
sed -i \
  -e 's/^MAX_CREATES_PER_MINUTE = .*/MAX_CREATES_PER_MINUTE = inf/' \
  -e 's/^MAX_UPDATES_PER_SECOND = .*/MAX_UPDATES_PER_SECOND = inf/' \
  "$conf/carbon.conf"
if ! grep -q '^\[kale\]' "$conf/storage-schemas.conf"; then
  { printf '[kale]\npattern = ^kale\\.\nretentions = 1m:30d\n\n'; cat "$conf/storage-schemas.conf"; } > /tmp/kale-schemas
  cat /tmp/kale-schemas > "$conf/storage-schemas.conf"
fi
